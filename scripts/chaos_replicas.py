"""Crash suite for replicas (`make chaos-pg`, `python scripts/chaos.py --replicas 3 --db
postgresql`): N `python -m bot` replicas in Slack HTTP mode share one PostgreSQL store (a
throwaway cluster), behind a "load balancer" that sends each delivery to a random replica.

- 1,000 signed mentions from 120 members, each delivered 1 to 4 times (Slack retries), the
  copies spread across replicas and partly concurrent; a delivery that meets a dead replica is
  sent again to another, as Slack retries an event it got no 200 for;
- a stream of admin edits by slash command, with two channels subscribed on change;
- SIGKILLs of the leader and of random replicas (each restarted at once), while the Web API
  answers some posts with 429.

At the end every event must be answered exactly once (answers name their event in the
message metadata), every subscribed channel must have received every tracked change once,
every acknowledged edit must be in the revision log, and after each kill of the leader another
replica must have taken the lead. The last line is one JSON object:
{"replicas", "kills", "mentions", "answered_once", "answered_twice", "unanswered",
 "digest_changes", "lost", "duplicated", "max_failover_s"}.
"""

import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import sys
import tempfile
import time
from pathlib import Path

import aiohttp
import psycopg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.chaos import check_channel  # noqa: E402
from scripts.pg_cluster import Cluster  # noqa: E402
from tests.bot.fake_slack import FakeSlack, signed, slash_command  # noqa: E402

SECRET = "chaos-replicas-signing-secret"
QUESTIONS_CHANNEL = "CQUESTIONS"
DIGEST_CHANNELS = ("C100", "C200")
ENTRIES = ("order", "mythos", "signing-event", "caisi")  # caisi is untracked: no digests
QUESTIONS = (
    "When will the order be signed?", "what is mythos?", "what is CAISI?",
    "who signs the order?", "what does the order do?", "is the testing mandatory?",
    "who made mythos?", "where will the signing be?", "what is the weather on mars?",
    "which companies joined the CAISI program?", "what is GPT-5.5-Cyber?",
)


