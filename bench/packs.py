"""Answering on every subject: each pack's question sets through the real router, and
retrieval (recall@1) beside plain BM25 on the same questions.

    python bench/packs.py [--set dev|holdout] [--misses] [--backend sqlite|postgresql|both]

A pack lives in `tests/packs/<name>/`: `pack/` (the content), `dev.yaml`, `dev2.yaml`, ...
(tuned on) and `holdout.yaml` (never tuned on). The seed pack is `content/seed/`, its dev sets
are the two in `tests/handlers/` and `tests/packs/seed/dev*.yaml`, its held-out set
`tests/packs/seed/holdout.yaml`. A question is
`{q, type: answerable | near-topic | off-topic, entry: slug or [slugs], expect: [...]}`; an
`expect` item lists alternatives with `|`.

- answered-correct: an answerable question is answered and the reply holds every expected fact;
- declined-correct: a near-topic or off-topic question is declined;
- recall@1: the first entry holds the expected fact (its text has every expected item, or it
  is the expected entry): for Briefbot, the entry it answers from, or retrieval's top entry
  when it declines; for rank_bm25, BM25Okapi's top-1 over each entry's whole text with stop
  words removed.
"""

import argparse
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import yaml
from rank_bm25 import BM25Okapi

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from content.entry import Entry  # noqa: E402
from content.loader import load_into, read_pack  # noqa: E402
from content.store import Store, open_store  # noqa: E402
from content.text import words  # noqa: E402
from handlers.lexicon import STOP  # noqa: E402
from handlers.messages import Request  # noqa: E402
from handlers.router import Router, Settings  # noqa: E402

PACKS = ROOT / "tests" / "packs"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _dev_sets(folder: Path) -> list[Path]:
    """`dev.yaml`, `dev2.yaml`, ... in the order they were written."""
    return sorted(folder.glob("dev*.yaml"), key=lambda p: int(p.stem[3:] or 1))


def packs() -> dict[str, dict[str, object]]:
    """name -> {"pack": folder, "dev": [files], "holdout": [files]}."""
    found: dict[str, dict[str, object]] = {
        "seed": {"pack": ROOT / "content" / "seed",
                 "dev": [ROOT / "tests/handlers/dev_questions.yaml",
                         ROOT / "tests/handlers/holdout_questions.yaml",
                         *_dev_sets(PACKS / "seed")],
                 "holdout": [PACKS / "seed" / "holdout.yaml"]},
    }
    for folder in sorted(p for p in PACKS.iterdir() if (p / "pack").is_dir()):
        found[folder.name] = {"pack": folder / "pack",
                              "dev": _dev_sets(folder),
                              "holdout": [folder / "holdout.yaml"]}
    return found


def questions(files) -> list[dict]:
    items: list[dict] = []
    for path in files:
        if Path(path).exists():
            items += yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    return items


def open_pack(folder: Path, where: Path | str) -> Store:
    """The pack in a new store: a SQLite file in the folder `where`, or the PostgreSQL
    database `where` names."""
    pack = read_pack(folder)
    location = where if str(where).startswith("postgresql://") else (
        Path(where) / f"{folder.parent.name}-{folder.name}.db")
    store = open_store(location)
    load_into(store, pack, NOW)
    return store


def holds(entry: Entry, item: dict) -> bool:
    """Does this entry hold the expected fact?"""
    expected = item.get("entry")
    slugs = expected if isinstance(expected, list) else [expected]
    if entry.slug in slugs:
        return True
    text = " ".join([entry.title, entry.summary, *entry.fields.values()]).lower()
    return bool(item.get("expect")) and all(
        any(alt.lower() in text for alt in str(e).split("|")) for e in item["expect"])


def correct(answered: bool, text: str, item: dict) -> bool:
    if item["type"] != "answerable":
        return not answered
    text = text.lower()
    return answered and all(any(a.lower() in text for a in str(e).split("|"))
                            for e in item.get("expect") or [])


