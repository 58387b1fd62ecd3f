"""Replies per second with 1, 2 and 3 replicas on one PostgreSQL store, beside one process on
SQLite, all measured in the same run on this machine.

    python bench/replicas.py [--mentions N] [--concurrency C]

Each replica is `python -m bot` in Slack HTTP mode, as deployed; this process plays Slack and
the load balancer: it sends signed mentions to the replicas in turn, C at a time, and the local
fake of the Web API records each reply. Throughput is mentions / seconds from the first send to
the last reply. Prints one JSON object; `ratio_to_one` compares each replica count with one
replica on PostgreSQL.
"""

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.pg_cluster import Cluster, free_port  # noqa: E402
from tests.bot.fake_slack import FakeSlack, signed  # noqa: E402

SECRET = "bench-replicas-secret"
QUESTIONS = ["When will the order be signed?", "what is mythos", "Which companies joined CAISI?",
             "who tests the models?", "what's the weather?", "who signs the order?"]


async def measure(db: str, replicas: int, mentions: int, concurrency: int) -> float:
    slack = await FakeSlack().start()
    ports = [free_port() for _ in range(replicas)]
    processes = []
    folder = Path(tempfile.mkdtemp(prefix="bench-replicas-"))
    try:
        async with aiohttp.ClientSession() as session:
            for i, port in enumerate(ports):
                env = {k: v for k, v in os.environ.items()
                       if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
                env.update(BRIEFBOT_DB=db, BRIEFBOT_REPLICA_ID=f"r{i}", BRIEFBOT_USER_RATE="0",
                           SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET,
                           SLACK_API_URL=slack.api_url, PORT=str(port),
                           BRIEFBOT_LOG_LEVEL="WARNING")
                log = open(folder / f"r{i}.log", "ab")  # noqa: SIM115 - the child keeps it
                processes.append(await asyncio.create_subprocess_exec(
                    sys.executable, "-m", "bot", cwd=ROOT, env=env, stdout=log, stderr=log,
                    stdin=asyncio.subprocess.DEVNULL))
                await _ready(session, port)
            # Warm each replica (first answers fill caches), then measure.
            await _send_all(session, ports, len(ports) * 10, concurrency, 0)
            await slack.wait_for(lambda: len(slack.posts()) >= len(ports) * 10, timeout=60)
            before = len(slack.posts())
            started = time.perf_counter()
            await _send_all(session, ports, mentions, concurrency, 10_000)
            await slack.wait_for(lambda: len(slack.posts()) >= before + mentions, timeout=300)
            return mentions / (time.perf_counter() - started)
    finally:
        for process in processes:
            process.terminate()
        await asyncio.gather(*(p.wait() for p in processes))
        await slack.stop()


async def _ready(session: aiohttp.ClientSession, port: int) -> None:
    for _ in range(600):
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                if response.status in (200, 503):
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.05)
    raise RuntimeError("a replica did not come up")


async def _send_all(session, ports: list[int], count: int, concurrency: int,
                    offset: int) -> None:
    gate = asyncio.Semaphore(concurrency)

    async def one(n: int) -> None:
        async with gate:
            await _mention(session, ports[n % len(ports)], offset + n)

    await asyncio.gather(*(one(n) for n in range(count)))


async def _mention(session, port: int, n: int) -> None:
    body = json.dumps({
        "token": "t", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
        "event_id": f"EvBENCH{n:06d}", "event_time": int(time.time()),
        "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
        "event": {"type": "app_mention", "user": f"U{n % 50}", "channel": "CBENCH",
                  "text": f"<@UBOT> {QUESTIONS[n % len(QUESTIONS)]}",
                  "ts": f"{1764000000 + n}.000100", "event_ts": f"{1764000000 + n}.000100"}})
    headers = signed(body, SECRET)
    async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body,
                            headers=headers) as response:
        await response.read()


async def run(mentions: int, concurrency: int) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="bench-replicas-db-"))
    results: dict = {"mentions": mentions, "concurrency": concurrency,
                     "cpus": os.cpu_count()}
    results["sqlite_one_process"] = round(
        await measure(str(folder / "bench.db"), 1, mentions, concurrency), 1)
    with Cluster() as cluster:
        found = {}
        for replicas in (1, 2, 3):
            url = cluster.new_database(f"bench{replicas}")
            found[str(replicas)] = round(await measure(url, replicas, mentions, concurrency), 1)
        results["postgresql_replies_per_s"] = found
        results["ratio_to_one"] = {k: round(v / found["1"], 2) for k, v in found.items()}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentions", type=int, default=600)
    parser.add_argument("--concurrency", type=int, default=24)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.mentions, args.concurrency))))


if __name__ == "__main__":
    main()
