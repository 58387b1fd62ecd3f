"""Shared fixtures: a real SQLite store in a temporary folder, seeded from the shipped pack."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from content.loader import read_pack
from content.store import Store
from handlers.messages import Request
from handlers.router import Router, Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "seed"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def pack():
    return read_pack(SEED)


@pytest.fixture
def store(tmp_path, pack):
    store = Store(tmp_path / "briefbot.db")
    store.set_meta({"subject": pack.subject})
    store.load_pack(pack.entries, now=NOW)
    yield store
    store.close()


@pytest.fixture
def router(store):
    return Router(store, Settings(admins=frozenset({"console:admin"})))


def ask(router: Router, text: str, user: str = "member", channel: str = "console"):
    return router.handle(Request(text=text, user=user, now=NOW, channel=channel))


def snapshot(store: Store) -> tuple:
    """Everything an edit could change: entries and revisions, row for row."""
    entries = list(store.db.query("SELECT * FROM entries ORDER BY slug"))
    revisions = list(store.db.query("SELECT * FROM revisions ORDER BY id"))
    return entries, revisions
