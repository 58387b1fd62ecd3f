"""Entries and their revisions: reads, pack loads, edits and creations, each write one
transaction that also records its revision (and, for edits, its audit row). Mixed into
`Store`."""

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from content.entry import Entry, from_content
from content.records import Audit, EntryExists, EntryMissing, LoadResult, NameTaken, Revision
from content.text import name_keys, normalize_name, words

PACK_ACTOR = "content-pack"


class EntriesMixin:
    def get(self, slug: str) -> Entry | None:
        rows = self.db.execute(f"SELECT {_ENTRY_COLS} FROM entries WHERE slug = ?", [slug])
        row = rows.fetchone()
        return _entry(row) if row else None

    def get_many(self, slugs: Iterable[str]) -> dict[str, Entry]:
        slugs = list(dict.fromkeys(slugs))
        if not slugs:
            return {}
        marks = ",".join("?" * len(slugs))
        rows = self.db.execute(
            f"SELECT {_ENTRY_COLS} FROM entries WHERE slug IN ({marks})", slugs
        ).fetchall()
        return {row[0]: _entry(row) for row in rows}

    def versions(self, slugs: Iterable[str]) -> dict[str, int]:
        """slug -> version of the live entries among `slugs`: cheap, for cache checks."""
        return self._live_column("version", slugs)

    def entries(self, kind: str | None = None, include_retired: bool = False) -> list[Entry]:
        sql = f"SELECT {_ENTRY_COLS} FROM entries WHERE 1=1"
        args: list[Any] = []
        if kind:
            sql += " AND kind = ?"
            args.append(kind)
        if not include_retired:
            sql += " AND retired = 0"
        return [_entry(row) for row in self.db.execute(sql + " ORDER BY kind, title", args)]

    def kinds(self) -> list[tuple[str, int]]:
        rows = self.db.execute(
            "SELECT kind, count(*) FROM entries WHERE retired = 0 GROUP BY kind ORDER BY kind"
        )
        return [(kind, n) for kind, n in rows]

    def resolve(self, name: str, include_retired: bool = False) -> Entry | None:
        """The entry whose slug, title or alias is `name` (case and punctuation ignored)."""
        entry = self.get(name.strip().lower())
        if entry is None:
            slugs = self.names_in([normalize_name(name)], include_retired=True)
            entry = self.get(slugs[0][1]) if slugs else None
        if entry is not None and entry.retired and not include_retired:
            return None
        return entry

    def names_in(self, keys: Iterable[str], include_retired: bool = False) -> list[tuple[str, str]]:
        """(name, slug) for every normalised name among `keys`."""
        keys = [k for k in dict.fromkeys(keys) if k]
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        live = "" if include_retired else " AND e.retired = 0"
        rows = self.db.execute(
            f"SELECT n.name, n.slug FROM names n JOIN entries e ON e.slug = n.slug "
            f"WHERE n.name IN ({marks}){live}",
            keys,
        )
        return [(name, slug) for name, slug in rows]

    def titles(self, slugs: Iterable[str]) -> dict[str, str]:
        """slug -> title of the live entries among `slugs`."""
        return self._live_column("title", slugs)

    def _live_column(self, column: str, slugs: Iterable[str]) -> dict[str, Any]:
        """slug -> `column` of the live entries among `slugs`, remembered per generation."""
        slugs = list(dict.fromkeys(slugs))
        memo = self._remembered(column, slugs, f"SELECT slug, {column} FROM entries "
                                               "WHERE retired = 0 AND slug IN ({marks})")
        return {s: memo[s] for s in slugs if memo.get(s) is not None}

    def revision(self, slug: str, version: int) -> Revision | None:
        row = self.db.execute(
            "SELECT slug, version, actor, at, before, after FROM revisions "
            "WHERE slug = ? AND version = ?",
            [slug, version],
        ).fetchone()
        return revision_from_row(row) if row else None

    def revisions(self, slug: str) -> list[Revision]:
        rows = self.db.execute(
            "SELECT slug, version, actor, at, before, after FROM revisions "
            "WHERE slug = ? ORDER BY version DESC",
            [slug],
        )
        return [revision_from_row(row) for row in rows]

    def revisions_since(self, since: datetime, tracked_only: bool = True) -> list[Revision]:
        """Every revision from `since` on, oldest first; tracked entries only by default."""
        tracked = " AND e.tracked = 1" if tracked_only else ""
        rows = self.db.execute(
            "SELECT r.slug, r.version, r.actor, r.at, r.before, r.after FROM revisions r "
            f"JOIN entries e ON e.slug = r.slug WHERE r.at >= ?{tracked} ORDER BY r.at, r.id",
            [since.isoformat()],
        )
        return [revision_from_row(row) for row in rows]

    def load_pack(self, entries: Iterable[Entry], now: datetime) -> LoadResult:
        """Bring the store in line with a pack; unchanged pack entries are left alone.

        An entry's pack hash remembers what the pack said when last loaded, so reloading the
        same files changes nothing, and an admin's chat edit survives until the file changes.
        """
        added = changed = unchanged = 0
        with self.write() as db:
            for entry in entries:
                digest = _hash(entry.content())
                row = db.execute(
                    "SELECT pack_hash FROM entries WHERE slug = ?", [entry.slug]
                ).fetchone()
                if row and row[0] == digest:
                    unchanged += 1
                    continue
                revision = self._save(db, entry, PACK_ACTOR, now)
                db.execute("UPDATE entries SET pack_hash = ? WHERE slug = ?", [digest, entry.slug])
                if revision is None:
                    unchanged += 1
                elif revision.version == 1:
                    added += 1
                else:
                    changed += 1
        return LoadResult(added, changed, unchanged)

    def retire_missing(self, slugs: set[str], now: datetime) -> int:
        """Retire the live entries a pack brought that are not among `slugs`; returns how
        many. They forget their pack hash, so a pack that lists them again brings them back."""
        with self.write() as db:
            rows = db.execute("SELECT slug FROM entries WHERE pack_hash IS NOT NULL "
                              "AND retired = 0").fetchall()
            gone = [slug for (slug,) in rows if slug not in slugs]
            for slug in gone:
                entry = self.get(slug)
                if entry is not None:
                    self._save(db, replace(entry, retired=True), PACK_ACTOR, now)
                db.execute("UPDATE entries SET pack_hash = NULL WHERE slug = ?", [slug])
        return len(gone)

    def edit(
        self, slug: str, change: Callable[[Entry], Entry], audit: Audit, now: datetime
    ) -> tuple[Entry, Revision | None]:
        """Apply `change` to the current entry as one read-modify-write, audited in the same
        transaction. Concurrent edits queue on the write lock, so none is lost.

        Returns the entry before the edit and the new revision (None if nothing changed).
        `change` may raise to refuse the edit; then nothing is written.
        """
        with self.write() as db:
            current = self.get(slug)
            if current is None:
                raise EntryMissing(slug)
            updated = change(current)
            self._check_names(db, updated)
            revision = self._save(db, updated, audit.actor, now)
            result = f"ok: {slug} v{revision.version}" if revision else f"unchanged: {slug}"
            self.record_audit(db, audit, result, now)
        return current, revision

    def create(self, entry: Entry, audit: Audit, now: datetime) -> Revision:
        with self.write() as db:
            if self.get(entry.slug) is not None:
                raise EntryExists(entry.slug)
            self._check_names(db, entry)
            revision = self._save(db, entry, audit.actor, now)
            assert revision is not None
            self.record_audit(db, audit, f"ok: {entry.slug} v1", now)
        return revision

    def _check_names(self, db: Database, entry: Entry) -> None:
        for name in (entry.title, *entry.aliases):
            for _, owner in self.names_in([normalize_name(name)], include_retired=True):
                if owner != entry.slug:
                    raise NameTaken(name, owner)

    def _save(self, db: Database, entry: Entry, actor: str, now: datetime) -> Revision | None:
        """Write `entry` as the next version inside the caller's transaction; None if unchanged."""
        current = self.get(entry.slug)
        before = current.content() if current else None
        after = entry.content()
        if before == after:
            return None
        version = (current.version if current else 0) + 1
        at = now.isoformat()
        row = {
            "slug": entry.slug,
            "kind": entry.kind,
            "title": entry.title,
            "summary": entry.summary,
            "fields": json.dumps(after["fields"], ensure_ascii=False),
            "aliases": json.dumps(after["aliases"], ensure_ascii=False),
            "keywords": json.dumps(after["keywords"], ensure_ascii=False),
            "related": json.dumps(after["related"], ensure_ascii=False),
            "sources": json.dumps(after["sources"], ensure_ascii=False),
            "tracked": int(entry.tracked),
            "retired": int(entry.retired),
            "version": version,
            "updated_at": at,
            "updated_by": actor,
            "facts": " . ".join(f"{k.replace('_', ' ')}: {v}" for k, v in entry.fields.items()),
            "names": " . ".join([entry.title, *entry.aliases]),
            "phrases": " . ".join(entry.keywords),
        }
        # Plain SQL on the hot write path: sqlite-utils' upsert re-reads the schema per call.
        columns = ", ".join(row)
        updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != "slug")
        db.execute(
            f"INSERT INTO entries ({columns}) VALUES ({', '.join('?' * len(row))}) "
            f"ON CONFLICT(slug) DO UPDATE SET {updates}",
            list(row.values()),
        )
        db.execute("DELETE FROM names WHERE slug = ?", [entry.slug])
        keys = name_keys((entry.slug, entry.title, *entry.aliases))
        db.conn.executemany(
            "INSERT OR IGNORE INTO names (name, slug) VALUES (?, ?)",
            [(k, entry.slug) for k in keys],
        )
        text = " ".join([entry.title, entry.summary, *entry.fields,
                         *entry.fields.values(), *entry.aliases, *entry.keywords])
        db.conn.executemany(
            "INSERT OR IGNORE INTO words (word) VALUES (?)",
            [(w,) for w in set(words(text)) if len(w) >= 3 and w.isalpha()],
        )
        db.execute(
            "INSERT INTO revisions (slug, version, actor, at, before, after) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [entry.slug, version, actor, at,
             json.dumps(before, ensure_ascii=False) if before else None,
             json.dumps(after, ensure_ascii=False)],
        )
        return Revision(entry.slug, version, actor, at, before, after)


_ENTRY_COLS = (
    "slug, kind, title, summary, fields, aliases, keywords, related, sources, tracked, "
    "retired, version, updated_at, updated_by"
)


def _entry(row: tuple) -> Entry:
    data = dict(zip(_ENTRY_COLS.split(", "), row, strict=True))
    for key in ("fields", "aliases", "keywords", "related", "sources"):
        data[key] = json.loads(data[key])
    return from_content(
        data,
        version=data["version"],
        updated_at=data["updated_at"],
        updated_by=data["updated_by"],
    )


def revision_from_row(row: tuple) -> Revision:
    slug, version, actor, at, before, after = row
    return Revision(slug, version, actor, at, json.loads(before) if before else None,
                    json.loads(after))


def _hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()
