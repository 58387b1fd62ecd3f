"""Which words are everyday English: a word list with counts of how often each is used,
from the spell checker's English dictionary (pyspellchecker), read once when first needed.

A question word the store has never seen is either everyday English the curator did not use
("boxes", "tossed") or a name or term the store does not know ("Clooney", "IP68"). The first
must not be "corrected" into a name that looks like it ("boxes" is not "Boies"); the second is
what an off-topic question is made of.
"""

import gzip
import json
import threading
from importlib import resources

# Used at least this often in the dictionary's corpus: everyday English.
EVERYDAY_COUNT = 1000

_lock = threading.Lock()
_words: frozenset[str] | None = None


def everyday(word: str) -> bool:
    """Is `word` (lower-case) an everyday English word?"""
    return word in _everyday()


def _everyday() -> frozenset[str]:
    global _words
    if _words is None:
        with _lock:
            if _words is None:
                data = resources.files("spellchecker") / "resources" / "en.json.gz"
                counts = json.loads(gzip.decompress(data.read_bytes()))
                _words = frozenset(w for w, n in counts.items() if n >= EVERYDAY_COUNT)
    return _words
