"""Digest delivery through the ledger, on real SQLite with the real runner and scheduler.

Only the platform and the clock are stood in for: `Platform` wraps the real console delivery
and can answer like a platform does (429, 5xx, a reset after accepting, a missing channel).
"""

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.delivery import ConsoleDelivery, Permanent, RateLimited, Transient
from bot.digests import DigestRunner
from bot.scheduler import DigestScheduler
from content.ledger import Ledger
from content.store import open_store
from handlers.messages import Request
from handlers.router import Router, Settings
from handlers.schedules import Schedule
from tests.conftest import NOW

T0 = NOW


class Crash(BaseException):
    """The process dies here (not an Exception: nothing may catch it)."""


class Killed(Crash):
    """The process dies before the post reaches the platform."""


class Platform(ConsoleDelivery):
    """The console delivery, answering each post with the next scripted outcome first."""

    def __init__(self, folder, script=()):
        super().__init__(folder, echo=False)
        self.script = list(script)
        self.calls = 0

    async def post(self, channel, payload, digest_id, part):
        self.calls += 1
        outcome = self.script.pop(0) if self.script else None
        if outcome == "reset":  # accepted, then the connection dropped
            await super().post(channel, payload, digest_id, part)
            raise Transient("connection reset")
        if outcome == "crash":  # accepted, then the process died before recording
            await super().post(channel, payload, digest_id, part)
            raise Crash()
        if isinstance(outcome, Exception | Killed):
            raise outcome
        return await super().post(channel, payload, digest_id, part)

    def posts(self, channel=None):
        if not self.path.exists():
            return []
        rows = [json.loads(line) for line in self.path.read_text().splitlines()]
        return [r for r in rows if channel is None or r["channel"] == channel]


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


@pytest.fixture
def world(store, tmp_path):
    router = Router(store, Settings(admins=frozenset({"console:admin"}), debounce=60))
    platform = Platform(tmp_path)
    clock = Clock(T0)
    waits: list[float] = []

    async def sleep(seconds):
        waits.append(seconds)

    runner = DigestRunner(router.ledger, {"console": platform}, debounce=60, clock=clock,
                          sleep=sleep)
    return router, runner, platform, clock, waits


def say(router, text, at, channel="console", user="admin"):
    return router.handle(Request(text=text, user=user, now=at, channel=channel))


def run(coro):
    return asyncio.run(coro)


