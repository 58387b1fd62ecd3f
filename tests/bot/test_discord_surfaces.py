"""Discord's own surfaces on the same handlers: `/brief edit` opens a modal (admins only), its
submit is one revision; `teach` and `dismiss` take declined questions by autocomplete; every
option that takes an entry autocompletes. The fake Discord refuses modals over its limits."""

import json

from content.gaps import Gaps
from tests.bot.fake_discord import snowflake
from tests.bot.test_discord import MANAGE_GUILD, load
from tests.bot.test_slack_surfaces import decline
from tests.conftest import snapshot

MEMBER = "3072"


def interaction(bot, kind: int, data: dict, permissions: str = MANAGE_GUILD) -> str:
    """Feed an interaction of `kind` through discord.py's own parser; returns its token."""
    bot._ids += 1
    payload = load("interaction_command.json")
    token = f"surface-{bot._ids}"
    payload.update(type=kind, token=token, id=snowflake(bot._ids), data=data)
    payload["member"]["permissions"] = permissions
    bot.client._connection.parse_interaction_create(payload)
    return token


def command(bot, sub: str, permissions: str = MANAGE_GUILD, focused: str | None = None,
            **options) -> str:
    data = {"id": "5000000000000000001", "name": "brief", "type": 1, "options": [
        {"name": sub, "type": 1, "options": [
            {"name": k, "type": 3, "value": v, **({"focused": True} if k == focused else {})}
            for k, v in options.items()]}]}
    return interaction(bot, 4 if focused else 2, data, permissions)


def submit(bot, modal: dict, permissions: str = MANAGE_GUILD, **typed: str) -> str:
    """What Discord sends when `modal` (as the bot opened it) is submitted."""
    rows = [{"type": 1, "components": [{
        "type": 4, "custom_id": row["components"][0]["custom_id"],
        "value": typed.get(row["components"][0]["custom_id"],
                           row["components"][0].get("value") or "")}]}
        for row in modal["components"]]
    return interaction(bot, 5, {"custom_id": modal["custom_id"], "components": rows},
                       permissions)


async def open_modal(bot, entry: str = "order", **options) -> dict:
    token = command(bot, "edit", entry=entry, **options)
    callback = await bot.callback(token)
    assert callback["type"] == 9 and not bot.fake.refused
    return callback["data"]


async def test_edit_tree_teach_and_dismiss_are_commands_and_entries_autocomplete(bot):
    [(_, _, body)] = [c for c in bot.fake.calls if c[1].endswith("/commands")]
    subs = {o["name"]: o for o in body[0]["options"]}
    assert {"edit", "teach", "dismiss"} <= set(subs)
    for sub in subs.values():
        for option in sub.get("options", []):
            takes_entries = option["name"] in ("entry", "only") or (
                option["name"] == "question" and sub["name"] in ("teach", "dismiss"))
            if takes_entries:
                assert option.get("autocomplete") is True, (sub["name"], option["name"])


async def test_an_admin_opens_a_prefilled_modal_within_discords_limits(bot, store):
    modal = await open_modal(bot, field="status")
    assert len(modal["components"]) == 5 and modal["custom_id"].startswith("bb:edit:order:")
    # Kept nowhere in memory: the submit is read by its custom id, after a restart too.
    assert not bot.client._connection._view_store._modals
    values = {row["components"][0]["custom_id"]: row["components"][0].get("value")
              for row in modal["components"]}
    assert values["title"] == store.get("order").title
    assert values["field_name"] == "status"
    assert values["field_value"] == store.get("order").fields["status"]


async def test_a_member_cannot_open_the_modal_and_is_audited(bot, store):
    token = command(bot, "edit", permissions=MEMBER, entry="order")
    callback = await bot.callback(token)
    assert callback["type"] == 4 and callback["data"]["flags"] & 64
    assert "Only admins" in json.dumps(callback["data"])
    assert [r["result"] for r in store.audit_rows()] == ["denied"]


async def test_the_modal_submit_makes_one_revision_and_one_audit_row(bot, store):
    modal = await open_modal(bot, field="status")
    before = store.get("order")
    token = submit(bot, modal, field_value="Signed on Thursday",
                   source="https://example.com/signed")
    callback = await bot.callback(token)
    assert callback["data"]["flags"] & 64 and "version" in json.dumps(callback["data"])
    after = store.get("order")
    assert after.version == before.version + 1 and after.fields["status"] == "Signed on Thursday"
    assert after.title == before.title and after.summary == before.summary
    [row] = store.audit_rows()
    assert row["actor"].startswith("discord:") and row["result"].startswith("ok: order")


async def test_an_empty_title_is_named_and_nothing_changes(bot, store):
    modal = await open_modal(bot)
    before = snapshot(store)
    callback = await bot.callback(submit(bot, modal, title=" "))
    text = json.dumps(callback["data"])
    assert "Nothing changed" in text and "Title" in text
    assert snapshot(store) == before


async def test_a_forged_submit_by_a_member_changes_nothing_and_is_audited(bot, store):
    modal = await open_modal(bot)
    before = snapshot(store)
    callback = await bot.callback(submit(bot, modal, MEMBER, title="Hacked"))
    assert "Only admins" in json.dumps(callback["data"])
    assert snapshot(store) == before
    assert [r["result"] for r in store.audit_rows()] == ["denied"]


async def test_declined_questions_autocomplete_for_admins_only(bot, store):
    decline(store, "when does mythos ship to banks?")
    token = command(bot, "teach", focused="question", entry="mythos", question="ship")
    choices = (await bot.callback(token))["data"]["choices"]
    assert [c["name"] for c in choices] == ["when does mythos ship to banks?"]
    assert choices[0]["value"].startswith("gap:")
    token = command(bot, "teach", MEMBER, focused="question", entry="mythos", question="")
    assert (await bot.callback(token))["data"]["choices"] == []


async def test_teach_and_dismiss_from_gaps(bot, store):
    decline(store, "when does mythos ship to banks?")
    decline(store, "what is the weather in Paris?")
    token = command(bot, "teach", entry="mythos", question="when does mythos ship to banks?")
    assert "learned the phrasing" in json.dumps(await bot.callback(token))
    assert "when does mythos ship to banks?" in store.get("mythos").keywords
    token = command(bot, "dismiss", question="what is the weather in Paris?")
    assert "off the gaps list" in json.dumps(await bot.callback(token))
    assert Gaps(store).declined() == []


async def test_a_long_gap_picked_by_autocomplete_is_taught_and_closed(bot, store):
    long = "when exactly " + " ".join(["does the mythos model really ship"] * 6) + "?"
    decline(store, long)
    token = command(bot, "teach", focused="question", entry="mythos", question="exactly")
    [choice] = (await bot.callback(token))["data"]["choices"]
    assert len(choice["name"]) <= 100 and len(choice["value"]) <= 100
    token = command(bot, "teach", entry="mythos", question=choice["value"])
    assert "learned the phrasing" in json.dumps(await bot.callback(token))
    assert Gaps(store).declined() == []


async def test_field_names_autocomplete_from_the_chosen_entry(bot, store):
    token = command(bot, "edit", focused="field", entry="order", field="sta")
    choices = (await bot.callback(token))["data"]["choices"]
    assert "status" in [c["value"] for c in choices]
    assert all(c["value"] in store.get("order").fields for c in choices)
