"""Regression tests for defects found in review: each reproduces the original failure."""

import asyncio
import json
from datetime import UTC, datetime, timedelta

import pytest

from bot import discord_embeds, slack_blocks
from bot.delivery import ConsoleDelivery, Permanent, Transient
from bot.digests import DigestRunner
from bot.slack_app import from_slack
from content.ledger import Ledger
from content.store import open_store
from handlers.digests import Digest, EntryChange
from handlers.messages import Reply, Request
from handlers.router import Router, Settings
from handlers.schedules import Schedule
from tests.bot.test_cli import run
from tests.conftest import NOW, ask, snapshot


class Lookup(ConsoleDelivery):
    """A console delivery whose post fails transiently and whose lookup then fails too."""

    def __init__(self, folder, find_error):
        super().__init__(folder, echo=False)
        self.find_error = find_error

    async def post(self, channel, payload, digest_id, part):
        raise Transient("reset")

    async def find(self, channel, digest_id, payloads):
        raise self.find_error


def subscribed(store, now=NOW):
    router = Router(store, Settings(admins=frozenset({"console:admin"})))
    ask(router, "subscribe", user="admin")
    ask(router, "set order status Signed", user="admin")
    return router


@pytest.mark.parametrize("error, state", [(Transient("down"), "active"),
                                          (Permanent("not_in_channel"), "paused")])
def test_a_failing_lookup_never_crashes_start_up(store, tmp_path, error, state):
    router = subscribed(store)

    async def no_wait(seconds):
        return None

    runner = DigestRunner(router.ledger, {"console": Lookup(tmp_path, error)}, 0,
                          sleep=no_wait)
    asyncio.run(runner.run_all())
    asyncio.run(runner.start())  # resolving the pending row raises nothing
    assert router.ledger.get(1).state == state
    assert len(router.ledger.pending()) == (1 if state == "active" else 0)


def test_two_runners_at_once_post_a_digest_once(store, tmp_path):
    router = subscribed(store)

    class Slow(ConsoleDelivery):
        async def post(self, *args):
            await asyncio.sleep(0.2)
            return await super().post(*args)

    async def both():
        first = DigestRunner(router.ledger, {"console": Slow(tmp_path, echo=False)}, 0)
        other = DigestRunner(Ledger(open_store(store.location)),
                             {"console": Slow(tmp_path, echo=False)}, 0)
        await asyncio.gather(first.run_all(), other.run_all())

    asyncio.run(both())
    lines = (tmp_path / "console-posts.jsonl").read_text().splitlines()
    assert len(lines) == 1


def test_discord_digest_messages_leave_room_for_the_footer():
    entries = tuple(EntryChange(f"e{i}", "T" * 80, "changed", (), ("console:a",), "2026")
                    for i in range(40))
    for embeds in discord_embeds.digest_messages(Digest(entries, "2026")):
        footer = "Briefbot digest bb-123-456789 · part 12"
        assert sum(len(e) for e in embeds) + len(footer) <= 6000


def test_slack_footer_stays_within_a_block():
    reply = Reply(text="t", sources=("&" * 1999,), updated="2026-11-26", answered=True)
    for message in slack_blocks.reply_messages(reply):
        for block in message["blocks"]:
            for element in block.get("elements", []):
                assert len(element.get("text", "")) <= 3000


def test_slack_markup_is_undone_before_the_router_sees_it():
    assert from_slack("Q&amp;A &lt;b&gt;") == "Q&A <b>"
    assert from_slack("source order <https://example.org/eo>") == \
        "source order https://example.org/eo"
    assert from_slack("see <https://x.org/a|the text> in <#C1|policy>") == \
        "see https://x.org/a in #policy"


def test_discord_manage_server_counts_only_in_configured_servers():
    from bot.discord_app import BriefClient, DiscordSettings

    class Perms:
        manage_guild = True

    class User:
        id = 5
        roles = []
        _roles = []

    client = BriefClient.__new__(BriefClient)
    client.settings = DiscordSettings("t", guild_ids=(1,))
    assert client._request("set x y z", User(), 2, Perms(), 1).platform_admin
    assert not client._request("set x y z", User(), 2, Perms(), 999).platform_admin
    assert not client._request("set x y z", User(), 2, Perms(), None).platform_admin


@pytest.mark.parametrize("text, expected", [
    ("revert order 99999999999999999999", "Type `revert"),
    ("revert order \u19da", "Type `revert"),
    ("subscribe tz " + "A" * 300, "not a time zone"),
    ("set order kind provision", "not a field name"),
    ("set order tracked no", "not a field name"),
])
def test_bad_admin_input_gets_a_reply_not_an_apology(router, store, text, expected):
    before = snapshot(store)
    reply = ask(router, text, user="admin")
    assert expected in reply.text and "wrong on my side" not in reply.text
    assert snapshot(store) == before


def test_lone_surrogates_are_answered(router):
    for text in ("zzqx blorf \udcff", "set order status \ud83d", "\udcff"):
        reply = router.handle(Request(text=text, user="admin", now=NOW))
        assert "wrong on my side" not in reply.text


def test_json_sources_are_neutralised(tmp_path):
    db = tmp_path / "b.db"
    admin = {"BRIEFBOT_ADMINS": "console:a"}
    run("chat", "--as", "a", "source", "order", "<!everyone> @everyone", db=db, extra=admin)
    out = json.loads(run("chat", "--as", "u", "--json", "show", "order", db=db).stdout)
    assert not any("@everyone" in s or "<!everyone>" in s for s in out["sources"])


def test_cli_contract_edges(tmp_path):
    db = tmp_path / "b.db"
    for args in (["chat", "--as", "u"], ["chat", "--as"], ["chat", "--as", " ", "hi"]):
        out = run(*args, db=db)
        assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, args
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("- a list\n")
    (pack / "a.yaml").write_text("entries:\n  - slug: [x]\n    related: [[y]]\n")
    out = run("content", "check", str(pack), db=db)
    assert out.returncode == 1 and "Traceback" not in out.stderr and "pack.yaml" in out.stdout


def test_cron_weekday_ranges_starting_on_sunday():
    schedule = Schedule('cron "0 9 * * 0-4"')
    friday = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert schedule.next_run("UTC", friday).strftime("%A") == "Sunday"


def test_since_with_an_offset_is_compared_in_utc(router):
    ask(router, "set order status Signed", user="admin")
    later = (NOW + timedelta(minutes=30)).astimezone().isoformat()
    assert "No changes" in ask(router, f"changes since {later}").text
