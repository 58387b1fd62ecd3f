"""Retrieval speed at several store sizes, each figure beside its baselines from the same run.

- `briefbot`: the full in-process answer path (`Router.handle`).
- `fts5_floor`: one bare FTS5 bm25 query for the same words (stop words removed, each quoted,
  OR-ed): the least any FTS-based answer can cost.
- `rank_bm25`: BM25Okapi scoring every entry for the same words (fewer questions at large
  sizes: it is slow, and its median is what matters).
"""

import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from rank_bm25 import BM25Okapi

from bench.answer import build, questions
from bench.quality import entry_text, terms
from content.store import fts_quote
from handlers.messages import Request
from handlers.router import Router


def percentiles(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {"p50_ms": round(statistics.median(times), 3),
            "p99_ms": round(times[max(0, int(len(times) * 0.99) - 1)], 3)}


def measure(folder: Path, size: int, asked: int, bm25_asked: int) -> dict:
    store = build(folder / f"store-{max(0, size - 50)}.db", max(0, size - 50))
    router = Router(store)
    qs = questions(asked)
    now = datetime.now(UTC)
    for q in qs[:30]:
        router.handle(Request(text=q, user="bench", now=now))
    brief, floor = [], []
    conn = store.db.conn
    for q in qs:
        start = time.perf_counter()
        router.handle(Request(text=q, user="bench", now=now))
        brief.append((time.perf_counter() - start) * 1000)
        words = terms(q)
        if not words:
            continue
        query = " OR ".join(fts_quote(w) for w in dict.fromkeys(words))
        start = time.perf_counter()
        conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? "
                     "ORDER BY bm25(entries_fts) LIMIT 10", [query]).fetchall()
        floor.append((time.perf_counter() - start) * 1000)
    entries = store.entries()
    index = BM25Okapi([terms(entry_text(e)) for e in entries])
    bm25 = []
    for q in qs[:bm25_asked]:
        start = time.perf_counter()
        index.get_scores(terms(q)).argmax()
        bm25.append((time.perf_counter() - start) * 1000)
    result = {"entries": store.count(), "briefbot": percentiles(brief),
              "fts5_floor": percentiles(floor), "rank_bm25": percentiles(bm25)}
    result["ratio_to_floor_p99"] = round(result["briefbot"]["p99_ms"]
                                         / max(result["fts5_floor"]["p99_ms"], 1e-6), 2)
    result["speedup_over_rank_bm25_p50"] = round(result["rank_bm25"]["p50_ms"]
                                                 / max(result["briefbot"]["p50_ms"], 1e-6), 1)
    return result
