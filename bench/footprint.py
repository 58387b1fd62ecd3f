"""Memory and start-up: RSS after loading a large store, time to a ready console, idle RSS."""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# VmRSS now, not ru_maxrss: a child's peak starts at its parent's size at fork time, so a
# benchmark process holding a 100k-entry BM25 index would be counted too.
LOADED = """
import sys
sys.path.insert(0, {root!r})
from bench.answer import build
from handlers.router import Router
from handlers.messages import Request
from datetime import UTC, datetime
store = build(__import__('pathlib').Path({db!r}), {n})
router = Router(store)
router.handle(Request(text='Antropic mythos?', user='b', now=datetime.now(UTC)))
status = open('/proc/self/status').read()
print(status.split('VmRSS:')[1].split()[0])
"""


def rss_after_load(db: Path, entries: int) -> float:
    """Peak RSS (MB) of a process that opens a store of `entries` and answers a question
    (which loads the typo dictionary and entry profiles)."""
    code = LOADED.format(root=str(ROOT), db=str(db), n=entries)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return round(int(out.stdout.strip().splitlines()[-1]) / 1024, 1)


def start_up(runs: int = 3) -> dict:
    """Seconds from process start to the console's prompt banner, and RSS at idle (MB)."""
    times, idle = [], []
    folder = Path(tempfile.mkdtemp())
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
    env["BRIEFBOT_DB"] = str(folder / "b.db")
    subprocess.run([sys.executable, "-m", "bot", "ask", "warm"], cwd=ROOT, env=env,
                   capture_output=True, check=True)  # seed once; start-up, not seeding
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "bot"], cwd=ROOT, env=env,
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        process.stdout.readline()  # the banner: the console is ready
        times.append(time.perf_counter() - start)
        time.sleep(1.0)
        status = Path(f"/proc/{process.pid}/status")
        if status.exists():
            for line in status.read_text().splitlines():
                if line.startswith("VmRSS:"):
                    idle.append(int(line.split()[1]) / 1024)
        process.communicate("", timeout=30)
    return {"start_up_s": round(statistics.median(times), 2),
            "idle_rss_mb": round(statistics.median(idle), 1) if idle else None}
