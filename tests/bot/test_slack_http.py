"""The real Bolt app in HTTP mode on 127.0.0.1, driven by signed requests, talking to a local
fake of Slack's Web API. Nothing in Bolt or slack_sdk is mocked."""

import json
import time
from pathlib import Path
from urllib.parse import urlencode

import aiohttp
import pytest
from aiohttp import web

from bot.delivery import ConsoleDelivery
from bot.digests import DigestRunner
from bot.slack_app import SlackBot, SlackDelivery, SlackSettings, http_app, web_client
from content.gaps import Gaps
from handlers.router import Router, Settings
from tests.bot.fake_slack import FakeSlack, signed
from tests.conftest import snapshot

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
PAYLOADS = Path(__file__).parent / "payloads" / "slack"
SENTINEL = "DSENTINEL"
SENTINEL_USER = "USENTINEL"


def payload(name: str) -> dict:
    return json.loads((PAYLOADS / name).read_text())


class Harness:
    def __init__(self, fake, bot, router, url, session):
        self.fake, self.bot, self.router, self.url, self.session = fake, bot, router, url, session

    async def send(self, body: str, content_type: str, timestamp: int | None = None,
                   headers: dict | None = None, secret: str = SECRET, tamper: bool = False):
        all_headers = {**signed(body, secret, content_type, timestamp), **(headers or {})}
        if tamper:
            body = body.replace("signed", "signeD", 1)
        async with self.session.post(f"{self.url}/slack/events", data=body.encode(),
                                     headers=all_headers) as response:
            return response.status, await response.text()

    async def event(self, data: dict, **kwargs):
        return await self.send(json.dumps(data), "application/json", **kwargs)

    async def form(self, data: dict, **kwargs):
        return await self.send(urlencode(data), "application/x-www-form-urlencoded", **kwargs)

    async def action(self, data: dict, **kwargs):
        return await self.form({"payload": json.dumps(data)}, **kwargs)

    async def settle(self) -> None:
        """Send a sentinel DM and wait for its answer: events sent before it have been handled
        by then, so a negative check ("nothing else was posted") can be made without a sleep."""
        self._sentinels = getattr(self, "_sentinels", 0) + 1
        event = payload("message_im.json")
        event["event_id"] = f"EvSENTINEL{self._sentinels}"
        event["event"].update(channel=SENTINEL, user=SENTINEL_USER,
                              ts=f"1764159999.{self._sentinels:06d}")
        await self.event(event)
        await self.fake.wait_for(lambda: [p for p in self.fake.posts()
                                          if p.get("channel") == SENTINEL][self._sentinels - 1:])

    def posts(self, method: str = "chat.postMessage") -> list[dict]:
        """What the bot posted, the sentinels' answers left out."""
        return [p for p in self.fake.posts(method) if p.get("channel") != SENTINEL]

    def looked_up(self) -> list[dict]:
        """users.info calls, the sentinels' asker left out."""
        return [p for p in self.fake.posts("users.info") if p.get("user") != SENTINEL_USER]


@pytest.fixture
async def slack(store):
    fake = await FakeSlack().start()
    router = Router(store, Settings(admins=frozenset({"slack:UALLOW"})))
    bot = SlackBot(router, SlackSettings("xoxb-test-token", fake.api_url), SECRET)
    runner = web.AppRunner(http_app(bot, lambda: {"ok": True}, SECRET))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    async with aiohttp.ClientSession() as session:
        yield Harness(fake, bot, router, f"http://127.0.0.1:{port}", session)
    await runner.cleanup()
    await fake.stop()


def subscribe_slack_channel(router, channel: str) -> None:
    """What `/brief subscribe` in that channel does, without going through Slack."""
    from datetime import UTC, datetime

    from content.store import Audit

    audit = Audit("slack:UALLOW", "slack", "UALLOW", channel, "subscribe")
    router.ledger.subscribe("slack", channel, "on-change", "UTC", (), audit, datetime.now(UTC))


def texts(call: dict) -> str:
    return json.dumps(call.get("blocks"), ensure_ascii=False) + str(call.get("text"))


