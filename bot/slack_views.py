"""The home page and forms as Slack views (App Home, modals), within Block Kit's limits: 100
blocks a view, 24 characters of a view title, 150 of a header, 3,000 of a section, 75 of a
button or option label, 150 of an option value, 100 options a select, 3,000 of private
metadata. Stored and typed text is escaped like every message (bot/slack_blocks.py)."""

import json
from typing import Any

from bot.slack_blocks import EDIT_ACTION, escape
from handlers import replies
from handlers.messages import Reply
from handlers.surfaces import LIMITS, AddForm, EntryForm, Home

VIEW_BLOCKS = 100
VIEW_TITLE = 24
HEADER = 150
SECTION = 3000
LABEL = 75
OPTION_VALUE = 150
OPTIONS = 100
INPUT_MAX = 3000
FORM_FIELDS = 40  # an entry's fields shown in its edit form; the rest are edited with `set`
LONG_VALUE = 80  # a value longer than this gets a multi-line input

# action ids and callback ids: what a click or a submit names
HOME_SHOW = "home_show"
HOME_ADD = "home_add"
GAP_TEACH = "gap_teach"
GAP_DISMISS = "gap_dismiss"
EDIT = EDIT_ACTION
EDIT_FORM = "edit_entry_form"
ADD_FORM = "add_entry_form"
SHORTCUT = "ask_briefbot"
VALUE = "value"  # every input's action id; its block id names the input


def home_view(home: Home) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = [_header(home.subject)]
    if home.description:
        blocks.append(_section(escape(home.description)))
    if home.notice:
        blocks.append(_context(escape(home.notice)))
    if home.admin:
        blocks.append({"type": "actions", "elements": [
            _button("Add entry", HOME_ADD, "add")]})
    blocks += [{"type": "divider"}, _header("Changed in the last 7 days")]
    blocks += [{**_section(f"*{escape(change.text)}*\n{escape(change.when)} · "
                           f"by {escape(change.by)}"),
                "accessory": _button("Show", HOME_SHOW, change.slug)}
               for change in home.changes]
    blocks += _listed(bool(home.changes), "changes", home.more_changes, "/brief changes")
    blocks += [{"type": "divider"}, _header("Subscriptions")]
    lines = [f"<#{s.channel}> · {escape(s.schedule)} · next {escape(s.next_run)} · last "
             f"delivery {escape(s.last_delivery)} · {escape(s.state)}"
             for s in home.subscriptions]
    blocks += [_section("\n".join(lines))] if lines else []
    blocks += _listed(bool(lines), "subscriptions", home.more_subscriptions,
                      "/brief subscriptions")
    if home.admin:
        blocks += [{"type": "divider"}, _header("Questions I could not answer")]
        for gap in home.gaps:
            blocks.append(_section(f"*{gap.count}×* · last {escape(gap.last)}\n"
                                   f"{escape(gap.question)}"))
            blocks.append({"type": "actions", "block_id": f"gap:{gap.id}", "elements": [
                {"type": "external_select", "action_id": GAP_TEACH, "min_query_length": 0,
                 "placeholder": _plain("Teach: answer it from…")},
                _button("Dismiss", GAP_DISMISS, gap.id)]})
        blocks += _listed(bool(home.gaps), "gaps", home.more_gaps, "/brief gaps")
        blocks += [{"type": "divider"}, _header("Latest edits and refusals")]
        lines = [f"{escape(row.when)} · {escape(row.who)} · "
                 f"`{escape(replies.clip(row.command, 80))}` · {escape(row.result)}"
                 for row in home.audit]
        blocks += [_section("\n".join(lines))] if lines else []
        blocks += _listed(bool(lines), "audit", 0, "")
    return {"type": "home", "blocks": blocks[:VIEW_BLOCKS]}


def entry_modal(form: EntryForm, channel: str = "") -> dict[str, Any]:
    """An entry's edit form, prefilled; the metadata says which version it opened at."""
    blocks: list[dict[str, Any]] = [
        _context(escape(f"{form.kind} · {form.slug} · version {form.version}. Leave a field "
                        "empty to remove it.")),
        _input("title", "Title", form.title, LIMITS["title"]),
        _input("summary", "Summary", form.summary, LIMITS["summary"], multiline=True),
    ]
    for name, value in form.fields[:FORM_FIELDS]:
        blocks.append(_input(f"field:{name}", replies.label(name), value,
                             LIMITS["field"], optional=True))
    if len(form.fields) > FORM_FIELDS:
        blocks.append(_context(replies.more_of(len(form.fields) - FORM_FIELDS,
                                               f"/brief show {form.slug}")))
    blocks.append(_input("source", "Source (optional)", "", LIMITS["source"],
                         optional=True, placeholder="A URL or a citation for the change"))
    metadata = json.dumps({"slug": form.slug, "version": form.version, "channel": channel})
    return _modal(EDIT_FORM, f"Edit {form.title}", blocks, metadata, submit="Save")


