"""Moving a store from SQLite to PostgreSQL: every table row for row (entries with their whole
history, audit, subscriptions and cursors, the outbox, declined questions, platform state),
in one transaction on the target, then the counts compared."""

from content.pg import PgStore, clean_params
from content.store import Store

# SQLite's search index is rebuilt by PostgreSQL from the entries (a generated column).
SKIPPED = ("entries_fts", "entries_vocab", "sqlite_")
BATCH = 1000


class MigrationError(Exception):
    """The target is not empty, or lacks a table the source has."""


def tables(source: Store) -> list[str]:
    rows = source.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                             "ORDER BY name").fetchall()
    return [name for (name,) in rows if not name.startswith(SKIPPED)]


def copy_store(source: Store, target: PgStore) -> dict[str, tuple[int, int]]:
    """Copy every row; returns table -> (rows in the source, rows in the target)."""
    if (target.count(include_retired=True) or target.last_revision()
            or target.audit_rows()):
        raise MigrationError("the target database already holds entries; migrate into an "
                             "empty database")
    names = tables(source)
    with target.write() as db:
        raw = db.raw
        for table in names:
            wanted = _columns(source, table)
            have = {row[0] for row in raw.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
                "AND table_schema = current_schema() AND is_generated = 'NEVER'",
                [table]).fetchall()}
            if not have:
                raise MigrationError(f"the target has no table {table}")
            columns = [c for c in wanted if c in have]
            if table == "meta":
                raw.execute("DELETE FROM meta WHERE key <> 'generation'")
            quoted = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join(["%s"] * len(columns))
            conflict = (' ON CONFLICT (key) DO UPDATE SET value = excluded.value'
                        if table == "meta" else "")
            selected = ", ".join(f'"{c}"' for c in columns)
            cursor = source.db.execute(f"SELECT {selected} FROM {table}")
            while batch := cursor.fetchmany(BATCH):
                with raw.cursor() as out:
                    out.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'
                                    f"{conflict}", [clean_params(row) for row in batch])
            for column in ("id", "rowid"):
                if column in columns:
                    raw.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', "
                                f"'{column}'), coalesce((SELECT max(\"{column}\") FROM "
                                f'"{table}"), 0) + 1, false)')
    return {table: (_count(source, table), _count(target, table)) for table in names}


def _columns(source: Store, table: str) -> list[str]:
    columns = [row[1] for row in source.db.execute(f"PRAGMA table_info({table})")]
    if table in ("entries", "words"):  # their rowid is what later reads page by
        columns.insert(0, "rowid")
    return columns


def _count(store: Store, table: str) -> int:
    return int(store.db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
