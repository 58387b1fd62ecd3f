"""The Discord adapter: a discord.py client whose /brief commands, mentions, DMs and buttons
become router requests, and whose replies become embeds.

Rules it keeps: every interaction is answered once within 3 seconds (the
reply itself when the router is quick, else `defer()` first); `AllowedMentions.none()` on the
client, so stored text can never ping; admin rights are checked by the router on every call
(Manage Server, the admin role, or the allowlist), never left to `default_permissions`.
"""

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import aiohttp
import discord
import yarl
from discord import app_commands

from bot import discord_embeds
from bot.delivery import connection_errors, failure
from bot.seen import Seen
from handlers import replies
from handlers.digests import Digest
from handlers.messages import Reply, Request
from handlers.router import COMMANDS, Router
from handlers.surfaces import Submitted

log = logging.getLogger(__name__)

PLATFORM = "discord"
QUICK = 2.0  # seconds the router may take before the interaction is deferred
AUTOCOMPLETE_LIMIT = 25
THREAD_NAME = 90  # characters of the question that name the thread answering it
GAP = "gap:"  # an autocompleted declined question: its gap's id


@dataclass(frozen=True)
class DiscordSettings:
    token: str = field(repr=False)
    guild_ids: tuple[int, ...] = ()
    api_url: str | None = None
    message_content: bool = False  # the privileged intent, for unmentioned messages


async def point_at(api_url: str) -> None:
    """Send discord.py's REST calls to `api_url` and take the gateway URL from that API's
    GET /gateway/bot (a plain client would dial the real gateway)."""
    discord.http.Route.BASE = api_url.rstrip("/")
    async with aiohttp.ClientSession() as session, session.get(
        f"{discord.http.Route.BASE}/gateway/bot"
    ) as response:
        gateway = (await response.json())["url"]
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway)


