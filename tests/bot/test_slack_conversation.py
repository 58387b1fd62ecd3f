"""Conversation on Slack, through the real Bolt app and the fake Web API: a followed thread
remembers its subject and ignores chatter; a channel set to `answer questions` is answered
unmentioned, in a thread. Negative checks wait for a later sentinel reply, never a sleep."""

from content.gaps import Gaps
from tests.bot.test_slack_http import payload, texts


def thread_message(text: str, n: int, thread: str = "1764158400.000100",
                   channel: str = "C1") -> dict:
    event = payload("message_thread.json")
    event["event"].update(text=text, ts=f"17641585{n:02d}.000200", thread_ts=thread,
                          channel=channel)
    event["event_id"] = f"Ev0THREAD{n}"
    return event


def channel_message(text: str, n: int, channel: str = "C7") -> dict:
    event = payload("message_channel.json")
    event["event"].update(text=text, ts=f"17641587{n:02d}.000300", channel=channel)
    event["event_id"] = f"Ev0CHANNEL{n}"
    return event


async def posted(slack, count: int) -> list[dict]:
    return await slack.fake.wait_for(lambda: len(slack.fake.posts()) >= count
                                     and slack.fake.posts())


async def test_a_followed_thread_keeps_its_subject_and_ignores_chatter(slack, store):
    mention = payload("app_mention.json")
    mention["event"]["text"] = "<@UBOT> what is mythos?"
    await slack.event(mention)
    await posted(slack, 1)
    await slack.event(thread_message("who made it?", 1))
    made = (await posted(slack, 2))[1]
    assert made["thread_ts"] == "1764158400.000100" and "Anthropic" in texts(made)
    for n, chatter in enumerate(("thanks!", "lol", "ok cool 👍"), 2):
        await slack.event(thread_message(chatter, n))
    await slack.event(thread_message("when was it disclosed?", 9))  # the sentinel
    posts = await posted(slack, 3)
    assert "month ago" in texts(posts[2])
    assert len(slack.fake.posts()) == 3 and Gaps(store).declined() == []


async def test_answer_questions_answers_top_level_questions_in_a_thread(slack, store):
    command = payload("slash_command.json")
    command.update(user_id="UALLOW", channel_id="C7", text="answer questions",
                   response_url=f"{slack.fake.url}/response/7")
    await slack.form(command)
    [ack] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert "every question" in ack["text"]
    await slack.event(channel_message("good morning all", 1))
    await slack.event(channel_message("who signs the order?", 2))  # the sentinel
    [post] = await posted(slack, 1)
    assert post["channel"] == "C7" and post["thread_ts"] == "1764158702.000300"
    assert "Trump" in texts(post)
    # The bot now follows that thread: a follow-up there needs no mention.
    await slack.event(thread_message("when?", 3, thread="1764158702.000300", channel="C7"))
    follow = (await posted(slack, 2))[1]
    assert "Thursday" in texts(follow)
    assert len(slack.fake.posts()) == 2 and Gaps(store).declined() == []


async def test_without_answer_questions_top_level_questions_get_no_reply(slack):
    await slack.event(channel_message("who signs the order?", 1))
    await slack.event(payload("app_mention.json"))  # the sentinel
    [post] = await posted(slack, 1)
    assert post["thread_ts"] == "1764158400.000100" and len(slack.fake.posts()) == 1
