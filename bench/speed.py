"""Retrieval speed at several store sizes, each figure beside its baselines from the same run.

- `briefbot`: the full in-process answer path (`Router.handle`) for a question the bot has not
  been asked before, in a bot that has answered other questions since the content last
  changed. Briefbot remembers reads (per-term statistics, entry versions, titles) until the
  next content write, so a new question's common words cost nothing and its rare ones one
  lookup. Measured as two halves: the even-numbered questions are asked after the odd ones
  and the other way round, with a content write before each half to forget everything; three
  rounds of that are pooled, so one noisy moment on a shared machine moves the figures less.
- `briefbot_after_write`: every question just after a content write, nothing remembered.
- `briefbot_cold`: every question in a bot that has answered nothing yet (no stems, entry
  profiles or reads remembered): the worst case, after a restart.
- `after_write_ms`: the first question after a content write (median of 5 writes), when the
  name dictionary catches up with the change.
- `fts5_floor`: one bare FTS5 bm25 query for the same words (stop words removed, each quoted,
  OR-ed): the least any FTS-based answer can cost.
- `rank_bm25`: BM25Okapi scoring every entry for the same words (fewer questions at large
  sizes: it is slow, and its median is what matters).

SQLite's page cache is warmed with one floor pass first, so both paths read warm pages.
"""

import statistics
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from rank_bm25 import BM25Okapi

from bench.answer import build, questions
from bench.quality import entry_text, terms
from content.store import fts_quote
from content.text import stem
from handlers.messages import Request
from handlers.router import Router, Settings

ROUNDS = 3


def touch(store, note: str) -> None:
    """A content write that changes one entry, as an admin's edit would."""
    entry = store.get("order")
    store.load_pack([replace(entry, fields={**entry.fields, "bench_note": note})],
                    now=datetime.now(UTC))


def percentiles(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {"p50_ms": round(statistics.median(times), 3),
            "p99_ms": round(times[max(0, int(len(times) * 0.99) - 1)], 3)}


def measure(folder: Path, size: int, asked: int, bm25_asked: int) -> dict:
    store = build(folder / f"store-{max(0, size - 50)}.db", max(0, size - 50))
    router = Router(store, Settings(user_rate=0))  # one "bench" user asks every question
    stream = questions(asked)
    distinct = list(dict.fromkeys(stream))
    now = datetime.now(UTC)
    conn = store.db.conn

    def floor_query(question: str) -> float | None:
        words = terms(question)
        if not words:
            return None
        query = " OR ".join(fts_quote(w) for w in dict.fromkeys(words))
        start = time.perf_counter()
        conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
                     "ORDER BY bm25(entries_fts) LIMIT 10", [query]).fetchall()
        return (time.perf_counter() - start) * 1000

    def answer(question: str) -> float:
        start = time.perf_counter()
        router.handle(Request(text=question, user="bench", now=now))
        return (time.perf_counter() - start) * 1000

    for question in distinct:  # warm SQLite's pages, not Briefbot's memos
        floor_query(question)
    router.vocabulary.warm()
    stem.cache_clear()
    cold = [answer(question) for question in distinct]
    for question in stream:  # a bot that has been answering for a while
        answer(question)
    after_write = []
    for i in range(5):
        touch(store, f"edit {i}")  # an entry changes: the dictionary has something to read
        after_write.append(answer(distinct[i % len(distinct)]))
    touch(store, "after write")
    nothing_remembered = [answer(question) for question in distinct]
    first, floor = [], []
    halves = distinct[0::2], distinct[1::2]
    for round_ in range(ROUNDS):
        for seen, unseen in (halves, halves[::-1]):
            touch(store, f"round {round_}")
            for question in seen:
                answer(question)
            for question in unseen:
                first.append(answer(question))
                took = floor_query(question)
                if took is not None:
                    floor.append(took)

    entries = store.entries()
    index = BM25Okapi([terms(entry_text(e)) for e in entries])
    bm25 = []
    for question in stream[:bm25_asked]:
        start = time.perf_counter()
        index.get_scores(terms(question)).argmax()
        bm25.append((time.perf_counter() - start) * 1000)
    result = {"entries": store.count(), "questions": len(distinct),
              "briefbot": percentiles(first),
              "briefbot_after_write": percentiles(nothing_remembered),
              "briefbot_cold": percentiles(cold),
              "after_write_ms": round(statistics.median(after_write), 3),
              "fts5_floor": percentiles(floor), "rank_bm25": percentiles(bm25)}
    for pct in ("p50", "p99"):
        result[f"ratio_to_floor_{pct}"] = round(
            result["briefbot"][f"{pct}_ms"] / max(result["fts5_floor"][f"{pct}_ms"], 1e-6), 2)
    result["speedup_over_rank_bm25_p50"] = round(result["rank_bm25"]["p50_ms"]
                                                 / max(result["briefbot"]["p50_ms"], 1e-6), 1)
    return result
