"""Sharding, for real: `discord_runtime.start` against the fake Discord's REST API and its
gateway, which records every IDENTIFY. With DISCORD_SHARD_COUNT the bot runs discord.py's
AutoShardedClient and identifies once per shard it runs, with `"shard": [id, count]`; without
it, the plain client identifies as before. No fixed sleeps: each test waits until the client
has launched every shard it will launch (discord.py sends IDENTIFY before it records a
launched shard) and the fake has seen that many identifies, and only then asserts."""

import logging

import discord
import pytest
from discord.gateway import DiscordWebSocket

from bot import discord_runtime
from bot.config import Config, ConfigError
from bot.discord_app import BriefClient, DiscordSettings
from bot.discord_shards import ShardedBriefClient
from handlers.router import Router, Settings
from tests.bot.fake_discord import FakeDiscord

TOKEN = "canary-discord-token"  # the suite fails if a canary reaches any log line
GUILD = 2000000000000000001


class Lines(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
async def fake():
    saved = discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    fake = await FakeDiscord().start()
    yield fake
    discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    await fake.stop()


@pytest.fixture
def identify_hooks(monkeypatch):
    """discord.py waits 5 s before each IDENTIFY after a process's first (Discord's identify
    rate); the hook still runs, with its `initial` flag recorded, but without the wait. Each
    shard's READY, once handled, is recorded in `connected` (its `shard_connect` event)."""
    calls: list[tuple[int | None, bool]] = []

    async def hook(self, shard_id, *, initial=False):
        calls.append((shard_id, initial))

    async def on_shard_connect(self, shard_id):
        CONNECTED.setdefault(id(self), set()).add(shard_id)

    monkeypatch.setattr(ShardedBriefClient, "before_identify_hook", hook)
    monkeypatch.setattr(ShardedBriefClient, "on_shard_connect", on_shard_connect, raising=False)
    CONNECTED.clear()
    return calls


CONNECTED: dict[int, set[int]] = {}  # id(client) -> shards whose READY it handled


@pytest.fixture
def lines():
    handler = Lines()
    logger = logging.getLogger("bot.discord_runtime")
    logger.addHandler(handler)
    yield handler.lines
    logger.removeHandler(handler)


def config(fake: FakeDiscord, **env: str) -> Config:
    return Config.from_env({"DISCORD_TOKEN": TOKEN, "DISCORD_API_URL": fake.api_url,
                            "DISCORD_GUILD_IDS": str(GUILD), **env})


def router(store) -> Router:
    return Router(store, Settings(admins=frozenset(), admin_role="Editors"))


async def run(fake: FakeDiscord, store, cfg: Config, shards: set[int] | None):
    """Start Discord as the process does; return once every shard (or the one plain session)
    has identified (a sharded client: each shard's READY handled) and no launch is pending."""
    delivery, close = await discord_runtime.start(router(store), cfg, {})
    client = delivery.client
    expected = len(shards) if shards is not None else 1
    try:
        if shards is None:
            await fake.wait_for(lambda: client.ws is not None
                                and len(fake.identifies) >= expected)
        else:
            await fake.wait_for(lambda: set(client.shards) == shards
                                and CONNECTED.get(id(client)) == shards
                                and len(fake.identifies) >= expected)
    except BaseException:
        await close()  # a client left running keeps reconnecting its shards
        raise
    return client, close


async def test_a_process_runs_only_its_own_shards(fake, store, identify_hooks, lines):
    client, close = await run(fake, store, config(fake, DISCORD_SHARD_COUNT="2",
                                                  DISCORD_SHARD_IDS="1"), {1})
    try:
        assert isinstance(client, discord.AutoShardedClient)
        assert client.shard_count == 2 and client.shard_ids == [1]
        assert [i["shard"] for i in fake.identifies] == [[1, 2]]
        assert len(fake.sockets) == 1  # one gateway session: shard 0 never connected
        assert identify_hooks == [(1, True)]
        assert any("2 shard(s) in all" in line and "runs shard(s) 1" in line
                   for line in lines), lines
        # The sharded client is still the bot: its command tree synced at login.
        assert [c for c in fake.calls if c[0] == "PUT" and c[1].endswith("/commands")]
    finally:
        await close()


async def test_without_shard_ids_a_process_runs_every_shard(fake, store, identify_hooks, lines):
    client, close = await run(fake, store, config(fake, DISCORD_SHARD_COUNT="2"), {0, 1})
    try:
        assert client.shard_ids is None and client.shard_count == 2
        assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
        assert len(fake.sockets) == 2  # one gateway session a shard
        # Only the first IDENTIFY skips discord.py's 5 s pacing between identifies.
        assert identify_hooks == [(0, True), (1, False)]
        assert any("runs shard(s) 0,1" in line for line in lines), lines
    finally:
        await close()


async def test_two_processes_share_one_bot_shard_by_shard(fake, store, identify_hooks):
    first, close_first = await run(fake, store, config(fake, DISCORD_SHARD_COUNT="2",
                                                       DISCORD_SHARD_IDS="0"), {0})
    try:
        second, close_second = await run(fake, store, config(fake, DISCORD_SHARD_COUNT="2",
                                                             DISCORD_SHARD_IDS="1"), {1})
        try:
            assert sorted(i["shard"] for i in fake.identifies) == [[0, 2], [1, 2]]
            assert set(first.shards) == {0} and set(second.shards) == {1}
            assert len(fake.sockets) == 2
        finally:
            await close_second()
    finally:
        await close_first()


async def test_without_a_shard_count_the_plain_client_identifies_unsharded(fake, store, lines):
    client, close = await run(fake, store, config(fake), None)
    try:
        assert type(client) is BriefClient
        assert not isinstance(client, discord.AutoShardedClient)
        [identify] = fake.identifies
        assert "shard" not in identify
        assert not any("shard" in line for line in lines)
    finally:
        await close()


def test_the_sharded_client_refuses_shards_outside_its_count(store):
    settings = DiscordSettings(token=TOKEN, guild_ids=())
    with pytest.raises(ValueError):
        ShardedBriefClient(router(store), settings, 2, [2])
    with pytest.raises(ValueError):
        ShardedBriefClient(router(store), settings, 0, None)


def test_config_reads_the_shards():
    both = Config.from_env({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "0,1"})
    assert both.discord_shard_count == 2 and both.discord_shard_ids == (0, 1)
    plain = Config.from_env({})
    assert plain.discord_shard_count is None and plain.discord_shard_ids == ()
    with pytest.raises(ConfigError, match="DISCORD_SHARD_IDS"):
        Config.from_env({"DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "2"})
    with pytest.raises(ConfigError, match="DISCORD_SHARD_IDS"):
        Config.from_env({"DISCORD_SHARD_IDS": "0"})  # ids without a count
