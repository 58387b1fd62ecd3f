"""The real discord.py client, logged in against a local fake of Discord's REST API. Gateway
events are fed through discord.py's own gateway parsers (`parse_interaction_create`,
`parse_message_create`), so the command tree, argument parsing, autocomplete and message
handling all run for real; only the network is faked."""

import copy
import json
from datetime import UTC, datetime
from pathlib import Path

import discord
import pytest
from discord.gateway import DiscordWebSocket
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import discord_embeds
from bot.delivery import RateLimited
from bot.digests import DigestRunner
from bot.discord_app import BriefClient, DiscordDelivery, DiscordSettings, point_at
from content.gaps import Gaps
from content.store import Audit
from handlers.messages import Related, Reply
from handlers.router import Router, Settings
from tests.bot.fake_discord import FakeDiscord, snowflake
from tests.conftest import ask, snapshot

PAYLOADS = Path(__file__).parent / "payloads" / "discord"
GUILD = 2000000000000000001
MANAGE_GUILD = str(1 << 5)


def load(name: str) -> dict:
    return json.loads((PAYLOADS / name).read_text())


class Harness:
    def __init__(self, fake, client, router):
        self.fake, self.client, self.router = fake, client, router
        self._ids = 0

    def command(self, sub: str, permissions: str = "3072", **options) -> dict:
        self._ids += 1
        payload = load("interaction_command.json")
        payload["id"] = snowflake(self._ids)  # made now: Discord allows 3 s to answer
        payload["token"] = f"token-{self._ids}"
        payload["member"]["permissions"] = permissions
        payload["data"]["options"] = [{"name": sub, "type": 1, "options": [
            {"name": k, "type": 4 if isinstance(v, int) else 3, "value": v}
            for k, v in options.items()]}]
        self.client._connection.parse_interaction_create(payload)
        return payload

    def autocomplete(self, sub: str, option: str, value: str) -> None:
        payload = load("interaction_command.json")
        payload.update(type=4, token="auto-token", id=snowflake(4095))
        payload["data"]["options"] = [{"name": sub, "type": 1, "options": [
            {"name": option, "type": 3, "value": value, "focused": True}]}]
        self.client._connection.parse_interaction_create(payload)

    def button(self, custom_id: str, token: str = "button-token") -> None:
        self._ids += 1
        payload = load("interaction_command.json")
        payload.update(type=3, token=token, id=snowflake(self._ids))
        payload["data"] = {"custom_id": custom_id, "component_type": 2}
        payload["message"] = {**load("message_mention.json"), "id": "1377777777777777777",
                              "author": {"id": "900000000000000001", "username": "briefbot",
                                         "discriminator": "0", "bot": True, "avatar": None},
                              "embeds": [{"title": "Executive order on AI and cybersecurity"}]}
        self.client._connection.parse_interaction_create(payload)

    def message(self, name: str, **changes) -> None:
        self.client._connection.parse_message_create({**load(name), **changes})

    async def callback(self, token: str) -> dict:
        found = await self.fake.wait_for(lambda: [
            body for method, path, body in self.fake.calls
            if path.endswith(f"/{token}/callback")])
        return found[0]


@pytest.fixture
async def bot(store):
    fake = await FakeDiscord().start()
    saved = discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    await point_at(fake.api_url)
    router = Router(store, Settings(admins=frozenset({"discord:4000000000000000009"}),
                                    admin_role="Editors"))
    client = BriefClient(router, DiscordSettings("canary-discord-token", (GUILD,)))
    await client.login("canary-discord-token")
    yield Harness(fake, client, router)
    await client.close()
    discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
    await fake.stop()


async def test_login_syncs_the_command_tree_to_the_guild(bot):
    [(method, path, body)] = [c for c in bot.fake.calls if c[1].endswith("/commands")]
    assert method == "PUT" and f"guilds/{GUILD}" in path
    [brief] = body
    subs = {o["name"]: o for o in brief["options"]}
    assert {"ask", "show", "list", "history", "changes", "digest", "subscribe", "unsubscribe",
            "subscriptions", "set", "add", "alias", "track", "untrack", "retire", "restore",
            "revert", "gaps"} <= set(subs)
    assert subs["set"]["description"].startswith("Change an entry's title")
    assert subs["show"]["options"][0]["autocomplete"] is True
    assert subs["list"]["options"][0]["autocomplete"] is True  # kinds come from the pack
    assert DiscordWebSocket.DEFAULT_GATEWAY.host == "127.0.0.1"


