"""Delivering digests through the ledger: never lose a change, never post one twice.

The remaining window, honestly: a platform without idempotency keys (Slack) can accept a post
and then lose the connection before answering. The runner then looks the digest up in the
channel (by the digest id in the message metadata) before posting again, so a duplicate needs
that lookup to miss a post that did land - for example a post older than the lookup reaches.
"""

import asyncio
import bisect
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.delivery import Delivery, Permanent, RateLimited, Transient
from content.ledger import Ledger, Outbox
from content.people import People
from content.store import Revision
from handlers.digests import Digest, compose
from handlers.schedules import Schedule

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BACKOFF = (1, 2, 4, 8, 16)  # seconds between retries of a 5xx or connection error
MAX_RATE_WAIT = 120  # a Retry-After beyond this is treated as an outage


@dataclass
class Result:
    """One subscription's outcome; `as_json` is the `digest run --json` contract."""

    subscription: int
    platform: str
    channel: str
    changes: int = 0
    posted: bool = False
    message_ids: list[str] = field(default_factory=list)
    preview: list = field(default_factory=list)

    def as_json(self) -> dict:
        return {"subscription": self.subscription, "platform": self.platform,
                "channel": self.channel, "changes": self.changes, "posted": self.posted,
                "message_ids": self.message_ids}


def utc_now() -> datetime:
    return datetime.now(UTC)


