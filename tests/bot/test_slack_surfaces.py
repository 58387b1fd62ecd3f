"""Slack's own surfaces, driven like the rest of the adapter: signed requests into the real Bolt
app, a fake Web API that refuses any view or message breaking Block Kit's limits. App Home,
the Edit and Add modals, the Home tab's Teach and Dismiss, the "Ask Briefbot" shortcut."""

import json
from dataclasses import replace
from datetime import UTC, datetime

from content.gaps import Gaps
from content.store import Audit
from tests.bot import block_kit
from tests.bot.test_slack_http import payload, texts
from tests.conftest import snapshot


def home_event(user: str, event_id: str = "Ev0HOME01", tab: str = "home") -> dict:
    event = payload("app_home_opened.json")
    event["event_id"] = event_id
    event["event"].update(user=user, tab=tab)
    return event


def click(action_id: str, value: str, user: str = "UADMIN", **extra) -> dict:
    action = payload("block_actions_home.json")
    action["user"]["id"] = user
    action["actions"] = [{"type": "button", "action_id": action_id, "block_id": "b1",
                          "text": {"type": "plain_text", "text": "x"}, "value": value,
                          "action_ts": "1764158502.000000", **extra}]
    return action


def submission(view: dict, user: str = "UADMIN", **changed: str) -> dict:
    """What Slack sends when the modal `view` (as the bot opened it) is submitted: every input's
    value, the typed changes applied."""
    body = payload("view_submission.json")
    body["user"]["id"] = user
    values = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element = block["element"]
        typed = changed.get(block["block_id"], element.get("initial_value"))
        if element["type"] == "static_select":
            option = next((o for o in element["options"] if o["value"] == typed), None)
            values[block["block_id"]] = {"value": {"type": "static_select",
                                                   "selected_option": option}}
        else:
            values[block["block_id"]] = {"value": {"type": "plain_text_input",
                                                   "value": typed or None}}
    body["view"].update(blocks=view["blocks"], callback_id=view["callback_id"],
                        private_metadata=view["private_metadata"], state={"values": values})
    return body


def decline(store, question: str, times: int = 1) -> None:
    for _ in range(times):
        Gaps(store).record_declined(question, "slack", "U9", "C1", datetime.now(UTC))


async def published(slack, count: int = 1) -> list[dict]:
    return await slack.fake.wait_for(lambda: len(slack.fake.posts("views.publish")) >= count
                                     and slack.fake.posts("views.publish"))


async def test_a_member_opening_home_gets_the_subject_and_changes_once_per_open(slack, store):
    store.edit("order", lambda e: replace(e, summary="Signed Friday."),
               Audit("slack:UADMIN", "slack", "UADMIN", "C1", "set order summary ..."),
               datetime.now(UTC))
    for retry in range(2):  # Slack retries an event it thinks failed: the same open
        headers = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        await slack.event(home_event("U1"), headers=headers if retry else None)
    [call] = await published(slack)
    await slack.event(home_event("U1", tab="messages", event_id="Ev0HOME02"))
    await slack.settle()
    assert len(slack.fake.posts("views.publish")) == 1 and not slack.fake.refused
    view = call["view"]
    assert call["user_id"] == "U1" and view["type"] == "home"
    assert view["blocks"][0]["type"] == "header"
    shown = [b["accessory"]["value"] for b in view["blocks"] if "accessory" in b]
    assert shown == ["order"]  # what changed, with a Show button
    assert "Questions I could not answer" not in texts(view) and "Add entry" not in texts(view)


async def test_an_admin_home_adds_gaps_with_teach_and_dismiss_and_the_audit(slack, store):
    decline(store, "who funds the program?", 3)
    await slack.event(home_event("UADMIN"))
    [call] = await published(slack)
    view = call["view"]
    assert not block_kit.view_problems(view)
    body = texts(view)
    assert "Questions I could not answer" in body and "who funds the program?" in body
    assert "Add entry" in body and "Latest edits" in body
    [gap] = [b for b in view["blocks"] if b.get("block_id", "").startswith("gap:")]
    kinds = [e["type"] for e in gap["elements"]]
    assert kinds == ["external_select", "button"]


