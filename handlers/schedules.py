"""Digest schedules as typed in chat, and when they next fire (APScheduler's triggers do the
calendar arithmetic, DST included)."""

import re
import shlex
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.triggers.cron import CronTrigger

from content.text import plain_number

ON_CHANGE = "on-change"
DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
DAY_NAMES = {d: d for d in DAYS} | {
    "sunday": "sun", "monday": "mon", "tuesday": "tue", "wednesday": "wed", "thursday": "thu",
    "friday": "fri", "saturday": "sat", "tues": "tue", "thur": "thu", "thurs": "thu",
}


# A weekday number in a cron field, but not a step ("*/2"): those count, they name no day.
_WEEKDAY_NUMBER = re.compile(r"(?<![/\d])([0-7])(?!\d)")


_EPOCH = datetime(2001, 1, 1, tzinfo=UTC)  # from here every day that exists comes round


class ScheduleError(ValueError):
    """A schedule, time zone or filter that cannot be used; the message says what to type."""


@dataclass(frozen=True)
class Schedule:
    """`on-change`, `daily 09:00`, `weekdays 09:00`, `weekly mon 09:00` or `cron "m h d M w"`."""

    text: str

    @property
    def on_change(self) -> bool:
        return self.text == ON_CHANGE

    def trigger(self, tz: str) -> CronTrigger | None:
        """The APScheduler trigger in the subscription's zone; None for on-change."""
        if self.on_change:
            return None
        kind, *rest = shlex.split(self.text)
        zone = ZoneInfo(tz)
        if kind == "cron":
            minute, hour, day, month, weekday = rest[0].split()
            return CronTrigger(minute=minute, hour=hour, day=day, month=month,
                               day_of_week=_cron_weekdays(weekday), timezone=zone)
        hour, minute = rest[-1].split(":")
        weekday = {"daily": "*", "weekdays": "mon-fri", "weekly": rest[0]}[kind]
        return CronTrigger(hour=int(hour), minute=int(minute), day_of_week=weekday, timezone=zone)

    def next_run(self, tz: str, after: datetime) -> datetime | None:
        trigger = self.trigger(tz)
        return trigger.get_next_fire_time(None, after) if trigger else None


@dataclass(frozen=True)
class Subscribe:
    schedule: Schedule
    tz: str
    only: tuple[str, ...]


def parse_subscribe(args: str, default_tz: str) -> Subscribe:
    """`[schedule] [tz Area/City] [only <kind or entry>...]` -> a checked Subscribe."""
    try:
        tokens = shlex.split(args)
    except ValueError as exc:
        raise ScheduleError(f"unbalanced quotes ({exc})") from exc
    only: list[str] = []
    if "only" in [t.lower() for t in tokens]:
        at = [t.lower() for t in tokens].index("only")
        tokens, only = tokens[:at], tokens[at + 1 :]
        if not only:
            raise ScheduleError("`only` needs at least one kind or entry")
    tz = default_tz
    lowered = [t.lower() for t in tokens]
    if "tz" in lowered:
        at = lowered.index("tz")
        if at + 1 >= len(tokens):
            raise ScheduleError("`tz` needs a zone name such as Europe/Paris")
        tz = tokens[at + 1]
        tokens = tokens[:at] + tokens[at + 2 :]
    check_zone(tz)
    schedule = parse_schedule(tokens)
    schedule.trigger(tz)  # a cron expression the trigger refuses is refused here too
    return Subscribe(schedule, tz, tuple(only))


def parse_schedule(tokens: list[str]) -> Schedule:
    if not tokens:
        return Schedule(ON_CHANGE)
    kind = tokens[0].lower()
    if kind == ON_CHANGE and len(tokens) == 1:
        return Schedule(ON_CHANGE)
    if kind in ("daily", "weekdays") and len(tokens) == 2:
        return Schedule(f"{kind} {_clock(tokens[1])}")
    if kind == "weekly" and len(tokens) == 3:
        day = DAY_NAMES.get(tokens[1].lower())
        if day is None:
            raise ScheduleError(f"'{tokens[1]}' is not a day; use mon, tue, ... sun")
        return Schedule(f"weekly {day} {_clock(tokens[2])}")
    if kind == "cron" and len(tokens) == 2:
        fields = tokens[1].split()
        if len(fields) != 5:
            raise ScheduleError('a cron expression has 5 fields, e.g. cron "0 9 * * 1-5"')
        try:
            trigger = CronTrigger(minute=fields[0], hour=fields[1], day=fields[2],
                                  month=fields[3], day_of_week=_cron_weekdays(fields[4]),
                                  timezone="UTC")
        except ValueError as exc:
            raise ScheduleError(f"bad cron expression: {exc}") from exc
        if trigger.get_next_fire_time(None, _EPOCH) is None:  # "0 9 31 2 *": no 31 February
            raise ScheduleError("that cron expression names a day that never comes")
        return Schedule(f'cron "{" ".join(fields)}"')
    raise ScheduleError(f"'{' '.join(tokens)[:60]}' is not a schedule")


def _clock(text: str) -> str:
    hour, sep, minute = text.partition(":")
    if (sep and plain_number(hour) and plain_number(minute) and int(hour) < 24
            and int(minute) < 60):
        return f"{int(hour):02d}:{int(minute):02d}"
    raise ScheduleError(f"'{text[:20]}' is not a time; use HH:MM, e.g. 09:00")


def _cron_weekdays(field: str) -> str:
    """Standard cron counts weekdays from Sunday = 0 (and 7); APScheduler from Monday = 0.
    Numeric parts become explicit day names, so `1-5` is Monday to Friday, `0-4` Sunday to
    Thursday and `*/2` Sunday, Tuesday, Thursday, Saturday, as in crontab."""
    days: list[str] = []
    for part in field.split(","):
        spec, _, step = part.partition("/")
        if spec == "*" and plain_number(step):
            spec = "0-6"
        bounds = spec.split("-")
        if all(plain_number(b) for b in bounds) and len(bounds) in (1, 2):
            low, high = int(bounds[0]), int(bounds[-1])
            if high > 7 or (plain_number(step) and int(step) > 7):
                raise ScheduleError("cron weekdays run from 0 (Sunday) to 7 (Sunday again)")
            if len(bounds) == 1 and step:
                high = 6
            step_by = int(step) if plain_number(step) and int(step) else 1
            numbers = range(low, high + 1, step_by)
            days += [DAYS[n % 7] for n in numbers]
        else:
            return _WEEKDAY_NUMBER.sub(lambda m: DAYS[int(m.group(1)) % 7], field)
    return ",".join(dict.fromkeys(days))


def check_zone(tz: str) -> None:
    """Raise ScheduleError unless `tz` names an IANA time zone."""
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ScheduleError(
            f"'{tz[:40]}' is not a time zone; use a name like Europe/Paris"
        ) from exc
