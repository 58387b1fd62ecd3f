"""Command forms: whether a message's arguments fit what a command's usage line spells."""

import re
from typing import TYPE_CHECKING

from content.entry import FIELD_RE, KIND_RE, SLUG_RE

if TYPE_CHECKING:
    from handlers.services import Services


def fits_usage(usage: str, services: "Services", args: str) -> bool:
    """Do `args` fit the form `usage` spells ("set <entry> <field> <value>")? `<entry>` must
    name an entry; `<field>`, `<kind>`, `<slug>` and `<version>` must look like one; `<a | b>`
    is one of those words; the last placeholder takes the rest of the line. A form with an
    optional part (`[...]`) leaves the checking to the command."""
    parts = _USAGE.findall(usage)[1:]
    if any(part.startswith("[") for part in parts):
        return True
    rest = args.strip()
    for i, part in enumerate(parts):
        if part == "<entry>":
            name, rest = split_entry(rest)
            if not name or services.store.resolve(name, include_retired=True) is None:
                return False
            continue
        if i == len(parts) - 1 and part not in _WORD_CHECKS and "|" not in part:
            return bool(rest)  # <value>, <question>, <text or URL>: the rest of the line
        word, _, rest = rest.partition(" ")
        rest = rest.strip()
        choices = [c.strip() for c in part.strip("<>").split("|")]
        if "|" in part and word.lower() not in choices:
            return False
        if part in _WORD_CHECKS and not _WORD_CHECKS[part](word.lower()):
            return False
        if not word:
            return False
    return not rest


_USAGE = re.compile(r"\[[^\]]*\]|<[^>]*>|\S+")
_WORD_CHECKS = {
    "<field>": lambda w: w in ("title", "summary") or bool(FIELD_RE.match(w)),
    "<kind>": lambda w: bool(KIND_RE.match(w)),
    "<slug>": lambda w: bool(SLUG_RE.match(w)),
    "<version>": lambda w: w.lstrip("v").isdigit(),
}


def split_entry(args: str) -> tuple[str, str]:
    """The entry name and the rest: `"new york" status ...` or `acme status ...`."""
    args = args.strip()
    if args[:1] in ('"', "'"):
        end = args.find(args[0], 1)
        if end > 0:
            return args[1:end].strip(), args[end + 1 :].strip()
    name, _, rest = args.partition(" ")
    return name, rest.strip()
