"""What each conversation is about: the entries of its last answer and the question it answered,
per (platform, conversation id), so a follow-up with no name of its own ("who made it?") is read
against them, and "what about X?" asks that question of X.
Adapters give ids unique on their platform (a Slack thread is `channel/ts`).

Kept in the store so it survives restarts and `python -m bot chat --thread T` invocations; a
conversation silent for a day is forgotten.
"""

import json
from datetime import datetime, timedelta

from content.store import Store

FORGET_AFTER = timedelta(hours=24)


class Conversations:
    def __init__(self, store: Store):
        self.store = store
        with store.write(content=False, durable=False) as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS conversations (platform TEXT, thread TEXT, "
                "slugs TEXT, at TEXT, PRIMARY KEY (platform, thread))"
            )

    def recall(self, key: tuple[str, str], now: datetime) -> tuple[tuple[str, ...], str | None]:
        """The entries the conversation was last about and the question it last answered
        ("what about X?" asks it of X), unless it has been silent too long."""
        memory = self._memory(key, now)
        return tuple(memory.get("slugs", ())), memory.get("question")

    def _memory(self, key: tuple[str, str], now: datetime) -> dict:
        row = self.store.db.execute(
            "SELECT slugs, at FROM conversations WHERE platform = ? AND thread = ?",
            list(key)).fetchone()
        if row is None or datetime.fromisoformat(row[1]) < now - FORGET_AFTER:
            return {}
        memory = json.loads(row[0])
        # Rows written before questions were remembered hold the list of slugs alone.
        return memory if isinstance(memory, dict) else {"slugs": memory}

    def remember(self, key: tuple[str, str], slugs: tuple[str, ...], now: datetime,
                 question: str | None = None) -> None:
        memory = {"slugs": list(slugs), "question": question}
        with self.store.write(content=False, durable=False) as db:
            db.execute(
                "INSERT INTO conversations (platform, thread, slugs, at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (platform, thread) DO UPDATE "
                "SET slugs = excluded.slugs, at = excluded.at",
                [*key, json.dumps(memory), now.isoformat()])
            db.execute("DELETE FROM conversations WHERE at < ?",
                       [(now - FORGET_AFTER).isoformat()])
