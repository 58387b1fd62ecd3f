"""Real Slack and Discord payload shapes beyond the plain ones: edits, broadcasts, files, shares,
forwards, webhooks, stale forms and commands."""

import json

from content.gaps import Gaps
from tests.bot.fake_discord import BOT_ID, snowflake
from tests.bot.test_discord import load
from tests.bot.test_slack_conversation import thread_message
from tests.bot.test_slack_http import payload, texts

MENTION = f"<@{BOT_ID}>"


# -- Slack ---------------------------------------------------------------------------------

async def test_slack_an_edited_mention_is_not_answered_again(slack):
    await slack.event(payload("app_mention.json"))
    await slack.fake.wait_for(lambda: slack.fake.posts())
    edited = payload("app_mention.json")  # Slack re-sends app_mention on edit, with `edited`
    edited["event_id"] = "Ev0MENTIONEDIT"
    edited["event"].update(text="<@UBOT> When will the order be signed??",
                           edited={"user": "U1", "ts": "1764158460.000000"},
                           event_ts="1764158460.000200")
    await slack.event(edited)
    await slack.settle()
    assert len(slack.posts()) == 1


async def test_slack_a_mention_in_a_reply_also_sent_to_the_channel_is_answered(slack):
    event = payload("app_mention.json")
    event["event"].update(subtype="thread_broadcast", ts="1764158470.000100",
                          thread_ts="1764158300.000100",
                          root={"type": "message", "text": "hi", "user": "U9",
                                "ts": "1764158300.000100"})
    await slack.event(event)
    [post] = await slack.fake.wait_for(lambda: slack.posts())
    assert post["thread_ts"] == "1764158300.000100" and "Thursday" in texts(post)


async def test_slack_a_broadcast_follow_up_in_a_followed_thread_is_answered(slack):
    await slack.event(payload("app_mention.json"))
    await slack.fake.wait_for(lambda: slack.fake.posts())
    event = thread_message("and which agencies will test the models?", 5)
    event["event"]["subtype"] = "thread_broadcast"
    await slack.event(event)
    await slack.fake.wait_for(lambda: len(slack.posts()) == 2)


async def test_slack_a_dm_question_with_a_file_attached_is_answered(slack):
    event = payload("message_im.json")
    event["event"].update(subtype="file_share", upload=False, display_as_bot=False,
                          files=[{"id": "F1", "name": "screenshot.png", "mode": "hosted"}])
    await slack.event(event)
    [post] = await slack.fake.wait_for(lambda: slack.posts())
    assert "Center for AI Standards" in texts(post)


async def test_slack_a_me_message_dm_is_answered(slack):
    event = payload("message_im.json")
    event["event"]["subtype"] = "me_message"  # "/me what is CAISI?"
    await slack.event(event)
    await slack.fake.wait_for(lambda: slack.posts())


async def test_slack_a_dm_without_channel_type_is_answered(slack):
    event = payload("message_im.json")  # channel "D1": a DM by its id
    del event["event"]["channel_type"]
    await slack.event(event)
    await slack.fake.wait_for(lambda: slack.posts())


async def test_slack_a_message_shared_into_a_dm_is_answered_not_nudged(slack):
    event = payload("message_im.json")
    event["event"].update(text="", attachments=[{
        "is_share": True, "is_msg_unfurl": True, "channel_id": "C1", "ts": "1764158000.000100",
        "author_id": "U7", "text": "when will the order be signed?",
        "fallback": "[November 26th, 2026] pat: when will the order be signed?",
        "from_url": "https://example.slack.com/archives/C1/p1764158000000100", "id": 1}])
    await slack.event(event)
    [post] = await slack.fake.wait_for(lambda: slack.posts())
    assert "Thursday" in texts(post), post["text"]


async def test_slack_a_file_without_words_and_a_shared_bot_message_ask_nothing(slack):
    upload = payload("message_im.json")
    upload["event"].update(subtype="file_share", text="", event_ts="1764158470.000100",
                           files=[{"id": "F2", "name": "photo.png", "mode": "hosted"}])
    await slack.event(upload)
    shared = payload("message_im.json")
    shared["event_id"] = "Ev0SHAREDBOT"
    shared["event"].update(text="", ts="1764158480.000100", attachments=[{
        "is_share": True, "bot_id": "B1", "channel_id": "C1", "ts": "1764158000.000100",
        "text": "When will the order be signed?", "id": 1}])
    await slack.event(shared)
    await slack.settle()
    assert not [p for p in slack.posts() if p.get("channel") == "D1"]


# -- Discord -------------------------------------------------------------------------------

