"""Socket Mode against a local websocket fake: apps.connections.open on the fake Web API hands
out a ws://127.0.0.1 URL; the real slack_sdk SocketModeClient and Bolt do the rest."""

import json
import time
from pathlib import Path

import pytest

from bot.slack_app import SlackBot, SlackSettings, start_socket_mode
from handlers.router import Router, Settings
from tests.bot.fake_slack import FakeSlack

PAYLOADS = Path(__file__).parent / "payloads" / "slack"


def envelope(envelope_id: str, kind: str, body: dict) -> dict:
    return {"envelope_id": envelope_id, "type": kind, "payload": body,
            "accepts_response_payload": kind != "events_api", "retry_attempt": 0,
            "retry_reason": ""}


@pytest.fixture
async def socket(store):
    fake = await FakeSlack().start()
    router = Router(store, Settings())
    bot = SlackBot(router, SlackSettings("xoxb-test-token", fake.api_url), None,
                   socket_mode=True)
    handler = await start_socket_mode(bot, "xapp-1-test-token")
    await fake.wait_for(lambda: fake.sockets)
    yield fake
    await handler.close_async()
    await fake.stop()


async def test_an_events_api_envelope_is_acked_fast_and_answered(socket):
    event = json.loads((PAYLOADS / "app_mention.json").read_text())
    sent = time.monotonic()
    await socket.sockets[-1].send_json(envelope("env-1", "events_api", event))
    await socket.wait_for(lambda: any(a.get("envelope_id") == "env-1" for a in socket.acks))
    assert time.monotonic() - sent < 3
    [post] = await socket.wait_for(lambda: socket.posts())
    assert post["thread_ts"] == event["event"]["ts"] and "Thursday" in json.dumps(post["blocks"])
    assert socket.connections == 1


async def test_a_redelivered_event_in_a_new_envelope_is_acked_and_answered_once(socket):
    event = json.loads((PAYLOADS / "message_im.json").read_text())
    for envelope_id in ("env-a", "env-b"):
        await socket.sockets[-1].send_json(envelope(envelope_id, "events_api", event))
    await socket.wait_for(lambda: {a.get("envelope_id") for a in socket.acks} >= {"env-a",
                                                                                   "env-b"})
    await socket.wait_for(lambda: socket.posts())
    sentinel = json.loads(json.dumps(event))
    sentinel["event_id"] = "EvSENTINEL"
    sentinel["event"].update(channel="DSENTINEL", ts="1764159999.000001")
    await socket.sockets[-1].send_json(envelope("env-s", "events_api", sentinel))
    await socket.wait_for(lambda: [p for p in socket.posts() if p["channel"] == "DSENTINEL"])
    assert len([p for p in socket.posts() if p["channel"] != "DSENTINEL"]) == 1


async def test_a_slash_command_envelope(socket):
    command = json.loads((PAYLOADS / "slash_command.json").read_text())
    command["response_url"] = f"{socket.url}/response/9"
    await socket.sockets[-1].send_json(envelope("env-c", "slash_commands", command))
    await socket.wait_for(lambda: any(a.get("envelope_id") == "env-c" for a in socket.acks))
    [answer] = await socket.wait_for(lambda: socket.responses)
    assert "Mythos" in json.dumps(answer["blocks"])


async def test_disconnect_makes_the_client_reconnect_by_itself(socket):
    await socket.sockets[-1].send_json({"type": "disconnect", "reason": "refresh_requested"})
    await socket.wait_for(lambda: socket.connections >= 2 and len(socket.sockets) >= 2,
                          timeout=15)
    event = json.loads((PAYLOADS / "message_im.json").read_text())
    await socket.sockets[-1].send_json(envelope("env-d", "events_api", event))
    await socket.wait_for(lambda: socket.posts(), timeout=10)