async def test_a_mention_is_answered_in_a_thread_with_block_kit(slack):
    status, _ = await slack.event(payload("app_mention.json"))
    assert status == 200
    [post] = await slack.fake.wait_for(lambda: slack.fake.posts())
    assert post["channel"] == "C1" and post["thread_ts"] == "1764158400.000100"
    assert "Thursday" in texts(post) and post["text"]
    kinds = [b["type"] for b in post["blocks"]]
    assert kinds[0] == "section" and "context" in kinds and kinds.count("actions") == 2
    context = next(b for b in post["blocks"] if b["type"] == "context")
    assert "Source:" in context["elements"][0]["text"] and "updated" in context["elements"][0][
        "text"]
    assert post["unfurl_links"] in (False, "0", "false") and "link_names" not in post


async def test_calling_the_channel_before_a_question_is_no_part_of_it(slack):
    # "<!here> @bot when will ...?" asks what "@bot when will ...?" asks; "here" and "channel"
    # are whom the message calls, not words of the question
    plain = payload("app_mention.json")
    await slack.event(plain)
    [first] = await slack.fake.wait_for(lambda: slack.fake.posts())
    called = payload("app_mention.json")
    called["event_id"] = "Ev0MENTION2"
    called["event"]["text"] = "<!channel> <!here> " + called["event"]["text"]
    called["event"]["ts"] = called["event"]["event_ts"] = "1764158401.000100"
    await slack.event(called)
    posts = await slack.fake.wait_for(lambda: slack.fake.posts()[1:] and slack.fake.posts())
    assert posts[1]["thread_ts"] == "1764158401.000100"
    assert posts[1]["text"] == first["text"] and texts(posts[1]) == texts(first)


async def test_the_thread_is_followed_without_a_new_mention(slack):
    await slack.event(payload("app_mention.json"))
    await slack.fake.wait_for(lambda: slack.fake.posts())
    await slack.event(payload("message_thread.json"))
    posts = await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 2 and slack.fake.posts())
    assert posts[1]["thread_ts"] == "1764158400.000100"
    assert "NSA" in texts(posts[1]) or "Homeland" in texts(posts[1])


async def test_a_message_in_an_unknown_thread_is_not_answered(slack):
    event = payload("message_thread.json")
    event["event"]["thread_ts"] = "1.0"
    await slack.event(event)
    await slack.settle()
    assert slack.posts() == []


async def test_admin_words_in_a_thread_the_bot_is_not_in_cost_no_api_call(slack):
    event = payload("message_thread.json")
    event["event"].update(thread_ts="1.0", text="set the meeting for 3pm then")
    await slack.event(event)
    await slack.settle()
    assert slack.posts() == [] and slack.looked_up() == []


async def test_a_retried_admin_command_looks_the_user_up_once(slack, store):
    event = payload("app_mention.json")
    event["event"].update(user="UADMIN", text="<@UBOT> set order status Signed")
    for retry in range(3):
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        await slack.event(event, headers=headers if retry else None)
    await slack.fake.wait_for(lambda: slack.fake.posts("chat.postEphemeral"))
    await slack.settle()
    assert len(slack.looked_up()) == 1
    assert len(slack.fake.posts("chat.postEphemeral")) == 1
    assert store.get("order").fields["status"] == "Signed"


async def test_a_dm_is_answered_without_a_mention(slack):
    await slack.event(payload("message_im.json"))
    [post] = await slack.fake.wait_for(lambda: slack.fake.posts())
    assert post["channel"] == "D1" and "Center for AI Standards" in texts(post)


async def test_the_bots_own_messages_get_no_reply(slack):
    await slack.event(payload("message_from_bot.json"))
    await slack.settle()
    assert slack.posts() == []


async def test_the_same_event_sent_four_times_gets_one_reply(slack):
    event = payload("app_mention.json")
    for retry in range(4):
        headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
        status, _ = await slack.event(event, headers=headers if retry else None)
        assert status == 200
    await slack.fake.wait_for(lambda: slack.fake.posts())
    await slack.settle()
    assert len(slack.posts()) == 1


async def test_a_bad_signature_or_an_old_timestamp_gets_401_and_posts_nothing(slack):
    event = payload("app_mention.json")
    event["event"]["text"] = "<@UBOT> has the order been signed?"
    assert (await slack.event(event, tamper=True))[0] == 401
    assert (await slack.event(event, timestamp=int(time.time()) - 301))[0] == 401
    assert (await slack.event(event, secret="not-the-secret"))[0] == 401
    await slack.settle()
    assert slack.posts() == []