async def test_long_lists_are_cut_with_a_command_to_see_all(slack, store):
    topics = ["budget", "weather", "football", "pizza", "volcano", "opera", "tennis", "rivers",
              "coffee", "trains", "bees", "chess", "glaciers", "poetry", "salmon", "tulips",
              "comets", "jazz", "deserts", "kites", "owls", "pottery", "sailing", "tea", "yoga"]
    for topic in topics:
        decline(store, f"what about {topic}?")
    await slack.event(home_event("UADMIN"))
    [call] = await published(slack)
    assert len(call["view"]["blocks"]) <= block_kit.VIEW_BLOCKS
    assert "and 15 more: type `/brief gaps` to see all" in texts(call["view"])


async def test_the_entry_picker_offers_entries_as_valid_options(slack):
    status, body = await slack.action(payload("block_suggestion.json"))
    options = json.loads(body)["options"]
    assert status == 200 and not block_kit.options_problems(options)
    assert "mythos" in [o["value"] for o in options]


async def open_edit(slack, slug: str = "order", user: str = "UADMIN") -> dict:
    await slack.action(click("edit_entry", slug, user))
    [call] = await slack.fake.wait_for(lambda: slack.fake.posts("views.open"))
    return call["view"]


async def test_an_admin_edit_makes_one_revision_and_one_audit_row(slack, store):
    view = await open_edit(slack)
    assert view["callback_id"] == "edit_entry_form" and not slack.fake.refused
    title = next(b for b in view["blocks"] if b.get("block_id") == "title")
    assert title["element"]["initial_value"] == store.get("order").title
    before = store.get("order")
    status, body = await slack.action(submission(view, **{
        "field:status": "Signed on Thursday", "source": "https://example.com/signed"}))
    answer = json.loads(body)
    assert status == 200 and answer["response_action"] == "update"
    assert not block_kit.view_problems(answer["view"])
    after = store.get("order")
    assert after.version == before.version + 1 and after.title == before.title
    assert after.fields["status"] == "Signed on Thursday"
    assert after.sources[-1]["url"] == "https://example.com/signed"
    [row] = store.audit_rows()
    assert row["actor"] == "slack:UADMIN" and row["result"].startswith("ok: order")


async def test_an_empty_title_is_shown_beside_the_title_and_changes_nothing(slack, store):
    view = await open_edit(slack)
    before = snapshot(store)
    status, body = await slack.action(submission(view, title="", summary="New summary"))
    answer = json.loads(body)
    assert answer["response_action"] == "errors" and set(answer["errors"]) == {"title"}
    assert not block_kit.errors_problems(answer["errors"], view)
    assert snapshot(store) == before and store.audit_rows() == []


async def test_an_edit_keeps_what_someone_else_changed_meanwhile(slack, store):
    view = await open_edit(slack)
    store.edit("order", lambda e: replace(e, summary="Changed meanwhile."),
               Audit("slack:UALLOW", "slack", "UALLOW", "C1", "set"), datetime.now(UTC))
    await slack.action(submission(view, **{"field:status": "Signed"}))
    after = store.get("order")
    assert after.summary == "Changed meanwhile." and after.fields["status"] == "Signed"


async def test_a_forged_submission_by_a_member_changes_nothing_and_is_audited(slack, store):
    view = await open_edit(slack)
    before = snapshot(store)
    status, body = await slack.action(submission(view, user="U1", title="Hacked"))
    answer = json.loads(body)
    assert answer["response_action"] == "update" and "Only admins" in texts(answer["view"])
    assert snapshot(store) == before
    assert [(r["actor"], r["result"]) for r in store.audit_rows()] == [("slack:U1", "denied")]


async def test_a_forged_edit_click_by_a_member_opens_nothing(slack, store):
    action = click("edit_entry", "order", "U1")
    action["response_url"] = f"{slack.fake.url}/response/9"
    action["container"] = {"type": "message", "channel_id": "C1", "message_ts": "1.0"}
    action.pop("view")
    await slack.action(action)
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert answer["response_type"] == "ephemeral" and "Only admins" in answer["text"]
    assert slack.fake.posts("views.open") == []
    assert [r["result"] for r in store.audit_rows()] == ["denied"]


