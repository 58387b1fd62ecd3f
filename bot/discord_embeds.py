"""Replies and digests as Discord messages: embeds within Discord's limits, split rather than
truncated (limits from Discord's message and embed reference)."""

from typing import Any

import discord

from bot.mentions import neutralize
from handlers import replies
from handlers.digests import Digest
from handlers.messages import Reply
from handlers.surfaces import LIMITS, EntryForm

TITLE = 256
FIELDS = 25
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000
EMBEDS_PER_MESSAGE = 10
DESCRIPTION_CHUNK = 4000  # under Discord's 4,096, so a chunk never needs cutting mid-line
DIGEST_FOOTER = 100  # room for "Briefbot digest <id> · part <n>"

SHOW = "bb:show:"
EDIT = "bb:edit:"  # an edit modal: bb:edit:<slug>:<version the form opened at>
MODAL_TITLE = 45
INPUT_LABEL = 45
INPUT_VALUE = 4000
HELPFUL = "bb:fb:1:"
NOT_HELPFUL = "bb:fb:0:"


def feedback_of(custom_id: str) -> tuple[bool, str] | None:
    """(helpful, slug) of a Helpful / Not helpful button's custom id, else None."""
    for prefix, helpful in ((HELPFUL, True), (NOT_HELPFUL, False)):
        if custom_id.startswith(prefix):
            return helpful, custom_id.removeprefix(prefix)
    return None


def reply_messages(reply: Reply) -> list[dict[str, Any]]:
    """`send` keyword arguments for a reply: embeds, the answer's buttons on the last one."""
    chunks = replies.split_posts(neutralize(reply.text).split("\n"), DESCRIPTION_CHUNK)
    embeds = []
    for i, chunk in enumerate(chunks):
        embed = discord.Embed(description=chunk)
        if i == 0 and reply.title:
            embed.title = _clip(neutralize(reply.title), TITLE)
        embeds.append(embed)
    # Related entries as fields and the source in the footer: on the last embed when they fit
    # in its 6,000 characters, else on an embed of their own.
    tail = discord.Embed()
    for related in reply.related[:FIELDS]:
        tail.add_field(name=_clip(neutralize(related.title), FIELD_NAME),
                       value=_clip(f"`show {related.slug}`", FIELD_VALUE), inline=True)
    footer = replies.footer(reply)
    if footer:
        tail.set_footer(text=_clip(neutralize(footer), FOOTER))
    if len(tail) and embeds and len(embeds[-1]) + len(tail) <= EMBED_TOTAL:
        for field in tail.fields:
            embeds[-1].add_field(name=field.name, value=field.value, inline=True)
        if footer:
            embeds[-1].set_footer(text=tail.footer.text)
    elif len(tail):
        embeds.append(tail)
    messages = _pack(embeds)
    if reply.answered and reply.kind == "answer":
        messages[-1]["view"] = answer_view(reply)
    return messages


def digest_messages(digest: Digest) -> list[list[discord.Embed]]:
    """A digest as lists of embeds, one list per message; `DiscordDelivery` adds the footer
    that names the digest and part."""
    lines = [neutralize(line) for line in replies.digest_lines(digest)]
    chunks = replies.split_posts(lines, DESCRIPTION_CHUNK)
    embeds = [discord.Embed(description=chunk) for chunk in chunks]
    embeds[0].title = _clip(lines[0], TITLE)
    return [m["embeds"] for m in _pack(embeds, reserve=DIGEST_FOOTER)]


def answer_view(reply: Reply) -> discord.ui.View:
    """Related entries and Helpful / Not helpful as buttons. The custom ids carry what the
    click needs, so clicks work after a restart without any stored view."""
    view = discord.ui.View(timeout=None)
    slug = reply.entries[0] if reply.entries else ""
    for related in reply.related[:3]:
        view.add_item(discord.ui.Button(label=_clip(related.title, 80),
                                        custom_id=_clip(SHOW + related.slug, 100),
                                        style=discord.ButtonStyle.secondary))
    view.add_item(discord.ui.Button(label="Helpful", custom_id=_clip(HELPFUL + slug, 100),
                                    style=discord.ButtonStyle.success))
    view.add_item(discord.ui.Button(label="Not helpful", custom_id=_clip(NOT_HELPFUL + slug, 100),
                                    style=discord.ButtonStyle.danger))
    view.stop()  # a stopped view is not kept in memory; on_interaction reads its custom ids
    return view


def edit_modal(form: EntryForm, field: str | None = None) -> discord.ui.Modal:
    """An entry's edit form as a Discord modal: five inputs, Discord's most (title, summary,
    one field's name and value, a source), prefilled; its custom id names the entry and the
    version it opened at, so a submit is understood after a restart."""
    modal = discord.ui.Modal(title=_clip(f"Edit {form.title}", MODAL_TITLE),
                             custom_id=f"{EDIT}{form.slug}:{form.version}", timeout=None)
    fields = dict(form.fields)
    name = field if field in fields else (field or "")
    inputs = [
        ("title", "Title", form.title, LIMITS["title"], True, False),
        ("summary", "Summary", form.summary, LIMITS["summary"], True, True),
        ("field_name", "Field (optional): a name such as status", name, 40, False, False),
        ("field_value", "Its value (empty removes the field)", fields.get(name, ""),
         LIMITS["field"], False, True),
        ("source", "Source (optional): a URL or citation", "", LIMITS["source"], False, False),
    ]
    for custom_id, label, value, limit, required, long in inputs:
        limit = min(limit, INPUT_VALUE)
        modal.add_item(discord.ui.TextInput(
            label=_clip(label, INPUT_LABEL), custom_id=custom_id, default=value[:limit] or None,
            max_length=limit, required=required,
            style=discord.TextStyle.paragraph if long else discord.TextStyle.short))
    return modal


def submitted(data: dict[str, Any]) -> tuple[str, int, dict[str, str]] | None:
    """(slug, version, input -> value) of an edit modal's submit, else None. Inputs come in
    action rows, or in labels as Discord's newer modals send them."""
    custom_id = str(data.get("custom_id") or "")
    if not custom_id.startswith(EDIT):
        return None
    slug, _, version = custom_id.removeprefix(EDIT).rpartition(":")
    values: dict[str, str] = {}
    for row in data.get("components") or []:
        for component in row.get("components") or [row.get("component") or {}]:
            if component.get("custom_id"):
                values[str(component["custom_id"])] = str(component.get("value") or "")
    return slug, int(version) if version.isdigit() else 0, values


def _pack(embeds: list[discord.Embed], reserve: int = 0) -> list[dict[str, Any]]:
    """Group embeds into messages of at most 10 embeds and 6,000 characters, keeping
    `reserve` characters free in each (for a footer added later)."""
    messages: list[list[discord.Embed]] = [[]]
    size = 0
    for embed in embeds:
        if messages[-1] and (len(messages[-1]) >= EMBEDS_PER_MESSAGE
                             or size + len(embed) > EMBED_TOTAL - reserve):
            messages.append([])
            size = 0
        messages[-1].append(embed)
        size += len(embed)
    return [{"embeds": group} for group in messages]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