async def test_slash_command_acks_at_once_and_answers_at_the_response_url(slack):
    command = payload("slash_command.json")
    command["response_url"] = f"{slack.fake.url}/response/1"
    started = time.monotonic()
    status, _ = await slack.form(command)
    assert status == 200 and time.monotonic() - started < 1.5
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert answer["response_type"] == "in_channel" and "Mythos" in json.dumps(answer["blocks"])


async def test_slash_brief_me_reads_the_command_word_and_gets_the_overview(slack):
    command = payload("slash_command.json")
    command.update(text="me please", response_url=f"{slack.fake.url}/response/9")
    await slack.form(command)
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert "Among its" in json.dumps(answer)


async def test_a_non_admin_set_is_refused_ephemerally_and_changes_nothing(slack, store):
    before = snapshot(store)
    command = payload("slash_command.json")
    command.update(text="set order status Hacked", response_url=f"{slack.fake.url}/response/2")
    await slack.form(command)
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert answer["response_type"] == "ephemeral" and "Only admins" in answer["text"]
    assert snapshot(store) == before
    assert [r["result"] for r in store.audit_rows()] == ["denied"]


async def test_workspace_admins_may_edit_and_are_looked_up_once(slack, store):
    command = payload("slash_command.json")
    command.update(user_id="UADMIN", response_url=f"{slack.fake.url}/response/3")
    for status in ("Signed", "Signed on Thursday"):
        command["text"] = f"set order status {status}"
        await slack.form(command)
    await slack.fake.wait_for(lambda: len(slack.fake.responses) == 2)
    assert store.get("order").fields["status"] == "Signed on Thursday"
    assert all(r["response_type"] == "ephemeral" for r in slack.fake.responses)
    assert len(slack.looked_up()) == 1


async def test_the_show_button_shows_the_entry(slack):
    action = payload("block_actions_show.json")
    action["response_url"] = f"{slack.fake.url}/response/4"
    status, _ = await slack.action(action)
    assert status == 200
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert "Mythos" in json.dumps(answer["blocks"]) and answer["response_type"] == "ephemeral"


async def test_not_helpful_is_recorded_and_feeds_gaps(slack, store):
    action = payload("block_actions_feedback.json")
    action["response_url"] = f"{slack.fake.url}/response/5"
    await slack.action(action)
    await slack.fake.wait_for(lambda: slack.fake.responses)
    [row] = list(store.db.query("SELECT * FROM feedback"))
    assert (row["helpful"], row["question"], row["slug"]) == (0, "what does the order cost?",
                                                             "order")
    assert [d["question"] for d in Gaps(store).declined()] == ["what does the order cost?"]


async def test_a_stored_channel_mention_arrives_escaped(slack, store):
    slack.router.settings = Settings(admins=frozenset({"console:admin"}))
    from tests.conftest import ask

    ask(slack.router, "set order status <!channel> Signed & sealed <@U999>", user="admin")
    event = payload("app_mention.json")
    event["event"]["text"] = "<@UBOT> has the order been signed?"
    await slack.event(event)
    [post] = await slack.fake.wait_for(lambda: slack.fake.posts())
    body = json.dumps(post["blocks"]) + post["text"]
    assert "<!channel>" not in body and "&lt;!channel&gt;" in body
    assert "<@U999>" not in body and "&amp;" in body


async def test_a_429_then_200_delivers_exactly_one_digest_message(slack, store, tmp_path):
    from tests.conftest import ask

    subscribe_slack_channel(slack.router, "C9")
    slack.router.settings = Settings(admins=frozenset({"console:admin"}))
    ask(slack.router, "set order status Signed", user="admin")
    slack.fake.fail("chat.postMessage", (429, {"Retry-After": "1"}))
    delivery = SlackDelivery(web_client(SlackSettings("xoxb-test-token", slack.fake.api_url),
                                        for_digests=True))
    runner = DigestRunner(slack.router.ledger, {"slack": delivery,
                                                "console": ConsoleDelivery(tmp_path)}, 0)
    [result] = await runner.run_all()
    assert result.posted
    [post] = slack.fake.posts()
    assert post["channel"] == "C9" and "→ Signed" in texts(post)
    assert post["metadata"]["event_payload"]["digest_id"].startswith("bb-")
    assert post["unfurl_links"] in (False, "0", "false")