class DigestRunner:
    def __init__(self, ledger: Ledger, deliveries: dict[str, Delivery], debounce: int,
                 clock: Callable[[], datetime] = utc_now,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep):
        self.ledger = ledger
        self.people = People(ledger.store)  # digests say who changed what by name
        self.deliveries = deliveries
        self.debounce = debounce
        self.clock = clock
        self.sleep = sleep
        self._window: tuple[int, int, list[int], list[Revision]] = (0, -1, [], [])
        self.owner = uuid.uuid4().hex  # whose claim an outbox row is under
        # (platform, channel) -> when its Retry-After ends, for one too long to wait out here
        self._rate_limited: dict[tuple[str, str], datetime] = {}
        # Outbox rows a coroutine of this runner is posting: a claim is this runner's for all
        # its jobs, so two jobs (a tick settling rows, a schedule firing) must not both post.
        self._posting: set[int] = set()

    async def start(self) -> list[Result]:
        """At start-up: settle every pending post first, then catch up missed schedules."""
        await self.resolve_pending()
        results = []
        now = self.clock()
        for subscription in self.ledger.subscriptions():
            if subscription.state != "active":
                continue
            schedule = Schedule(subscription.schedule)
            if schedule.on_change:
                results.append(await self.run(subscription.id))
                continue
            since = datetime.fromisoformat(subscription.last_run_at or subscription.created_at)
            due = schedule.next_run(subscription.tz, since)
            if due is not None and due <= now:
                log.info("catching up missed digest for subscription %d", subscription.id)
                results.append(await self.scheduled(subscription.id))
        return results

    async def resolve_pending(self) -> None:
        for row in self.ledger.pending():
            await self._deliver(row, uncertain=True)  # never raises: start-up must go on

    async def scheduled(self, subscription_id: int) -> Result:
        """A time schedule fired: deliver whatever is new. The run counts as done only when
        nothing of it is left pending (a digest a killed process still holds is settled by a
        later tick, and a restart catches the schedule up again until then)."""
        result = await self.run(subscription_id, force=True)
        if not self.ledger.pending(subscription_id):
            self.ledger.mark_run(subscription_id, self.clock())
        return result

    async def run_all(self, dry_run: bool = False) -> list[Result]:
        """Every subscription with something new, now (`digest run`)."""
        await self.resolve_pending()
        ordered = sorted(self.ledger.subscriptions(), key=lambda s: s.cursor)
        results = [await self.run(s.id, force=True, dry_run=dry_run) for s in ordered]
        return sorted(results, key=lambda r: r.subscription)

    async def run(self, subscription_id: int, force: bool = False,
                  dry_run: bool = False) -> Result:
        """Build and deliver one subscription's digest. On-change ones wait for `debounce`
        seconds of quiet unless `force`d."""
        subscription = self.ledger.get(subscription_id)
        if subscription is None:
            return Result(subscription_id, "", "")
        result = Result(subscription.id, subscription.platform, subscription.channel)
        if subscription.state != "active":
            return result
        for row in self.ledger.pending(subscription.id):
            # An earlier digest is still unsettled: settle it first, or its changes would go
            # out twice (once in it, once in a new digest covering the same range).
            if dry_run or await self._deliver(row, uncertain=True) is None:
                return result
            subscription = self.ledger.get(subscription.id) or subscription
        newest = self.ledger.newest_revision()
        revisions = self._revisions(subscription.cursor, newest)
        digest = compose(revisions, subscription.only, self.people.display)
        if digest is None:
            if revisions and not dry_run:
                self.ledger.skip(subscription.id, newest)
            return result
        result.changes = digest.count
        if not force and not self._quiet(digest):
            return result
        delivery = self.deliveries.get(subscription.platform)
        if dry_run:
            result.preview = delivery.render(digest) if delivery else []
            return result
        if delivery is None:
            log.warning("no %s connection: digest for %s waits", subscription.platform,
                        subscription.channel)
            return result
        row = self.ledger.open(subscription, subscription.cursor, newest, digest.to_json(),
                               self.clock())
        ids = await self._deliver(row)
        result.posted, result.message_ids = ids is not None, ids or []
        return result

    def _revisions(self, cursor: int, newest: int) -> list[Revision]:
        """Revisions after `cursor` up to `newest`. Channels share most of them, so one read
        serves a whole pass: the cost follows the number of changes, not of channels."""
        low, high, ids, revisions = self._window
        if high != newest or cursor < low:
            rows = self.ledger.revisions_after(cursor, newest)
            ids, revisions = [i for i, _ in rows], [r for _, r in rows]
            self._window = (cursor, newest, ids, revisions)
        return revisions[bisect.bisect_right(ids, cursor):]

    def _quiet(self, digest: Digest) -> bool:
        last = datetime.fromisoformat(digest.last_at)
        return (self.clock() - last).total_seconds() >= self.debounce

    async def _deliver(self, row: Outbox, uncertain: bool = False) -> list[str] | None:
        """Post what is missing of one outbox row. Only the runner holding the row's claim
        posts, so two processes (the bot and `digest run`) never post the same digest."""
        delivery = self.deliveries.get(row.platform)
        until = self._rate_limited.get((row.platform, row.channel))
        if until is not None and self.clock() < until:
            return None  # the platform asked us to wait: the row stays pending till then
        if row.id in self._posting:
            return None  # another job of this runner is posting it now
        if delivery is None or not self.ledger.claim(row.id, self.owner, self.clock()):
            return None
        self._posting.add(row.id)
        try:
            return await self._deliver_claimed(delivery, row, uncertain)
        finally:
            self._posting.discard(row.id)
            self.ledger.release(row.id)

    async def _deliver_claimed(self, delivery: Delivery, row: Outbox,
                               uncertain: bool) -> list[str] | None:
        payloads = delivery.render(Digest.from_json(row.digest))
        ids: list[str | None] = (list(row.message_ids) + [None] * len(payloads))[:len(payloads)]
        if uncertain and not all(ids):
            found = await self._find(delivery, row, payloads)
            if found is None:
                return None
            for index, message_id in found.items():
                ids[index] = message_id
        for index in range(len(payloads)):
            if ids[index] is None:
                message_id = await self._post(delivery, row, payloads, index)
                if message_id is None:
                    return None
                ids[index] = message_id
        self.ledger.mark_sent(row.id, self.clock())
        log.info("digest %s delivered in %d post(s)", row.digest_id, len(payloads),
                 extra={"platform": row.platform, "channel": row.channel})
        return [i for i in ids if i]

    async def _post(self, delivery: Delivery, row: Outbox, payloads: list,
                    index: int) -> str | None:
        """Post one part with retries; None leaves the row pending (or failed) for later."""
        payload, parts = payloads[index], len(payloads)
        check_first = False
        for attempt in range(MAX_ATTEMPTS):
            if not self.ledger.claim(row.id, self.owner, self.clock()):
                return None  # held too long (a stalled loop): another runner has it now
            if check_first:
                found = await self._find(delivery, row, payloads)
                if found is None:
                    return None
                if index in found:
                    self.ledger.record_part(row.id, index, found[index], parts)
                    return found[index]
            try:
                message_id = await delivery.post(row.channel, payload, row.digest_id, index)
            except RateLimited as exc:
                if exc.retry_after > MAX_RATE_WAIT:
                    self.ledger.note_error(row.id, str(exc))
                    self._rate_limited[(row.platform, row.channel)] = (
                        self.clock() + timedelta(seconds=exc.retry_after))
                    return None
                await self.sleep(exc.retry_after)
                check_first = False  # a 429 was refused outright: nothing landed
            except Transient as exc:
                self.ledger.note_error(row.id, str(exc))
                await self.sleep(BACKOFF[attempt])
                check_first = True  # it may have landed before the error
            except Permanent as exc:
                self._pause(row, str(exc))
                return None
            else:
                self.ledger.record_part(row.id, index, message_id, parts)
                return message_id
        log.warning("digest %s still undelivered after %d attempts; will retry", row.digest_id,
                    MAX_ATTEMPTS)
        return None

    async def _find(self, delivery: Delivery, row: Outbox, payloads: list) -> dict | None:
        """What of this digest the channel shows; None when the platform cannot say now (the
        row stays pending) or ever (the subscription is paused)."""
        try:
            return await delivery.find(row.channel, row.digest_id, payloads)
        except Transient as exc:
            self.ledger.note_error(row.id, f"lookup: {exc}")
        except RateLimited as exc:
            self.ledger.note_error(row.id, f"lookup: {exc}")
        except Permanent as exc:
            self._pause(row, str(exc))
        return None

    def _pause(self, row: Outbox, reason: str) -> None:
        log.warning("pausing subscription %d: %s", row.subscription_id, reason,
                    extra={"platform": row.platform, "channel": row.channel})
        self.ledger.pause(row.subscription_id, reason)
        self.ledger.mark_failed(row.id, reason)
