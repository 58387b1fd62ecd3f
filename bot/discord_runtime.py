"""Starting Discord inside the process: log in over REST (a bad token fails here, at once),
then keep the gateway connection in a background task; discord.py reconnects by itself. With
DISCORD_SHARD_COUNT the client is sharded: one gateway session for each shard this process runs."""

import asyncio
import logging
from collections.abc import Awaitable, Callable

from bot.config import Config
from bot.discord_app import BriefClient, DiscordDelivery, DiscordSettings, point_at
from bot.discord_shards import ShardedBriefClient
from handlers.router import Router

log = logging.getLogger(__name__)


def settings(config: Config) -> DiscordSettings:
    assert config.discord_token
    return DiscordSettings(token=config.discord_token, guild_ids=config.discord_guild_ids,
                           message_content=config.discord_message_content,
                           api_url=config.discord_api_url)


async def login(router: Router, config: Config) -> BriefClient:
    if config.discord_api_url:
        await point_at(config.discord_api_url)
    client = build(router, config)
    await client.login(settings(config).token)
    return client


def build(router: Router, config: Config) -> BriefClient:
    """The plain client, or with DISCORD_SHARD_COUNT the sharded one, running the shards in
    DISCORD_SHARD_IDS (all of them when that is empty)."""
    if config.discord_shard_count is None:
        return BriefClient(router, settings(config))
    client = ShardedBriefClient(router, settings(config), config.discord_shard_count,
                                list(config.discord_shard_ids) or None)
    log.info("discord: sharded, %d shard(s) in all; this process runs shard(s) %s",
             config.discord_shard_count, ",".join(map(str, client.running)))
    return client


async def start(router: Router, config: Config, platforms: dict
                ) -> tuple[DiscordDelivery, Callable[[], Awaitable[None]]]:
    client = await login(router, config)
    task = asyncio.create_task(client.connect(reconnect=True), name="discord-gateway")
    platforms["discord"] = True
    log.info("discord: logged in as %s", client.user)

    async def close() -> None:
        await client.close()
        task.cancel()

    return DiscordDelivery(client), close
