"""The same Discord bot on discord.py's sharded client: one gateway session per shard, and
several processes may share one bot by each running some of the shards
(DISCORD_SHARD_COUNT, DISCORD_SHARD_IDS)."""

from typing import Any

import discord

from bot.discord_app import BriefClient, DiscordSettings
from handlers.router import Router


class _ShardOptions(discord.AutoShardedClient):
    """Between BriefClient and AutoShardedClient in the MRO: BriefClient's
    `super().__init__(intents=..., allowed_mentions=...)` lands here, and the shard options
    stashed by ShardedBriefClient go on to AutoShardedClient, which pops them from its kwargs."""

    _shard_count: int
    _shard_ids: list[int] | None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, shard_count=self._shard_count, shard_ids=self._shard_ids,
                         **kwargs)


class ShardedBriefClient(BriefClient, _ShardOptions):
    """BriefClient on `shard_count` shards, of which this process runs `shard_ids` (None or
    empty: all of them). `connect()` launches every shard this process runs."""

    def __init__(self, router: Router, settings: DiscordSettings, shard_count: int,
                 shard_ids: list[int] | tuple[int, ...] | None = None, **kw: Any) -> None:
        if shard_count < 1:
            raise ValueError(f"shard_count must be at least 1, not {shard_count}")
        ids = sorted(set(shard_ids or ()))
        if any(not 0 <= i < shard_count for i in ids):
            raise ValueError(f"shard ids {ids} must lie in 0..{shard_count - 1}")
        self._shard_count = shard_count
        self._shard_ids = ids or None  # None: AutoShardedClient runs them all
        super().__init__(router, settings, **kw)

    @property
    def running(self) -> list[int]:
        """The shards this process runs."""
        return list(self.shard_ids or range(self.shard_count or 0))
