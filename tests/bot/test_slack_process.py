"""`python -m bot` as a whole process with Slack configured (HTTP mode) against the fake."""

import asyncio
import json
import os
import socket
import sys
from pathlib import Path

import aiohttp

from tests.bot.fake_slack import FakeSlack, signed
from tests.conftest import ROOT

SECRET = "process-test-secret"
EVENT = Path(__file__).parent / "payloads" / "slack" / "app_mention.json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_python_m_bot_serves_slack_over_http(tmp_path):
    fake = await FakeSlack().start()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_"))}
    env.update(BRIEFBOT_DB=str(tmp_path / "b.db"), SLACK_BOT_TOKEN="xoxb-canary-bot-token",
               SLACK_SIGNING_SECRET=SECRET, SLACK_API_URL=fake.api_url, PORT=str(port),
               BRIEFBOT_LOG_LEVEL="DEBUG")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    try:
        async with aiohttp.ClientSession() as session:
            health = None
            for _ in range(200):
                try:
                    async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                        health = await response.json()
                        break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.05)
            assert health and health["platforms"] == {"slack": True}
            assert health["db"] == "ok" and health["scheduler"] == "running"
            assert health["status"] == "ok" and health["why"] == []
            body = EVENT.read_text()
            headers = signed(body, SECRET)
            async with session.post(f"http://127.0.0.1:{port}/slack/events", data=body,
                                    headers=headers) as response:
                assert response.status == 200
            [post] = await fake.wait_for(lambda: fake.posts(), timeout=10)
            assert "Thursday" in json.dumps(post["blocks"])
    finally:
        process.terminate()
        output = (await process.communicate())[0].decode()
        await fake.stop()
    assert "xoxb-canary-bot-token" not in output and SECRET not in output
