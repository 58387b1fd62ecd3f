"""Time the in-process answer path on a large store: 100,000 synthetic entries plus the pack.

    python bench/answer.py [--entries N] [--questions M] [--db PATH]

Prints one JSON object: {"entries", "questions", "p50_ms", "p99_ms"}. The synthetic entries
share part of their vocabulary with the real pack (agency, model, security ...), so the FTS
query meets long posting lists as it would in a big real store.
"""

import argparse
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from content.entry import Entry  # noqa: E402
from content.loader import read_pack  # noqa: E402
from content.store import Store  # noqa: E402
from handlers.messages import Request  # noqa: E402
from handlers.router import Router, Settings  # noqa: E402

SHARED = """agency model security program cyber order federal testing access company firm
network vulnerability government report policy review data system officials partner event
deployment standards innovation evaluation release threat defense""".split()
KINDS = ("participant", "program", "event", "model", "provision")


def synthetic(n: int, seed: int = 7) -> list[Entry]:
    """Entries whose words follow Zipf's law, as words in real text do; the pack's domain
    words sit among the commoner ranks, so some questions meet long posting lists."""
    rng = random.Random(seed)
    syllables = ["ka", "lo", "mi", "ra", "ve", "zu", "to", "ne", "si", "da", "po", "gu", "fe"]
    vocab = sorted({"".join(rng.choices(syllables, k=rng.randint(2, 4))) for _ in range(30000)})
    rng.shuffle(vocab)
    for i, word in enumerate(SHARED):
        vocab.insert(20 + i * 10, word)
    weights = list(itertools.accumulate(1 / (rank + 1) ** 1.05 for rank in range(len(vocab))))

    def text(k: int) -> str:
        return " ".join(rng.choices(vocab, cum_weights=weights, k=k))

    entries = []
    for i in range(n):
        entries.append(
            Entry(
                slug=f"syn-{i}",
                kind=rng.choice(KINDS),
                title=f"{text(3).title()} {i}",
                summary=text(25) + ".",
                fields={"role": text(8), "status": text(5), "when": text(4)},
                aliases=(f"syn alias {i}",),
                sources=({"title": "Synthetic", "quote": text(10)},),
            )
        )
    return entries


def questions(limit: int) -> list[str]:
    sets = ROOT / "tests" / "handlers"
    items = [
        item["q"]
        for name in ("dev_questions.yaml", "holdout_questions.yaml")
        for item in yaml.safe_load((sets / name).read_text(encoding="utf-8"))
    ]
    return (items * (limit // len(items) + 1))[:limit]


def build(path: Path, n: int) -> Store:
    store = Store(path)
    if store.count(include_retired=True) == 0 or store.count() < n:
        pack = read_pack(ROOT / "content" / "seed")
        store.set_meta({"subject": pack.subject})
        now = datetime.now(UTC)
        store.load_pack(pack.entries, now=now)
        batch = synthetic(n)
        for start in range(0, n, 5000):
            store.load_pack(batch[start : start + 5000], now=now)
    return store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--questions", type=int, default=1000)
    parser.add_argument("--db", type=Path, help="reuse a built store (faster reruns)")
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    store = build(path, args.entries)
    router = Router(store, Settings(user_rate=0))  # one "bench" user asks every question
    asked = questions(args.questions)
    now = datetime.now(UTC)
    for question in asked[:50]:  # warm caches: the typo dictionary, the entry profiles
        router.handle(Request(text=question, user="bench", now=now))
    times = []
    for question in asked:
        start = time.perf_counter()
        router.handle(Request(text=question, user="bench", now=now))
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(json.dumps({
        "entries": store.count(),
        "questions": len(times),
        "p50_ms": round(statistics.median(times), 3),
        "p99_ms": round(times[int(len(times) * 0.99) - 1], 3),
    }))


if __name__ == "__main__":
    main()