def test_a_burst_of_edits_is_one_digest_and_no_change_no_post(world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe", T0)
    for i, status in enumerate(("Signing today", "Signed", "Signed on Thursday")):
        say(router, f"set order status {status}", T0 + timedelta(seconds=10 + i))
    clock.now = T0 + timedelta(seconds=40)  # edits still fresh: debounce holds the digest
    assert not run(runner.run(1)).posted
    clock.now = T0 + timedelta(seconds=80)
    result = run(runner.run(1))
    assert result.posted and result.changes == 1
    [post] = platform.posts()
    assert "status: Expected to be signed" in post["text"] and "→ Signed on Thursday" in post[
        "text"]
    assert "Signing today" not in post["text"]
    assert set(post) == {"channel", "text", "digest_id", "at"}
    assert not run(runner.run(1)).posted
    assert len(platform.posts()) == 1


def test_a_change_undone_in_the_window_posts_nothing(world, store):
    router, runner, platform, clock, _ = world
    say(router, "subscribe", T0)
    original = store.get("order").fields["status"]
    say(router, "set order status Signed", T0 + timedelta(seconds=1))
    say(router, f"set order status {original}", T0 + timedelta(seconds=2))
    clock.now = T0 + timedelta(hours=1)
    assert not run(runner.run(1)).posted
    assert platform.posts() == []
    assert router.ledger.get(1).cursor == router.ledger.newest_revision()


def test_untracked_entries_and_filters_are_respected(world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe only mythos", T0, channel="A")
    say(router, "subscribe only event", T0, channel="B")
    say(router, "set order status Signed", T0 + timedelta(seconds=1))
    say(router, "set mythos access Wider", T0 + timedelta(seconds=2))
    say(router, "set xai role Untracked change", T0 + timedelta(seconds=3))
    clock.now = T0 + timedelta(hours=1)
    run(runner.run_all())
    [a] = platform.posts("A")
    assert "Mythos" in a["text"] and "order" not in a["text"].lower().split("mythos")[0]
    assert platform.posts("B") == []


def test_two_channels_each_get_exactly_their_own_changes(world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe", T0, channel="A")
    say(router, "set order status Signed", T0 + timedelta(seconds=1))
    clock.now = T0 + timedelta(minutes=5)
    run(runner.run_all())
    say(router, "subscribe", T0 + timedelta(minutes=6), channel="B")
    say(router, "set mythos access Wider", T0 + timedelta(minutes=7))
    clock.now = T0 + timedelta(minutes=20)
    run(runner.run_all())
    a = [p["text"] for p in platform.posts("A")]
    b = [p["text"] for p in platform.posts("B")]
    assert len(a) == 2 and "Signed" in a[0] and "Wider" in a[1] and "Wider" not in a[0]
    assert len(b) == 1 and "Wider" in b[0] and "Signed" not in b[0]


def test_a_new_subscription_gets_no_old_history(world):
    router, runner, platform, clock, _ = world
    say(router, "set order status Signed", T0)
    say(router, "subscribe", T0 + timedelta(seconds=5))
    clock.now = T0 + timedelta(hours=1)
    assert not run(runner.run(1)).posted and platform.posts() == []
    assert "Nothing new" in say(router, "digest", clock.now).text


def test_digest_previews_and_moves_nothing(world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe", T0)
    say(router, "set order status Signed", T0 + timedelta(seconds=1))
    preview = say(router, "digest", T0 + timedelta(seconds=2), user="member").text
    assert "Preview" in preview and "→ Signed" in preview
    assert platform.posts() == [] and router.ledger.get(1).cursor < router.ledger.newest_revision()
    assert "not subscribed" in say(router, "digest", T0, channel="other").text


def test_a_crash_after_posting_before_recording_does_not_post_twice(store, tmp_path):
    router = Router(store, Settings(admins=frozenset({"console:admin"})))
    say(router, "subscribe", T0)
    say(router, "set order status Signed", T0 + timedelta(seconds=1))
    crashing = Platform(tmp_path, script=["crash"])
    runner = DigestRunner(router.ledger, {"console": crashing}, debounce=0,
                          clock=Clock(T0 + timedelta(minutes=5)))
    with pytest.raises(Crash):
        run(runner.run(1))
    assert len(crashing.posts()) == 1 and len(router.ledger.pending()) == 1

    # Restart: a new process on the same database file.
    store2 = open_store(store.location)
    restarted = Platform(tmp_path)
    runner2 = DigestRunner(Ledger(store2), {"console": restarted}, debounce=0,
                           clock=Clock(T0 + timedelta(minutes=6)))
    run(runner2.start())
    assert len(restarted.posts()) == 1 and restarted.calls == 0
    assert Ledger(store2).pending() == []
    assert Ledger(store2).get(1).cursor == Ledger(store2).newest_revision()


def _one_change_an_hour_ago(world, script: list) -> None:
    """One channel subscribed, one change to it, the clock an hour on; the platform will
    answer the first posts with `script`."""
    router, _, platform, clock, _ = world
    platform.script = script
    say(router, "subscribe", T0)
    say(router, "set order status Signed", T0)
    clock.now = T0 + timedelta(hours=1)


def test_a_reset_after_the_platform_accepted_is_not_posted_again(world):
    router, runner, platform, clock, waits = world
    _one_change_an_hour_ago(world, ["reset"])
    assert run(runner.run(1)).posted
    assert len(platform.posts()) == 1 and waits == [1]


def test_a_429_waits_for_retry_after_then_posts_once(world):
    router, runner, platform, clock, waits = world
    _one_change_an_hour_ago(world, [RateLimited(1.0)])
    assert run(runner.run(1)).posted
    assert waits == [1.0] and platform.calls == 2 and len(platform.posts()) == 1


def test_a_retry_after_too_long_to_wait_out_is_kept_to_by_later_ticks(world):
    router, runner, platform, clock, waits = world
    _one_change_an_hour_ago(world, [RateLimited(900.0)])
    assert not run(runner.run(1)).posted and platform.calls == 1
    for seconds in (5, 10, 600, 899):  # the on-change ticks inside the 15 minutes asked
        clock.now = T0 + timedelta(hours=1, seconds=seconds)
        run(runner.resolve_pending())
        run(runner.run(1))
    assert platform.calls == 1 and waits == []
    clock.now = T0 + timedelta(hours=1, seconds=901)
    run(runner.resolve_pending())
    assert platform.calls == 2 and len(platform.posts()) == 1


def test_5xx_errors_are_retried_with_backoff(world):
    router, runner, platform, clock, waits = world
    _one_change_an_hour_ago(world, [Transient("503"), Transient("502")])
    assert run(runner.run(1)).posted
    assert waits == [1, 2] and len(platform.posts()) == 1


def test_a_permanent_error_pauses_only_that_subscription(world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe", T0, channel="gone")
    say(router, "subscribe", T0, channel="fine")
    platform.script = [Permanent("channel_not_found")]
    say(router, "set order status Signed", T0)
    clock.now = T0 + timedelta(hours=1)
    results = run(runner.run_all())
    assert [r.posted for r in results] == [False, True]
    listing = say(router, "subscriptions", clock.now).text
    assert "paused: channel_not_found" in listing and listing.count("· active") == 1
    say(router, "set mythos access Wider", clock.now)
    clock.now += timedelta(hours=1)
    run(runner.run_all())
    assert platform.posts("gone") == [] and len(platform.posts("fine")) == 2
    # Re-subscribing resumes it, and nothing it missed is lost.
    say(router, "subscribe", clock.now, channel="gone")
    run(runner.run_all())
    [post] = platform.posts("gone")
    assert "Signed" in post["text"] and "Wider" in post["text"]


def test_time_schedules_fire_at_local_time_across_dst():
    schedule = Schedule("weekdays 09:00")
    before = datetime(2026, 3, 6, 12, 0, tzinfo=UTC)  # Friday 07:00 EST (UTC-5)
    first = schedule.next_run("America/New_York", before)
    second = schedule.next_run("America/New_York", first + timedelta(seconds=1))
    assert first.astimezone(UTC).hour == 14 and second.weekday() == 0
    assert second.astimezone(UTC).hour == 13  # Monday after the switch to EDT (UTC-4)
    assert (second.hour, second.minute) == (9, 0)
    night = datetime(2026, 3, 28, tzinfo=UTC)
    weekly = Schedule("weekly sun 02:30").next_run("Europe/Paris", night)
    assert weekly.date().isoformat() == "2026-03-29"  # 02:30 does not exist that night


def test_cron_weekdays_count_from_sunday_as_in_crontab():
    schedule = Schedule('cron "0 9 * * 1"')
    thursday = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert schedule.next_run("UTC", thursday).strftime("%A") == "Monday"


def test_a_missed_schedule_is_caught_up_once_at_start(world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe daily 09:00 tz UTC", T0)
    say(router, "set order status Signed", T0 + timedelta(minutes=1))
    clock.now = T0 + timedelta(days=2)  # the bot was down over two 09:00s
    run(runner.start())
    run(runner.start())
    assert len(platform.posts()) == 1


def test_a_scheduled_digest_a_killed_process_still_holds_is_posted_once_its_claim_lapses(
        world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe daily 09:00 tz UTC", T0)
    say(router, "set order status Signed", T0 + timedelta(minutes=1))
    nine = T0.replace(hour=9, minute=0) + timedelta(days=1)
    dying = DigestRunner(router.ledger, {"console": Platform(platform.path.parent,
                                                             script=[Killed()])},
                         debounce=60, clock=Clock(nine))
    with pytest.raises(Killed):
        run(dying.scheduled(1))
    [row] = router.ledger.pending()
    assert router.ledger.claim(row.id, dying.owner, nine)  # killed: its claim is not released
    clock.now = nine + timedelta(seconds=10)  # restarted at once: the claim is still live
    run(runner.start())
    assert platform.posts() == [] and router.ledger.get(1).last_run_at is None
    clock.now = nine + timedelta(seconds=70)  # a tick after the claim lapsed
    run(runner.resolve_pending())
    run(runner.resolve_pending())
    assert len(platform.posts()) == 1 and router.ledger.pending() == []


def test_a_long_digest_is_split_never_truncated(world):
    router, runner, platform, clock, _ = world
    say(router, "subscribe", T0)
    for i in range(40):
        say(router, f"set order note_{i} {'value ' * 40}{i}", T0)
    clock.now = T0 + timedelta(hours=1)
    run(runner.run(1))
    posts = [p["text"] for p in platform.posts()]
    assert len(posts) > 1 and all(len(p) <= platform.limit for p in posts)
    joined = "\n".join(posts)
    assert all(f"note_{i}:" in joined for i in range(40))


def test_the_real_scheduler_posts_an_on_change_digest(store, tmp_path):
    router = Router(store, Settings(admins=frozenset({"console:admin"})))
    platform = Platform(tmp_path)
    runner = DigestRunner(router.ledger, {"console": platform}, debounce=0)

    async def scenario():
        scheduler = DigestScheduler(runner, router.ledger, tick=0.1, sync_every=0.1)
        await scheduler.start()
        try:
            now = datetime.now(UTC)
            say(router, "subscribe", now)
            say(router, "set order status Signed", now)
            for _ in range(50):
                await asyncio.sleep(0.1)
                if platform.posts():
                    break
            jobs = scheduler.scheduler.get_jobs()
            assert {j.id for j in jobs} == {"sync", "pending", "subscription-1"}
            job = scheduler.scheduler.get_job("subscription-1")
            assert (job.coalesce, job.max_instances) == (True, 1) and job.misfire_grace_time
        finally:
            scheduler.shutdown()

    run(scenario())
    assert len(platform.posts()) == 1


def test_subscribe_checks_its_input_and_is_for_admins(world):
    router, *_ = world
    for bad in ("subscribe daily 25:00", "subscribe tz Mars/Base", "subscribe only nothing-x",
                'subscribe cron "0 9 * *"', "subscribe fortnightly"):
        reply = say(router, bad, T0)
        assert reply.ephemeral and "Type `subscribe" in reply.text, bad
    assert router.ledger.subscriptions() == []
    assert "Only admins" in say(router, "subscribe", T0, user="member").text
    ok = say(router, "subscribe weekly mon 09:00 tz Europe/Paris only order mythos", T0)
    assert "weekly mon 09:00 Europe/Paris" in ok.text and "Next run: 2026-11-30 09:00" in ok.text
    assert "Unsubscribed" in say(router, "unsubscribe", T0).text
    assert "no subscription" in say(router, "unsubscribe", T0).text


def test_the_console_delivery_makes_its_folder(tmp_path):
    # On PostgreSQL no SQLite file makes the folder beside it
    delivery = ConsoleDelivery(tmp_path / "data" / "more", echo=False)
    assert run(delivery.post("console", "text", "bb-1-1", 0)) == "bb-1-1/0"
    assert (tmp_path / "data" / "more" / "console-posts.jsonl").exists()
