"""Configuration, read once from the environment (and `.env`) and passed down, frozen."""

import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from content.text import plain_number
from handlers.router import Settings
from handlers.schedules import ScheduleError, check_zone

PLATFORMS = ("console", "slack", "discord")


class ConfigError(Exception):
    """A variable is missing or invalid; the message names it and the fix."""


@dataclass(frozen=True)
class Config:
    db: Path  # the SQLite file, and the folder local files go beside (console history)
    content: Path
    admins: frozenset[str]
    tz: str
    admin_role: str | None = None
    debounce: int = 60
    user_rate: int = 20
    # Secrets: never shown by repr(), so a logged config cannot leak them.
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    slack_api_url: str | None = None
    port: int = 3000
    discord_token: str | None = field(default=None, repr=False)
    discord_guild_ids: tuple[int, ...] = ()
    discord_api_url: str | None = None
    discord_message_content: bool = False
    discord_shard_count: int | None = None
    discord_shard_ids: tuple[int, ...] = ()
    # BRIEFBOT_DB=postgresql://...: replicas share that database (it may hold a password).
    db_url: str | None = field(default=None, repr=False)
    replica: str = ""  # this process's name among replicas (status, /healthz, the leader)

    @property
    def store_location(self) -> str:
        return self.db_url or str(self.db)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "Config":
        tz = env.get("BRIEFBOT_TZ", "").strip() or "UTC"
        try:
            check_zone(tz)
        except ScheduleError as exc:
            raise ConfigError(
                f"BRIEFBOT_TZ={tz!r} is not a time zone; use an IANA name such as Europe/Paris"
            ) from exc
        db = env.get("BRIEFBOT_DB", "").strip()
        url = db if db.startswith(("postgresql://", "postgres://")) else None
        return cls(
            db=Path("data/briefbot.db" if url or not db else db),
            db_url=url,
            replica=env.get("BRIEFBOT_REPLICA_ID", "").strip()
            or f"{socket.gethostname()}:{os.getpid()}",
            content=Path(env.get("BRIEFBOT_CONTENT", "").strip() or "content/seed"),
            admins=parse_admins(env.get("BRIEFBOT_ADMINS", "")),
            tz=tz,
            admin_role=env.get("BRIEFBOT_ADMIN_ROLE", "").strip() or None,
            debounce=_number(env, "BRIEFBOT_DEBOUNCE", 60, "a whole number of seconds"),
            user_rate=_number(env, "BRIEFBOT_USER_RATE", 20,
                              "a whole number of messages a minute (0: no limit)"),
            **_slack(env),
            **_discord(env),
        )

    def settings(self) -> Settings:
        return Settings(admins=self.admins, admin_role=self.admin_role, tz=self.tz,
                        debounce=self.debounce, user_rate=self.user_rate)


def _slack(env: Mapping[str, str]) -> dict:
    bot = env.get("SLACK_BOT_TOKEN", "").strip() or None
    app = env.get("SLACK_APP_TOKEN", "").strip() or None
    secret = env.get("SLACK_SIGNING_SECRET", "").strip() or None
    if bot and not bot.startswith("xoxb-"):
        raise ConfigError(
            "SLACK_BOT_TOKEN must be the bot token (xoxb-...) from OAuth & Permissions"
        )
    if app and not app.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN must be an app-level token (xapp-...) with "
                          "connections:write, from Basic Information")
    if bot and not app and not secret:
        raise ConfigError("SLACK_SIGNING_SECRET is required for HTTP mode (Basic Information > "
                          "Signing Secret); or set SLACK_APP_TOKEN to use Socket Mode")
    return {
        "slack_bot_token": bot, "slack_app_token": app, "slack_signing_secret": secret,
        "slack_api_url": env.get("SLACK_API_URL", "").strip() or None,
        "port": _number(env, "PORT", 3000, "a port number"),
    }


def _discord(env: Mapping[str, str]) -> dict:
    guilds = []
    for item in env.get("DISCORD_GUILD_IDS", "").split(","):
        if item.strip():
            if not plain_number(item.strip(), 20):
                raise ConfigError(f"DISCORD_GUILD_IDS entry {item.strip()!r} must be a server id "
                                  "(digits; Developer Mode > right-click the server > Copy ID)")
            guilds.append(int(item))
    count = env.get("DISCORD_SHARD_COUNT", "").strip()
    if count and (not plain_number(count, 6) or int(count) < 1):
        raise ConfigError(f"DISCORD_SHARD_COUNT={count!r} must be a whole number of shards, "
                          "e.g. 2")
    shards = []
    for item in env.get("DISCORD_SHARD_IDS", "").split(","):
        if item.strip():
            if not plain_number(item.strip(), 6) or not count or int(item) >= int(count):
                raise ConfigError(f"DISCORD_SHARD_IDS entry {item.strip()!r} must be a shard "
                                  "number below DISCORD_SHARD_COUNT, e.g. 0,1")
            shards.append(int(item))
    return {
        "discord_shard_count": int(count) if count else None,
        "discord_shard_ids": tuple(shards),
        "discord_token": env.get("DISCORD_TOKEN", "").strip() or None,
        "discord_guild_ids": tuple(guilds),
        "discord_api_url": env.get("DISCORD_API_URL", "").strip() or None,
        # The privileged Message Content intent: needed to read unmentioned messages (channels
        # set to `answer questions`, replies that do not ping the bot). Off unless turned on in
        # the Developer Portal too, or Discord refuses the connection.
        "discord_message_content": env.get("DISCORD_MESSAGE_CONTENT", "").strip().lower()
        in ("1", "true", "yes", "on"),
    }


def _number(env: Mapping[str, str], name: str, default: int, what: str) -> int:
    value = env.get(name, "").strip()
    if not value:
        return default
    if not plain_number(value, 9):
        raise ConfigError(f"{name}={value[:20]!r} must be {what}, e.g. {default}")
    return int(value)


def parse_admins(value: str) -> frozenset[str]:
    """`console:alice, slack:U123` -> {"console:alice", "slack:U123"}."""
    admins = set()
    for item in value.split(","):
        item = item.strip()
        if not item:
            continue
        platform, _, user = item.partition(":")
        if platform not in PLATFORMS or not user.strip():
            raise ConfigError(
                f"BRIEFBOT_ADMINS entry {item!r} must be platform:user with platform one of "
                f"{', '.join(PLATFORMS)}, e.g. console:alice,slack:U123"
            )
        admins.add(f"{platform}:{user.strip()}")
    return frozenset(admins)