def add_modal(form: AddForm, channel: str = "") -> dict[str, Any]:
    options = [_option(f"{kind}: {description}" if description else kind, kind)
               for kind, description in form.kinds[:OPTIONS]]
    kind: dict[str, Any] = {"type": "static_select", "action_id": VALUE,
                            "placeholder": _plain("Pick a kind"), "options": options}
    if not options:
        kind = {"type": "plain_text_input", "action_id": VALUE, "max_length": 40}
    blocks = [
        {"type": "input", "block_id": "kind", "label": _plain("Kind"), "element": kind},
        _input("slug", "Slug", "", 48, placeholder="a short id, e.g. senate-hearing"),
        _input("title", "Title", "", LIMITS["title"]),
        _input("summary", "Summary", "", LIMITS["summary"], multiline=True,
               optional=True),
    ]
    return _modal(ADD_FORM, "Add entry", blocks, json.dumps({"channel": channel}), submit="Add")


def reply_modal(title: str, reply: Reply, edit: str | None = None) -> dict[str, Any]:
    """A reply in a modal (an entry shown from the home page, a form's result); `edit` adds
    the Edit button for that entry."""
    text = f"*{escape(reply.title)}*\n{escape(reply.text)}" if reply.title else escape(
        reply.text)
    blocks = [_section(chunk) for chunk in replies.split_posts(text.split("\n"), SECTION)]
    if replies.footer(reply):
        blocks.append(_context(escape(replies.footer(reply)[:600])))
    if edit:
        blocks.append({"type": "actions", "elements": [_button("Edit", EDIT, edit)]})
    return _modal("reply", title, blocks[:VIEW_BLOCKS - 1], "", submit=None)


def options(choices: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """(title, slug) choices for an external select, within its limits."""
    return [_option(title, slug) for title, slug in choices[:OPTIONS]
            if len(slug) <= OPTION_VALUE]


def values(view: dict[str, Any]) -> dict[str, str]:
    """A submitted view's inputs: block id -> what was typed or picked ("" when empty)."""
    found: dict[str, str] = {}
    state = view.get("state") if isinstance(view.get("state"), dict) else {}
    blocks = state.get("values") if isinstance(state.get("values"), dict) else {}
    for block_id, actions in blocks.items():
        if not isinstance(actions, dict):
            continue  # a forged submission: nothing typed there
        action = actions.get(VALUE) or next(iter(actions.values()), {})
        action = action if isinstance(action, dict) else {}
        picked = action.get("selected_option")
        picked = picked if isinstance(picked, dict) else {}
        found[block_id] = str(action.get("value") or picked.get("value") or "")
    return found


def metadata(view: dict[str, Any]) -> dict[str, Any]:
    try:
        found = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        return {}
    return found if isinstance(found, dict) else {}


def _modal(callback: str, title: str, blocks: list[dict], private: str,
           submit: str | None) -> dict[str, Any]:
    view: dict[str, Any] = {"type": "modal", "callback_id": callback,
                            "title": _plain(title, VIEW_TITLE), "close": _plain("Close"),
                            "blocks": blocks, "private_metadata": private}
    if submit:
        view["submit"] = _plain(submit)
    return view


def _input(block_id: str, label: str, value: str, limit: int, multiline: bool = False,
           optional: bool = False, placeholder: str = "") -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": VALUE,
                               "max_length": min(limit, INPUT_MAX),
                               "multiline": multiline or len(value) > LONG_VALUE}
    if value:
        element["initial_value"] = value[:element["max_length"]]
    if placeholder:
        element["placeholder"] = _plain(placeholder, HEADER)
    return {"type": "input", "block_id": block_id, "label": _plain(label, LABEL),
            "optional": optional, "element": element}


def _listed(shown: bool, section: str, more: int, command: str) -> list[dict[str, Any]]:
    """What closes a section of the home page: its empty-state line, or how many more."""
    if not shown:
        return [_context(replies.HOME_EMPTY[section])]
    return [_context(replies.more_of(more, command))] if more else []


def _header(text: str) -> dict[str, Any]:
    return {"type": "header", "text": _plain(text, HEADER)}


def _section(text: str) -> dict[str, Any]:
    text = text or " "
    return {"type": "section", "text": {"type": "mrkdwn", "text": replies.clip(text, SECTION)}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn",
                                             "text": replies.clip(text, SECTION)}]}


def _button(label: str, action_id: str, value: str) -> dict[str, Any]:
    return {"type": "button", "text": _plain(label, LABEL), "action_id": action_id,
            "value": value}


def _option(text: str, value: str) -> dict[str, Any]:
    return {"text": _plain(text, LABEL), "value": value[:OPTION_VALUE]}


def _plain(text: str, limit: int = LABEL) -> dict[str, Any]:
    return {"type": "plain_text", "text": replies.clip(" ".join(text.split()) or " ", limit)}