async def test_a_slash_question_is_answered_with_an_embed_and_buttons(bot):
    bot.command("ask", question="When will the order be signed?")
    callback = await bot.callback("token-1")
    data = callback["data"]
    assert callback["type"] == 4 and not data.get("flags")
    [embed] = data["embeds"]
    assert embed["title"].startswith("Executive order") and "Thursday" in embed["description"]
    assert "Source:" in embed["footer"]["text"] and embed["fields"]
    ids = [c["custom_id"] for row in data["components"] for c in row["components"]]
    assert "bb:fb:1:order" in ids and "bb:fb:0:order" in ids
    assert data["allowed_mentions"] == {"parse": []}


async def test_show_list_history_changes_digest_subscriptions(bot):
    for i, (sub, options) in enumerate([("show", {"entry": "mythos"}), ("list", {"kind": "model"}),
                                        ("history", {"entry": "order"}), ("changes", {}),
                                        ("digest", {}), ("subscriptions", {})], 1):
        bot.command(sub, **options)
        data = (await bot.callback(f"token-{i}"))["data"]
        assert data["embeds"][0]["description"], sub
    assert "Mythos" in json.dumps(bot.fake.sent("callback")[0])


async def test_autocomplete_offers_titles_and_aliases(bot):
    bot.autocomplete("show", "entry", "caisi")
    callback = await bot.callback("auto-token")
    assert callback["type"] == 8
    assert {c["value"] for c in callback["data"]["choices"]} >= {"caisi"}


async def test_a_non_admin_edit_is_refused_ephemerally_and_changes_nothing(bot, store):
    before = snapshot(store)
    bot.command("set", entry="order", field="status", value="Hacked")
    data = (await bot.callback("token-1"))["data"]
    assert data["flags"] & 64 and "Only admins" in data["embeds"][0]["description"]
    assert snapshot(store) == before
    assert [r["result"] for r in store.audit_rows()] == ["denied"]


async def test_manage_server_may_edit_checked_on_every_call(bot, store):
    bot.command("set", permissions=MANAGE_GUILD, entry="order", field="status", value="Signed")
    data = (await bot.callback("token-1"))["data"]
    assert data["flags"] & 64 and "version 2" in data["embeds"][0]["description"]
    bot.command("set", entry="order", field="status", value="Unsigned")  # no longer a manager
    assert "Only admins" in (await bot.callback("token-2"))["data"]["embeds"][0]["description"]
    assert store.get("order").fields["status"] == "Signed"


async def test_a_bad_admin_command_gets_an_ephemeral_error(bot):
    bot.command("revert", permissions=MANAGE_GUILD, entry="order", version=99)
    data = (await bot.callback("token-1"))["data"]
    assert data["flags"] & 64 and "no version 99" in data["embeds"][0]["description"]


async def test_a_mention_in_a_guild_channel_is_answered(bot):
    bot.message("message_mention.json")
    [post] = await bot.fake.wait_for(lambda: bot.fake.sent("channel"))
    assert "Thursday" in json.dumps(post["embeds"])
    assert str(post["message_reference"]["message_id"]) == "1300000000000000001"
    assert post["allowed_mentions"]["parse"] == []


async def test_a_dm_is_answered_and_other_messages_are_not(bot):
    bot.message("message_mention.json", content="no mention here", mentions=[])
    bot.message("message_dm.json")
    # The DM, sent after, is the sentinel: once it is answered the other was handled.
    [post] = await bot.fake.wait_for(lambda: bot.fake.sent("channel"))
    assert len(bot.fake.sent("channel")) == 1
    assert "Center for AI Standards" in json.dumps(post["embeds"])


async def test_the_bots_own_messages_are_ignored(bot):
    own = {"id": "900000000000000001", "username": "briefbot", "discriminator": "0",
           "bot": True, "avatar": None}
    bot.message("message_dm.json", author=own, id="1300000000000000077")
    bot.message("message_dm.json")  # the sentinel
    [post] = await bot.fake.wait_for(lambda: bot.fake.sent("channel"))
    assert str(post["message_reference"]["message_id"]) != "1300000000000000077"


async def test_buttons_show_entries_and_record_feedback(bot, store):
    bot.button("bb:show:mythos")
    data = (await bot.callback("button-token"))["data"]
    assert data["flags"] & 64 and "Mythos" in json.dumps(data["embeds"])
    bot.button("bb:fb:0:order", token="button-token-2")
    assert "gaps list" in json.dumps(await bot.callback("button-token-2"))
    [row] = list(store.db.query("SELECT * FROM feedback"))
    assert (row["helpful"], row["slug"]) == (0, "order")
    assert Gaps(store).declined()[-1]["question"] == "Executive order on AI and cybersecurity"


