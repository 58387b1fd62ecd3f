"""A real aiohttp server on 127.0.0.1 (a free port), for the platform fakes."""

import asyncio

from aiohttp import web


class LocalServer:
    def __init__(self):
        self.runner: web.AppRunner | None = None
        self.url = ""
        self.sockets: list[web.WebSocketResponse] = []

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    async def start(self):
        app = web.Application()
        self.routes(app)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"
        return self

    async def stop(self) -> None:
        for ws in self.sockets:
            await ws.close()
        if self.runner:
            await self.runner.cleanup()

    async def wait_for(self, predicate, timeout: float = 5.0):
        """Poll until `predicate()` is truthy (what the bot posts arrives asynchronously)."""
        for _ in range(int(timeout / 0.02)):
            result = predicate()
            if result:
                return result
            await asyncio.sleep(0.02)
        raise AssertionError("the fake never saw what the test waited for")
