"""The digest scheduler: one APScheduler job per subscription, rebuilt from our own tables.

APScheduler's in-memory job store holds nothing durable: what each channel was sent lives in
the ledger, so a restart rebuilds the jobs and the runner's start-up pass posts what was
missed, once. Jobs are re-synced whenever the subscriptions table changes, even from another
process (`python -m bot chat ... subscribe`), by a small polling job.
"""

import logging

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import STATE_PAUSED, STATE_RUNNING
from apscheduler.triggers.interval import IntervalTrigger

from bot.digests import DigestRunner
from content.ledger import Ledger
from handlers.schedules import Schedule

log = logging.getLogger(__name__)

# A time job whose moment passed while the loop was busy still runs within this many seconds;
# beyond it the start-up catch-up pass is what delivers (coalesced into one digest).
MISFIRE_GRACE = 600
JOB_DEFAULTS = {"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE}


class DigestScheduler:
    def __init__(self, runner: DigestRunner, ledger: Ledger, tick: float = 5.0,
                 sync_every: float = 5.0):
        self.runner = runner
        self.ledger = ledger
        self.tick = tick
        self.sync_every = sync_every
        self.scheduler = AsyncIOScheduler(job_defaults=JOB_DEFAULTS)
        self._signature: tuple | None = None

    async def start(self) -> None:
        """Settle pending posts and missed schedules, then start the jobs. Call it once (not
        from a reconnect handler: those fire again after every reconnect); after `pause`,
        `start` again resumes."""
        await self.runner.start()
        if self.scheduler.state == STATE_PAUSED:
            self._signature = None  # the subscriptions may have changed meanwhile
            self.sync()
            self.scheduler.resume()
            return
        self.sync()
        self.scheduler.add_job(self.sync, IntervalTrigger(seconds=self.sync_every), id="sync")
        # A digest left pending (its poster killed mid-post, its claim lapsing a minute later,
        # or a Retry-After to wait out) is settled on the next tick, not at its next schedule.
        self.scheduler.add_job(self.runner.resolve_pending, IntervalTrigger(seconds=self.tick),
                               id="pending")
        self.scheduler.start()

    def pause(self) -> None:
        """Stop running jobs (this replica no longer leads); `start` resumes them."""
        if self.scheduler.state == STATE_RUNNING:
            self.scheduler.pause()

    def sync(self) -> None:
        """Make the jobs match the subscriptions table."""
        signature = self.ledger.signature()
        if signature == self._signature:
            return
        wanted = set()
        for subscription in self.ledger.subscriptions():
            if subscription.state != "active":
                continue
            job_id = f"subscription-{subscription.id}"
            wanted.add(job_id)
            schedule = Schedule(subscription.schedule)
            trigger = schedule.trigger(subscription.tz) or IntervalTrigger(seconds=self.tick)
            job = self.runner.run if schedule.on_change else self.runner.scheduled
            self.scheduler.add_job(job, trigger, args=[subscription.id], id=job_id,
                                   replace_existing=True)
        for job in self.scheduler.get_jobs():
            if job.id.startswith("subscription-") and job.id not in wanted:
                job.remove()
        self._signature = signature
        log.info("scheduler synced: %d subscription job(s)", len(wanted))

    @property
    def running(self) -> bool:
        return self.scheduler.state == STATE_RUNNING

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
