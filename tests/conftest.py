"""Shared fixtures: a real SQLite store in a temporary folder, seeded from the shipped pack."""

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from content.loader import load_into, read_pack
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
    load_into(store, pack, NOW)
    yield store
    store.close()


@pytest.fixture
def router(store):
    # One "member" asks every question of a test set: no per-member rate here (the flood
    # tests set their own).
    return Router(store, Settings(admins=frozenset({"console:admin"}), user_rate=0))


def ask(router: Router, text: str, user: str = "member", channel: str = "console"):
    return router.handle(Request(text=text, user=user, now=NOW, channel=channel))


def snapshot(store: Store) -> tuple:
    """Everything an edit could change: entries and revisions, row for row."""
    entries = list(store.db.query("SELECT * FROM entries ORDER BY slug"))
    revisions = list(store.db.query("SELECT * FROM revisions ORDER BY id"))
    return entries, revisions


# -- secrets: the whole suite runs with DEBUG logging, and no token may reach a log line ------

CANARIES = ("xoxb-test-token", "xapp-1-test-token", "canary-discord-token",
            "8f742231b10e8888abcd99yyyzzz85a5", "xoxb-canary-bot-token")


class _Capture(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.leaks: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
        except Exception:  # a broken log call is not what this handler checks
            return
        self.leaks += [f"{c} in {record.name}: {line[:200]}" for c in CANARIES if c in line]


_capture = _Capture()


def pytest_sessionstart(session):
    root = logging.getLogger()
    root.addHandler(_capture)
    root.setLevel(logging.DEBUG)


def pytest_sessionfinish(session, exitstatus):
    if _capture.leaks:
        print("\nSECRET LEAKED INTO LOGS:\n" + "\n".join(_capture.leaks[:20]))
        session.exitstatus = 1
