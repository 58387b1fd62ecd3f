"""People by name: the display name each platform last gave for a user, so history, changes,
digests and the audit log can say "Pat" where the stored id says `slack:U0123`. Stored ids stay
as they are; names are shown as plain text, never as a mention.
"""

import threading
from datetime import datetime

from content.store import PACK_ACTOR, Store

NAME_LIMIT = 80


class People:
    def __init__(self, store: Store):
        self.store = store
        self._known: dict[str, str] = {}  # actor -> name, as last written or read
        self._lock = threading.Lock()

    def note(self, actor: str, name: str, now: datetime) -> None:
        """Remember `actor`'s display name; writes only when it changed."""
        name = " ".join(name.split())[:NAME_LIMIT]
        if not name or self._known.get(actor) == name:
            return
        with self.store.write(content=False, durable=False) as db:
            db.execute("INSERT INTO people (actor, name, at) VALUES (?, ?, ?) ON CONFLICT "
                       "(actor) DO UPDATE SET name = excluded.name, at = excluded.at",
                       [actor, name, now.isoformat()])
        with self._lock:
            self._known[actor] = name

    def display(self, actor: str) -> str:
        """The name to show for `actor` (`platform:user`): its display name, else the id."""
        if actor == PACK_ACTOR:
            return "the content pack"
        with self._lock:
            known = self._known.get(actor)
        if known is not None:
            return known
        row = self.store.db.execute("SELECT name FROM people WHERE actor = ?",
                                    [actor]).fetchone()
        name = row[0] if row else actor
        with self._lock:
            self._known[actor] = name
        return name
