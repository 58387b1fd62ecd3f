"""Load the Slack HTTP app with signed mentions; compare with a minimal Bolt app that echoes.

    python bench/slack_load.py [--mentions N] [--concurrency C] [--rounds R]

Each app runs in its own process (`--serve briefbot|minimal_bolt`), in HTTP mode on 127.0.0.1,
as it would in production; this process plays Slack: it sends the signed mentions and runs the
local fake of the Web API, which timestamps each reply as it arrives. Both apps post through
one pooled HTTP session, as the running bot does. Rounds alternate briefbot / minimal so both
see the same machine conditions. Prints one JSON object: throughput (replies/s) and p50/p99
time-to-reply (ms, from sending the mention to the reply reaching the fake) for each, and
their ratio.
"""

import argparse
import asyncio
import json
import os
import signal
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

from bot.logs import configure_logging  # noqa: E402
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
from tests.bot.fake_slack import FakeSlack, signed  # noqa: E402

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


async def round_(url: str, fake: FakeSlack, session, n: int, concurrency: int,
                 tag: str) -> dict:
    """`concurrency` users, each sending a mention and waiting for its reply (up to 30 s)
    before the next: time-to-reply is then the app's, not a queue's behind an open tap."""
    sent: dict[str, float] = {}
    arrived: dict[str, float] = {}
    waiting: dict[str, asyncio.Future] = {}

    def on_post(params: dict) -> None:
        ts = params.get("thread_ts", "")
        arrived.setdefault(ts, time.perf_counter())
        if ts in waiting and not waiting[ts].done():
            waiting[ts].set_result(None)

    fake.on_post = on_post
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
                "event": {"type": "app_mention", "user": f"U{i % 100}", "channel": "C1",
                          "ts": ts,
                          "text": f"<@UBOT> {QUESTIONS[i % len(QUESTIONS)]}"},
            })
            waiting[ts] = asyncio.get_running_loop().create_future()
            sent[ts] = time.perf_counter()
            async with session.post(f"{url}/slack/events", data=body,
                                    headers=signed(body, SECRET)) as response:
                if response.status != 200:
                    errors += 1
                    continue
            try:
                await asyncio.wait_for(waiting[ts], timeout=30)
            except TimeoutError:
                errors += 1

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    fake.on_post = None
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
    apps = {name: await _spawn(name, fake.api_url) for name in ("briefbot", "minimal_bolt")}
    results: dict[str, list] = {name: [] for name in apps}
    try:
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            for name, (_, url) in apps.items():  # warm each app up: imports, caches
                await round_(url, fake, session, min(args.mentions, 20), args.concurrency,
                             f"w{name[0]}")
            for r in range(args.rounds):
                for name, (_, url) in apps.items():
                    results[name].append(await round_(url, fake, session, args.mentions,
                                                      args.concurrency, f"{name[0]}{r}"))
    finally:
        for process, _ in apps.values():
            if process.returncode is None:
                process.terminate()
            await process.wait()
        await fake.stop()
    out = {name: summary(rounds, args.mentions) for name, rounds in results.items()}
    floor = out["minimal_bolt"]["throughput"] or 1
    out["throughput_ratio"] = round(out["briefbot"]["throughput"] / floor, 2)
    out["mentions"], out["concurrency"], out["rounds"] = (args.mentions, args.concurrency,
                                                         args.rounds)
    return out


async def _spawn(name: str, api_url: str) -> tuple[asyncio.subprocess.Process, str]:
    """Start one app in its own process; it prints its URL when it is ready."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, str(Path(__file__).resolve()), "--serve", name, "--api-url", api_url,
        stdout=asyncio.subprocess.PIPE, cwd=ROOT,
    )
    assert process.stdout is not None
    line = await asyncio.wait_for(process.stdout.readline(), timeout=60)
    if not line.startswith(b"http://"):
        raise RuntimeError(f"{name} did not start: {line!r}")
    return process, line.decode().strip()


async def serve_app(name: str, api_url: str) -> None:
    """One app under test, as the bot process runs it: logging at WARNING, pooled client."""
    configure_logging({})
    settings = SlackSettings("xoxb-bench", api_url)
    session = client_session()
    if name == "briefbot":
        store = Store(Path(tempfile.mkdtemp()) / "bench.db")
        load(store, read_pack(ROOT / "content" / "seed"))
        router = Router(store)
        router.vocabulary.warm()
        bot = SlackBot(router, settings, SECRET, session=session)
        # As in production: with the signing secret, every mention is written to the inbox.
        app = http_app(bot, lambda: {"ok": True}, signing_secret=SECRET)
    else:
        app = _bolt_only(MinimalBot(settings, session).app)
    # Nothing here outlives the run (the store is a temporary file): on SIGTERM, leave at
    # once rather than wait out aiohttp's graceful shutdown of keep-alive connections.
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, os._exit, 0)
    _, url = await serve(app)
    print(url, flush=True)
    await asyncio.Event().wait()


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
    parser.add_argument("--serve", choices=("briefbot", "minimal_bolt"), help=argparse.SUPPRESS)
    parser.add_argument("--api-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        asyncio.run(serve_app(args.serve, args.api_url))
        return
    print(json.dumps(asyncio.run(main_async(args))))


if __name__ == "__main__":
    main()
