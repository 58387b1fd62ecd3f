"""Where the bot speaks unmentioned: each channel's answering mode, set by admins.

`mentions` (the default): mentions, DMs, `/brief` and threads the bot follows. `questions`: also
every top-level message in the channel that reads as a question to the briefing.
"""

from datetime import datetime

from content.store import Audit, Store

MODES = ("mentions", "questions")
DEFAULT = "mentions"


class Channels:
    def __init__(self, store: Store):
        self.store = store
        with store.write(content=False) as db:
            db.execute(
                "CREATE TABLE IF NOT EXISTS channel_modes (platform TEXT, channel TEXT, "
                "mode TEXT, at TEXT, actor TEXT, PRIMARY KEY (platform, channel))"
            )

    def mode(self, platform: str, channel: str) -> str:
        row = self.store.db.execute(
            "SELECT mode FROM channel_modes WHERE platform = ? AND channel = ?",
            [platform, channel]).fetchone()
        return row[0] if row else DEFAULT

    def set_mode(self, platform: str, channel: str, mode: str, audit: Audit,
                 now: datetime) -> bool:
        """Set a channel's mode, audited in the same transaction; False if it already was."""
        with self.store.write(content=False) as db:
            row = db.execute("SELECT mode FROM channel_modes WHERE platform = ? AND "
                             "channel = ?", [platform, channel]).fetchone()
            changed = (row[0] if row else DEFAULT) != mode
            db.execute(
                "INSERT INTO channel_modes (platform, channel, mode, at, actor) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (platform, channel) DO UPDATE "
                "SET mode = excluded.mode, at = excluded.at, actor = excluded.actor",
                [platform, channel, mode, now.isoformat(), audit.actor])
            result = f"ok: answer {mode} in {platform}:{channel}" if changed else "unchanged"
            self.store.record_audit(db, audit, result, now)
        return changed

    def modes(self) -> list[tuple[str, str, str]]:
        """(platform, channel, mode) of every channel whose mode an admin set."""
        rows = self.store.db.execute(
            "SELECT platform, channel, mode FROM channel_modes ORDER BY platform, channel")
        return [(p, c, m) for p, c, m in rows]
