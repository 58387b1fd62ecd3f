"""Soak: the real bot process in Slack HTTP mode, questions at a steady rate, for minutes.

    python bench/soak.py [--rate 50] [--seconds 600]

Starts `python -m bot` against a local fake of Slack's Web API, sends signed DMs at `rate`
per second (a closed schedule, not a burst) from 1,000 members (each within the per-member
rate, as a real workspace speaks), and prints one JSON object: requests, errors
(a non-200 or a question never answered; must be 0), p50/p99 time-to-reply measured at the
fake, and the bot's resident memory after warm-up and at the end (growth must stay < 10%).
"""

import argparse
import asyncio
import json
import os
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.bot.fake_slack import FakeSlack, signed  # noqa: E402

SECRET = "soak-signing-secret"
QUESTIONS = ["When will the order be signed?", "what is mythos", "who tests the models?",
             "Which companies joined CAISI?", "what's the weather?", "show caisi",
             "Why did the White House reject Anthropic's proposal?", "help"]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def soak(rate: float, seconds: float) -> dict:
    fake = await FakeSlack().start()
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}
    fake.on_post = lambda p: arrived.setdefault(str(p.get("channel")), time.perf_counter())
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEFBOT_"))}
    env.update(BRIEFBOT_DB=str(Path(tempfile.mkdtemp()) / "soak.db"),
               SLACK_BOT_TOKEN="xoxb-soak", SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=fake.api_url, PORT=str(port))
    bot = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    errors = 0
    try:
        async with aiohttp.ClientSession() as session:
            for _ in range(300):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/healthz"):
                        break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.05)
            total = int(rate * seconds)
            warm_rss = end_rss = 0.0
            start = time.perf_counter()

            async def one(i: int) -> None:
                nonlocal errors
                channel = f"D{i}"  # one DM channel per question: replies map back to it
                body = json.dumps({
                    "type": "event_callback", "team_id": "T1", "api_app_id": "A1",
                    "event_id": f"EvSoak{i}", "event_time": int(time.time()),
                    "event": {"type": "message", "channel_type": "im",
                              "user": f"U{i % 1000}",
                              "channel": channel, "ts": f"{time.time():.6f}",
                              "text": QUESTIONS[i % len(QUESTIONS)]}})
                headers = signed(body, SECRET)
                sent[channel] = time.perf_counter()
                try:
                    async with session.post(f"http://127.0.0.1:{port}/slack/events",
                                            data=body, headers=headers) as response:
                        if response.status != 200:
                            errors += 1
                except aiohttp.ClientError:
                    errors += 1

            tasks = []
            for i in range(total):
                due = start + i / rate
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                tasks.append(asyncio.create_task(one(i)))
                if i == int(total * 0.1):
                    warm_rss = rss_mb(bot.pid)
            await asyncio.gather(*tasks)
            for _ in range(500):
                if len(arrived) >= total:
                    break
                await asyncio.sleep(0.02)
            end_rss = rss_mb(bot.pid)
    finally:
        bot.terminate()
        await bot.wait()
        await fake.stop()
    latencies = sorted((arrived[c] - sent[c]) * 1000 for c in arrived if c in sent)
    unanswered = len(sent) - len(latencies)
    return {
        "rate_per_s": rate, "seconds": seconds, "requests": len(sent),
        "errors": errors + unanswered,
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)], 1)
        if latencies else None,
        "rss_warm_mb": round(warm_rss, 1), "rss_end_mb": round(end_rss, 1),
        "rss_growth": round((end_rss - warm_rss) / warm_rss, 3) if warm_rss else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=600.0)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(soak(args.rate, args.seconds))))


if __name__ == "__main__":
    main()
