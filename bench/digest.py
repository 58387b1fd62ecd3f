"""Time computing every digest: N entries, C tracked changes, S subscriptions.

    python bench/digest.py [--entries 100000] [--changes 1000] [--subscriptions 500]

Builds the store, subscribes S channels (half on-change, half on time schedules, some with
filters), makes C edits to tracked entries, then times one pass that builds every channel's
digest (the runner's dry run: read the revisions once, compose per channel). It repeats the
pass with 10 changes and on a store a tenth the size, so the JSON shows what the cost follows.
"""

import argparse
import asyncio
import json
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.answer import build  # noqa: E402
from bot.digests import DigestRunner  # noqa: E402
from content.ledger import Ledger  # noqa: E402
from content.store import Audit  # noqa: E402

T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
SCHEDULES = ("on-change", "daily 09:00", "weekdays 09:00", 'cron "0 */4 * * *"')


def prepare(folder: Path, entries: int, subscriptions: int) -> Ledger:
    synthetic = max(0, entries - 50)  # plus the pack's own entries
    store = build(folder / f"store-{synthetic}.db", synthetic)
    ledger = Ledger(store)
    ledger.store.db.execute("DELETE FROM subscriptions")  # each measurement sets its own
    audit = Audit("bench:admin", "bench", "admin", "bench", "subscribe")
    for i in range(subscriptions):
        only = ("order", "mythos", "event") if i % 5 == 0 else ()
        ledger.subscribe("bench", f"C{i}", SCHEDULES[i % 4], "UTC", only, audit, T0)
    return ledger


def change(ledger: Ledger, count: int, start: int) -> None:
    """`count` edits spread over the pack's tracked entries."""
    tracked = [e for e in ledger.store.entries() if e.tracked]
    audit = Audit("bench:admin", "bench", "admin", "bench", "set")
    for i in range(count):
        entry = tracked[i % len(tracked)]
        ledger.store.edit(
            entry.slug,
            lambda e, n=start + i: replace(e, fields={**e.fields, "bench_note": f"note {n}"}),
            audit, T0 + timedelta(seconds=start + i),
        )


def time_pass(ledger: Ledger) -> tuple[float, int]:
    runner = DigestRunner(ledger, {}, debounce=0, clock=lambda: T0 + timedelta(days=1))
    start = time.perf_counter()
    results = asyncio.run(runner.run_all(dry_run=True))
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, sum(1 for r in results if r.changes)


def measure(folder: Path, entries: int, batches: list[int], subscriptions: int) -> list[dict]:
    """One store; for each batch size, that many new edits, then one timed pass over them."""
    ledger = prepare(folder, entries, subscriptions)
    runs, made = [], 0
    for changes in batches:
        # Every channel starts the batch up to date, as after a delivered digest.
        ledger.store.db.execute("UPDATE subscriptions SET cursor = ?", [ledger.newest_revision()])
        change(ledger, changes, made)
        made += changes
        ms, with_news = time_pass(ledger)
        runs.append({"entries": ledger.store.count(), "changes": changes,
                     "subscriptions": subscriptions, "channels_with_news": with_news,
                     "ms": round(ms, 1)})
    return runs


def grid(folder: Path, entry_sizes, change_counts, subscription_counts) -> list[dict]:
    """Every combination, each on a store of that size with channels up to date first."""
    runs = []
    for entries in entry_sizes:
        for subscriptions in subscription_counts:
            runs += measure(folder, entries, list(change_counts), subscriptions)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=1000)
    parser.add_argument("--subscriptions", type=int, default=500)
    parser.add_argument("--dir", type=Path, help="keep the built stores here (faster reruns)")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    few = max(1, args.changes // 100)
    [small] = measure(folder, args.entries // 10, [args.changes], args.subscriptions)
    large, few_run = measure(folder, args.entries, [args.changes, few], args.subscriptions)
    runs = [small, large, few_run]
    print(json.dumps({
        "runs": runs,
        "entries_ratio": round(large["entries"] / small["entries"], 1),
        "time_ratio_for_10x_entries": round(large["ms"] / max(small["ms"], 0.1), 2),
        "time_ratio_for_100x_changes": round(large["ms"] / max(few_run["ms"], 0.1), 2),
        "ms": large["ms"],
    }))


if __name__ == "__main__":
    main()
