"""Digest composition: what changed in tracked entries over a range of revisions, per entry,
collapsed to first-old -> last-new. Plain data in, plain data out; renderers format it."""

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from content.store import Revision
from handlers.diff import FieldChange, changes

# Bookkeeping flags are reported as "new" / "retired" / "restored", not as field changes.
QUIET = {"retired"}


@dataclass(frozen=True)
class EntryChange:
    slug: str
    title: str
    status: str  # new | retired | restored | changed
    changes: tuple[FieldChange, ...]
    actors: tuple[str, ...]
    last_at: str


@dataclass(frozen=True)
class Digest:
    entries: tuple[EntryChange, ...]
    last_at: str

    @property
    def count(self) -> int:
        return sum(max(1, len(e.changes)) for e in self.entries)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Digest":
        entries = tuple(
            EntryChange(**{**e, "changes": tuple(FieldChange(**c) for c in e["changes"]),
                           "actors": tuple(e["actors"])})
            for e in data["entries"]
        )
        return cls(entries, data["last_at"])  # outbox rows of older versions also hold first_at


def compose(revisions: list[Revision], only: tuple[str, ...] = (),
            name: Callable[[str], str] = str) -> Digest | None:
    """The digest of `revisions` (oldest first) for tracked entries matching `only` (kinds or
    slugs); None when nothing is left to show (no change, or changes undone in the window)."""
    by_slug: dict[str, list[Revision]] = {}
    for revision in revisions:
        if _relevant(revision, only):
            by_slug.setdefault(revision.slug, []).append(revision)
    entries = [e for e in (_entry_change(revs, name) for revs in by_slug.values())
               if e is not None]
    if not entries:
        return None
    times = [r.at for revs in by_slug.values() for r in revs]
    return Digest(tuple(entries), max(times))


def _relevant(revision: Revision, only: tuple[str, ...]) -> bool:
    tracked = revision.after.get("tracked") or (revision.before or {}).get("tracked")
    if not tracked:
        return False
    if not only:
        return True
    wanted = {o.lower() for o in only}
    return revision.slug in wanted or revision.after.get("kind") in wanted


def _entry_change(revisions: list[Revision], name: Callable[[str], str]) -> EntryChange | None:
    first, last = revisions[0].before, revisions[-1].after
    was_retired = bool(first and first.get("retired"))
    is_retired = bool(last.get("retired"))
    if first is None:
        if is_retired:
            return None  # added and retired within the window: nothing to report
        status, found = "new", ()
    else:
        found = tuple(c for c in changes(first, last) if c.name not in QUIET)
        if is_retired != was_retired:
            status = "retired" if is_retired else "restored"
        elif not found:
            return None
        else:
            status = "changed"
    actors = tuple(dict.fromkeys(name(r.actor) for r in revisions))
    return EntryChange(revisions[-1].slug, last["title"], status, found, actors,
                       revisions[-1].at)
