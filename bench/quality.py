"""Answer quality on the repo's dev question set: Briefbot against two baselines.

- `rank_bm25`: BM25Okapi over the same entries (title, summary, fields, aliases, keywords;
  stop words removed), answering with its top-1 entry's summary and fields; the decline
  threshold (a minimum top score) is tuned on this same set, which flatters it.
- `like`: a naive SQL LIKE keyword match: the entry containing the most of the question's
  words answers; no match, no answer.

A question counts as answered right when the reply holds every expected fact; off-topic and
near-topic questions count as right when declined.
"""

import sqlite3
from pathlib import Path

import yaml
from rank_bm25 import BM25Okapi

from content.entry import Entry
from content.store import Store
from content.text import words
from handlers.lexicon import STOP
from handlers.messages import Request
from handlers.router import Router, Settings

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "handlers" / "dev_questions.yaml"


def load_questions(path: Path = DEV) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def correct(answered: bool, text: str, item: dict) -> bool:
    if item["type"] != "answerable":
        return not answered
    text = text.lower()
    return answered and all(any(a.lower() in text for a in str(e).split("|"))
                            for e in item["expect"])


def rates(outcomes: list[tuple[dict, bool]]) -> dict[str, float]:
    answerable = [ok for item, ok in outcomes if item["type"] == "answerable"]
    others = [ok for item, ok in outcomes if item["type"] != "answerable"]
    return {"answered_correct_rate": round(sum(answerable) / max(1, len(answerable)), 3),
            "declined_correct_rate": round(sum(others) / max(1, len(others)), 3)}


def entry_text(entry: Entry) -> str:
    return " ".join([entry.title, entry.summary, *entry.fields.values(), *entry.aliases,
                     *entry.keywords])


def answer_text(entry: Entry) -> str:
    return " ".join([entry.summary, *entry.fields.values()])


def terms(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOP]


def briefbot(store: Store, items: list[dict]) -> dict[str, float]:
    router = Router(store, Settings(user_rate=0))  # one "bench" user asks every question
    outcomes = []
    for item in items:
        reply = router.handle(Request(text=item["q"], user="bench", now=_now()))
        outcomes.append((item, correct(reply.answered, reply.text, item)))
    return rates(outcomes)


def bm25(entries: list[Entry], items: list[dict]) -> dict[str, float]:
    index = BM25Okapi([terms(entry_text(e)) for e in entries])
    scored = []
    for item in items:
        scores = index.get_scores(terms(item["q"]))
        best = int(scores.argmax())
        scored.append((item, float(scores[best]), answer_text(entries[best])))
    best_rates, best_total = None, -1.0
    for threshold in sorted({0.0, *(s for _, s, _ in scored)}):
        result = rates([(item, correct(score > threshold, text, item))
                        for item, score, text in scored])
        total = result["answered_correct_rate"] + result["declined_correct_rate"]
        if total > best_total:
            best_rates, best_total = result | {"threshold": round(threshold, 3)}, total
    return best_rates or {}


def like(store: Store, items: list[dict]) -> dict[str, float]:
    conn = sqlite3.connect(store.path)
    outcomes = []
    for item in items:
        counts: dict[str, int] = {}
        for term in terms(item["q"]):
            rows = conn.execute(
                "SELECT slug FROM entries WHERE retired = 0 AND (title || ' ' || summary || ' ' "
                "|| facts || ' ' || names) LIKE ?", [f"%{term}%"])
            for (slug,) in rows:
                counts[slug] = counts.get(slug, 0) + 1
        if counts:
            best = max(counts, key=counts.get)
            entry = store.get(best)
            outcomes.append((item, correct(True, answer_text(entry), item)))
        else:
            outcomes.append((item, correct(False, "", item)))
    conn.close()
    return rates(outcomes)


def measure(store: Store, items: list[dict] | None = None) -> dict:
    items = items or load_questions()
    entries = store.entries()
    return {"questions": len(items), "briefbot": briefbot(store, items),
            "rank_bm25": bm25(entries, items), "like": like(store, items)}


def _now():
    from datetime import UTC, datetime

    return datetime.now(UTC)
