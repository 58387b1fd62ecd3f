"""`python -m bench`: every benchmark, side by side with its baseline, into one report.

    python -m bench [--quick] [--json] [--out docs]

Writes docs/benchmarks.md (and docs/speed.png); with --json prints one JSON object as the
last line. --quick uses small sizes (a few minutes on 2 cores); the default is the full size.
"""

import argparse
import asyncio
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import digest, footprint, packs, quality, report, slack_load, speed  # noqa: E402
from bench.answer import build  # noqa: E402

FULL = {"sizes": (1_000, 10_000, 100_000), "asked": 1000, "bm25_asked": 100,
        "digest_entries": (10_000, 100_000), "digest_changes": (10, 1000),
        "digest_subscriptions": (10, 500), "mentions": 300, "rounds": 3, "footprint": 100_000}
QUICK = {"sizes": (1_000, 10_000), "asked": 300, "bm25_asked": 50,
         "digest_entries": (1_000, 10_000), "digest_changes": (10, 300),
         "digest_subscriptions": (10, 100), "mentions": 100, "rounds": 2, "footprint": 10_000}
SMOKE = {"sizes": (200,), "asked": 20, "bm25_asked": 5, "digest_entries": (200,),
         "digest_changes": (5,), "digest_subscriptions": (3,), "mentions": 10, "rounds": 1,
         "footprint": 200}


def run(plan: dict, folder: Path) -> dict:
    started = time.perf_counter()
    store = build(folder / "store-0.db", 0)
    results: dict = {"machine": machine(), "plan": {k: list(v) if isinstance(v, tuple) else v
                                                    for k, v in plan.items()}}
    results["quality"] = quality.measure(store)
    # Per pack (the seed and each pack under tests/packs): held-out rates, recall@1 vs BM25.
    results["packs"] = {name: {k: v for k, v in found.items() if k != "misses"}
                        for name, found in packs.measure("holdout").items()}
    results["speed"] = {str(n): speed.measure(folder, n, plan["asked"], plan["bm25_asked"])
                        for n in plan["sizes"]}
    args = argparse.Namespace(mentions=plan["mentions"], concurrency=10, rounds=plan["rounds"])
    results["slack"] = asyncio.run(slack_load.main_async(args))
    results["digest"] = digest.grid(folder, plan["digest_entries"], plan["digest_changes"],
                                    plan["digest_subscriptions"])
    largest = plan["footprint"]
    results["footprint"] = {
        "entries": largest,
        "rss_after_load_mb": footprint.rss_after_load(
            folder / f"store-{max(0, largest - 50)}.db", max(0, largest - 50)),
        **footprint.start_up(),
    }
    results["seconds"] = round(time.perf_counter() - started, 1)
    return results


def machine() -> dict:
    import os

    return {"python": platform.python_version(), "cpus": os.cpu_count(),
            "platform": platform.platform(), "processor": platform.machine()}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, a few minutes")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes: proves it runs")
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="report folder")
    parser.add_argument("--dir", type=Path, help="keep built stores here between runs")
    args = parser.parse_args()
    plan = SMOKE if args.smoke else QUICK if args.quick else FULL
    folder = args.dir or Path(tempfile.mkdtemp(prefix="bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    results = run(plan, folder)
    if not args.smoke:
        report.write(results, args.out, quick=args.quick)
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
