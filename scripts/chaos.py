"""Crash suite (`make chaos`): kill the real bot again and again while admins edit and the
platforms misbehave, then prove no change was lost or delivered twice.

The bot runs as `python -m bot` with Slack (HTTP mode) and Discord configured against local
fakes that inject 429s, 5xx, slow answers and connections reset after a post was accepted.
Admins edit tracked entries by slash command on both platforms; the bot is SIGKILLed at
random moments, at least `--kills` times, and restarted. At the end it runs once more until
every channel is up to date, and the script checks:

- every subscribed channel got every change exactly once: the digests each channel received
  (digest id and part, as recorded by the fakes) cover the revision log from the moment it
  subscribed with no gap, and no part arrived twice;
- every edit the bot acknowledged is in the revision log;
- `PRAGMA integrity_check` is ok.

It prints one closing line: kills, changes, posts, lost, duplicated; exit 1 on any failure.
"""

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.bot.fake_discord import FakeDiscord, snowflake  # noqa: E402
from tests.bot.fake_slack import FakeSlack, signed, slash_command  # noqa: E402

SECRET = "chaos-signing-secret"
GUILD = "2000000000000000001"
SLACK_CHANNELS = ("C100", "C200")
DISCORD_CHANNELS = ("3000000000000000101", "3000000000000000102")
ENTRIES = ("order", "mythos", "signing-event", "caisi")  # caisi is untracked: no digests


