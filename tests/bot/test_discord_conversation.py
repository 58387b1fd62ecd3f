"""Conversation on Discord, through the real discord.py client and the fake REST API: a reply
chain to the bot keeps its subject and ignores chatter; a channel set to `answer questions`
is answered unmentioned, in a thread started from the question. Negative checks wait for a
later sentinel reply, never a sleep."""

import json

from content.gaps import Gaps
from tests.bot.fake_discord import BOT_ID
from tests.bot.test_discord import MANAGE_GUILD, load

MENTION = f"<@{BOT_ID}>"


def replying(bot, answer: dict, text: str, n: int) -> dict:
    """A reply to one of the bot's answers, without a ping (as the Discord client sends it
    with "mention" switched off)."""
    message = {**load("message_mention.json"), "id": str(1300000000000000100 + n),
               "content": text, "mentions": [], "type": 19,
               "message_reference": {"message_id": answer["id"],
                                     "channel_id": answer["channel_id"]},
               "referenced_message": answer}
    bot.client._connection.parse_message_create(message)
    return message


async def answers(bot, count: int) -> list[dict]:
    found = await bot.fake.wait_for(lambda: len(bot.fake.created) >= count and bot.fake.created)
    return [message for _, message in found]


async def test_a_reply_chain_keeps_its_subject_and_ignores_chatter(bot, store):
    bot.message("message_mention.json", content=f"{MENTION} what is mythos?")
    [first] = await answers(bot, 1)
    replying(bot, first, "who made it?", 1)
    second = (await answers(bot, 2))[1]
    assert "Anthropic" in json.dumps(second["embeds"])
    replying(bot, second, "thanks!", 2)
    replying(bot, second, "lol", 3)
    replying(bot, second, "when was it disclosed?", 4)  # the sentinel, two turns deep
    third = (await answers(bot, 3))[2]
    assert "month ago" in json.dumps(third["embeds"])
    assert len(bot.fake.created) == 3 and Gaps(store).declined() == []


async def test_answer_questions_answers_in_a_thread_without_a_mention(bot, store):
    bot.command("answer", permissions=MANAGE_GUILD, mode="questions")
    assert "every question" in json.dumps((await bot.callback("token-1"))["data"])
    channel = "3000000000000000001"
    bot.message("message_mention.json", id="1300000000000000201", content="good morning all",
                mentions=[])
    bot.message("message_mention.json", id="1300000000000000202",
                content="who signs the order?", mentions=[])  # the sentinel
    [(posted_in, post)] = await bot.fake.wait_for(lambda: bot.fake.created)
    starts = [path for method, path, _ in bot.fake.calls if path.endswith("/threads")]
    assert starts == [f"channels/{channel}/messages/1300000000000000202/threads"]
    assert posted_in == "1300000000000000202" and "Trump" in json.dumps(post["embeds"])
    # The thread is followed: a follow-up there needs no mention and keeps the subject.
    bot.message("message_mention.json", id="1300000000000000203", content="when?",
                mentions=[], channel_id="1300000000000000202")
    (_, follow) = (await bot.fake.wait_for(lambda: len(bot.fake.created) == 2
                                           and bot.fake.created))[1]
    assert "Thursday" in json.dumps(follow["embeds"]) and Gaps(store).declined() == []


async def test_unmentioned_questions_elsewhere_get_nothing(bot):
    bot.message("message_mention.json", id="1300000000000000301",
                content="who signs the order?", mentions=[])
    bot.message("message_mention.json")  # the sentinel: a mention
    await bot.fake.wait_for(lambda: bot.fake.created)
    assert len(bot.fake.created) == 1
    assert not [path for _, path, _ in bot.fake.calls if path.endswith("/threads")]


async def test_without_leave_to_start_a_thread_the_answer_goes_under_the_question(bot):
    bot.command("answer", permissions=MANAGE_GUILD, mode="questions")
    await bot.callback("token-1")
    channel = "3000000000000000001"
    bot.fake.script[f"channels/{channel}/messages/1300000000000000401/threads"] = [403]
    bot.message("message_mention.json", id="1300000000000000401",
                content="who signs the order?", mentions=[])
    [(posted_in, post)] = await bot.fake.wait_for(lambda: bot.fake.created)
    assert posted_in == channel and "Trump" in json.dumps(post["embeds"])
    assert str(post["message_reference"]["message_id"]) == "1300000000000000401"


async def test_system_messages_are_not_questions(bot):
    bot.command("answer", permissions=MANAGE_GUILD, mode="questions")
    await bot.callback("token-1")
    bot.message("message_mention.json", id="1300000000000000501", type=18,
                content="who signs the order?", mentions=[])  # "thread created"
    bot.message("message_mention.json", id="1300000000000000502",
                content="when will the order be signed?", mentions=[])  # the sentinel
    await bot.fake.wait_for(lambda: bot.fake.created)
    assert [posted_in for posted_in, _ in bot.fake.created] == ["1300000000000000502"]