async def test_stored_mass_mentions_never_ping(bot, store):
    ask(bot.router, "set order status @everyone <@&123> signed", user="x")  # refused: member
    bot.router.settings = Settings(admins=frozenset({"console:x"}))
    ask(bot.router, "set order status @everyone <@&123> @here signed", user="x")
    bot.command("ask", question="has the order been signed?")
    data = (await bot.callback("token-1"))["data"]
    text = json.dumps(data)
    assert "@everyone" not in text and "<@&123>" not in text
    assert data["allowed_mentions"] == {"parse": []}


async def test_digests_carry_a_nonce_and_are_not_posted_twice(bot, store):
    audit = Audit("discord:1", "discord", "1", "3000000000000000009", "subscribe")
    bot.router.ledger.subscribe("discord", "3000000000000000009", "on-change", "UTC", (), audit,
                                datetime.now(UTC))
    bot.router.settings = Settings(admins=frozenset({"console:x"}))
    ask(bot.router, "set order status Signed", user="x")
    runner = DigestRunner(bot.router.ledger, {"discord": DiscordDelivery(bot.client)}, 0)
    [result] = await runner.run_all()
    assert result.posted
    [post] = bot.fake.sent("channel")
    assert post["nonce"] and post["enforce_nonce"] is True
    assert post["allowed_mentions"] == {"parse": []}
    assert "→ Signed" in json.dumps(post["embeds"], ensure_ascii=False)
    # A retry of the same part (discord.py retries some 5xx itself) posts nothing new...
    digest_id = post["embeds"][-1]["footer"]["text"].split()[2]
    delivery = DiscordDelivery(bot.client)
    [[embeds]] = [delivery.render(_digest())]
    again = await delivery.post("3000000000000000009", embeds, digest_id, 0)
    assert again == result.message_ids[0]
    assert len(bot.fake.messages["3000000000000000009"]) == 1
    # ...and after a crash before recording, the digest is found in the channel's history.
    found = await delivery.find("3000000000000000009", digest_id, [None])
    assert found == {0: result.message_ids[0]}


async def test_a_missing_channel_pauses_only_its_subscription(bot, store):
    for channel in ("3000000000000000008", "3000000000000000007"):
        audit = Audit("discord:1", "discord", "1", channel, "subscribe")
        bot.router.ledger.subscribe("discord", channel, "on-change", "UTC", (), audit,
                                    datetime.now(UTC))
    bot.fake.script["channels/3000000000000000008/messages"] = [404]
    bot.router.settings = Settings(admins=frozenset({"console:x"}))
    ask(bot.router, "set order status Signed", user="x")
    runner = DigestRunner(bot.router.ledger, {"discord": DiscordDelivery(bot.client)}, 0)
    results = await runner.run_all()
    assert [r.posted for r in results] == [False, True]
    assert bot.router.ledger.get(1).state == "paused"


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=9000)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=st.text(max_size=400), text=TEXT, source=st.text(max_size=3000),
       related=st.lists(st.tuples(st.text(min_size=1, max_size=300),
                                  st.text(min_size=1, max_size=80)), max_size=5))
def test_rendered_embeds_stay_within_discords_limits(title, text, source, related):
    reply = Reply(text=text or "x", title=title or None, answered=True, kind="answer",
                  sources=(source,) if source else (), updated="2026-11-26",
                  related=tuple(Related(s, t) for t, s in related), entries=("order",))
    for message in discord_embeds.reply_messages(reply):
        embeds = message["embeds"]
        assert 1 <= len(embeds) <= 10 and sum(len(e) for e in embeds) <= 6000
        for embed in embeds:
            data = embed.to_dict()
            assert len(data.get("title", "")) <= 256
            assert len(data.get("description", "")) <= 4096
            assert len(data.get("fields", [])) <= 25
            assert all(len(f["name"]) <= 256 and len(f["value"]) <= 1024
                       for f in data.get("fields", []))
            assert len(data.get("footer", {}).get("text", "")) <= 2048
        joined = json.dumps([e.to_dict() for e in embeds])
        assert "@everyone" not in joined and "@here" not in joined


