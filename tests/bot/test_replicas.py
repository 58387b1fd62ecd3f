"""Several replicas on one PostgreSQL store: events answered once whichever replica gets them,
edits seen by every replica's next answer, one leader with failover, outbox claims that never
let two replicas post one digest; and the way over: `migrate` from SQLite, `backup` with
pg_dump. Each "replica" is a store handle of its own, as another process would have."""

import asyncio
import subprocess
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.leader import Leadership
from bot.seen import Seen
from content.ledger import Ledger
from content.pg import redacted, translate
from content.store import Audit, open_store
from handlers.router import Router, Settings
from tests.bot.test_cli import run
from tests.conftest import NOW, ask

AUDIT = Audit("console:admin", "console", "admin", "c", "subscribe")


@pytest.fixture
def replicas(pg_url, pack):
    from content.loader import load_into

    first = open_store(pg_url)
    load_into(first, pack, NOW)
    stores = [first, open_store(pg_url), open_store(pg_url)]
    yield stores
    for store in stores:
        store.close()


def test_sqlite_dialect_reads_as_postgresql():
    assert translate("INSERT OR IGNORE INTO t (a, user) VALUES (?, ?)") == (
        'INSERT INTO t (a, "user") VALUES (%s, %s) ON CONFLICT DO NOTHING')
    assert translate("UPDATE s SET cursor = max(cursor, ?)") == (
        "UPDATE s SET cursor = GREATEST(cursor, %s)")
    assert translate("SELECT only FROM s WHERE x LIKE '5%'") == (
        "SELECT \"only\" FROM s WHERE x LIKE '5%%'")
    assert redacted("postgresql://bot:s3cret@db:5432/b") == "postgresql://bot:***@db:5432/b"
    assert "s3cret" not in redacted("postgresql://bot@db/b?password=s3cret&sslmode=require")