class ReplicaChaos:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random(args.seed)
        self.folder = Path(tempfile.mkdtemp(prefix="chaos-replicas-"))
        self.processes: dict[int, asyncio.subprocess.Process] = {}
        self.ports = [_free_port() for _ in range(args.replicas)]
        self.kills = 0
        self.failovers: list[float] = []
        self.sent_edits: list[tuple[str, str]] = []
        self.interactions = 0
        self.delivered = 0
        self.mentions_done = asyncio.Event()

    # -- replicas --------------------------------------------------------------------------

    async def start(self, i: int) -> None:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("SLACK_", "DISCORD_", "BRIEFBOT_"))}
        env.update(BRIEFBOT_DB=self.url, BRIEFBOT_DEBOUNCE="0", BRIEFBOT_REPLICA_ID=f"r{i}",
                   BRIEFBOT_ADMINS="slack:UADMIN", SLACK_BOT_TOKEN="xoxb-chaos",
                   SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=self.slack.api_url,
                   PORT=str(self.ports[i]), BRIEFBOT_LOG_LEVEL="WARNING")
        log = open(self.folder / f"r{i}.log", "ab")  # noqa: SIM115 - the child keeps it
        self.processes[i] = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=log, stderr=log)
        for _ in range(600):
            if await self.healthy(i):
                return
            await asyncio.sleep(0.05)
        raise RuntimeError(f"replica r{i} did not come up (see {self.folder}/r{i}.log)")

    async def healthy(self, i: int) -> bool:
        try:
            async with self.session.get(f"http://127.0.0.1:{self.ports[i]}/healthz",
                                        timeout=aiohttp.ClientTimeout(total=2)) as response:
                return response.status in (200, 503)
        except (aiohttp.ClientError, TimeoutError):
            return False

    def leader(self) -> str | None:
        with psycopg.connect(self.url) as conn:
            row = conn.execute("SELECT replica FROM leader WHERE id = 1").fetchone()
        return row[0] if row else None

    # -- Slack, as seen from the replicas --------------------------------------------------

    async def deliver(self, body: str, content_type: str, retry: int = 0) -> bool:
        """Send to a random replica until one answers 200 (a dead one refuses or drops the
        connection, and Slack sends the event again)."""
        for attempt in range(200):
            port = self.rng.choice(self.ports)
            headers = signed(body, SECRET, content_type)
            if retry or attempt:
                headers.update({"X-Slack-Retry-Num": str(retry + attempt),
                                "X-Slack-Retry-Reason": "http_error"})
            try:
                async with self.session.post(f"http://127.0.0.1:{port}/slack/events",
                                             data=body, headers=headers,
                                             timeout=aiohttp.ClientTimeout(total=5)) as r:
                    if r.status == 200:
                        return True
            except (aiohttp.ClientError, TimeoutError):
                pass
            await asyncio.sleep(0.1)
        return False

    async def mention(self, n: int) -> None:
        event = {
            "token": "t", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
            "event_id": f"EvCHAOS{n:05d}", "event_time": int(time.time()),
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
            "event": {"type": "app_mention", "user": f"U{1000 + n % self.args.members}",
                      "text": f"<@UBOT> {self.rng.choice(QUESTIONS)}",
                      "ts": f"{1764100000 + n}.000100", "channel": QUESTIONS_CHANNEL,
                      "event_ts": f"{1764100000 + n}.000100"},
        }
        body = json.dumps(event)
        copies = self.rng.randint(1, 4)
        self.delivered += copies
        sends = [self.deliver(body, "application/json")]
        for retry in range(1, copies):
            sends.append(self._later(self.rng.uniform(0, 1.5),
                                     self.deliver(body, "application/json", retry)))
        await asyncio.gather(*sends)

    @staticmethod
    async def _later(delay: float, work) -> None:
        await asyncio.sleep(delay)
        await work

    async def command(self, channel: str, text: str) -> None:
        self.interactions += 1
        body = slash_command(text, channel, f"{self.slack.url}/response/{self.interactions}")
        port = self.rng.choice(self.ports)
        with contextlib.suppress(aiohttp.ClientError, TimeoutError):
            async with self.session.post(
                    f"http://127.0.0.1:{port}/slack/events", data=body,
                    headers=signed(body, SECRET, "application/x-www-form-urlencoded"),
                    timeout=aiohttp.ClientTimeout(total=5)):
                pass  # a dead replica: the edit is not acknowledged

    # -- the run ---------------------------------------------------------------------------

    async def run(self) -> int:
        with Cluster() as cluster:
            self.url = cluster.new_database("chaos")
            self.slack = await FakeSlack().start()
            async with aiohttp.ClientSession() as self.session:
                await self.start(0)
                await asyncio.gather(*(self.start(i) for i in range(1, self.args.replicas)))
                for channel in DIGEST_CHANNELS:
                    await self.command(channel, "subscribe")
                await self.until(lambda: self.count("subscriptions") == len(DIGEST_CHANNELS))
                self.slack.fault = self.fault
                started = time.monotonic()
                await asyncio.gather(self.mentions(), self.edits(), self.killing())
                self.slack.fault = None
                settled = await self.settle()
                elapsed = time.monotonic() - started
                for process in self.processes.values():
                    process.terminate()
                await asyncio.gather(*(p.wait() for p in self.processes.values()))
            await self.slack.stop()
            return self.verdict(settled, elapsed)

    def fault(self, method: str):
        if method == "chat.postMessage" and self.rng.random() < self.args.fault_rate:
            return (429, {"Retry-After": "1"})
        return None

    async def mentions(self) -> None:
        pending = []
        for n in range(self.args.mentions):
            pending.append(asyncio.create_task(self.mention(n)))
            await asyncio.sleep(self.rng.uniform(0.02, 0.08))
        await asyncio.gather(*pending)
        self.mentions_done.set()

    async def edits(self) -> None:
        round_ = 0
        while not self.mentions_done.is_set():
            round_ += 1
            slug = self.rng.choice(ENTRIES)
            value = f"e{round_}-{self.rng.randrange(10**6)}"
            self.sent_edits.append((slug, value))
            await self.command(self.rng.choice(DIGEST_CHANNELS),
                               f"set {slug} chaos_note {value}")
            await asyncio.sleep(self.rng.uniform(0.5, 2.0))

    async def killing(self) -> None:
        """Kill a replica every few seconds (the leader every other time) and restart it."""
        spacing = max(1.0, self.args.mentions * 0.05 / (self.args.kills + 1))
        for k in range(self.args.kills):
            await asyncio.sleep(self.rng.uniform(0.5, 1.5) * spacing)
            leader = await asyncio.to_thread(self.leader)
            by_name = {f"r{i}": i for i in self.processes}
            victim = (by_name.get(leader) if k % 2 == 0 and leader in by_name
                      else self.rng.randrange(self.args.replicas))
            process = self.processes[victim]
            killed_at = time.monotonic()
            process.send_signal(signal.SIGKILL)
            await process.wait()
            self.kills += 1
            if leader == f"r{victim}":  # another replica must take over before it is back
                await self.until(lambda v=victim: self.leader() not in (None, f"r{v}"),
                                 timeout=60)
                self.failovers.append(time.monotonic() - killed_at)
            await self.start(victim)

    async def until(self, done, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not await asyncio.to_thread(done):
            if time.monotonic() > deadline:
                raise RuntimeError("timed out waiting")
            await asyncio.sleep(0.1)

    def count(self, table: str, where: str = "") -> int:
        with psycopg.connect(self.url) as conn:
            return conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]

    async def settle(self, timeout: float = 180) -> bool:
        """Until every event is answered and every channel has every change."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            answered = len(self.answers())
            with psycopg.connect(self.url) as conn:
                newest = conn.execute("SELECT coalesce(max(id), 0) FROM revisions").fetchone()[0]
                behind = conn.execute("SELECT count(*) FROM subscriptions WHERE "
                                      "state != 'active' OR cursor < %s", [newest]).fetchone()[0]
                pending = conn.execute("SELECT count(*) FROM outbox WHERE status = 'pending'"
                                       ).fetchone()[0]
            if answered >= self.args.mentions and not behind and not pending:
                return True
            await asyncio.sleep(0.5)
        return False

    def answers(self) -> dict[str, int]:
        """Event id -> how many answers name it in the questions channel."""
        found: dict[str, int] = {}
        for message in self.slack.history.get(QUESTIONS_CHANNEL, []):
            event_id = ((message.get("metadata") or {}).get("event_payload") or {}).get(
                "event_id")
            if event_id:
                found[event_id] = found.get(event_id, 0) + 1
        return found

    def verdict(self, settled: bool, elapsed: float) -> int:
        answers = self.answers()
        once = sum(1 for n in range(self.args.mentions)
                   if answers.get(f"EvCHAOS{n:05d}") == 1)
        twice = sum(1 for n in range(self.args.mentions)
                    if answers.get(f"EvCHAOS{n:05d}", 0) >= 2)
        unanswered = self.args.mentions - once - twice
        lost, duplicated, problems, digest_changes = self.digests()
        if not settled:
            problems.append("the replicas never caught up")
        for problem in problems[:20]:
            print("  " + problem)
        print(f"  {self.delivered} deliveries of {self.args.mentions} mentions in "
              f"{elapsed:.0f} s; logs in {self.folder}")
        result = {"replicas": self.args.replicas, "kills": self.kills,
                  "mentions": self.args.mentions, "answered_once": once,
                  "answered_twice": twice, "unanswered": unanswered,
                  "digest_changes": digest_changes, "lost": lost, "duplicated": duplicated,
                  "max_failover_s": round(max(self.failovers, default=0.0), 2)}
        print(json.dumps(result))
        ok = (once == self.args.mentions and not problems
              and result["max_failover_s"] <= 15)
        return 0 if ok else 1

    def digests(self) -> tuple[int, int, list[str], int]:
        """Every subscribed channel got every tracked change once, and every acknowledged
        edit is in the revision log: (lost, duplicated, problems, changes delivered)."""
        received: dict[str, dict[tuple[str, int], int]] = {}
        for channel in DIGEST_CHANNELS:
            for message in self.slack.history.get(channel, []):
                payload = (message.get("metadata") or {}).get("event_payload") or {}
                if payload.get("digest_id"):
                    key = (payload["digest_id"], int(payload.get("part", 0)))
                    seen = received.setdefault(channel, {})
                    seen[key] = seen.get(key, 0) + 1
        lost = duplicated = changes = 0
        problems: list[str] = []
        with psycopg.connect(self.url) as conn:
            newest = conn.execute("SELECT coalesce(max(id), 0) FROM revisions").fetchone()[0]
            tracked = {rid for rid, after in conn.execute("SELECT id, after FROM revisions")
                       if json.loads(after).get("tracked")}
            for sub_id, channel in conn.execute("SELECT id, channel FROM subscriptions"
                                                ).fetchall():
                rows = conn.execute(
                    "SELECT digest_id, from_rev, to_rev, message_ids FROM outbox WHERE "
                    "subscription_id = %s AND status = 'sent' ORDER BY to_rev", [sub_id]
                ).fetchall()
                found = check_channel(channel, rows, received.get(channel, {}), tracked,
                                      newest)
                lost, duplicated = lost + found[0], duplicated + found[1]
                problems += found[2]
                changes += found[3]
            stored = {json.loads(a)["fields"].get("chaos_note")
                      for (a,) in conn.execute("SELECT after FROM revisions")}
        acked = self.acknowledged()
        missing = [edit for edit in acked if edit[1] not in stored]
        lost += len(missing)
        problems += [f"acknowledged edit lost: {edit}" for edit in missing]
        return lost, duplicated, problems, changes

    def acknowledged(self) -> list[tuple[str, str]]:
        texts = [json.dumps(r) for r in self.slack.responses]
        return sorted({(slug, value) for slug, value in self.sent_edits
                       for text in texts
                       if value in text and f"`{slug}` chaos_note set" in text})


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args) -> int:
    return asyncio.run(ReplicaChaos(args).run())