async def test_add_entry_checks_the_slug_beside_it_then_adds(slack, store):
    await slack.action(click("home_add", "add"))
    [call] = await slack.fake.wait_for(lambda: slack.fake.posts("views.open"))
    view = call["view"]
    assert view["callback_id"] == "add_entry_form" and not slack.fake.refused
    kind = view["blocks"][0]["element"]["options"][0]["value"]
    _, body = await slack.action(submission(view, kind=kind, slug="Bad Slug!", title="Hearing"))
    assert set(json.loads(body)["errors"]) == {"slug"} and store.get("hearing") is None
    _, body = await slack.action(submission(view, kind=kind, slug="senate-hearing",
                                            title="Senate hearing", summary="A hearing."))
    assert json.loads(body)["response_action"] == "update"
    added = store.get("senate-hearing")
    assert added.kind == kind and added.summary == "A hearing." and added.version == 1


async def teach_from_home(slack, slug: str) -> dict:
    """Open Home as an admin, pick `slug` in the first gap's Teach select; the view
    published after it."""
    await slack.event(home_event("UADMIN"))
    [call] = await published(slack)
    [gap] = [b for b in call["view"]["blocks"] if b.get("block_id", "").startswith("gap:")]
    action = click("gap_teach", "", block_id=gap["block_id"],
                   selected_option={"text": {"type": "plain_text", "text": slug},
                                    "value": slug})
    action["actions"][0]["type"] = "external_select"
    action["actions"][0].pop("value")
    await slack.action(action)
    return (await published(slack, 2))[-1]["view"]


async def test_teach_from_home_answers_from_the_entry_and_closes_the_gap(slack, store):
    decline(store, "when does mythos ship to banks?", 2)
    view = await teach_from_home(slack, "mythos")
    assert "learned the phrasing" in texts(view)
    assert "when does mythos ship to banks?" in store.get("mythos").keywords
    assert Gaps(store).declined() == []


async def test_a_long_question_is_taught_from_home_by_a_shortened_phrasing(slack, store):
    long = "when exactly " + " ".join(["does the mythos model really ship"] * 6) + "?"
    decline(store, long)
    view = await teach_from_home(slack, "mythos")
    assert "learned the phrasing" in texts(view) and Gaps(store).declined() == []


async def test_a_garbled_submission_gets_an_answer_and_changes_nothing(slack, store):
    view = await open_edit(slack)
    before = snapshot(store)
    body = submission(view)
    body["view"]["private_metadata"] = "not json {"
    status, text = await slack.action(body)
    answer = json.loads(text)
    assert status == 200 and answer["response_action"] == "update"
    assert not block_kit.view_problems(answer["view"]) and snapshot(store) == before


async def test_dismiss_from_home_takes_the_gap_off_and_is_audited(slack, store):
    decline(store, "what is the weather in Paris?")
    await slack.event(home_event("UADMIN"))
    [call] = await published(slack)
    [gap] = [b for b in call["view"]["blocks"] if b.get("block_id", "").startswith("gap:")]
    await slack.action(click("gap_dismiss", gap["elements"][1]["value"],
                             block_id=gap["block_id"]))
    calls = await published(slack, 2)
    assert "off the gaps list" in texts(calls[-1]["view"]) and Gaps(store).declined() == []
    assert store.audit_rows()[-1]["result"] == "ok: dismissed 1"


async def test_a_member_cannot_dismiss_by_forging_the_click(slack, store):
    decline(store, "what is the weather in Paris?")
    await slack.event(home_event("UADMIN"))
    [call] = await published(slack)
    [gap] = [b for b in call["view"]["blocks"] if b.get("block_id", "").startswith("gap:")]
    await slack.action(click("gap_dismiss", "x", "U1", block_id=gap["block_id"]))
    calls = await published(slack, 2)
    assert calls[-1]["user_id"] == "U1" and "Only admins" in texts(calls[-1]["view"])
    assert len(Gaps(store).declined()) == 1


async def test_show_from_home_opens_the_entry_with_edit_for_admins(slack):
    await slack.action(click("home_show", "mythos"))
    [call] = await slack.fake.wait_for(lambda: slack.fake.posts("views.open"))
    assert "Mythos" in texts(call["view"]) and '"edit_entry"' in json.dumps(call["view"])
    await slack.action(click("home_show", "mythos", "U1"))
    calls = await slack.fake.wait_for(lambda: len(slack.fake.posts("views.open")) == 2
                                      and slack.fake.posts("views.open"))
    assert '"edit_entry"' not in json.dumps(calls[1]["view"])


