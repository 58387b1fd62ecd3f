"""People by name on both platforms, through the real adapters and the fake APIs: an edit's
author shows by display name in history and in digests, and a hostile name pings no one."""

import json
from datetime import UTC, datetime

from bot.digests import DigestRunner
from bot.discord_app import DiscordDelivery
from bot.slack_app import SlackDelivery, SlackSettings, web_client
from content.store import Audit
from tests.bot.test_discord import MANAGE_GUILD
from tests.bot.test_slack_http import payload, texts

HOSTILE = "Ada <!channel> @everyone"


async def test_slack_history_and_digests_show_the_editor_by_name(slack, store):
    slack.fake.users["UADMIN"] = {"is_admin": True, "profile": {"display_name": HOSTILE}}
    audit = Audit("slack:UADMIN", "slack", "UADMIN", "C9", "subscribe")
    slack.router.ledger.subscribe("slack", "C9", "on-change", "UTC", (), audit,
                                  datetime.now(UTC))
    mention = payload("app_mention.json")
    mention["event"].update(user="UADMIN", text="<@UBOT> set order status Signed")
    await slack.event(mention)
    await slack.fake.wait_for(lambda: slack.fake.posts("chat.postEphemeral"))
    history = payload("app_mention.json")
    history["event"].update(text="<@UBOT> history order", ts="1764158999.000100")
    history["event_id"] = "Ev0HISTORY"
    await slack.event(history)
    [post] = await slack.fake.wait_for(lambda: slack.fake.posts())
    shown = texts(post)
    assert "Ada &lt;!channel&gt; @everyone" in shown and "slack:UADMIN" not in shown
    assert "<!channel>" not in shown
    delivery = SlackDelivery(web_client(SlackSettings("xoxb-test-token", slack.fake.api_url),
                                        for_digests=True))
    [result] = await DigestRunner(slack.router.ledger, {"slack": delivery}, 0).run_all()
    digest = texts(slack.fake.posts()[-1])
    assert result.posted and "by Ada &lt;!channel&gt;" in digest and "<!channel>" not in digest


async def test_discord_history_and_digests_show_the_editor_by_name(bot, store):
    audit = Audit("discord:1", "discord", "1", "3000000000000000009", "subscribe")
    bot.router.ledger.subscribe("discord", "3000000000000000009", "on-change", "UTC", (), audit,
                                datetime.now(UTC))
    bot.command("set", permissions=MANAGE_GUILD, entry="order", field="status", value="Signed")
    assert "version 2" in json.dumps((await bot.callback("token-1"))["data"])
    bot.command("history", entry="order")
    data = json.dumps((await bot.callback("token-2"))["data"], ensure_ascii=False)
    assert "Pat" in data and "discord:4000000000000000001" not in data
    [result] = await DigestRunner(bot.router.ledger,
                                  {"discord": DiscordDelivery(bot.client)}, 0).run_all()
    [post] = bot.fake.sent("channel")
    assert result.posted and "by Pat" in json.dumps(post["embeds"], ensure_ascii=False)
    assert post["allowed_mentions"] == {"parse": []}
