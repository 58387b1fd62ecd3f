"""The store on real SQLite files: revisions, idempotent loads, search, threads."""

import threading
from dataclasses import replace
from datetime import timedelta

import pytest

from content.loader import read_pack
from content.store import Store, StoreError, open_store
from tests.conftest import NOW, SEED


def test_first_load_is_version_one_and_reloading_changes_nothing(store, pack):
    assert store.count() == len(pack.entries)
    history = store.revisions("order")
    assert [(r.version, r.actor, r.before) for r in history] == [(1, "content-pack", None)]
    generation = store.generation()
    result = store.load_pack(read_pack(SEED).entries, now=NOW + timedelta(days=1))
    assert (result.added, result.changed) == (0, 0)
    assert len(store.revisions("order")) == 1
    assert store.generation() >= generation  # a no-op load may bump it, never lose it


def test_a_changed_pack_entry_makes_one_revision(store, pack):
    changed = []
    for entry in pack.entries:
        if entry.slug == "order":
            entry = replace(entry, fields={**entry.fields, "status": "Signed"})
        changed.append(entry)
    result = store.load_pack(changed, now=NOW + timedelta(hours=1))
    assert (result.added, result.changed) == (0, 1)
    latest = store.revisions("order")[0]
    assert (latest.version, latest.actor) == (2, "content-pack")
    assert latest.after["fields"]["status"] == "Signed"
    assert latest.before["fields"]["status"] != "Signed"
    assert store.get("order").fields["status"] == "Signed"


def test_search_is_in_sync_with_writes(store, pack):
    assert "order" not in {s for s, _ in store.search(["zanzibar"])}
    entry = store.get("order")
    store.load_pack([replace(entry, summary=entry.summary + " Zanzibar.")], now=NOW)
    assert "order" in {s for s, _ in store.search(["zanzibar"])}


def test_memoised_reads_follow_writes_from_any_process(store, pack):
    """Term statistics, versions and titles are memoised; a write through another connection
    (as a second process would make) must still show at once, even inside `reading()`'s
    next scope."""
    with store.reading():
        assert store.known_terms(["zanzibar", "order"]) == {"order"}
        assert store.doc_counts(["zanzibar"]) == {"zanzibar": 0}
        assert store.versions(["order", "mythos", "nosuch"]) == {"order": 1, "mythos": 1}
        assert store.titles(["mythos"]) == {"mythos": store.get("mythos").title}
    other = open_store(store.location)
    entry = other.get("order")
    other.load_pack([replace(entry, summary=entry.summary + " Zanzibar."),
                     replace(other.get("mythos"), title="Mythos Preview", retired=True)],
                    now=NOW)
    with store.reading():
        assert store.known_terms(["zanzibar", "order"]) == {"zanzibar", "order"}
        assert store.doc_counts(["zanzibar"]) == {"zanzibar": 1}
        assert store.versions(["order", "mythos", "nosuch"]) == {"order": 2}
        assert store.titles(["mythos", "order"]) == {"order": entry.title}
    other.load_pack([replace(other.get("mythos"), retired=False)], now=NOW)
    assert store.titles(["mythos"]) == {"mythos": "Mythos Preview"}
    other.close()


@pytest.mark.parametrize(
    "term", ['"', "AND", "OR", "NOT", "NEAR(", "col:x", "*", "-word", "title:x", "^", "(", "'"]
)
def test_fts_syntax_in_terms_never_raises(store, term):
    store.search([term, "mythos"])
    store.known_terms([term])


def test_names_resolve_case_and_punctuation_insensitively(store):
    assert store.resolve("CAISI").slug == "caisi"
    assert store.resolve("gpt 5.5 cyber").slug == "gpt-5-5-cyber"
    assert store.resolve("no such thing") is None


@pytest.mark.sqlite_only
def test_pragmas(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_threads_read_and_write_without_losing_a_revision(store):
    entry = store.get("mythos")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(20):
                store.load_pack([replace(entry, summary=f"{entry.summary} w{n}-{i}")], now=NOW)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        try:
            for _ in range(50):
                store.search(["mythos", "anthropic"])
                store.get("mythos")
        except BaseException as exc:  # pragma: no cover
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    threads += [threading.Thread(target=reader) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    versions = [r.version for r in store.revisions("mythos")]
    assert versions == list(range(len(versions), 0, -1))
    assert len(versions) == 61


def test_an_unusable_path_names_the_path(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="file"):
        Store(blocker / "sub" / "briefbot.db")


def test_reads_inside_a_rolled_back_write_are_not_remembered(store):
    title = store.get("mythos").title
    with pytest.raises(RuntimeError), store.write() as db:
        db.execute("UPDATE entries SET title = 'Phantom' WHERE slug = 'mythos'")
        assert store.titles(["mythos"]) == {"mythos": "Phantom"}  # its own transaction
        raise RuntimeError("abandon the edit")
    assert store.titles(["mythos"]) == {"mythos": title}


def test_a_conversation_remembers_its_question_and_reads_rows_written_before(store):
    from content.conversations import Conversations

    conversations = Conversations(store)
    conversations.remember(("slack", "T1"), ("mythos",), NOW, "who made mythos?")
    assert conversations.recall(("slack", "T1"), NOW) == (("mythos",), "who made mythos?")
    # A row of an older version holds the slugs alone.
    with store.write(content=False, durable=False) as db:
        db.execute("INSERT INTO conversations (platform, thread, slugs, at) VALUES (?, ?, ?, ?)",
                   ["slack", "T0", '["nsa"]', NOW.isoformat()])
    assert conversations.recall(("slack", "T0"), NOW) == (("nsa",), None)
    assert conversations.recall(("slack", "T0"), NOW + timedelta(days=2)) == ((), None)


def test_an_error_after_sqlite_rolled_back_by_itself_is_the_error_raised(store):
    # "database or disk is full": SQLite ends the transaction itself; a second ROLLBACK would
    # raise "no transaction is active" and hide why the write failed.
    with pytest.raises(RuntimeError, match="disk is full"), store.write() as db:
        db.execute("ROLLBACK")
        raise RuntimeError("database or disk is full")
    with store.write() as db:  # and the store still writes
        db.execute("UPDATE meta SET value = value WHERE key = 'subject'")
