"""Reading "since" windows typed in chat or on the command line: 7d, 24h, 90m, 2w, or a date."""

import re
from datetime import UTC, datetime, timedelta

_SPAN = re.compile(r"^(\d{1,4})\s*(m|min|h|d|w)$", re.IGNORECASE)
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str, now: datetime) -> datetime | None:
    """The moment `text` names, or None when it names none ("7d" -> a week before now)."""
    text = text.strip()
    match = _SPAN.match(text)
    if match:
        amount, unit = int(match.group(1)), _UNITS[match.group(2).lower()]
        return (now - timedelta(**{unit: amount})).astimezone(UTC)
    try:
        moment = datetime.fromisoformat(text)
        # Stored times are UTC ISO strings: compare like with like.
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    except (ValueError, OverflowError):  # no date, or one UTC cannot hold (year 1 at +14:00)
        return None
