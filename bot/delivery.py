"""How a digest reaches a platform: one small interface per platform (post, and look up what a
digest already posted), the errors a platform can answer with, and the console's own."""

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import aiohttp

from bot.mentions import neutralize
from handlers import replies
from handlers.digests import Digest

log = logging.getLogger(__name__)


class DeliveryError(Exception):
    """A post did not go through."""


class RateLimited(DeliveryError):
    """The platform said 429: wait `retry_after` seconds, then try again."""

    def __init__(self, retry_after: float):
        super().__init__(f"rate limited for {retry_after}s")
        self.retry_after = retry_after


class Transient(DeliveryError):
    """A 5xx or a connection error: the post may or may not have landed."""


class Permanent(DeliveryError):
    """The channel cannot be posted to (not found, bot not in it): pause its subscription."""


def failure(status: int, detail: str, retry_after: float | None, permanent: bool) -> Exception:
    """One mapping, for every platform, from a refused call to what the ledger does next:
    wait and retry (429), pause the subscription (a permanent refusal), or check and retry."""
    if status == 429:
        return RateLimited(retry_after or 1.0)
    if permanent:
        return Permanent(detail or f"HTTP {status}")
    return Transient(detail or f"HTTP {status}")


@contextmanager
def connection_errors() -> Iterator[None]:
    """A timeout or a dropped connection: the call may or may not have landed."""
    try:
        yield
    except (TimeoutError, aiohttp.ClientError, ConnectionError) as exc:
        raise Transient(type(exc).__name__) from exc


class Delivery(Protocol):
    platform: str

    def render(self, digest: Digest) -> list[Any]:
        """The digest as this platform's posts, each within its limits. Deterministic: a retry
        renders the same posts."""

    async def post(self, channel: str, payload: Any, digest_id: str, part: int) -> str:
        """Post one part; return the platform's message id."""

    async def find(self, channel: str, digest_id: str, payloads: list[Any]) -> dict[int, str]:
        """Which parts of this digest the channel already shows: part index -> message id."""


class ConsoleDelivery:
    """Prints each post and appends it to `console-posts.jsonl` beside the database."""

    platform = "console"
    limit = 3000

    def __init__(self, folder: Path, echo: bool = True):
        self.path = folder / "console-posts.jsonl"
        self.echo = echo

    def render(self, digest: Digest) -> list[str]:
        return [neutralize(p) for p in replies.split_posts(replies.digest_lines(digest),
                                                           self.limit)]

    async def post(self, channel: str, payload: str, digest_id: str, part: int) -> str:
        record = {"channel": channel, "text": payload, "digest_id": digest_id,
                  "at": datetime.now(UTC).isoformat()}
        if self.echo:
            print(f"[digest to {channel}]\n{payload}\n", flush=True)
        self.path.parent.mkdir(parents=True, exist_ok=True)  # no SQLite file made it (a URL)
        with self.path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
        return f"{digest_id}/{part}"

    async def find(self, channel: str, digest_id: str, payloads: list[str]) -> dict[int, str]:
        if not self.path.exists():
            return {}
        posted = set()
        for line in self.path.read_text(encoding="utf-8").splitlines():
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line torn by a crash mid-write was never a post
            if record.get("digest_id") == digest_id and record.get("channel") == channel:
                posted.add(record.get("text"))
        return {i: f"{digest_id}/{i}" for i, p in enumerate(payloads) if p in posted}