def test_answer_view_custom_ids_fit():
    reply = Reply(text="t", answered=True, kind="answer", entries=("x" * 48,),
                  related=tuple(Related("y" * 48, "T" * 300) for _ in range(3)))
    view = discord_embeds.answer_view(reply)
    assert all(len(item.custom_id) <= 100 and len(item.label) <= 80 for item in view.children)
    copy.deepcopy(reply)


async def test_a_slow_answer_is_deferred_within_the_window_then_followed_up(store):
    fake = await FakeDiscord().start()
    saved = discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    await point_at(fake.api_url)
    client = BriefClient(Router(store), DiscordSettings("canary-discord-token", (GUILD,)),
                         quick=0.0)  # answers take longer than this: defer, then follow up
    await client.login("canary-discord-token")
    try:
        harness = Harness(fake, client, client.router)
        harness.command("ask", question="When will the order be signed?")
        deferred = await harness.callback("token-1")
        assert deferred["type"] == 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
        [followup] = await fake.wait_for(lambda: fake.sent("followup"))
        assert "Thursday" in json.dumps(followup["embeds"])
    finally:
        await client.close()
        discord.http.Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = saved
        await fake.stop()


async def test_the_fake_holds_the_bot_to_discords_interaction_rules(bot):
    import aiohttp

    async with aiohttp.ClientSession() as session:
        async def call(path: str, body: dict) -> tuple[int, dict]:
            async with session.post(f"{bot.fake.api_url}/{path}", json=body) as response:
                return response.status, await response.json()

        late = "1200000000000000001"  # an id made years ago: its 3 seconds are long gone
        assert await call(f"interactions/{late}/t-late/callback", {"type": 4}) == (
            404, {"message": "Unknown interaction", "code": 10062})
        fresh = snowflake(4000)
        assert (await call(f"interactions/{fresh}/t-1/callback", {"type": 5}))[0] == 200
        assert (await call(f"interactions/{fresh}/t-1/callback", {"type": 4}))[1]["code"] == 40060
        assert (await call("webhooks/1/t-never/messages", {"content": "x"}))[1]["code"] == 10015


async def test_a_429_that_outlasts_discord_py_retries_waits_its_retry_after(bot):
    channel = "3000000000000000055"
    bot.fake.script[f"channels/{channel}/messages"] = [429] * 6
    delivery = DiscordDelivery(bot.client)
    [[embeds]] = [delivery.render(_digest())]
    with pytest.raises(RateLimited) as raised:
        await delivery.post(channel, embeds, "bb-1-1", 0)
    assert raised.value.retry_after == pytest.approx(0.05)


async def test_a_nonce_stops_a_repost_only_for_a_while_so_the_ledger_looks_first(bot, store):
    channel = "3000000000000000066"
    delivery = DiscordDelivery(bot.client)
    [[embeds]] = [delivery.render(_digest())]
    first = await delivery.post(channel, embeds, "bb-9-9", 0)
    assert await delivery.post(channel, embeds, "bb-9-9", 0) == first  # the same nonce
    bot.fake.nonce_window = 0  # minutes later Discord has forgotten it
    assert await delivery.post(channel, embeds, "bb-9-9", 0) != first
    assert len(bot.fake.messages[channel]) == 2
    assert await delivery.find(channel, "bb-9-9", [None]) == {0: first}


def _digest():
    from handlers.diff import FieldChange
    from handlers.digests import Digest, EntryChange

    change = EntryChange("order", "Executive order", "changed",
                         (FieldChange("status", "Expected", "Signed"),), ("Pat",), "2026")
    return Digest((change,), "2026")


async def test_each_slash_option_stays_one_word_of_the_command(bot, store):
    bot.command("set", permissions=MANAGE_GUILD, entry="order", field="expected signing",
                value="Friday")
    await bot.callback("token-1")
    assert store.get("order").fields.get("expected_signing") == "Friday"
    before = snapshot(store)
    bot.command("set", permissions=MANAGE_GUILD, entry=" ", field="order",
                value="summary hacked")
    bot.command("add", permissions=MANAGE_GUILD, kind="model", slug="My Slug", title="T")
    for token in ("token-2", "token-3"):
        assert (await bot.callback(token))["data"]["flags"] & 64
    assert snapshot(store) == before


async def test_an_unknown_button_gets_an_answer_and_records_nothing(bot, store):
    bot.button("bb:zzz")
    assert "no longer" in json.dumps(await bot.callback("button-token"))
    bot.button("bb:fb:1:", token="button-token-2")
    assert "no longer" in json.dumps(await bot.callback("button-token-2"))
    assert list(store.db.query("SELECT * FROM feedback")) == []