async def test_the_message_shortcut_answers_only_the_person_who_used_it(slack, store):
    shortcut = payload("message_action.json")
    shortcut["response_url"] = f"{slack.fake.url}/response/7"
    status, _ = await slack.action(shortcut)
    assert status == 200
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert answer["response_type"] == "ephemeral" and "Thursday" in texts(answer)
    actions = [e["action_id"] for b in answer["blocks"] if b["type"] == "actions"
               for e in b["elements"]]
    assert "feedback_not_helpful" in actions and "edit_entry" not in actions
    assert slack.fake.posts() == []  # nothing in the channel


async def test_the_shortcut_never_runs_a_command_from_the_message(slack, store):
    before = snapshot(store)
    shortcut = payload("message_action.json")
    shortcut["user"]["id"] = "UALLOW"  # an admin: the command would run if it were read as one
    shortcut["message"]["text"] = "retire order"
    shortcut["response_url"] = f"{slack.fake.url}/response/8"
    await slack.action(shortcut)
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert snapshot(store) == before and store.audit_rows() == []
    assert "retired" not in answer["text"] and "Only admins" not in answer["text"]


async def test_an_admins_public_answer_gets_an_edit_note_only_they_see(slack):
    event = payload("app_mention.json")
    event["event"]["user"] = "UADMIN"
    await slack.event(event)
    [note] = await slack.fake.wait_for(lambda: slack.fake.posts("chat.postEphemeral"))
    [post] = slack.fake.posts()
    assert note["user"] == "UADMIN" and '"edit_entry"' in json.dumps(note["blocks"])
    assert '"edit_entry"' not in json.dumps(post["blocks"])
    member = payload("app_mention.json")
    member["event_id"] = "Ev0MEMBER"
    await slack.event(member)
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) == 2)
    await slack.settle()
    assert len(slack.posts("chat.postEphemeral")) == 1


def test_the_manifest_carries_the_home_tab_the_shortcut_and_their_scopes():
    import re
    from pathlib import Path

    import yaml

    from bot import slack_app, slack_views

    manifest = yaml.safe_load((Path(__file__).parents[2] / "slack-manifest.yaml").read_text())
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    [shortcut] = manifest["features"]["shortcuts"]
    assert shortcut["type"] == "message" and shortcut["callback_id"] == slack_views.SHORTCUT
    assert "app_home_opened" in manifest["settings"]["event_subscriptions"]["bot_events"]
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"commands", "chat:write", "users:read"} <= scopes
    # Every Web API method the adapter calls needs no scope beyond these (views.* need none).
    called = set(re.findall(r"client\.(\w+)\(", Path(slack_app.__file__).read_text()))
    assert called <= {"chat_postMessage", "chat_postEphemeral", "users_info",
                      "conversations_history", "conversations_replies", "views_publish",
                      "views_open", "views_push"}


async def test_an_admin_demoted_in_slack_loses_the_forms_once_the_look_up_is_old(slack, store):
    slack.fake.users["UDEMO"] = {"is_admin": True}
    view = await open_edit(slack, user="UDEMO")  # looked up: an admin
    slack.fake.users["UDEMO"] = {"is_admin": False}  # demoted in Slack
    at, admin, name = slack.bot._admins["UDEMO"]
    slack.bot._admins["UDEMO"] = (at - 600, admin, name)  # ten minutes later
    before = snapshot(store)
    edit = click("edit_entry", "order", "UDEMO")
    edit["response_url"] = f"{slack.fake.url}/response/11"
    edit["container"] = {"type": "message", "channel_id": "C1", "message_ts": "1.0"}
    edit.pop("view")
    await slack.action(edit)  # the click asks Slack again: a member now
    [answer] = await slack.fake.wait_for(lambda: slack.fake.responses)
    assert "Only admins" in answer["text"] and len(slack.fake.posts("views.open")) == 1
    slack.bot._admins["UDEMO"] = (at - 4000, False, name)  # and a form left open for hours
    slack.fake.users["UDEMO"] = {"is_admin": False}
    status, body = await slack.action(submission(view, user="UDEMO", title="Forged"))
    assert "Only admins" in texts(json.loads(body)["view"]) and snapshot(store) == before


async def test_a_submission_with_values_of_the_wrong_shape_is_answered(slack, store):
    view = await open_edit(slack)
    before = snapshot(store)
    body = submission(view)
    body["view"]["state"] = {"values": {"title": "x", "summary": {"value": "y"}}}
    status, _ = await slack.action(body)
    assert status == 200 and snapshot(store) == before
