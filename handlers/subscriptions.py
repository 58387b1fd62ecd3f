"""Channel subscriptions by chat, and the digest preview."""

from datetime import datetime
from typing import TYPE_CHECKING

from content.channels import MODES
from handlers import replies
from handlers.digests import Digest, compose
from handlers.messages import Reply, Request
from handlers.schedules import Schedule, ScheduleError, parse_subscribe

if TYPE_CHECKING:
    from content.ledger import Subscription
    from handlers.services import Services

ANSWER_FORM = "answer <mentions | questions>"
SUBSCRIBE_FORM = ('subscribe [on-change | daily HH:MM | weekdays HH:MM | weekly DAY HH:MM | '
                  'cron "<m h d M w>"] [tz Area/City] [only <kind or entry>...]')


def cmd_subscribe(services: "Services", request: Request, args: str) -> Reply:
    """Send this channel a digest of changes: on change (default) or on a schedule."""
    try:
        wanted = parse_subscribe(args, services.settings.tz)
    except ScheduleError as exc:
        return replies.bad_subscribe(str(exc), SUBSCRIBE_FORM)
    unknown = [o for o in wanted.only if not _kind_or_entry(services, o)]
    if unknown:
        return replies.bad_subscribe(f"'{unknown[0]}' is neither a kind nor an entry",
                                     SUBSCRIBE_FORM)
    only = tuple(_kind_or_entry(services, o) or o for o in wanted.only)
    subscription, created = services.ledger.subscribe(
        request.platform, request.channel, wanted.schedule.text, wanted.tz, only,
        request.audit(), request.now,
    )
    return replies.subscribed(subscription, created, next_run(subscription, request.now),
                              services.settings.debounce)


def subscribe_fits(services: "Services", args: str) -> bool:
    try:
        parse_subscribe(args, services.settings.tz)
    except ScheduleError:
        return False
    return True


def cmd_answer(services: "Services", request: Request, args: str) -> Reply:
    """Where this channel hears questions: `mentions` (default) or every `questions`."""
    mode = args.strip().lower()
    if mode not in MODES:
        return replies.usage(ANSWER_FORM, "answer questions")
    changed = services.channels.set_mode(request.platform, request.channel, mode,
                                       request.audit(), request.now)
    return replies.channel_mode(mode, changed)


def cmd_unsubscribe(services: "Services", request: Request, args: str) -> Reply:
    """Stop this channel's digests."""
    removed = services.ledger.unsubscribe(request.platform, request.channel, request.audit(),
                                        request.now)
    return replies.unsubscribed(removed)


def cmd_subscriptions(services: "Services", request: Request, args: str) -> Reply:
    """Every subscription: schedule, filter, next run, last delivery and state."""
    found = services.ledger.subscriptions()
    return replies.subscriptions([(s, next_run(s, request.now)) for s in found],
                                 services.channels.modes())


def cmd_digest(services: "Services", request: Request, args: str) -> Reply:
    """Preview this channel's next digest; nothing is sent."""
    subscription = services.ledger.subscription(request.platform, request.channel)
    if subscription is None:
        return replies.not_subscribed()
    digest = pending_digest(services, subscription)
    return replies.digest_preview(digest, subscription)


def pending_digest(services: "Services", subscription: "Subscription") -> Digest | None:
    newest = services.ledger.newest_revision()
    revisions = [r for _, r in services.ledger.revisions_after(subscription.cursor, newest)]
    return compose(revisions, subscription.only, services.people.display)


def next_run(subscription: "Subscription", now: datetime) -> datetime | None:
    return Schedule(subscription.schedule).next_run(subscription.tz, now)


def _kind_or_entry(services: "Services", name: str) -> str | None:
    if name.lower() in {k for k, _ in services.store.kinds()}:
        return name.lower()
    entry = services.store.resolve(name, include_retired=True)
    return entry.slug if entry else None