async def test_an_accepted_digest_whose_answer_was_lost_is_not_posted_twice(slack, store,
                                                                            tmp_path):
    from tests.conftest import ask

    subscribe_slack_channel(slack.router, "C9")
    slack.router.settings = Settings(admins=frozenset({"console:admin"}))
    ask(slack.router, "set order status Signed", user="admin")
    slack.fake.fail("chat.postMessage", "accept-then-drop")
    delivery = SlackDelivery(web_client(SlackSettings("xoxb-test-token", slack.fake.api_url),
                                        for_digests=True))
    waits = []

    async def sleep(seconds):
        waits.append(seconds)

    runner = DigestRunner(slack.router.ledger, {"slack": delivery}, 0, sleep=sleep)
    [result] = await runner.run_all()
    assert result.posted and len(slack.fake.posts()) == 1
    assert slack.fake.posts("conversations.history")


async def test_slack_refusals_map_to_what_the_ledger_does_next(slack):
    from bot.delivery import Permanent, RateLimited, Transient

    delivery = SlackDelivery(web_client(SlackSettings("xoxb-test-token", slack.fake.api_url),
                                        for_digests=True))
    cases = [(("error", "channel_not_found"), Permanent), (("error", "not_in_channel"), Permanent),
             (("error", "fatal_error"), Transient), ((500, {}), Transient)]
    for outcome, expected in cases:
        slack.fake.fail("chat.postMessage", outcome)
        with pytest.raises(expected):
            await delivery.post("C5", {"text": "x"}, "bb-1-1", 0)
    # A 429 that outlasts the client's own retries becomes "wait, then try again".
    slack.fake.fail("chat.postMessage", *[(429, {"Retry-After": "0"})] * 4)
    with pytest.raises(RateLimited):
        await delivery.post("C5", {"text": "x"}, "bb-1-1", 0)
    assert slack.fake.posts() == []


async def test_a_digest_is_found_past_the_first_page_of_history(slack):
    delivery = SlackDelivery(web_client(SlackSettings("xoxb-test-token", slack.fake.api_url),
                                        for_digests=True))
    ts = await delivery.post("C6", {"text": "digest"}, "bb-7-7", 0)
    for n in range(250):  # the channel moved on: the digest is on the second page now
        slack.fake.history["C6"].insert(0, {"ts": f"2000.{n:06d}", "text": "chatter"})
    assert await delivery.find("C6", "bb-7-7", [None]) == {0: ts}
    pages = slack.fake.posts("conversations.history")
    assert len(pages) == 2 and pages[1]["cursor"] == "200"


async def test_another_bots_mention_and_a_mention_without_a_message_get_no_reply(slack):
    from_bot = payload("app_mention.json")
    from_bot["event_id"] = "Ev-bot"
    from_bot["event"].update(bot_id="B999", subtype="bot_message")
    broken = payload("app_mention.json")
    broken["event_id"] = "Ev-broken"
    del broken["event"]["ts"], broken["event"]["user"]
    for event in (from_bot, broken):
        status, _ = await slack.event(event)
        assert status == 200
    sentinel = payload("app_mention.json")  # a later real mention: the one reply there is
    sentinel["event_id"] = "Ev-sentinel"
    sentinel["event"].update(ts="1764158500.000100", text="<@UBOT> who signs the order?")
    await slack.event(sentinel)
    await slack.fake.wait_for(lambda: slack.fake.posts())
    await slack.settle()
    [post] = slack.posts()
    assert post["thread_ts"] == "1764158500.000100"


async def test_a_forged_feedback_value_gets_a_reply_not_an_error(slack, store):
    action = payload("block_actions_feedback.json")
    action["response_url"] = f"{slack.fake.url}/response/6"
    action["actions"][0]["value"] = "[1]"
    status, _ = await slack.action(action)
    assert status == 200
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert answer["response_type"] == "ephemeral"