def evaluate(store: Store, items: list[dict]) -> dict:
    router = Router(store, Settings(user_rate=0))  # one "bench" user asks every question
    entries = store.entries()
    bm25 = BM25Okapi([_terms(_text(e)) for e in entries])
    answerable = declined = recall = recall_bm25 = 0
    misses = []
    for item in items:
        reply = router.handle(Request(text=item["q"], user="bench", now=NOW))
        ok = correct(reply.answered, reply.text, item)
        if item["type"] == "answerable":
            answerable += ok
            ranked = router.answerer.find(item["q"]).ranked
            top = store.get(ranked[0]) if ranked else None
            recall += bool(top and holds(top, item))
            scores = bm25.get_scores(_terms(item["q"]))
            recall_bm25 += holds(entries[int(scores.argmax())], item)
        else:
            declined += ok
        if not ok:
            found = router.answerer.find_all(item["q"])
            misses.append({"q": item["q"], "type": item["type"], "expected": item.get("entry"),
                           "got": list(reply.entries),
                           "why": [f.declined for f in found if f.declined],
                           "text": reply.text[:100]})
    n_answerable = sum(i["type"] == "answerable" for i in items)
    n_other = len(items) - n_answerable
    return {
        "questions": len(items),
        "answered_correct_rate": round(answerable / max(1, n_answerable), 3),
        "declined_correct_rate": round(declined / max(1, n_other), 3),
        "recall_at_1": {"briefbot": round(recall / max(1, n_answerable), 3),
                        "rank_bm25": round(recall_bm25 / max(1, n_answerable), 3)},
        "misses": misses,
    }


def measure(which: str = "holdout", folder: Path | None = None, cluster=None) -> dict:
    """Per pack: its `which` set's rates and recall@1 against rank_bm25; on PostgreSQL when
    a cluster (scripts/pg_cluster.py) is given."""
    results = {}
    with tempfile.TemporaryDirectory() as scratch:
        for name, spec in packs().items():
            items = questions(spec[which])
            if not items:
                continue
            where = cluster.new_database(f"bench_{name}") if cluster else Path(folder or scratch)
            store = open_pack(spec["pack"], where)
            try:
                results[name] = evaluate(store, items)
            finally:
                store.close()
    return results


def _text(entry: Entry) -> str:
    return " ".join([entry.title, entry.summary, *entry.fields.values(), *entry.aliases,
                     *entry.keywords])


def _terms(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOP]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default="holdout", choices=("dev", "holdout"))
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--backend", default="sqlite", choices=("sqlite", "postgresql", "both"))
    args = parser.parse_args()
    if args.backend == "sqlite":
        report(measure(args.set), args)
        return
    from scripts.pg_cluster import Cluster

    with Cluster() as cluster:
        on_pg = measure(args.set, cluster=cluster)
    if args.backend == "postgresql":
        report(on_pg, args)
        return
    on_sqlite = measure(args.set)
    print(json.dumps(compare(on_sqlite, on_pg)))


def compare(on_sqlite: dict, on_pg: dict) -> dict:
    """Per pack, how many questions the backends judge differently (answered or declined
    correctly on one and not the other)."""
    found = {}
    for name, first in on_sqlite.items():
        second = on_pg[name]
        missed = ({m["q"] for m in first["misses"]}, {m["q"] for m in second["misses"]})
        found[name] = {"sqlite_misses": len(missed[0]), "postgresql_misses": len(missed[1]),
                       "questions_judged_differently": len(missed[0] ^ missed[1])}
    return found


def report(results: dict, args) -> None:
    for name, result in results.items():
        recall = result["recall_at_1"]
        print(f"{name:8} {args.set}: n={result['questions']:3} answered "
              f"{result['answered_correct_rate']:.3f} declined "
              f"{result['declined_correct_rate']:.3f} recall@1 {recall['briefbot']:.3f} "
              f"(rank_bm25 {recall['rank_bm25']:.3f})")
        if args.misses:
            for miss in result["misses"]:
                print("   ", json.dumps(miss, ensure_ascii=False))


if __name__ == "__main__":
    main()
