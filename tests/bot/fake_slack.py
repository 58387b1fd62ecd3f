"""A local fake of Slack's Web API on 127.0.0.1: canned answers, every call recorded.

Like bolt-python's own mock server, it is a real HTTP server, so the real slack_sdk client,
its retry handlers and Bolt all run unmodified. `fail` scripts the next answers of a method
(a 429 with Retry-After, a 500, a dropped connection); `ws` is the Socket Mode websocket.
"""

import asyncio
import contextlib
import hashlib
import hmac
import json
import time
from collections import defaultdict
from urllib.parse import urlencode

from aiohttp import WSMsgType, web

from tests.bot import block_kit
from tests.bot.local_server import LocalServer


def signed(body: str, secret: str, content_type: str = "application/json",
           timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack sends with a request: when it was sent, and the v0 signature of that
    time and `body` with the app's signing secret."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    mac = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": f"v0={mac}"}


def slash_command(text: str, channel: str, response_url: str, user: str = "UADMIN") -> str:
    """The form body of `/brief <text>` typed in `channel`."""
    return urlencode({"command": "/brief", "text": text, "user_id": user, "channel_id": channel,
                      "team_id": "T1", "response_url": response_url, "trigger_id": "t",
                      "api_app_id": "A1"})


class FakeSlack(LocalServer):
    def __init__(self):
        super().__init__()
        self.calls: list[tuple[str, dict]] = []
        self.responses: list[dict] = []  # posts to response_url
        self.users = {"UADMIN": {"is_admin": True}, "UOWNER": {"is_owner": True}}
        self.history: dict[str, list[dict]] = defaultdict(list)
        self.script: dict[str, list] = defaultdict(list)
        self.acks: list[dict] = []
        self.refused: list[tuple[str, dict, tuple]] = []  # calls refused for breaking limits
        self.connections = 0
        self._ts = 1000
        self.on_post = None  # called with each chat.postMessage's params (benchmarks time it)
        self.fault = None  # chaos: called with a method name; may return an outcome to inject
        self.delay = None  # chaos: called with a method name; seconds to wait before answering

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/api/{method}", self.api)
        app.router.add_get("/api/{method}", self.api)
        app.router.add_post("/response/{id}", self.response_url)
        app.router.add_get("/socket", self.socket)

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/"

    def posts(self, method: str = "chat.postMessage") -> list[dict]:
        return [params for name, params in self.calls if name == method]

    def fail(self, method: str, *outcomes) -> None:
        """Answer the next calls of `method` with these: (status, headers), ("error", code)
        for HTTP 200 `ok: false`, or "accept-then-drop"."""
        self.script[method].extend(outcomes)

    async def api(self, request: web.Request) -> web.StreamResponse:
        method = request.match_info["method"]
        params = await _params(request)
        if self.delay:
            await asyncio.sleep(self.delay(method))
        if self.fault and not self.script[method]:
            injected = self.fault(method)
            if injected is not None:
                self.script[method].append(injected)
        if self.script[method]:
            outcome = self.script[method].pop(0)
            if outcome == "accept-then-drop":  # the post lands, the answer never comes
                self.calls.append((method, params))
                self._record(method, params)
                request.transport.close()
                return web.Response(status=500)
            if outcome[0] == "error":  # Slack refuses most calls with HTTP 200 and ok: false
                return web.json_response({"ok": False, "error": outcome[1]})
            status, headers = outcome
            return web.json_response({"ok": False, "error": "ratelimited" if status == 429
                                      else "internal_error"}, status=status, headers=headers)
        refusal = self._refusal(method, params)
        if refusal is not None:
            self.refused.append((method, params, refusal))
            return web.json_response({"ok": False, "error": refusal[0],
                                      "response_metadata": {"messages": refusal[1]}})
        self.calls.append((method, params))
        return web.json_response(self._record(method, params),
                                 content_type="application/json")

    def _refusal(self, method: str, params: dict) -> tuple[str, list[str]] | None:
        """Slack refuses a message or view that breaks Block Kit's limits."""
        if method in ("chat.postMessage", "chat.postEphemeral") and "blocks" in params:
            problems = block_kit.message_problems(params["blocks"])
            return ("invalid_blocks", problems) if problems else None
        if method.startswith("views."):
            if method in ("views.open", "views.push") and not params.get("trigger_id"):
                return "invalid_arguments", ["trigger_id is required"]
            if method == "views.publish" and not params.get("user_id"):
                return "invalid_arguments", ["user_id is required"]
            problems = block_kit.view_problems(params.get("view"))
            return ("invalid_arguments", problems) if problems else None
        return None

    def _record(self, method: str, params: dict) -> dict:
        if method == "auth.test":
            return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1",
                    "user": "briefbot", "url": "https://example.slack.com/"}
        if method == "chat.postMessage":
            if self.on_post:
                self.on_post(params)
            self._ts += 1
            ts = f"{self._ts}.000100"
            message = {"ts": ts, "text": params.get("text"), "metadata": params.get("metadata"),
                       "thread_ts": params.get("thread_ts")}
            self.history[params.get("channel", "")].insert(0, message)
            return {"ok": True, "channel": params.get("channel"), "ts": ts,
                    "message": message}
        if method.startswith("views."):
            self._ts += 1
            return {"ok": True, "view": {**params.get("view", {}), "id": f"V{self._ts}"}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": "1.0"}
        if method == "users.info":
            user = params.get("user", "")
            return {"ok": True, "user": {"id": user, **self.users.get(user, {})}}
        if method == "conversations.history":
            # Newest first, `limit` (default 100) a page, `cursor` to go on, as Slack pages.
            messages = self.history.get(params.get("channel", ""), [])
            start = int(params.get("cursor") or 0)
            limit = int(params.get("limit") or 100)
            page = messages[start : start + limit]
            if params.get("include_all_metadata") not in ("1", "true", True):
                page = [{k: v for k, v in m.items() if k != "metadata"} for m in page]
            more = start + limit < len(messages)
            return {"ok": True, "messages": page, "has_more": more,
                    "response_metadata": {"next_cursor": str(start + limit) if more else ""}}
        if method == "conversations.replies":  # a thread: its parent and replies, oldest first
            thread = params.get("ts")
            found = [m for m in reversed(self.history.get(params.get("channel", ""), []))
                     if thread in (m.get("ts"), m.get("thread_ts"))]
            if params.get("include_all_metadata") not in ("1", "true", True):
                found = [{k: v for k, v in m.items() if k != "metadata"} for m in found]
            return {"ok": True, "messages": found, "has_more": False}
        if method == "apps.connections.open":
            self.connections += 1
            return {"ok": True, "url": f"{self.url.replace('http', 'ws')}/socket"}
        return {"ok": True}

    async def response_url(self, request: web.Request) -> web.Response:
        body = await request.json()
        problems = block_kit.message_problems(body["blocks"]) if "blocks" in body else []
        if problems:
            self.refused.append(("response_url", body, ("invalid_blocks", problems)))
            return web.json_response({"ok": False, "error": "invalid_blocks"}, status=400)
        self.responses.append(body)
        return web.json_response({"ok": True})

    async def socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json({"type": "hello", "num_connections": 1})
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                self.acks.append(json.loads(message.data))
        return ws


async def _params(request: web.Request) -> dict:
    if request.method == "GET":
        params = dict(request.query)
    elif request.content_type == "application/json":
        params = await request.json()
    else:
        params = dict(await request.post())
    for key in ("blocks", "metadata", "view"):
        if isinstance(params.get(key), str):
            with contextlib.suppress(ValueError):
                params[key] = json.loads(params[key])
    return params