class Chaos:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.folder = Path(tempfile.mkdtemp(prefix="chaos-"))
        self.db = self.folder / "chaos.db"
        self.acked: list[tuple[str, str, str]] = []  # (slug, field, value) the bot confirmed
        self.interactions = 0
        self.kills = 0

    # -- the platforms ---------------------------------------------------------------------

    def slack_fault(self, method: str):
        if method != "chat.postMessage" or self.rng.random() > self.args.fault_rate:
            return None
        return self.rng.choice([(429, {"Retry-After": "1"}), (500, {}), (503, {}),
                                "accept-then-drop"])

    def discord_fault(self, method: str, path: str):
        if method != "POST" or "/messages" not in path or self.rng.random() > self.args.fault_rate:
            return None
        return self.rng.choice([500, 502, "drop"])

    def delay(self, *_):
        return 0.4 if self.rng.random() < self.args.fault_rate / 2 else 0.0

    # -- the bot process -------------------------------------------------------------------

    async def start_bot(self):
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
        env.update(BRIEFBOT_DB=str(self.db), BRIEFBOT_DEBOUNCE="0",
                   BRIEFBOT_ADMINS="slack:UADMIN,discord:4000000000000000009",
                   SLACK_BOT_TOKEN="xoxb-chaos", SLACK_SIGNING_SECRET=SECRET,
                   SLACK_API_URL=self.slack.api_url, PORT=str(self.port),
                   DISCORD_TOKEN="chaos-discord-token", DISCORD_API_URL=self.discord.api_url,
                   DISCORD_GUILD_IDS=GUILD)
        identified = self.discord.identified
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        for _ in range(400):
            if self.discord.identified > identified and await self.healthy():
                await asyncio.sleep(0.2)
                return process
            await asyncio.sleep(0.05)
        process.kill()
        raise RuntimeError("the bot did not come up")

    async def healthy(self) -> bool:
        try:
            async with self.session.get(f"http://127.0.0.1:{self.port}/healthz") as response:
                return response.status in (200, 503)
        except aiohttp.ClientError:
            return False

    # -- admins at work --------------------------------------------------------------------

    async def slack_command(self, channel: str, text: str) -> None:
        self.interactions += 1
        body = slash_command(text, channel, f"{self.slack.url}/response/{self.interactions}")
        headers = signed(body, SECRET, "application/x-www-form-urlencoded")
        try:
            async with self.session.post(f"http://127.0.0.1:{self.port}/slack/events",
                                         data=body, headers=headers):
                pass
        except aiohttp.ClientError:
            pass  # the bot died mid-request: the edit is not acknowledged

    async def discord_command(self, channel: str, sub: str, options: dict) -> None:
        self.interactions += 1
        payload = json.loads((ROOT / "tests/bot/payloads/discord/interaction_command.json")
                             .read_text())
        payload.update(id=snowflake(self.interactions % 4096),
                       token=f"chaos-{self.interactions}", channel_id=channel)
        payload["channel"]["id"] = channel
        payload["member"]["user"]["id"] = "4000000000000000009"
        payload["data"]["options"] = [{"name": sub, "type": 1, "options": [
            {"name": k, "type": 3, "value": v} for k, v in options.items()]}]
        with contextlib.suppress(ConnectionError, RuntimeError, IndexError):
            await self.discord.dispatch("INTERACTION_CREATE", payload)  # may meet a dead bot

    def collect_acks(self) -> None:
        """Edits the bot confirmed ("... (version N)") on either platform."""
        texts = [json.dumps(r) for r in self.slack.responses]
        texts += [json.dumps(b) for b in self.discord.sent("callback")]
        for text in texts:
            if " set (version " not in text:
                continue
            for slug, field, value in self.sent_edits:
                if value in text and f"`{slug}` {field} set" in text:
                    self.acked.append((slug, field, value))
        self.acked = sorted(set(self.acked))

    async def subscribe_all(self) -> None:
        for channel in SLACK_CHANNELS:
            await self.slack_command(channel, "subscribe")
        for channel in DISCORD_CHANNELS:
            await self.discord_command(channel, "subscribe", {})
        for _ in range(200):
            if self.subscriptions() == len(SLACK_CHANNELS) + len(DISCORD_CHANNELS):
                return
            await asyncio.sleep(0.05)
        raise RuntimeError("subscriptions did not land")

    def subscriptions(self) -> int:
        with sqlite3.connect(self.db) as conn:
            return conn.execute("SELECT count(*) FROM subscriptions").fetchone()[0]

    # -- the run ---------------------------------------------------------------------------

    async def run(self) -> int:
        self.slack = await FakeSlack().start()
        self.discord = await FakeDiscord().start()
        self.port = _free_port()
        self.sent_edits: list[tuple[str, str, str]] = []
        async with aiohttp.ClientSession() as self.session:
            process = await self.start_bot()
            await self.subscribe_all()
            self.slack.fault, self.discord.fault = self.slack_fault, self.discord_fault
            self.slack.delay = self.discord.delay = self.delay
            for round_ in range(self.args.kills):
                for n in range(self.rng.randint(1, 4)):
                    slug = self.rng.choice(ENTRIES)
                    value = f"r{round_}-{n}-{self.rng.randrange(10**6)}"
                    self.sent_edits.append((slug, "chaos_note", value))
                    if self.rng.random() < 0.5:
                        await self.slack_command(self.rng.choice(SLACK_CHANNELS),
                                                 f"set {slug} chaos_note {value}")
                    else:
                        await self.discord_command(self.rng.choice(DISCORD_CHANNELS), "set",
                                                   {"entry": slug, "field": "chaos_note",
                                                    "value": value})
                await asyncio.sleep(self.rng.uniform(0.0, 2.5))
                process.send_signal(signal.SIGKILL)
                await process.wait()
                self.kills += 1
                process = await self.start_bot()
            self.slack.fault = self.discord.fault = None
            self.slack.delay = self.discord.delay = None
            settled = await self.settle()
            self.collect_acks()
            process.terminate()
            await process.wait()
        await self.slack.stop()
        await self.discord.stop()
        return self.verdict(settled)

    async def settle(self, timeout: float = 180) -> bool:
        """Wait until every subscription has delivered up to the newest revision."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with sqlite3.connect(self.db) as conn:
                newest = conn.execute("SELECT max(id) FROM revisions").fetchone()[0]
                behind = conn.execute(
                    "SELECT count(*) FROM subscriptions WHERE state != 'active' OR cursor < ?",
                    [newest]).fetchone()[0]
                pending = conn.execute(
                    "SELECT count(*) FROM outbox WHERE status = 'pending'").fetchone()[0]
            if not behind and not pending:
                return True
            await asyncio.sleep(0.5)
        return False

    def verdict(self, settled: bool) -> int:
        posts = self.received()
        lost, duplicated, problems = 0, 0, []
        conn = sqlite3.connect(self.db)
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        newest = conn.execute("SELECT max(id) FROM revisions").fetchone()[0]
        tracked = {rid for rid, after in conn.execute("SELECT id, after FROM revisions")
                   if json.loads(after).get("tracked")}
        for sub_id, channel in conn.execute("SELECT id, channel FROM subscriptions").fetchall():
            rows = conn.execute(
                "SELECT digest_id, from_rev, to_rev, message_ids FROM outbox "
                "WHERE subscription_id = ? AND status = 'sent' ORDER BY to_rev", [sub_id]
            ).fetchall()
            found = check_channel(channel, rows, posts.get(channel, {}), tracked, newest)
            lost, duplicated = lost + found[0], duplicated + found[1]
            problems += found[2]
        stored = {json.loads(a)["fields"].get("chaos_note") for (a,) in conn.execute(
            "SELECT after FROM revisions")}
        missing = [a for a in self.acked if a[2] not in stored]
        lost += len(missing)
        problems += [f"acknowledged edit lost: {a}" for a in missing]
        changes = conn.execute("SELECT count(*) FROM revisions r JOIN entries e "
                               "ON e.slug = r.slug WHERE r.actor != 'content-pack'"
                               ).fetchone()[0]
        conn.close()
        if not settled:
            problems.append("the channels never caught up")
        if integrity != "ok":
            problems.append(f"integrity_check: {integrity}")
        for problem in problems[:20]:
            print("  " + problem)
        total_posts = sum(sum(v.values()) for v in posts.values())
        print(f"  database: {self.db}")
        print(f"chaos: kills={self.kills} changes={changes} acknowledged={len(self.acked)} "
              f"posts={total_posts} lost={lost} duplicated={duplicated} "
              f"integrity={integrity}")
        return 1 if problems else 0

    def received(self) -> dict[str, dict[tuple[str, int], int]]:
        """Digest parts each channel really shows: Slack metadata, Discord footers."""
        found: dict[str, dict[tuple[str, int], int]] = {}
        for channel, messages in self.slack.history.items():
            for message in messages:
                payload = ((message.get("metadata") or {}).get("event_payload") or {})
                if payload.get("digest_id"):
                    key = (payload["digest_id"], int(payload.get("part", 0)))
                    found.setdefault(channel, {})[key] = found.get(channel, {}).get(key, 0) + 1
        for channel, message in self.discord.created:
            for embed in message.get("embeds") or []:
                text = (embed.get("footer") or {}).get("text", "")
                if text.startswith("Briefbot digest "):
                    digest_id, part = text.split()[2], int(text.rsplit(" ", 1)[-1]) - 1
                    key = (digest_id, part)
                    found.setdefault(channel, {})[key] = found.get(channel, {}).get(key, 0) + 1
        return found


def check_channel(channel: str, rows: list, seen: dict[tuple[str, int], int],
                  tracked: set[int], newest: int) -> tuple[int, int, list[str], int]:
    """One subscribed channel against its sent outbox rows (digest id, from, to, message
    ids; oldest first): (lost, duplicated, problems, tracked changes delivered). Each part
    arrived once; no tracked revision fell between two digests or after the last. A skipped
    range is fine when it holds no tracked change (an untracked entry's edit moves the cursor
    without a post)."""
    lost = duplicated = changes = 0
    problems = []
    for (digest_id, part), count in seen.items():
        if count > 1:
            duplicated += count - 1
            problems.append(f"{channel}: {digest_id} part {part} arrived {count}x")
    expected = rows[0][1] if rows else None
    for digest_id, from_rev, to_rev, message_ids in rows:
        if from_rev != expected and any(expected < r <= from_rev for r in tracked):
            lost += 1
            problems.append(f"{channel}: tracked changes before {digest_id} skipped")
        for part in range(len(json.loads(message_ids))):
            if (digest_id, part) not in seen:
                lost += 1
                problems.append(f"{channel}: {digest_id} part {part} never arrived")
        changes += sum(1 for r in tracked if from_rev < r <= to_rev)
        expected = to_rev
    if rows and any(expected < r <= newest for r in tracked):
        lost += 1
        problems.append(f"{channel}: changes after revision {expected} undelivered")
    return lost, duplicated, problems, changes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=None,
                        help="SIGKILLs (default 20; 12 with --replicas)")
    parser.add_argument("--fault-rate", type=float, default=None,
                        help="share of posts refused (default 0.3; 0.05 429s with --replicas)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--replicas", type=int, default=1,
                        help="several replicas on one store (scripts/chaos_replicas.py)")
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--mentions", type=int, default=1000, help="with --replicas")
    parser.add_argument("--members", type=int, default=120, help="with --replicas")
    args = parser.parse_args()
    if args.replicas > 1 or args.db == "postgresql":
        from scripts import chaos_replicas

        args.kills = 12 if args.kills is None else args.kills
        args.fault_rate = 0.05 if args.fault_rate is None else args.fault_rate
        sys.exit(chaos_replicas.run(args))
    args.kills = 20 if args.kills is None else args.kills
    args.fault_rate = 0.3 if args.fault_rate is None else args.fault_rate
    sys.exit(asyncio.run(Chaos(args).run()))


if __name__ == "__main__":
    main()