class BriefClient(discord.Client):
    def __init__(self, router: Router, settings: DiscordSettings, seen: Seen | None = None,
                 quick: float = QUICK):
        # Default intents: guild messages and DMs; Discord sends the text of messages that
        # mention the bot and of DMs without the privileged message-content intent, which
        # unmentioned questions (`answer questions`, replies that do not ping) need.
        intents = discord.Intents.default()
        intents.message_content = settings.message_content
        super().__init__(intents=intents, allowed_mentions=discord.AllowedMentions.none())
        self.router = router
        self.seen = seen or Seen(router.store)  # threads the bot answers in
        self.quick = quick  # seconds the router may take before an interaction is deferred
        self.settings = settings
        self.tree = app_commands.CommandTree(self)
        self.tree.add_command(brief_group(self))
        self.tree.on_error = self.on_command_error

    async def setup_hook(self) -> None:
        """Sync the command tree once: to the listed guilds (instant) or globally."""
        if self.settings.guild_ids:
            for guild_id in self.settings.guild_ids:
                guild = discord.Object(id=guild_id)
                self.tree.copy_global_to(guild=guild)
                await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()

    async def on_message(self, message: discord.Message) -> None:
        if (message.author.bot or message.webhook_id or self.user is None
                or message.type not in _TYPED):
            return  # bots, webhooks, and system messages ("thread created", pins, joins)
        replied = _reply_target(message)
        heard = await asyncio.to_thread(self._heard, message, replied)
        if heard is None and replied is None and _unresolved(message):
            # Discord left out the message this one replies to: look it up, since a reply to
            # one of the bot's answers is for the bot
            replied = await self._fetch_reply_target(message)
            heard = await asyncio.to_thread(self._heard, message, replied)
        if heard is None:
            return
        reach, thread, reply_key = heard
        text = self._without_mention(_content_of(message))
        guild_id = getattr(message.channel, "guild_id", None) or (
            message.guild.id if message.guild else None)
        request = replace(self._request(text, message.author, message.channel.id, None,
                                        guild_id),
                          reach=reach, thread=thread, reply_key=reply_key)
        reply = await asyncio.to_thread(self.router.handle, request)
        if reply.silent:
            return
        payloads = discord_embeds.reply_messages(reply)
        if reach == "channel":  # answered in a thread started from the question
            await self._answer_in_thread(message, payloads)
            return
        for payload in payloads:
            await message.reply(mention_author=False, **payload)

    def _without_mention(self, text: str) -> str:
        assert self.user is not None
        return text.replace(f"<@{self.user.id}>", " ").replace(
            f"<@!{self.user.id}>", " ").strip()

    async def _fetch_reply_target(self, message: discord.Message) -> discord.Message | None:
        assert message.reference is not None and message.reference.message_id is not None
        try:
            return await message.channel.fetch_message(message.reference.message_id)
        except discord.HTTPException:
            return None

    def _heard(self, message: discord.Message, answered: discord.Message | None = None
               ) -> tuple[str, str, str | None] | None:
        """How a message reached the bot, the conversation it belongs to, and the key replies
        to the bot's answer will name; None when it is not for the bot. A thread started from
        a message has that message's id, so a channel question's thread is known in advance."""
        assert self.user is not None
        channel = str(message.channel.id)
        if isinstance(message.channel, discord.DMChannel):
            return "direct", channel, None
        mentioned = f"<@{self.user.id}>" in message.content or (
            f"<@!{self.user.id}>" in message.content)
        in_thread = self.seen.knows_thread(PLATFORM, channel, channel)
        if in_thread:
            return ("direct" if mentioned else "thread"), channel, None
        if answered is not None and answered.author.id == self.user.id:
            # A reply to one of the bot's answers: the conversation of the message it answered.
            root = answered.reference.message_id if answered.reference else answered.id
            return ("direct" if mentioned else "thread"), str(root), str(message.id)
        if mentioned or self.user in message.mentions:
            return "direct", str(message.id), None
        if self.router.hears_channel(PLATFORM, channel):
            return "channel", str(message.id), None
        return None

    async def _answer_in_thread(self, message: discord.Message, payloads: list[dict]) -> None:
        name = " ".join(message.content.split())[:THREAD_NAME] or "Question"
        try:
            if isinstance(message.channel, discord.Thread):
                raise ValueError("a thread cannot start a thread")
            data = await self.http.start_thread_with_message(
                message.channel.id, message.id, name=name, auto_archive_duration=1440)
        except (discord.HTTPException, ValueError) as exc:
            # No thread (no permission to create one, or the question is in a thread or a
            # forum post already): the answer goes under the question instead.
            log.info("no thread for an answer (%s): replying in the channel",
                     type(exc).__name__)
            for payload in payloads:
                await message.reply(mention_author=False, **payload)
            return
        thread_id = int(data["id"])
        await asyncio.to_thread(self.seen.follow, PLATFORM, str(thread_id), str(thread_id))
        thread = self.get_partial_messageable(thread_id, guild_id=message.guild.id
                                              if message.guild else None,
                                              type=discord.ChannelType.public_thread)
        for payload in payloads:
            await thread.send(**payload)

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Buttons and modal submits: their custom ids carry what they need, so they work
        after restarts."""
        if interaction.type is discord.InteractionType.modal_submit:
            found = discord_embeds.submitted(interaction.data or {})
            if found is not None:
                await self.submit_edit(interaction, *found)
            else:  # a form of another version: an answer, not "This interaction failed"
                await interaction.response.send_message(replies.stale_button().text,
                                                        ephemeral=True)
            return
        if interaction.type is not discord.InteractionType.component:
            return
        custom_id = (interaction.data or {}).get("custom_id", "")
        if custom_id.startswith(discord_embeds.SHOW):
            await self.run(interaction, f"show {custom_id.removeprefix(discord_embeds.SHOW)}",
                           force_ephemeral=True)
        elif (feedback := discord_embeds.feedback_of(custom_id)) is not None:
            helpful, slug = feedback
            request = self._request(self._without_mention(_question_of(interaction)),
                                    interaction.user,
                                    interaction.channel_id, None, interaction.guild_id)
            reply = await asyncio.to_thread(self.router.feedback, request, slug, helpful)
            await interaction.response.send_message(reply.text, ephemeral=True)
        else:  # a button of another version, or a forged one: an answer, not "failed"
            await interaction.response.send_message(replies.stale_button().text, ephemeral=True)

    async def on_command_error(self, interaction: discord.Interaction,
                               error: app_commands.AppCommandError) -> None:
        """A command Discord still shows but this version lacks (global commands take up to
        an hour to change), or one that failed: an answer either way, never "did not
        respond"."""
        if interaction.type is discord.InteractionType.autocomplete:
            if not interaction.response.is_done():  # a stale command's choices: none
                with contextlib.suppress(discord.HTTPException):
                    await interaction.response.autocomplete([])
            return
        if isinstance(error, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
            text = replies.stale_command().text
        else:
            log.error("command failed: %s", type(error).__name__,
                      exc_info=(type(error), error, error.__traceback__))
            if isinstance(error.__cause__, discord.HTTPException):
                return  # Discord refused the answer (the interaction expired): none will do
            text = replies.sorry().text
        try:
            if not interaction.response.is_done():
                await interaction.response.send_message(text, ephemeral=True)
            else:
                await interaction.followup.send(text, ephemeral=True)
        except discord.HTTPException as exc:
            log.info("could not answer a failed command: %s", type(exc).__name__)

    async def open_edit(self, interaction: discord.Interaction, name: str,
                        field: str | None) -> None:
        """`/brief edit`: the entry's form as a modal, for admins (a modal must be the first
        answer to the interaction, so there is no deferring here: the form is one read)."""
        request = self._request(f"edit {name}", interaction.user, interaction.channel_id,
                                interaction.permissions, interaction.guild_id)
        form = await asyncio.to_thread(self.router.entry_form, request, name)
        if isinstance(form, Reply):
            await interaction.response.send_message(ephemeral=True,
                                                    **discord_embeds.reply_messages(form)[0])
            return
        modal = discord_embeds.edit_modal(form, (field or "").strip().lower() or None)
        modal.stop()  # not kept in memory: on_interaction reads the submit by its custom id
        await interaction.response.send_modal(modal)

    async def submit_edit(self, interaction: discord.Interaction, slug: str, version: int,
                          typed: dict[str, str]) -> None:
        """An edit modal's submit: one revision with what changed, or the problems."""
        request = self._request(f"edit {slug}", interaction.user, interaction.channel_id,
                                interaction.permissions, interaction.guild_id)
        name, value = typed.get("field_name", ""), typed.get("field_value", "")
        submitted = Submitted(title=typed.get("title", ""), summary=typed.get("summary", ""),
                              fields={name: value} if name.strip() or value.strip() else {},
                              source=typed.get("source", ""))

        def work() -> Reply:
            outcome = self.router.submit_edit(request, slug, version, submitted)
            return outcome.reply or replies.form_problems(outcome.errors)

        await self._answer(interaction, work, force_ephemeral=True)

    async def on_gap(self, interaction: discord.Interaction, gap: str,
                     entry: str | None) -> None:
        """Teach (to `entry`) or dismiss a declined question picked from the gaps list."""
        request = self._request(f"teach {entry}" if entry else "dismiss", interaction.user,
                                interaction.channel_id, interaction.permissions,
                                interaction.guild_id)
        if entry is None:
            await self._answer(interaction, lambda: self.router.dismiss_gap(request, gap), True)
        else:
            await self._answer(interaction, lambda: self.router.teach_gap(request, gap, entry),
                               True)

    async def run(self, interaction: discord.Interaction, text: str,
                  force_ephemeral: bool = False) -> None:
        """Answer an interaction with what the router says to `text`."""
        request = replace(self._request(text, interaction.user, interaction.channel_id,
                                        interaction.permissions, interaction.guild_id),
                          parsed=self.router.parse(text))
        admin = request.parsed is not None and request.parsed.admin
        await self._answer(interaction, lambda: self.router.handle(request),
                           force_ephemeral, defer_ephemeral=admin)

    async def _answer(self, interaction: discord.Interaction, work: Callable[[], Reply],
                      force_ephemeral: bool = False, defer_ephemeral: bool = False) -> None:
        """Answer an interaction exactly once with `work`'s reply (run on a worker thread):
        directly when it is quick, otherwise defer first (within Discord's 3 seconds) and
        follow up."""
        running = asyncio.ensure_future(asyncio.to_thread(work))
        try:
            reply = await asyncio.wait_for(asyncio.shield(running), self.quick)
        except TimeoutError:
            await interaction.response.defer(ephemeral=defer_ephemeral or force_ephemeral,
                                             thinking=True)
            reply = await running
            for payload in discord_embeds.reply_messages(reply):
                await interaction.followup.send(ephemeral=reply.ephemeral or force_ephemeral,
                                                **payload)
            return
        ephemeral = reply.ephemeral or force_ephemeral
        payloads = discord_embeds.reply_messages(reply)
        await interaction.response.send_message(ephemeral=ephemeral, **payloads[0])
        for payload in payloads[1:]:
            await interaction.followup.send(ephemeral=ephemeral, **payload)

    def _request(self, text: str, user: Any, channel_id: int | None,
                 permissions: discord.Permissions | None, guild_id: int | None) -> Request:
        """Manage Server and roles are facts about one server: they count only in the
        servers listed in DISCORD_GUILD_IDS, or anyone could invite the bot to a server of
        their own and edit the shared briefing. The allowlist counts everywhere."""
        trusted = guild_id is not None and guild_id in self.settings.guild_ids
        perms = permissions or getattr(user, "guild_permissions", None)
        roles: list[str] = []
        if trusted:
            for role in getattr(user, "roles", []) or []:
                roles += [role.name, str(role.id)]
            roles += [str(r) for r in getattr(user, "_roles", [])]
        return Request(text=text, user=str(user.id), now=datetime.now(UTC), platform=PLATFORM,
                       channel=str(channel_id or ""),
                       platform_admin=trusted and bool(perms and perms.manage_guild),
                       roles=tuple(dict.fromkeys(roles)),
                       user_name=getattr(user, "display_name", None))


def _reply_target(message: discord.Message) -> discord.Message | None:
    """The message this one replies to, as Discord sent it or from the cache (a forward is
    no reply)."""
    reference = message.reference
    if reference is None or reference.type is discord.MessageReferenceType.forward:
        return None
    if isinstance(reference.resolved, discord.Message):
        return reference.resolved
    return reference.cached_message if reference.resolved is None else None


def _unresolved(message: discord.Message) -> bool:
    """A reply whose target Discord did not send (not a deleted one, which it marks)."""
    reference = message.reference
    return (reference is not None and reference.message_id is not None
            and reference.type is not discord.MessageReferenceType.forward
            and reference.resolved is None and reference.cached_message is None)


def _content_of(message: discord.Message) -> str:
    """A message's text, or the text of the message it forwards (a forward's own content is
    empty; Discord sends the forwarded message as a snapshot)."""
    if message.content.strip():
        return message.content
    for snapshot in getattr(message, "message_snapshots", None) or ():
        if (snapshot.content or "").strip():
            return snapshot.content
    return message.content


def _question_of(interaction: discord.Interaction) -> str:
    """The question an answer's buttons belong to: the message it replied to, if known."""
    message = interaction.message
    reference = getattr(message, "reference", None)
    resolved = getattr(reference, "resolved", None) if reference else None
    if isinstance(resolved, discord.Message):
        return resolved.content[:500]
    embeds = message.embeds if message else []
    return (embeds[0].title or "")[:500] if embeds else ""


def _help(name: str) -> str:
    """A subcommand's description is the router command's help line (at most 100 chars)."""
    text = COMMANDS[name].help
    return text if len(text) <= 100 else text[:99] + "…"


def brief_group(client: BriefClient) -> app_commands.Group:
    """`/brief` and its subcommands, each a command word of the router's with its options."""
    group = app_commands.Group(name="brief", description="Ask Briefbot, or manage the briefing")
    complete = _completions(client)
    _reading_commands(group, client.run, complete)
    _subscription_commands(group, client.run, complete)
    _curation_commands(group, client, complete)
    return group


def _completions(client: BriefClient) -> SimpleNamespace:
    """The autocomplete callbacks the commands' options share: entries, kinds, both, an
    entry's fields and (for admins) declined questions."""

    async def entries(interaction: discord.Interaction, current: str):
        found = await asyncio.to_thread(client.router.entry_choices, current, AUTOCOMPLETE_LIMIT)
        return [app_commands.Choice(name=title[:100], value=slug) for title, slug in found]

    async def kinds(interaction: discord.Interaction, current: str):
        found = await asyncio.to_thread(client.router.kind_choices, current, AUTOCOMPLETE_LIMIT)
        return [app_commands.Choice(name=kind, value=kind) for kind in found]

    async def kinds_or_entries(interaction: discord.Interaction, current: str):
        """`only` takes several kinds or entries: the last word typed is completed."""
        head, _, last = current.rpartition(" ")
        kinds_found = await asyncio.to_thread(client.router.kind_choices, last,
                                              AUTOCOMPLETE_LIMIT)
        entries_found = await asyncio.to_thread(client.router.entry_choices, last,
                                                AUTOCOMPLETE_LIMIT)
        words = [*kinds_found, *(slug for _, slug in entries_found)][:AUTOCOMPLETE_LIMIT]
        return [app_commands.Choice(name=_clip(f"{head} {w}".strip(), 100),
                                    value=f"{head} {w}".strip()[:100]) for w in words]

    async def fields(interaction: discord.Interaction, current: str):
        name = str(getattr(interaction.namespace, "entry", "") or "")
        found = await asyncio.to_thread(client.router.field_choices, name, current,
                                        AUTOCOMPLETE_LIMIT)
        return [app_commands.Choice(name=field, value=field) for field in found]

    async def questions(interaction: discord.Interaction, current: str):
        """Declined questions, for admins only: members never see what others asked."""
        request = client._request("gaps", interaction.user, interaction.channel_id,
                                  interaction.permissions, interaction.guild_id)
        if not client.router.is_admin(request):
            return []
        found = await asyncio.to_thread(client.router.gap_choices, current, AUTOCOMPLETE_LIMIT)
        return [app_commands.Choice(name=_clip(q, 100), value=GAP + gap) for q, gap in found]

    return SimpleNamespace(entries=entries, kinds=kinds, kinds_or_entries=kinds_or_entries,
                           fields=fields, questions=questions)


def _reading_commands(group: app_commands.Group, run, complete: SimpleNamespace) -> None:
    """What anyone may ask: a question, help, an entry, the list, history, changes, a digest."""

    @group.command(name="ask", description="Ask a question about the tracked subject.")
    @app_commands.describe(question="Your question, in your own words")
    async def ask(interaction: discord.Interaction, question: str):
        await run(interaction, question)

    @group.command(name="help", description=_help("help"))
    async def help_(interaction: discord.Interaction):
        await run(interaction, "help")

    @group.command(name="show", description=_help("show"))
    @app_commands.describe(entry="An entry's name, alias or slug")
    @app_commands.autocomplete(entry=complete.entries)
    async def show(interaction: discord.Interaction, entry: str):
        await run(interaction, f"show {entry}")

    @group.command(name="list", description=_help("list"))
    @app_commands.describe(kind="Only entries of this kind")
    @app_commands.autocomplete(kind=complete.kinds)
    async def list_(interaction: discord.Interaction, kind: str | None = None):
        await run(interaction, f"list {kind or ''}".strip())

    @group.command(name="history", description=_help("history"))
    @app_commands.autocomplete(entry=complete.entries)
    async def history(interaction: discord.Interaction, entry: str):
        await run(interaction, f"history {_quoted(entry)}")

    @group.command(name="changes", description=_help("changes"))
    @app_commands.describe(since="A date (2026-11-20) or a span (7d, 24h)")
    async def changes(interaction: discord.Interaction, since: str | None = None):
        await run(interaction, f"changes since {since}" if since else "changes")

    @group.command(name="digest", description=_help("digest"))
    async def digest(interaction: discord.Interaction):
        await run(interaction, "digest")


def _subscription_commands(group: app_commands.Group, run, complete: SimpleNamespace) -> None:
    """A channel's subscription and whether every question in it is answered."""

    @group.command(name="subscribe", description=_help("subscribe"))
    @app_commands.describe(schedule='on-change, daily 09:00, weekdays 09:00, weekly mon 09:00 '
                                    'or cron "0 9 * * 1-5"',
                           tz="A time zone such as Europe/Paris",
                           only="Kinds or entries to include, separated by spaces")
    @app_commands.autocomplete(only=complete.kinds_or_entries)
    async def subscribe(interaction: discord.Interaction, schedule: str | None = None,
                        tz: str | None = None, only: str | None = None):
        parts = ["subscribe", schedule or "", f"tz {tz}" if tz else "",
                 f"only {only}" if only else ""]
        await run(interaction, " ".join(p for p in parts if p))

    @group.command(name="answer", description=_help("answer"))
    @app_commands.describe(mode="mentions (default) or every question in this channel")
    @app_commands.choices(mode=[app_commands.Choice(name=m, value=m)
                                for m in ("mentions", "questions")])
    async def answer(interaction: discord.Interaction, mode: str):
        await run(interaction, f"answer {mode}")

    @group.command(name="unsubscribe", description=_help("unsubscribe"))
    async def unsubscribe(interaction: discord.Interaction):
        await run(interaction, "unsubscribe")

    @group.command(name="subscriptions", description=_help("subscriptions"))
    async def subscriptions(interaction: discord.Interaction):
        await run(interaction, "subscriptions")


def _curation_commands(group: app_commands.Group, client: BriefClient,
                       complete: SimpleNamespace) -> None:
    """The admins' edits: fields, entries, aliases, sources, tracking, reverts and gaps."""
    run = client.run

    @group.command(name="set", description=_help("set"))
    @app_commands.autocomplete(entry=complete.entries)
    @app_commands.describe(field="title, summary or a field name such as status",
                           value="The new value")
    async def set_(interaction: discord.Interaction, entry: str, field: str, value: str):
        await run(interaction, f"set {_quoted(entry)} {_field(field)} {value}")

    @group.command(name="add", description=_help("add"))
    @app_commands.autocomplete(kind=complete.kinds)
    async def add(interaction: discord.Interaction, kind: str, slug: str, title: str):
        await run(interaction, f"add {_quoted(kind)} {_quoted(slug)} {title}")

    @group.command(name="alias", description=_help("alias"))
    @app_commands.autocomplete(entry=complete.entries)
    async def alias(interaction: discord.Interaction, entry: str, alias: str):
        await run(interaction, f"alias {_quoted(entry)} {alias}")

    @group.command(name="unalias", description=_help("unalias"))
    @app_commands.autocomplete(entry=complete.entries)
    async def unalias(interaction: discord.Interaction, entry: str, alias: str):
        await run(interaction, f"unalias {_quoted(entry)} {alias}")

    @group.command(name="source", description=_help("source"))
    @app_commands.autocomplete(entry=complete.entries)
    async def source(interaction: discord.Interaction, entry: str, source: str):
        await run(interaction, f"source {_quoted(entry)} {source}")

    for verb in ("track", "untrack", "retire", "restore"):
        group.add_command(_entry_command(client, verb, complete.entries))

    @group.command(name="revert", description=_help("revert"))
    @app_commands.autocomplete(entry=complete.entries)
    async def revert(interaction: discord.Interaction, entry: str,
                     version: app_commands.Range[int, 1]):
        await run(interaction, f"revert {_quoted(entry)} {version}")

    @group.command(name="gaps", description=_help("gaps"))
    async def gaps(interaction: discord.Interaction):
        await run(interaction, "gaps")

    @group.command(name="edit", description="Edit an entry in a form: title, summary, a field "
                                            "(admins)")
    @app_commands.describe(entry="An entry's name, alias or slug",
                           field="A field to change or add, such as status")
    @app_commands.autocomplete(entry=complete.entries, field=complete.fields)
    async def edit(interaction: discord.Interaction, entry: str, field: str | None = None):
        await client.open_edit(interaction, entry, field)

    @group.command(name="teach", description=_help("teach"))
    @app_commands.describe(entry="The entry that answers it",
                           question="A question from `gaps`, or your own wording")
    @app_commands.autocomplete(entry=complete.entries, question=complete.questions)
    async def teach(interaction: discord.Interaction, entry: str, question: str):
        if question.startswith(GAP):  # picked from the gaps list: taught by its id
            await client.on_gap(interaction, question.removeprefix(GAP), entry)
        else:
            await run(interaction, f"teach {_quoted(entry)} {question}")

    @group.command(name="dismiss", description=_help("dismiss"))
    @app_commands.describe(question="A question from `gaps`")
    @app_commands.autocomplete(question=complete.questions)
    async def dismiss(interaction: discord.Interaction, question: str):
        if question.startswith(GAP):
            await client.on_gap(interaction, question.removeprefix(GAP), None)
        else:
            await run(interaction, f"dismiss {question}")


def _entry_command(client: BriefClient, verb: str, entries) -> app_commands.Command:
    async def callback(interaction: discord.Interaction, entry: str):
        await client.run(interaction, f"{verb} {_quoted(entry)}")

    command = app_commands.Command(name=verb, description=_help(verb), callback=callback)
    command.autocomplete("entry")(entries)
    return command


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Messages people type: a plain message or a reply (not a pin, a join or "thread created")
_TYPED = (discord.MessageType.default, discord.MessageType.reply)


def _quoted(name: str) -> str:
    """One slash-command option as one word of the chat command it becomes: quoted when it
    holds spaces (or is empty), so the next option cannot run into it ("My Slug" stays one
    slug, to be refused, not the slug "my" and a title starting "Slug")."""
    name = " ".join(name.split())
    if name and " " not in name and name[0] not in "\"'":
        return name
    quote = "'" if '"' in name else '"'
    return f"{quote}{name}{quote}"


def _field(name: str) -> str:
    """A field option as the one word a field name is ("signed date" is `signed_date`)."""
    return "_".join(name.split()) or '""'


class DiscordDelivery:
    """Digests to Discord channels. Each post carries a nonce with `enforce_nonce`, so a retry
    by discord.py (or by us) within Discord's window returns the first message instead of
    posting again; the footer names the digest and part so `find` can see it in history."""

    platform = PLATFORM

    def __init__(self, client: discord.Client):
        self.client = client

    def render(self, digest: Digest) -> list[list[discord.Embed]]:
        return discord_embeds.digest_messages(digest)

    async def post(self, channel: str, payload: list[discord.Embed], digest_id: str,
                   part: int) -> str:
        embeds = [e.copy() for e in payload]
        embeds[-1].set_footer(text=f"Briefbot digest {digest_id} · part {part + 1}")
        target = self.client.get_partial_messageable(int(channel))
        with connection_errors():
            try:
                message = await target.send(embeds=embeds, nonce=nonce(digest_id, part),
                                            allowed_mentions=discord.AllowedMentions.none())
            except discord.HTTPException as exc:
                raise delivery_error(exc) from exc
        return str(message.id)

    async def find(self, channel: str, digest_id: str, payloads: list) -> dict[int, str]:
        target = self.client.get_partial_messageable(int(channel))
        found: dict[int, str] = {}
        with connection_errors():
            try:
                async for message in target.history(limit=100):
                    for embed in message.embeds:
                        text = embed.footer.text or ""
                        if f"digest {digest_id} · part " in text:
                            found[int(text.rsplit(" ", 1)[-1]) - 1] = str(message.id)
            except discord.HTTPException as exc:
                raise delivery_error(exc) from exc
        return found


def delivery_error(exc: discord.HTTPException) -> Exception:
    """A REST refusal as the ledger reads it. A 4xx other than 429 refuses the channel or the
    message itself (posting again cannot help); a 429 that outlasted discord.py's own retries
    carries Retry-After."""
    retry_after = float(exc.response.headers.get("Retry-After", 1) or 1)
    permanent = 400 <= exc.status < 500 and exc.status != 429
    return failure(exc.status, f"{exc.status} {exc.text or type(exc).__name__}", retry_after,
                   permanent)


def nonce(digest_id: str, part: int) -> str:
    """At most 25 characters, the same for every retry of this part."""
    return hashlib.sha256(f"{digest_id}/{part}".encode()).hexdigest()[:25]
