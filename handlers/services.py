"""What commands work with, built once and handed to each: the store and what stands on it.
The router routes; it does not lend its parts out."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from content.channels import Channels
from content.conversations import Conversations
from content.gaps import Gaps
from content.ledger import Ledger
from content.people import People
from content.store import Store
from handlers.answer import Answerer
from handlers.vocabulary import Vocabulary


@dataclass(frozen=True)
class Settings:
    """What handlers need from configuration, passed in rather than read from the environment."""

    admins: frozenset[str] = frozenset()
    admin_role: str | None = None
    tz: str = "UTC"
    debounce: int = 60  # seconds without a tracked change before an on-change digest goes
    user_rate: int = 20  # messages a minute one member may send before the bot pauses for them


@dataclass
class Services:
    store: Store
    settings: Settings
    vocabulary: Vocabulary
    answerer: Answerer
    ledger: Ledger
    conversations: Conversations
    channels: Channels
    people: People
    gaps: Gaps
    # What only the process knows (platforms, scheduler), for `status`: the ledger -> a report.
    status: Callable[[Ledger], dict[str, Any]] | None = None

    @classmethod
    def build(cls, store: Store, settings: Settings,
              status: Callable[[Ledger], dict[str, Any]] | None = None) -> "Services":
        vocabulary = Vocabulary(store)
        return cls(store, settings, vocabulary, Answerer(store, vocabulary), Ledger(store),
                   Conversations(store), Channels(store), People(store), Gaps(store), status)

    @property
    def subject(self) -> str:
        return self.store.meta("subject", "the tracked subject")
