"""Shared fixtures: a real store seeded from the shipped pack. The store, ledger, curation,
digest and quality tests run on both backends, SQLite in a temporary folder and PostgreSQL in
a fresh database of a throwaway cluster (scripts/pg_cluster.py); the rest on SQLite."""

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from content.loader import load_into, read_pack
from content.store import Store, open_store
from handlers.messages import Request
from handlers.router import Router, Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "content" / "seed"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def pack():
    return read_pack(SEED)


# Tests on both backends: these folders and files, save tests marked `sqlite_only` (they
# check SQLite's own machinery: PRAGMAs, its file, its backup API).
BOTH = ("tests/content/", "tests/handlers/", "tests/bot/test_digests.py")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: checks SQLite's own machinery")


def pytest_generate_tests(metafunc):
    if "backend" not in metafunc.fixturenames:
        return
    where = Path(metafunc.definition.fspath).relative_to(ROOT).as_posix()
    both = where.startswith(BOTH) and not metafunc.definition.get_closest_marker(
        "sqlite_only")
    metafunc.parametrize("backend", ["sqlite", "postgresql"] if both else ["sqlite"])


@pytest.fixture(scope="session")
def pg_cluster():
    """One PostgreSQL cluster for the session (`BRIEFBOT_TEST_PG=skip` skips its tests on a
    machine without PostgreSQL; `make test` installs it when missing)."""
    from scripts.pg_cluster import Cluster, Unavailable

    try:
        cluster = Cluster().start()
    except Unavailable as exc:
        if os.environ.get("BRIEFBOT_TEST_PG") == "skip":
            pytest.skip(str(exc))
        raise
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """A fresh, empty PostgreSQL database, dropped after the test."""
    url = pg_cluster.new_database()
    yield url
    pg_cluster.drop_database(url)


@pytest.fixture
def location(request, backend, tmp_path):
    """Where a test's store lives: a SQLite file, or a fresh PostgreSQL database."""
    if backend == "sqlite":
        return str(tmp_path / "briefbot.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(location, pack):
    store = open_store(location)
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