def test_an_event_is_first_seen_once_across_replicas(replicas):
    seen = [Seen(store) for store in replicas]
    results = []

    def deliver(i: int) -> None:
        results.append(seen[i % 3].first_time("slack", "Ev42", ("C1", "1.0")))

    threads = [threading.Thread(target=deliver, args=(i,)) for i in range(9)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 8 + [True]
    assert all(s.knows_thread("slack", "C1", "1.0") for s in seen)


def test_an_edit_on_one_replica_is_in_every_replicas_next_answer(replicas):
    routers = [Router(s, Settings(admins=frozenset({"console:admin"}), user_rate=0))
               for s in replicas]
    for router in routers:  # warm every cache first
        assert "Thursday" in ask(router, "When will the order be signed?").text
    ask(routers[0], 'set order when "Friday at noon"', user="admin")
    for router in routers[1:]:
        assert "Friday at noon" in ask(router, "When will the order be signed?").text


def test_one_leader_and_another_takes_over_when_it_dies(replicas):
    first, second = (Leadership(s, f"replica-{i}", retry=0.1)
                     for i, s in enumerate(replicas[:2]))
    assert first.try_lead() and not second.try_lead()
    assert second.leader() == "replica-0"
    # The server probes the lock session's peer itself: a vanished host frees the lock in
    # seconds (a host cannot vanish here; the session's settings say it would).
    probes = first._session.execute("SELECT current_setting('tcp_keepalives_idle'), "
                                    "current_setting('tcp_user_timeout')").fetchone()
    assert probes in (("5", "20000"), ("0", "0"))  # ("0", "0"): a Unix socket, none
    first._session.close()  # the process died: its session, and so the lock, is gone
    # (the server frees the lock once the dead session's backend has exited, a moment after
    # the client hangs up: a follower retries until then, as this one does)
    deadline = time.monotonic() + 10
    while not second.try_lead():
        assert time.monotonic() < deadline, "the lock outlived the session that held it"
        time.sleep(0.05)
    assert second.leader() == "replica-1"
    assert not first.try_lead() or not second.try_lead()  # never both
    first.close()
    second.close()


async def test_the_follower_starts_digests_within_its_retry_after_the_leader_goes(replicas):
    started: list[str] = []
    leaders = [Leadership(s, f"r{i}", retry=0.2) for i, s in enumerate(replicas)]

    def elected(name):
        async def run():
            started.append(name)
        return run

    tasks = [asyncio.create_task(leader.keep(elected(f"r{i}"), lambda: None))
             for i, leader in enumerate(leaders)]
    for _ in range(50):
        if started:
            break
        await asyncio.sleep(0.05)
    assert len(started) == 1
    gone = int(started[0][1])
    tasks[gone].cancel()
    leaders[gone].close()
    dead_at = asyncio.get_running_loop().time()
    for _ in range(100):
        if len(started) == 2:
            break
        await asyncio.sleep(0.05)
    assert len(started) == 2 and started[1] != started[0]
    assert asyncio.get_running_loop().time() - dead_at < 2
    for task in tasks:
        task.cancel()
    for leader in leaders:
        leader.close()


def test_two_leaders_for_a_moment_claim_each_outbox_row_once(replicas):
    ledgers = [Ledger(s) for s in replicas[:2]]
    subscription, _ = ledgers[0].subscribe("slack", "C1", "on-change", "UTC", (), AUDIT, NOW)
    row = ledgers[0].open(subscription, 0, 5, {"changes": []}, NOW)
    wins = []
    barrier = threading.Barrier(2)

    def claim(i: int) -> None:
        barrier.wait()
        wins.append(ledgers[i].claim(row.id, f"owner-{i}", NOW))

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(wins) == [False, True]
    later = NOW + timedelta(seconds=61)  # a dead holder's claim lapses
    assert ledgers[0].claim(row.id, "owner-2", later) or ledgers[1].claim(row.id, "o", later)


def test_migrate_copies_history_audit_and_cursors_then_the_bot_runs_on_it(tmp_path, pg_url):
    db = tmp_path / "data" / "briefbot.db"
    admin = {"BRIEFBOT_ADMINS": "console:ann"}
    assert run("chat", "--as", "ann", "set", "order", "status", "Signed", db=db,
               extra=admin).returncode == 0
    assert run("chat", "--as", "ann", "subscribe", db=db, extra=admin).returncode == 0
    assert run("chat", "--as", "bob", "set", "order", "status", "x", db=db).returncode == 0
    assert run("ask", "what is the airspeed of a swallow?", db=db).returncode == 0
    out = run("migrate", "--to", pg_url, db=db)
    assert out.returncode == 0, out.stderr
    assert "MISMATCH" not in out.stdout and "revisions:" in out.stdout
    source = open_store(db)
    target = open_store(pg_url)
    try:
        assert target.revisions("order") == source.revisions("order")
        assert [r["result"] for r in target.audit_rows()] == [
            r["result"] for r in source.audit_rows()]
        assert Ledger(target).subscriptions() == Ledger(source).subscriptions()
        assert target.size() == source.size()
    finally:
        source.close()
        target.close()
    answer = run("ask", "--json", "what is the order's status?", db=pg_url)
    assert answer.returncode == 0 and "Signed" in answer.stdout
    again = run("migrate", "--to", pg_url, db=db)
    assert again.returncode == 1 and "empty database" in again.stderr


def test_backup_on_postgresql_is_a_pg_dump_that_restores(tmp_path, pg_url, pg_cluster, pack):
    from content.loader import load_into

    store = open_store(pg_url)
    load_into(store, pack, NOW)
    store.edit("mythos", lambda e: replace(e, summary="Backed up."), AUDIT,
               datetime.now(UTC))
    count = store.backup(tmp_path / "dump.pgc")
    store.close()
    assert count == 50
    restored = pg_cluster.new_database()
    done = subprocess.run(["pg_restore", "--no-owner", f"--dbname={restored}",
                           str(tmp_path / "dump.pgc")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    copy = open_store(restored)
    try:
        assert copy.get("mythos").summary == "Backed up." and copy.search(["mythos"])
    finally:
        copy.close()
        pg_cluster.drop_database(restored)


def test_a_password_in_the_url_never_reaches_output(tmp_path):
    for url in ("postgresql://bot:hunter2-canary@127.0.0.1:1/nowhere",
                "postgresql://bot@127.0.0.1:1/nowhere?password=hunter2-canary"):
        out = run("ask", "hi", db=url, timeout=20)  # it fails at once, naming why
        assert out.returncode == 1 and "hunter2-canary" not in out.stderr + out.stdout
        assert "***" in out.stderr and "Connection refused" in out.stderr


def test_status_names_this_replica_and_the_leader(replicas):
    from handlers import status
    from handlers.replies import status_text

    ledger = Ledger(replicas[0])
    follower = status.report(ledger, None, {"slack": True}, "r2", "r0")
    assert follower["ok"] and follower["scheduler"] == "not in this process"
    assert "digests run on: r0" in status_text(follower).text
    public = status.public(follower, 1.0)
    assert public["leader"] == "r0" and public["replica"] == "r2"
    leading = status.report(ledger, True, {"slack": True}, "r0", "r0")
    assert "(this one)" in status_text(leading).text


def test_a_dropped_connection_is_replaced_and_size_counts_entries(replicas, pg_cluster):
    import psycopg

    store = replicas[0]
    assert store.size() == store.count(include_retired=True)
    for i in range(3):  # upserts spend sequence values; the count must not drift
        store.edit("mythos", lambda e, i=i: replace(e, summary=f"v{i}"), AUDIT,
                   datetime.now(UTC))
    assert store.size() == store.count(include_retired=True)
    pid = store.db.raw.info.backend_pid
    with psycopg.connect(pg_cluster.url(), autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    with pytest.raises(psycopg.OperationalError):
        store.get("mythos")  # the statement in flight fails...
    assert store.get("mythos").summary == "v2"  # ...and the next one has a new connection


def test_a_connection_the_server_dropped_is_replaced_without_a_sorry(replicas):
    import psycopg

    first, other = replicas[:2]
    router = Router(first, Settings(user_rate=0))
    assert ask(router, "When will the order be signed?").answered
    with psycopg.connect(other.location, autocommit=True) as admin:  # a restart, a failover
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid()")
    reply = ask(router, "When will the order be signed?")
    assert reply.answered and "Sorry" not in reply.text


async def test_the_first_try_for_the_lead_is_settled_before_the_bot_serves(tmp_path):
    # `serve` waits on `checked` before Slack answers /healthz: a scheduler the lead is about to
    # start is not reported as stopped
    store = open_store(tmp_path / "lead.db")
    started = []

    async def elected():
        await asyncio.sleep(0.05)
        started.append(True)

    leadership = Leadership(store, "solo", retry=60)
    task = asyncio.create_task(leadership.keep(elected, lambda: None))
    try:
        await asyncio.wait_for(leadership.checked.wait(), 5)
        assert started == [True] and leadership.leading
    finally:
        task.cancel()
        store.close()
