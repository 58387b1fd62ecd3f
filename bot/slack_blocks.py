"""Replies and digests as Slack messages: Block Kit with a plain-text fallback.

Slack parses `<!channel>`, `<@U1>` and links in mrkdwn, so every piece of stored or typed text
is escaped (`& < >`) before it goes into a block: a stored `<!channel>` arrives as text. Limits
(Block Kit reference): 3,000 characters per section, 50 blocks and 40,000 characters of text
per message, 2,000 per button value, 75 per button label. Longer output becomes more messages.
"""

import json
from typing import Any

from handlers import replies
from handlers.digests import Digest
from handlers.messages import Reply

SECTION = 3000
BLOCKS = 50
TEXT = 40000
BUTTON_VALUE = 2000
BUTTON_LABEL = 75
FALLBACK = 300
CONTEXT = 600  # characters of a footer before escaping (x5 at worst: within 3,000)

SHOW_ACTION = "show_entry"
EDIT_ACTION = "edit_entry"  # an admin's Edit button: opens the entry's edit form
HELPFUL = "feedback_helpful"
NOT_HELPFUL = "feedback_not_helpful"


def escape(text: str) -> str:
    """Slack's three control characters; nothing else needs escaping in mrkdwn text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def editable(reply: Reply) -> str | None:
    """The entry an answer or a `show` is about, which an admin may edit from it."""
    return reply.entries[0] if reply.kind == "answer" and reply.entries else None


def edit_prompt(reply: Reply) -> dict[str, Any]:
    """An admin's own note under a public answer: the Edit button only they can see."""
    title = escape(reply.title or reply.entries[0])
    return {"text": f"Edit {title}", "blocks": [
        _section(replies.edit_note(title)),
        {"type": "actions", "elements": [_button("Edit", EDIT_ACTION, reply.entries[0])]}]}


def reply_messages(reply: Reply, question: str = "", edit: bool = False) -> list[dict[str, Any]]:
    """One or more chat.postMessage payloads (`text` + `blocks`) for a reply; `edit` adds the
    Edit button (only ever to a message an admin alone sees)."""
    body = f"*{escape(reply.title)}*\n{escape(reply.text)}" if reply.title else escape(reply.text)
    sections = [_section(chunk) for chunk in replies.split_posts(body.split("\n"), SECTION)]
    tail: list[dict[str, Any]] = []
    if replies.footer(reply):
        footer = escape(replies.footer(reply)[:CONTEXT])
        tail.append({"type": "context", "elements": [{"type": "mrkdwn", "text": footer}]})
    if reply.related:
        tail.append({"type": "actions", "elements": [
            _button(f"{r.title}", f"{SHOW_ACTION}_{i}", r.slug)
            for i, r in enumerate(reply.related)
        ]})
    if reply.answered and reply.kind == "answer" and question:
        # The question rides in the buttons, escaped like any text the bot sends.
        value = _feedback_value(question, reply.entries[0] if reply.entries else "")
        tail.append({"type": "actions", "elements": [
            _button("Helpful", HELPFUL, value), _button("Not helpful", NOT_HELPFUL, value),
        ]})
    if edit and editable(reply):
        tail.append({"type": "actions", "elements": [
            _button("Edit", EDIT_ACTION, editable(reply) or "")]})
    fallback = _fallback(reply.title or reply.text)
    return _pack(sections, tail, fallback)


def digest_messages(digest: Digest) -> list[dict[str, Any]]:
    """A digest as messages; each carries a part of it, none over Slack's limits."""
    lines = [escape(line) for line in replies.digest_lines(digest)]
    sections = [_section(chunk) for chunk in replies.split_posts(lines, SECTION)]
    return _pack(sections, [], _fallback(replies.digest_lines(digest)[0]))


def _pack(sections: list[dict], tail: list[dict], fallback: str) -> list[dict[str, Any]]:
    """Fill messages with sections up to the block and text limits; the tail (context,
    buttons) goes on the last one."""
    messages: list[list[dict]] = [[]]
    size = 0
    for block in sections:
        length = len(block["text"]["text"])
        full = len(messages[-1]) >= BLOCKS - len(tail) or size + length > TEXT - 1000
        if messages[-1] and full:
            messages.append([])
            size = 0
        messages[-1].append(block)
        size += length
    messages[-1].extend(tail)
    return [{"text": fallback, "blocks": blocks} for blocks in messages]


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text or " "}}


def _button(label: str, action_id: str, value: str) -> dict[str, Any]:
    label = label if len(label) <= BUTTON_LABEL else label[: BUTTON_LABEL - 1] + "…"
    return {"type": "button", "text": {"type": "plain_text", "text": label},
            "action_id": action_id, "value": value[:BUTTON_VALUE]}


def _feedback_value(question: str, slug: str) -> str:
    """The question and entry a Helpful / Not helpful click names, within a button's 2,000
    characters however much escaping grows the question."""
    question = question[:1500]
    while True:
        value = json.dumps({"q": escape(question), "e": slug})
        if len(value) <= BUTTON_VALUE:
            return value
        question = question[: len(question) * 3 // 4]


def _fallback(text: str) -> str:
    text = escape(" ".join(text.split()))
    return text if len(text) <= FALLBACK else text[: FALLBACK - 1] + "…"
