"""Starting Slack inside the process: Socket Mode when SLACK_APP_TOKEN is set, else HTTP."""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import aiohttp

from bot.config import Config
from bot.slack_app import (
    SlackBot,
    SlackDelivery,
    SlackSettings,
    client_session,
    start_http,
    start_socket_mode,
    web_client,
)
from handlers import status
from handlers.router import Router

log = logging.getLogger(__name__)
HOST = "0.0.0.0"  # noqa: S104 - HTTP mode serves Slack's requests from outside


def settings(config: Config) -> SlackSettings:
    assert config.slack_bot_token
    return SlackSettings(bot_token=config.slack_bot_token, api_url=config.slack_api_url)


def delivery(config: Config) -> SlackDelivery:
    return SlackDelivery(web_client(settings(config), for_digests=True))


async def start(router: Router, config: Config, platforms: dict,
                report: Callable[..., dict]) -> Callable[[], Awaitable[None]]:
    """Connect Slack; returns the coroutine function that disconnects it. `report`: the
    process's status report (handlers/status.py), for /healthz."""
    socket_mode = bool(config.slack_app_token)
    session = client_session()
    platforms["slack"] = False
    try:
        bot = SlackBot(router, settings(config), config.slack_signing_secret,
                       socket_mode=socket_mode, session=session)

        started = time.monotonic()

        def health() -> dict:
            platforms["slack"] = bot.connected
            return status.public(report(router.ledger), time.monotonic() - started)

        if socket_mode:
            assert config.slack_app_token
            stop = (await start_socket_mode(bot, config.slack_app_token)).close_async
        else:
            stop = (await start_http(bot, HOST, config.port, health,
                                     config.slack_signing_secret)).cleanup
    except BaseException:
        await session.close()
        raise
    platforms["slack"] = True
    sweeping = asyncio.create_task(bot.sweep(), name="slack-inbox-sweep")
    return _closing(stop, session, sweeping)


def _closing(stop: Callable[[], Awaitable[None]], session: aiohttp.ClientSession,
             sweeping: asyncio.Task) -> Callable[[], Awaitable[None]]:
    async def close() -> None:
        sweeping.cancel()
        try:
            await stop()
        finally:
            await session.close()

    return close
