"""`python -m bot` as a whole process with Discord configured, against the REST fake and its
small gateway: READY, then a DM and a slash command arrive as real gateway events."""

import asyncio
import json
import os
import sys

from tests.bot.fake_discord import FakeDiscord
from tests.bot.test_discord import load
from tests.conftest import ROOT

TOKEN = "canary-discord-token-DO-NOT-LOG"


async def test_python_m_bot_runs_discord_over_a_gateway(tmp_path):
    fake = await FakeDiscord().start()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_",
                                                                    "DISCORD_"))}
    env.update(BRIEFBOT_DB=str(tmp_path / "b.db"), DISCORD_TOKEN=TOKEN,
               DISCORD_API_URL=fake.api_url, BRIEFBOT_LOG_LEVEL="DEBUG")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    try:
        await fake.wait_for(lambda: fake.identified, timeout=20)
        assert [c for c in fake.calls if c[0] == "PUT" and c[1].endswith("/commands")]
        await asyncio.sleep(0.3)  # READY handled
        await fake.dispatch("MESSAGE_CREATE", load("message_dm.json"))
        [post] = await fake.wait_for(lambda: fake.sent("channel"), timeout=10)
        assert "Center for AI Standards" in json.dumps(post["embeds"])
        interaction = load("interaction_command.json")
        interaction["data"]["options"] = [{"name": "ask", "type": 1, "options": [
            {"name": "question", "type": 3, "value": "what is mythos?"}]}]
        await fake.dispatch("INTERACTION_CREATE", interaction)
        [answer] = await fake.wait_for(lambda: fake.sent("callback"), timeout=10)
        assert "Mythos" in json.dumps(answer["data"]["embeds"])
        assert fake.identified == 1
    finally:
        process.terminate()
        output = (await process.communicate())[0].decode()
        await fake.stop()
    assert TOKEN not in output
