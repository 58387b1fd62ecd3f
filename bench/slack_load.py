"""Load the Slack HTTP app with signed mentions; compare with a minimal Bolt app that echoes.

    python bench/slack_load.py [--mentions N] [--concurrency C] [--rounds R]

Both apps run in HTTP mode on 127.0.0.1 against the same local fake of the Web API, which
timestamps each reply as it arrives. Rounds alternate briefbot / minimal so both see the same
machine conditions. Prints one JSON object: throughput (replies/s) and p50/p99 time-to-reply
(ms, from sending the mention to the reply reaching the fake) for each, and their ratio.
"""

import argparse
import asyncio
import hashlib
import hmac
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
from aiohttp import web
from slack_bolt.app.async_app import AsyncApp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.runtime import load  # noqa: E402
from bot.slack_app import (  # noqa: E402
    SlackBot,
    SlackSettings,
    client_session,
    http_app,
    web_client,
)
from content.loader import read_pack  # noqa: E402
from content.store import Store  # noqa: E402
from handlers.router import Router  # noqa: E402
from tests.bot.fake_slack import FakeSlack  # noqa: E402

SECRET = "bench-signing-secret"
QUESTIONS = ["When will the order be signed?", "what is mythos", "Which companies joined CAISI?",
             "who tests the models?", "what's the weather?", "show caisi"]


class MinimalBot:
    """The floor: Bolt with one listener that echoes the mention back in its thread."""

    def __init__(self, settings: SlackSettings, session):
        self.app = AsyncApp(client=web_client(settings, session=session), signing_secret=SECRET)

        @self.app.event("app_mention")
        async def echo(event, client):
            await client.chat_postMessage(channel=event["channel"], thread_ts=event["ts"],
                                          text=event["text"])


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"


def signed(body: str) -> dict:
    ts = str(int(time.time()))
    mac = hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"Content-Type": "application/json", "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": f"v0={mac}"}


async def round_(url: str, fake: FakeSlack, session, n: int, concurrency: int,
                 tag: str) -> dict:
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}
    fake.on_post = lambda params: arrived.setdefault(params.get("thread_ts", ""),
                                                     time.perf_counter())
    queue = list(range(n))
    errors = 0

    async def worker():
        nonlocal errors
        while queue:
            i = queue.pop()
            ts = f"{tag}.{i:06d}"
            body = json.dumps({
                "type": "event_callback", "team_id": "T1", "api_app_id": "A1",
                "event_id": f"Ev{tag}{i}", "event_time": int(time.time()),
                "event": {"type": "app_mention", "user": "U1", "channel": "C1", "ts": ts,
                          "text": f"<@UBOT> {QUESTIONS[i % len(QUESTIONS)]}"},
            })
            sent[ts] = time.perf_counter()
            async with session.post(f"{url}/slack/events", data=body,
                                    headers=signed(body)) as response:
                if response.status != 200:
                    errors += 1

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    for _ in range(3000):
        if len(arrived) >= n:
            break
        await asyncio.sleep(0.01)
    elapsed = max(arrived.values(), default=start) - start
    latencies = sorted((arrived[ts] - sent[ts]) * 1000 for ts in arrived if ts in sent)
    return {"replies": len(latencies), "errors": errors, "seconds": elapsed,
            "latencies": latencies}


def summary(rounds: list[dict], n: int) -> dict:
    latencies = sorted(x for r in rounds for x in r["latencies"])
    replies = sum(r["replies"] for r in rounds)
    seconds = sum(r["seconds"] for r in rounds)
    return {
        "throughput": round(replies / seconds, 1) if seconds else 0.0,
        "p50_ms": round(statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)], 1)
        if latencies else None,
        "replies": replies, "sent": n * len(rounds),
        "errors": sum(r["errors"] for r in rounds),
    }


async def main_async(args) -> dict:
    fake = await FakeSlack().start()
    settings = SlackSettings("xoxb-bench", fake.api_url)
    store = Store(Path(tempfile.mkdtemp()) / "bench.db")
    load(store, read_pack(ROOT / "content" / "seed"))
    session = client_session()  # both apps reuse connections, as the running bot does
    briefbot = SlackBot(Router(store), settings, SECRET, session=session)
    minimal = MinimalBot(settings, session)
    b_runner, b_url = await serve(http_app(briefbot, lambda: {"ok": True}))
    m_runner, m_url = await serve(_bolt_only(minimal.app))
    results: dict[str, list] = {"briefbot": [], "minimal_bolt": []}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        for r in range(args.rounds):
            for name, url in (("briefbot", b_url), ("minimal_bolt", m_url)):
                results[name].append(await round_(url, fake, session, args.mentions,
                                                  args.concurrency, f"{name[0]}{r}"))
    await b_runner.cleanup()
    await m_runner.cleanup()
    await session.close()
    await fake.stop()
    out = {name: summary(rounds, args.mentions) for name, rounds in results.items()}
    floor = out["minimal_bolt"]["throughput"] or 1
    out["throughput_ratio"] = round(out["briefbot"]["throughput"] / floor, 2)
    out["mentions"], out["concurrency"], out["rounds"] = (args.mentions, args.concurrency,
                                                         args.rounds)
    return out


def _bolt_only(app: AsyncApp) -> web.Application:
    from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request

    async def events(request):
        return await to_aiohttp_response(await app.async_dispatch(await to_bolt_request(request)))

    web_app = web.Application()
    web_app.router.add_post("/slack/events", events)
    return web_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=300)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    print(json.dumps(asyncio.run(main_async(parser.parse_args()))))


if __name__ == "__main__":
    main()