def _interaction(bot, kind: int, token: str, data: dict) -> None:
    bot._ids += 1
    body = load("interaction_command.json")
    body.update(type=kind, token=token, id=snowflake(bot._ids), data=data)
    bot.client._connection.parse_interaction_create(body)


async def test_discord_a_modal_submit_of_an_unknown_form_gets_an_answer(bot):
    _interaction(bot, 5, "modal-old", {"custom_id": "bb:old-form", "components": [
        {"type": 1, "components": [{"type": 4, "custom_id": "q", "value": "x"}]}]})
    assert (await bot.callback("modal-old"))["type"] in (4, 6)


async def test_discord_a_stale_subcommand_gets_an_answer(bot):
    _interaction(bot, 2, "stale-1", {"id": "5000000000000000001", "name": "brief", "type": 1,
                                     "options": [{"name": "oldthing", "type": 1,
                                                  "options": []}]})
    assert (await bot.callback("stale-1"))["type"] == 4


async def test_discord_a_stale_command_s_choices_are_an_empty_list(bot):
    _interaction(bot, 4, "stale-auto", {"id": "5000000000000000001", "name": "brief", "type": 1,
                                        "options": [{"name": "oldthing", "type": 1, "options": [
                                            {"name": "entry", "type": 3, "value": "my",
                                             "focused": True}]}]})
    answer = await bot.callback("stale-auto")
    assert answer["type"] == 8 and answer["data"]["choices"] == []


async def test_discord_a_webhook_message_is_not_answered(bot):
    # The documented shape: webhook_id set, author = the webhook's id, username and avatar.
    bot.message("message_mention.json", id="1300000000000000301",
                webhook_id="7000000000000000001",
                author={"id": "7000000000000000001", "username": "Relay", "avatar": None,
                        "discriminator": "0000"})
    bot.message("message_dm.json")  # the sentinel
    await bot.fake.wait_for(lambda: bot.fake.sent("channel"))
    assert [str(p["message_reference"]["message_id"]) for p in bot.fake.sent("channel")] == [
        "1300000000000000002"]


async def test_discord_a_message_forwarded_into_a_dm_is_answered(bot):
    bot.message("message_dm.json", id="1300000000000000304", content="",
                message_reference={"type": 1, "message_id": "1200000000000000777",
                                   "channel_id": "3000000000000000001",
                                   "guild_id": "2000000000000000001"},
                message_snapshots=[{"message": {
                    "type": 0, "content": "when will the order be signed?", "embeds": [],
                    "attachments": [], "timestamp": "2026-11-26T12:00:00.000000+00:00",
                    "edited_timestamp": None, "flags": 0, "mentions": [],
                    "mention_roles": []}}])
    [post] = await bot.fake.wait_for(lambda: bot.fake.sent("channel"))
    assert "Thursday" in json.dumps(post["embeds"])


async def test_discord_a_reply_without_referenced_message_is_still_a_reply(bot):
    bot.message("message_mention.json", content=f"{MENTION} what is mythos?")
    [first] = await bot.fake.wait_for(lambda: [m for _, m in bot.fake.created])
    bot.message("message_mention.json", id="1300000000000000320", content="who made it?",
                mentions=[], type=19,  # no referenced_message: "state unknown" per the docs
                message_reference={"message_id": first["id"], "channel_id": first["channel_id"]})
    found = await bot.fake.wait_for(lambda: len(bot.fake.created) >= 2 and bot.fake.created)
    assert "Anthropic" in json.dumps(found[1][1]["embeds"])


async def test_discord_not_helpful_on_a_mention_answer_records_the_question_bare(bot, store):
    question = load("message_mention.json")  # "<@bot> when will the order be signed?"
    bot._ids += 1
    body = load("interaction_command.json")
    body.update(type=3, token="fb-1", id=snowflake(bot._ids),
                data={"custom_id": "bb:fb:0:order", "component_type": 2})
    body["message"] = {**question, "id": "1377777777777777779", "type": 19, "content": "",
                       "mentions": [], "embeds": [{"title": "Executive order"}],
                       "author": {"id": BOT_ID, "username": "briefbot", "discriminator": "0",
                                  "bot": True, "avatar": None},
                       "message_reference": {"message_id": question["id"],
                                             "channel_id": question["channel_id"]},
                       "referenced_message": question}
    bot.client._connection.parse_interaction_create(body)
    await bot.callback("fb-1")
    assert Gaps(store).declined()[-1]["question"] == "when will the order be signed?"


async def test_discord_answers_do_not_pile_up_views_in_memory(bot):
    for n in range(5):
        bot.message("message_mention.json", id=f"13000000000000004{n:02d}")
    await bot.fake.wait_for(lambda: len(bot.fake.sent("channel")) >= 5)
    assert len(bot.client._connection._view_store._views) == 0
