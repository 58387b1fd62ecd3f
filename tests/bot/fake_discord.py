"""A local fake of Discord's REST API on 127.0.0.1: every call recorded, JSON answers with
`Content-Type: application/json` exactly (discord.py checks it).

As strict as Discord where the bot could get it wrong: an interaction is answered within 3
seconds of its creation (its id says when) or gets 10062, at most once (40060), and follow-ups
need the answer first (10015); a nonce holds back duplicates for a few minutes only; a 429
carries Retry-After and Discord's `Via` header, as discord.py expects.
"""

import asyncio
import json
import time
from collections import defaultdict
from itertools import count

from aiohttp import web

from tests.bot.local_server import LocalServer

BOT_ID = "900000000000000001"
APP_ID = "900000000000000002"
DISCORD_EPOCH_MS = 1420070400000
INTERACTION_WINDOW = 3.0  # seconds to answer an interaction
FOLLOWUP_WINDOW = 15 * 60  # seconds an interaction token takes follow-ups
NONCE_WINDOW = 5 * 60  # seconds a nonce holds back a duplicate message


def snowflake(n: int = 0) -> str:
    """A Discord id made now (ids carry their creation time)."""
    return str(((int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22) + n)


def created(snowflake_id: str) -> float:
    return ((int(snowflake_id) >> 22) + DISCORD_EPOCH_MS) / 1000


BOT_USER = {"id": BOT_ID, "username": "briefbot", "discriminator": "0", "global_name": None,
            "avatar": None, "bot": True, "flags": 0}


class FakeDiscord(LocalServer):
    def __init__(self):
        super().__init__()
        self.calls: list[tuple[str, str, dict | list | None]] = []
        self.messages: dict[str, list[dict]] = defaultdict(list)
        self.script: dict[str, list[int]] = defaultdict(list)
        self._ids = count(1_100_000_000_000_000_000)
        self.identified = 0
        self.identifies: list[dict] = []  # IDENTIFY payloads ("d"), the token left out
        self.guild_id = "2000000000000000001"
        self.acknowledged: dict[str, str] = {}  # interaction token -> id, once answered
        self.refused: list[tuple[str, dict, list[str]]] = []  # modals refused for their limits
        self.nonce_window = NONCE_WINDOW
        self._seq = 0
        self.created: list[tuple[str, dict]] = []  # messages really created (not deduped)
        self.fault = None  # chaos: called with (method, path); may return a status or "drop"
        self.delay = None  # chaos: called with (method, path); seconds before answering

    def routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/api/v10/{path:.*}", self.api)
        app.router.add_get("/gateway", self.gateway)

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/v10"

    def sent(self, kind: str | None = None) -> list[dict]:
        """Message payloads the bot sent: channel posts, interaction responses, follow-ups."""
        out = []
        for method, path, body in self.calls:
            if method != "POST" or not isinstance(body, dict):
                continue
            if path.startswith("channels/") and path.endswith("/messages"):
                found = "channel"
            elif path.endswith("/callback"):
                found = "callback"
            elif path.startswith("webhooks/"):
                found = "followup"
            else:
                continue
            if kind in (None, found):
                out.append(body)
        return out

    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        """A minimal gateway: HELLO, IDENTIFY -> READY, heartbeats acknowledged."""
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self.sockets.append(ws)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        async for frame in ws:
            message = json.loads(frame.data)
            if message["op"] == 1:
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
            elif message["op"] == 2:
                self.identified += 1
                self.identifies.append({k: v for k, v in message["d"].items() if k != "token"})
                await self.dispatch("READY", {
                    "v": 10, "user": BOT_USER, "guilds": [], "session_id": "session-1",
                    "resume_gateway_url": self.url.replace("http", "ws") + "/gateway",
                    "application": {"id": APP_ID, "flags": 0}, "private_channels": [],
                    "relationships": [], "shard": message["d"].get("shard", [0, 1])}, ws)
        return ws

    async def dispatch(self, event: str, data: dict,
                       ws: web.WebSocketResponse | None = None) -> None:
        """Send a gateway event (MESSAGE_CREATE, INTERACTION_CREATE ...) to the bot, on `ws`
        (READY answers the session that identified) or else the newest connection."""
        self._seq += 1
        await (ws or self.sockets[-1]).send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    async def api(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        body = None
        if request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw and request.content_type == "application/json" else None
        self.calls.append((request.method, path, body))
        if self.delay:
            await asyncio.sleep(self.delay(request.method, path))
        outcome = self.fault(request.method, path) if self.fault else None
        if outcome == "drop":  # accepted, then the connection dies before the answer
            self._answer(request.method, path, body or {})
            request.transport.close()
            return web.Response(status=500)
        if isinstance(outcome, int):
            return _failure(outcome, 0.5)
        if self.script[path]:
            return _failure(self.script[path].pop(0), 0.05)
        refusal = self._invalid(path, body or {}) or self._refusal(request.method, path)
        if refusal is not None:
            return refusal
        parts = path.split("/")
        if request.method == "GET" and len(parts) == 4 and parts[0] == "channels" and (
                parts[2] == "messages"):  # one message, as the bot posted it
            found = [m for m in self.messages[parts[1]] if m["id"] == parts[3]]
            return _json(found[0]) if found else _json(
                {"code": 10008, "message": "Unknown Message"}, status=404)
        return _json(self._answer(request.method, path, body or {}))

    def _refusal(self, method: str, path: str) -> web.Response | None:
        """Discord's rules for answering interactions."""
        parts = path.split("/")
        if path.endswith("/callback"):  # interactions/{id}/{token}/callback
            interaction_id, token = parts[1], parts[2]
            if time.time() - created(interaction_id) > INTERACTION_WINDOW:
                return _json({"message": "Unknown interaction", "code": 10062}, 404)
            if token in self.acknowledged:
                return _json({"message": "Interaction has already been acknowledged.",
                              "code": 40060}, 400)
            self.acknowledged[token] = interaction_id
            return None
        if path.startswith("webhooks/") and len(parts) >= 3:  # follow-ups: webhooks/{app}/{token}
            interaction_id = self.acknowledged.get(parts[2])
            if interaction_id is None or time.time() - created(interaction_id) > FOLLOWUP_WINDOW:
                return _json({"message": "Unknown Webhook", "code": 10015}, 404)
        return None

    def _invalid(self, path: str, body: dict) -> web.Response | None:
        """Discord refuses a modal that breaks its limits (400, code 50035)."""
        if not path.endswith("/callback") or body.get("type") != MODAL:
            return None
        problems = modal_problems(body.get("data") or {})
        if problems:
            self.refused.append((path, body, problems))
            return _json({"message": "Invalid Form Body", "code": 50035,
                          "errors": problems}, 400)
        return None

    def _answer(self, method: str, path: str, body: dict):
        if path == "users/@me":
            return BOT_USER
        if path == "oauth2/applications/@me":
            return {"id": APP_ID, "name": "Briefbot", "icon": None, "description": "",
                    "bot_public": True, "bot_require_code_grant": False, "verify_key": "k",
                    "flags": 0, "owner": BOT_USER, "team": None, "summary": ""}
        if path == "gateway/bot":
            return {"url": self.url.replace("http", "ws") + "/gateway", "shards": 1,
                    "session_start_limit": {"total": 1000, "remaining": 1000,
                                            "reset_after": 0, "max_concurrency": 1}}
        if path.endswith("/commands") and method == "PUT":
            return [{**c, "id": str(next(self._ids)), "application_id": APP_ID, "version": "1",
                     "default_member_permissions": None, "type": c.get("type", 1)}
                    for c in body]
        if path.endswith("/callback"):
            interaction_id = path.split("/")[1]
            return {"interaction": {"id": interaction_id, "type": 2}}
        if method == "POST" and path.startswith("channels/") and path.endswith("/threads"):
            # A thread started from a message takes that message's id.
            _, parent, _, message_id, _ = path.split("/")
            return {"id": message_id, "type": 11, "parent_id": parent, "name": body["name"],
                    "owner_id": BOT_ID, "guild_id": self.guild_id, "flags": 0,
                    "message_count": 0, "member_count": 1, "rate_limit_per_user": 0,
                    "thread_metadata": {"archived": False, "locked": False,
                                        "auto_archive_duration": body.get(
                                            "auto_archive_duration", 1440),
                                        "archive_timestamp": "2026-11-26T12:00:00+00:00"}}
        if method == "POST" and (path.endswith("/messages") or path.startswith("webhooks/")):
            channel = path.split("/")[1] if path.startswith("channels/") else "webhook"
            return self._message(channel, body)
        if method == "GET" and path.startswith("channels/") and path.endswith("/messages"):
            return self.messages[path.split("/")[1]]
        return {}

    def _message(self, channel: str, body: dict) -> dict:
        message = {
            "id": snowflake(next(self._ids) % 4096),
            "channel_id": channel if channel != "webhook" else "1",
            "author": BOT_USER, "content": body.get("content") or "",
            "timestamp": "2026-11-26T12:00:00.000000+00:00", "edited_timestamp": None,
            "tts": False, "mention_everyone": False, "mentions": [], "mention_roles": [],
            "attachments": [], "embeds": body.get("embeds") or [], "pinned": False, "type": 0,
            "flags": body.get("flags", 0), "components": body.get("components") or [],
        }
        if body.get("message_reference"):  # a reply: it points at the message it answers
            message["message_reference"] = body["message_reference"]
            message["type"] = 19
        if body.get("nonce"):
            message["nonce"] = body["nonce"]
            # Discord's enforce_nonce: the same nonce again, within a few minutes, returns the
            # first message; later it posts a new one (so the ledger must look before retrying).
            if body.get("enforce_nonce"):
                for earlier in self.messages[channel]:
                    if earlier.get("nonce") == body["nonce"] and (
                            time.time() - created(earlier["id"]) <= self.nonce_window):
                        return earlier
        self.messages[channel].insert(0, message)
        self.created.append((channel, message))
        return message


MODAL = 9  # the interaction callback that opens a modal
MODAL_TITLE = 45
MODAL_INPUTS = 5
INPUT_LABEL = 45
INPUT_VALUE = 4000
PLACEHOLDER = 100
CUSTOM_ID = 100


def modal_problems(data: dict) -> list[str]:
    """Discord's modal limits: a title of 1-45, a custom id of 1-100, 1-5 text inputs (each in
    an action row or a label), each with a label of 1-45 and a value and lengths within 4,000."""
    found = []
    if not 1 <= len(data.get("title") or "") <= MODAL_TITLE:
        found.append("title must be 1-45 characters")
    if not 1 <= len(data.get("custom_id") or "") <= CUSTOM_ID:
        found.append("custom_id must be 1-100 characters")
    rows = data.get("components") or []
    if not 1 <= len(rows) <= MODAL_INPUTS:
        found.append("a modal holds 1-5 components")
    for i, row in enumerate(rows):
        inner = row.get("components") if row.get("type") == 1 else [row.get("component")]
        if not inner or len(inner) != 1 or (inner[0] or {}).get("type") != 4:
            found.append(f"components[{i}]: one text input a row")
            continue
        text_input = inner[0]
        label = text_input.get("label") or row.get("label") or ""
        if not 1 <= len(label) <= INPUT_LABEL:
            found.append(f"components[{i}]: label must be 1-45 characters")
        if not 1 <= len(text_input.get("custom_id") or "") <= CUSTOM_ID:
            found.append(f"components[{i}]: custom_id must be 1-100 characters")
        low, high = text_input.get("min_length", 0), text_input.get("max_length", INPUT_VALUE)
        if not (0 <= low <= INPUT_VALUE and 1 <= high <= INPUT_VALUE and low <= high):
            found.append(f"components[{i}]: lengths must lie within 0-4000")
        if len(text_input.get("value") or "") > high:
            found.append(f"components[{i}]: value over max_length")
        if len(text_input.get("placeholder") or "") > PLACEHOLDER:
            found.append(f"components[{i}]: placeholder over 100")
    return found


def _failure(status: int, retry_after: float) -> web.Response:
    if status == 429:  # as Discord sends it: discord.py retries only with `Via` present
        return _json({"message": "You are being rate limited.", "retry_after": retry_after,
                      "global": False, "code": 0}, 429,
                     {"Retry-After": str(retry_after), "Via": "1.1 google"})
    return _json({"message": "scripted failure", "code": 0}, status)


def _json(data, status: int = 200, headers: dict | None = None) -> web.Response:
    # discord.py decodes JSON only when the header is exactly this, with no charset.
    return web.Response(body=json.dumps(data).encode(), status=status,
                        headers={"Content-Type": "application/json", **(headers or {})})
