"""The store's plain records and errors: what an edit, a revision or a load is."""

from dataclasses import dataclass
from typing import Any


class StoreError(Exception):
    """The database cannot be opened or used."""


class EntryMissing(Exception):
    """No entry has that slug."""


class EntryExists(Exception):
    """An entry with that slug already exists."""


class NameTaken(Exception):
    """The name (title or alias) already names another entry; args: (name, slug)."""


@dataclass(frozen=True)
class Audit:
    """Who did what where: one append-only row per edit or denied edit."""

    actor: str
    platform: str
    user: str
    channel: str
    command: str


@dataclass(frozen=True)
class Revision:
    slug: str
    version: int
    actor: str
    at: str
    before: dict[str, Any] | None
    after: dict[str, Any]


@dataclass(frozen=True)
class LoadResult:
    added: int
    changed: int
    unchanged: int
