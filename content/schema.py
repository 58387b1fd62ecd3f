"""The database's tables, and the steps that bring an older database up to date."""

import json
import logging

from sqlite_utils import Database

from content.search import FTS_COLUMNS
from content.text import normalize_name

log = logging.getLogger(__name__)


def _index_columns(db: Database) -> None:
    """Create the FTS index, or rebuild one made with other columns by an older version."""
    fts = db["entries_fts"]
    if fts.exists() and tuple(fts.columns_dict) == FTS_COLUMNS:
        return
    if "phrases" not in db["entries"].columns_dict:
        db.execute("ALTER TABLE entries ADD COLUMN phrases TEXT")
    if fts.exists():
        log.info("rebuilding the search index with columns %s", ", ".join(FTS_COLUMNS))
        db["entries"].disable_fts()
        db.execute("DROP TABLE IF EXISTS entries_vocab")
    for slug, title, aliases, keywords in db.execute(
        "SELECT slug, title, aliases, keywords FROM entries"
    ).fetchall():
        db.execute("UPDATE entries SET names = ?, phrases = ? WHERE slug = ?",
                   [" . ".join([title, *json.loads(aliases)]),
                    " . ".join(json.loads(keywords)), slug])
    db["entries"].enable_fts(list(FTS_COLUMNS), tokenize="porter", create_triggers=True)
    db["entries"].rebuild_fts()


def create_tables(db: Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('generation', '0')")
    db["entries"].create(
        {
            "slug": str, "kind": str, "title": str, "summary": str, "fields": str,
            "aliases": str, "keywords": str, "related": str, "sources": str, "tracked": int,
            "retired": int, "version": int, "updated_at": str, "updated_by": str,
            "pack_hash": str, "facts": str, "names": str, "phrases": str,
        },
        pk="slug",
        not_null={"kind", "title", "summary", "version"},
        if_not_exists=True,
    )
    _index_columns(db)
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS entries_vocab USING fts5vocab(entries_fts, 'row')"
    )
    db["names"].create({"name": str, "slug": str}, pk=("name", "slug"), if_not_exists=True)
    db.execute("CREATE INDEX IF NOT EXISTS names_slug ON names (slug)")
    db["revisions"].create(
        {"id": int, "slug": str, "version": int, "actor": str, "at": str, "before": str,
         "after": str},
        pk="id",
        not_null={"slug", "version", "actor", "at", "after"},
        if_not_exists=True,
    )
    db.execute(
        "CREATE UNIQUE INDEX IF NOT EXISTS revisions_slug_version ON revisions (slug, version)"
    )
    db["words"].create({"word": str}, pk="word", if_not_exists=True)
    db["feedback"].create(
        {"id": int, "at": str, "platform": str, "user": str, "channel": str, "question": str,
         "slug": str, "helpful": int},
        pk="id", if_not_exists=True,
    )
    db["audit"].create(
        {"id": int, "at": str, "actor": str, "platform": str, "user": str, "channel": str,
         "command": str, "result": str},
        pk="id",
        not_null={"at", "actor", "command", "result"},
        if_not_exists=True,
    )
    add_columns(db, "audit", {"count": "INTEGER NOT NULL DEFAULT 1", "last_at": "TEXT"})
    # History is evidence: revisions and audit rows can be added, never changed or removed,
    # save one thing: a denied attempt's row counts the same person's further attempts that
    # hour (so a flood of refused commands is one row, not thousands).
    audit_update = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND "
                              "name = 'audit_no_update'").fetchone()
    if audit_update and "WHEN" not in audit_update[0]:
        db.execute("DROP TRIGGER audit_no_update")
    fixed = " OR ".join(f"NEW.{c} IS NOT OLD.{c}" for c in
                        ("id", "at", "actor", "platform", "user", "channel", "command",
                         "result"))
    db.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit WHEN "
        f"OLD.result != 'denied' OR NEW.count < OLD.count OR {fixed} "
        "BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END")
    for table, action in (("audit", "DELETE"), ("revisions", "UPDATE"),
                          ("revisions", "DELETE")):
        db.execute(
            f"CREATE TRIGGER IF NOT EXISTS {table}_no_{action.lower()} BEFORE {action} "
            f"ON {table} BEGIN SELECT RAISE(ABORT, '{table} rows are append-only'); END"
        )
    db["people"].create({"actor": str, "name": str, "at": str}, pk="actor",
                        if_not_exists=True)
    db["taught"].create({"id": int, "at": str, "slug": str, "question": str}, pk="id",
                        if_not_exists=True)
    db["declined"].create(
        {"id": int, "at": str, "question": str, "platform": str, "user": str, "channel": str},
        pk="id",
        if_not_exists=True,
    )
    # A question declined again bumps its row's count: asked 500 times is one row.
    if add_columns(db, "declined", {"key": "TEXT", "count": "INTEGER NOT NULL DEFAULT 1",
                                     "last_at": "TEXT"}):
        for row_id, question in db.execute("SELECT id, question FROM declined").fetchall():
            db.execute("UPDATE declined SET key = ?, last_at = at WHERE id = ?",
                       [normalize_name(question), row_id])
    db.execute("CREATE INDEX IF NOT EXISTS declined_key ON declined (key)")


def add_columns(db: Database, table: str, columns: dict[str, str]) -> bool:
    """Add the columns a table made by an older version lacks; True if any was added."""
    have = db[table].columns_dict
    missing = {name: kind for name, kind in columns.items() if name not in have}
    for name, kind in missing.items():
        db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    return bool(missing)
