"""No one member may flood a channel or the store: past a per-user rate the bot says once that
it is pausing for that person, then stays silent until their rate falls."""

import threading
from collections import deque
from datetime import datetime, timedelta

WINDOW = timedelta(minutes=1)


class Limiter:
    def __init__(self, per_minute: int):
        self.per_minute = per_minute  # 0: no limit
        self._times: dict[tuple[str, str], deque[datetime]] = {}
        self._paused: set[tuple[str, str]] = set()
        self._lock = threading.Lock()  # listeners run on several threads

    def check(self, key: tuple[str, str], now: datetime) -> str:
        """"ok", "pause" (the first message over the rate: say so once) or "quiet"."""
        if self.per_minute <= 0:
            return "ok"
        with self._lock:
            times = self._times.setdefault(key, deque())
            while times and times[0] <= now - WINDOW:
                times.popleft()
            times.append(now)
            if len(times) <= self.per_minute:
                self._paused.discard(key)
                return "ok"
            if key in self._paused:
                return "quiet"
            self._paused.add(key)
            if len(self._times) > 10_000:  # forget people who went quiet long ago
                self._forget(now)
            return "pause"

    def _forget(self, now: datetime) -> None:
        for key in [k for k, t in self._times.items() if not t or t[-1] <= now - WINDOW]:
            del self._times[key]
            self._paused.discard(key)
