"""Channel subscriptions by chat, and the digest preview."""

from datetime import datetime
from typing import TYPE_CHECKING

from content.channels import MODES
from content.store import Audit
from handlers import replies
from handlers.digests import Digest, compose
from handlers.messages import Reply, Request
from handlers.schedules import Schedule, ScheduleError, parse_subscribe

if TYPE_CHECKING:
    from content.ledger import Subscription
    from handlers.router import Router

ANSWER_FORM = "answer <mentions | questions>"
SUBSCRIBE_FORM = ('subscribe [on-change | daily HH:MM | weekdays HH:MM | weekly DAY HH:MM | '
                  'cron "<m h d M w>"] [tz Area/City] [only <kind or entry>...]')


def cmd_subscribe(router: "Router", request: Request, args: str) -> Reply:
    """Send this channel a digest of changes: on change (default) or on a schedule."""
    try:
        wanted = parse_subscribe(args, router.settings.tz)
    except ScheduleError as exc:
        return replies.bad_subscribe(str(exc), SUBSCRIBE_FORM)
    unknown = [o for o in wanted.only if not _kind_or_entry(router, o)]
    if unknown:
        return replies.bad_subscribe(f"'{unknown[0]}' is neither a kind nor an entry",
                                     SUBSCRIBE_FORM)
    only = tuple(_kind_or_entry(router, o) or o for o in wanted.only)
    subscription, created = router.ledger.subscribe(
        request.platform, request.channel, wanted.schedule.text, wanted.tz, only,
        _audit(request), request.now,
    )
    return replies.subscribed(subscription, created, next_run(subscription, request.now),
                              router.settings.debounce)


def subscribe_fits(router: "Router", args: str) -> bool:
    try:
        parse_subscribe(args, router.settings.tz)
    except ScheduleError:
        return False
    return True


def cmd_answer(router: "Router", request: Request, args: str) -> Reply:
    """Where this channel hears questions: `mentions` (default) or every `questions`."""
    mode = args.strip().lower()
    if mode not in MODES:
        return replies.usage(ANSWER_FORM, "answer questions")
    changed = router.channels.set_mode(request.platform, request.channel, mode,
                                       _audit(request), request.now)
    return replies.channel_mode(mode, changed)


def cmd_unsubscribe(router: "Router", request: Request, args: str) -> Reply:
    """Stop this channel's digests."""
    removed = router.ledger.unsubscribe(request.platform, request.channel, _audit(request),
                                        request.now)
    return replies.unsubscribed(removed)


def cmd_subscriptions(router: "Router", request: Request, args: str) -> Reply:
    """Every subscription: schedule, filter, next run, last delivery and state."""
    found = router.ledger.subscriptions()
    return replies.subscriptions([(s, next_run(s, request.now)) for s in found],
                                 router.channels.modes())


def cmd_digest(router: "Router", request: Request, args: str) -> Reply:
    """Preview this channel's next digest; nothing is sent."""
    subscription = router.ledger.subscription(request.platform, request.channel)
    if subscription is None:
        return replies.not_subscribed()
    digest = pending_digest(router, subscription)
    return replies.digest_preview(digest, subscription)


def pending_digest(router: "Router", subscription: "Subscription") -> Digest | None:
    newest = router.ledger.newest_revision()
    revisions = [r for _, r in router.ledger.revisions_after(subscription.cursor, newest)]
    return compose(revisions, subscription.only, router.people.display)


def next_run(subscription: "Subscription", now: datetime) -> datetime | None:
    return Schedule(subscription.schedule).next_run(subscription.tz, now)


def _kind_or_entry(router: "Router", name: str) -> str | None:
    if name.lower() in {k for k, _ in router.store.kinds()}:
        return name.lower()
    entry = router.store.resolve(name, include_retired=True)
    return entry.slug if entry else None


def _audit(request: Request) -> Audit:
    return Audit(request.actor, request.platform, request.user, request.channel, request.text)
