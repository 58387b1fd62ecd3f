"""The Slack adapter: a slack-bolt AsyncApp that translates Slack to the router and back.

It only translates: events, slash commands and button clicks become `Request`s, `Reply`s become
Block Kit (bot/slack_blocks.py). Slack's rules live here: Bolt acks events
before the listener runs and the slash command acks first; retried events are dropped by
event_id; the bot's own messages are ignored; text is escaped; links never unfurl.
"""

import asyncio
import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.adapter.socket_mode.aiohttp import AsyncSocketModeHandler
from slack_bolt.app.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot import slack_blocks, slack_views
from bot.delivery import connection_errors, failure
from bot.seen import Seen
from handlers import replies
from handlers.conversation import asks_overview
from handlers.digests import Digest
from handlers.messages import Parsed, Reply, Request
from handlers.router import Router
from handlers.surfaces import Outcome, Submitted

log = logging.getLogger(__name__)

PLATFORM = "slack"
STALE_ADMIN_SECONDS = 3600  # a form's submit: the click that opened it looked up
ADMIN_CACHE_SECONDS = 300
CLIENT_TIMEOUT = 30  # seconds for one Web API call (slack_sdk's default)
DIGEST_EVENT = "briefbot_digest"
ANSWER_EVENT = "briefbot_answer"
SWEEP_EVERY = 2.0  # seconds between looks for events a dead replica left unanswered
PRUNE_EVERY = 300  # sweeps between forgetting day-old inbox events (about ten minutes)
# Events written to the inbox before they are acknowledged: what a person said to the bot.
ANSWERABLE = {"app_mention", "message"}
# Looking a digest up in a channel's history: pages of this many messages, at most this many.
HISTORY_PAGE = 200
HISTORY_PAGES = 5
# Errors after which posting to the channel cannot work until someone acts.
PERMANENT_ERRORS = {
    "channel_not_found", "not_in_channel", "is_archived", "account_inactive", "invalid_auth",
    "missing_scope", "restricted_action", "no_permission", "team_access_not_granted",
    # The message itself is refused: posting it again can never work.
    "invalid_blocks", "msg_too_long", "invalid_arguments", "too_many_attachments",
}
_MENTION = re.compile(r"<@[A-Z0-9]+(\|[^>]*)?>")
# "<!here> what is X?": a message that opens by calling the channel or a group addresses it;
# the call is no part of the question (one inside the text, "set ... <!channel> ...", is
# kept as typed and shown escaped)
_CALLED = re.compile(r"^(?:\s*<!(?:here|channel|everyone|subteam\^[A-Z0-9]+)(?:\|[^>]*)?>)+")


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str = field(repr=False)
    api_url: str | None = None


def web_client(settings: SlackSettings, for_digests: bool = False,
               session: aiohttp.ClientSession | None = None) -> AsyncWebClient:
    """A Web API client with retries. The digest client retries only 429s: a 5xx or a reset
    may follow an accepted post, so those go back to the ledger, which checks the channel
    before posting again (Slack has no idempotency key).

    Without `session`, slack_sdk opens a new HTTP session, and so a new connection, for every
    call; the running bot passes one (see `client_session`) so replies reuse connections."""
    handlers: list = [AsyncRateLimitErrorRetryHandler(max_retry_count=3)]
    if not for_digests:
        handlers += [AsyncServerErrorRetryHandler(max_retry_count=2),
                     AsyncConnectionErrorRetryHandler(max_retry_count=2)]
    kwargs: dict[str, Any] = {"token": settings.bot_token, "retry_handlers": handlers,
                              "session": session, "timeout": CLIENT_TIMEOUT}
    if settings.api_url:
        kwargs["base_url"] = settings.api_url.rstrip("/") + "/"
    return AsyncWebClient(**kwargs)


def client_session() -> aiohttp.ClientSession:
    """One pooled HTTP session for a running bot's Web API calls (create it on the loop)."""
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=CLIENT_TIMEOUT))


class SlackBot:
    """The Bolt app and the facts it keeps: admins looked up, threads the bot is in."""

    def __init__(self, router: Router, settings: SlackSettings, signing_secret: str | None,
                 socket_mode: bool = False, session: aiohttp.ClientSession | None = None,
                 seen: Seen | None = None):
        self.router = router
        self.seen = seen or Seen(router.store)  # events handled, threads the bot is in
        self.client = web_client(settings, session=session)
        self.app = AsyncApp(
            client=self.client,
            signing_secret=signing_secret,
            request_verification_enabled=not socket_mode,
            ignoring_self_events_enabled=True,
        )
        self._admins: dict[str, tuple[float, bool, str | None]] = {}
        self.connected = False
        self.owner = uuid.uuid4().hex  # whose claim an inbox event is under
        self._retaking: set[str] = set()  # stranded events the sweep claimed, being answered
        self._register()

    def _register(self) -> None:
        app = self.app
        app.event("app_mention")(self.on_mention)
        app.event("message")(self.on_message)
        app.command("/brief")(self.on_command)
        app.action(re.compile(f"^{slack_blocks.SHOW_ACTION}_\\d+$"))(self.on_show)
        app.action(slack_blocks.HELPFUL)(self.on_feedback)
        app.action(slack_blocks.NOT_HELPFUL)(self.on_feedback)
        # The platform's own surfaces: App Home, modals, the message shortcut.
        app.event("app_home_opened")(self.on_home)
        app.action(slack_views.HOME_SHOW)(self.on_home_show)
        app.action(slack_views.HOME_ADD)(self.on_add)
        app.action(slack_views.GAP_TEACH)(self.on_gap)
        app.action(slack_views.GAP_DISMISS)(self.on_gap)
        app.options(slack_views.GAP_TEACH)(self.on_entry_options)
        app.action(slack_views.EDIT)(self.on_edit)
        app.view(slack_views.EDIT_FORM)(self.on_edit_submit)
        app.view(slack_views.ADD_FORM)(self.on_add_submit)
        app.shortcut(slack_views.SHORTCUT)(self.on_shortcut)
        app.error(self.on_error)

    # -- listeners (Bolt has acked events before these run) -------------------------------

    async def on_mention(self, body: dict, event: dict, client: AsyncWebClient) -> None:
        if not _typed(event) or not event.get("ts") or not event.get("channel"):
            return  # another bot's mention (two bots must not talk in a loop), or no message
        thread = event.get("thread_ts") or event["ts"]
        await self._reply_once(client, body, event, strip_mentions(_text_of(event)),
                               thread, remember=(event["channel"], thread))

    async def on_message(self, body: dict, event: dict, client: AsyncWebClient,
                         context: dict) -> None:
        if not _typed(event):
            return  # edits, joins, bots (this one included) are not questions
        text = _text_of(event)
        if not text.strip() and (event.get("files") or event.get("attachments")):
            return  # a file, or a bot's message, shared with no words asks nothing
        in_dm = _in_dm(event)
        bot_user = context.get("bot_user_id")
        thread = event.get("thread_ts")
        if (bot_user and f"<@{bot_user}" in text and not in_dm) or not (
                in_dm or thread or await asyncio.to_thread(self.router.hears_channel, PLATFORM,
                                                           event["channel"])):
            # A mention in a channel (app_mention answers it; DMs get none), or chatter in a
            # channel the bot only answers when mentioned.
            await self._settled(body)
            return
        if in_dm:
            await self._reply_once(client, body, event, strip_mentions(text), thread)
        elif thread:  # a thread the bot answered in: questions and commands, not chatter
            await self._reply_once(client, body, event, strip_mentions(text), thread,
                                   follow=(event["channel"], thread), reach="thread")
        else:  # a channel where admins set `answer questions`: answered in a thread under it
            await self._reply_once(client, body, event, strip_mentions(text), event["ts"],
                                   remember=(event["channel"], event["ts"]), reach="channel")

    async def on_command(self, ack, command: dict, respond) -> None:
        await ack()  # within Slack's 3 seconds, before any work
        request = await self._request(_slash_text(command.get("text", "")), command["user_id"],
                                      command["channel_id"], name=command.get("user_name"))
        reply = await asyncio.to_thread(self.router.handle, request)
        visible = "ephemeral" if reply.ephemeral else "in_channel"
        admin = await self._may_edit(reply, command["user_id"], command["channel_id"])
        for message in slack_blocks.reply_messages(reply, request.text,
                                                   edit=admin and reply.ephemeral):
            await respond(response_type=visible, replace_original=False, **message)
        if admin and not reply.ephemeral:  # the Edit button only the admin sees
            await respond(response_type="ephemeral", replace_original=False,
                          **slack_blocks.edit_prompt(reply))

    async def on_show(self, ack, body: dict, action: dict, respond) -> None:
        await ack()
        request = await self._request(f"show {action['value']}", body["user"]["id"],
                                      _channel_of(body), name=_name_of(body["user"]))
        reply = await asyncio.to_thread(self.router.handle, request)
        admin = await self._may_edit(reply, body["user"]["id"], _channel_of(body))
        for message in slack_blocks.reply_messages(reply, edit=admin):
            await respond(response_type="ephemeral", replace_original=False, **message)

    async def on_feedback(self, ack, body: dict, action: dict, respond) -> None:
        await ack()
        try:
            value = json.loads(action.get("value") or "{}")
        except ValueError:
            value = {}
        if not isinstance(value, dict):  # a forged click: `[1]`, `5`, `null`
            value = {}
        helpful = action["action_id"] == slack_blocks.HELPFUL
        request = await self._request(from_slack(str(value.get("q", ""))), body["user"]["id"],
                                      _channel_of(body), name=_name_of(body["user"]))
        reply = await asyncio.to_thread(self.router.feedback, request, str(value.get("e", "")),
                                        helpful)
        await respond(response_type="ephemeral", replace_original=False,
                      text=slack_blocks.escape(reply.text))

    # -- App Home, modals and the message shortcut ----------------------------------------

    async def on_home(self, body: dict, event: dict) -> None:
        """Publish the Home tab when it is opened: once per open (a retried event is the same
        open), fuller for admins."""
        if event.get("tab", "home") != "home":
            return
        event_id = body.get("event_id")
        if event_id and not await asyncio.to_thread(self.seen.first_time, PLATFORM, event_id,
                                                    None):
            return
        await self._publish_home(event["user"])

    async def _publish_home(self, user: str, notice: str = "") -> None:
        request = await self._request("home", user, "", admin=True)
        home = await asyncio.to_thread(self.router.home, request, notice)
        await self.client.views_publish(user_id=user, view=slack_views.home_view(home))

    async def on_home_show(self, ack, body: dict, action: dict) -> None:
        await ack()
        user = body["user"]["id"]
        request = await self._request(f"show {action['value']}", user, _channel_of(body))
        reply = await asyncio.to_thread(self.router.handle, request)
        edit = slack_blocks.editable(reply) if await self._may_edit(reply, user, "") else None
        await self._open(body, slack_views.reply_modal("Briefbot", reply, edit))

    async def on_edit(self, ack, body: dict, action: dict, respond) -> None:
        """An Edit click opens the entry's form, for admins only (a forged click is refused
        and audited like any admin command)."""
        await ack()
        request = await self._request(f"edit {action['value']}", body["user"]["id"],
                                      _channel_of(body), admin=True,
                                      name=_name_of(body["user"]))
        form = await asyncio.to_thread(self.router.entry_form, request, action["value"])
        if isinstance(form, Reply):
            await self._tell(body, form, respond)
            return
        await self._open(body, slack_views.entry_modal(form, _channel_of(body)))

    async def on_add(self, ack, body: dict, respond) -> None:
        await ack()
        request = await self._request("add", body["user"]["id"], _channel_of(body), admin=True)
        form = await asyncio.to_thread(self.router.add_form, request)
        if isinstance(form, Reply):
            await self._tell(body, form, respond)
            return
        await self._open(body, slack_views.add_modal(form, _channel_of(body)))

    async def on_edit_submit(self, ack, body: dict, view: dict) -> None:
        """One revision with what changed; problems are shown beside their inputs."""
        meta, typed = slack_views.metadata(view), slack_views.values(view)
        slug = str(meta.get("slug", ""))
        request = await self._request(f"edit {slug}", body["user"]["id"],
                                      str(meta.get("channel") or ""), admin=True,
                                      name=_name_of(body["user"]), submit=True)
        submitted = Submitted(
            title=typed.get("title", ""), summary=typed.get("summary", ""),
            fields={key.removeprefix("field:"): value for key, value in typed.items()
                    if key.startswith("field:")},
            source=typed.get("source", ""))
        version = meta.get("version")
        outcome = await asyncio.to_thread(self.router.submit_edit, request, slug,
                                          version if isinstance(version, int) else 0, submitted)
        await self._settle_form(ack, outcome)

    async def on_add_submit(self, ack, body: dict, view: dict) -> None:
        meta, typed = slack_views.metadata(view), slack_views.values(view)
        request = await self._request("add", body["user"]["id"], str(meta.get("channel") or ""),
                                      admin=True, name=_name_of(body["user"]), submit=True)
        outcome = await asyncio.to_thread(
            self.router.submit_add, request, typed.get("kind", ""), typed.get("slug", ""),
            typed.get("title", ""), typed.get("summary", ""))
        await self._settle_form(ack, outcome)

    async def _settle_form(self, ack, outcome: Outcome) -> None:
        if outcome.errors:
            await ack(response_action="errors", errors={
                block: replies.clip(message, slack_views.SECTION)
                for block, message in outcome.errors.items()})
            return
        await ack(response_action="update", view=slack_views.reply_modal(
            "Briefbot", outcome.reply or replies.sorry()))

    async def on_gap(self, ack, body: dict, action: dict) -> None:
        """Teach (an entry picked for a declined question) or Dismiss, from the Home tab; the
        page is published again with the result at its top."""
        await ack()
        user = body["user"]["id"]
        gap = str(action.get("block_id") or "").removeprefix("gap:")
        if action.get("action_id") == slack_views.GAP_TEACH:
            slug = str((action.get("selected_option") or {}).get("value") or "").strip()
            request = await self._request(f"teach {slug}", user, "", admin=True,
                                          name=_name_of(body["user"]))
            reply = await asyncio.to_thread(self.router.teach_gap, request, gap, slug)
        else:
            request = await self._request("dismiss", user, "", admin=True,
                                          name=_name_of(body["user"]))
            reply = await asyncio.to_thread(self.router.dismiss_gap, request, gap)
        await self._publish_home(user, reply.text)

    async def on_entry_options(self, ack, payload: dict) -> None:
        found = await asyncio.to_thread(self.router.entry_choices, str(payload.get("value", "")),
                                        slack_views.OPTIONS)
        await ack(options=slack_views.options(found))

    async def on_shortcut(self, ack, body: dict, respond) -> None:
        """"Ask Briefbot" on any message: that message's text answered as a question, seen
        only by the person who asked."""
        await ack()
        user = body["user"]["id"]
        text = from_slack(strip_mentions((body.get("message") or {}).get("text") or ""))
        request = await self._request(text, user, _channel_of(body),
                                      name=_name_of(body["user"]), as_question=True)
        reply = await asyncio.to_thread(self.router.answer, request)
        admin = await self._may_edit(reply, user, _channel_of(body))
        for message in slack_blocks.reply_messages(reply, text, edit=admin):
            await respond(response_type="ephemeral", replace_original=False, **message)

    async def _open(self, body: dict, view: dict) -> None:
        """A modal: on top of the one clicked in, or a new one."""
        if (body.get("view") or {}).get("type") == "modal":
            await self.client.views_push(trigger_id=body["trigger_id"], view=view)
        else:
            await self.client.views_open(trigger_id=body["trigger_id"], view=view)

    async def _tell(self, body: dict, reply: Reply, respond) -> None:
        """A short reply to a click, where the click came from: under the message, in the
        modal, or at the top of the Home tab."""
        if body.get("response_url"):
            await respond(response_type="ephemeral", replace_original=False,
                          text=slack_blocks.escape(reply.text))
        elif (body.get("view") or {}).get("type") == "modal":
            await self._open(body, slack_views.reply_modal("Briefbot", reply))
        else:
            await self._publish_home(body["user"]["id"], reply.text)

    async def _may_edit(self, reply: Reply, user: str, channel: str) -> bool:
        """Whether to offer the Edit button: a reply about an entry, to an admin."""
        if slack_blocks.editable(reply) is None:
            return False
        if f"{PLATFORM}:{user}" in self.router.settings.admins:
            return True  # the allowlist needs no look-up
        request = await self._request("edit", user, channel, admin=True)
        return self.router.is_admin(request)

    # -- events a dead replica left unanswered -------------------------------------------

    async def sweep(self) -> None:
        """Every few seconds, take up events whose replica died before answering."""
        sweeps = 0
        while True:
            try:
                await self.sweep_once()
                sweeps += 1
                if sweeps % PRUNE_EVERY == 0:
                    await asyncio.to_thread(self.seen.prune)
            except Exception as exc:  # the database or Slack is away: try again later
                log.warning("inbox sweep failed: %s", type(exc).__name__)
            await asyncio.sleep(SWEEP_EVERY)

    async def sweep_once(self) -> int:
        """Answer each stranded event unless its answer landed; returns how many were taken."""
        taken = 0
        for event_id, body in await asyncio.to_thread(self.seen.stranded, PLATFORM):
            if not await asyncio.to_thread(self.seen.claim, PLATFORM, event_id, self.owner):
                continue
            taken += 1
            event = body.get("event") or {}
            if await self._answered(event, event_id):
                await asyncio.to_thread(self.seen.done, PLATFORM, event_id)
                continue
            log.info("answering an event another replica left: %s", event.get("type"))
            if len(self._retaking) > 1000:  # dispatches that never reached a listener
                self._retaking.clear()
            self._retaking.add(event_id)
            # Through Bolt again, as Socket Mode delivers it (verified when it first came).
            await self.app.async_dispatch(AsyncBoltRequest(body=json.dumps(body),
                                                           mode="socket_mode"))
        return taken

    async def _answered(self, event: dict, event_id: str) -> bool:
        """Whether an answer naming the event landed: in its thread, or for a DM asked at the
        top level, in the DM after it."""
        channel, thread = event.get("channel"), event.get("thread_ts")
        if not channel or not event.get("ts"):
            return False
        try:
            if thread or not _in_dm(event):
                found = await self.client.conversations_replies(
                    channel=channel, ts=thread or event["ts"], include_all_metadata=True,
                    limit=HISTORY_PAGE)
            else:
                found = await self.client.conversations_history(
                    channel=channel, oldest=event["ts"], include_all_metadata=True,
                    limit=HISTORY_PAGE)
        except (SlackApiError, aiohttp.ClientError, TimeoutError) as exc:
            log.warning("looking for an answer failed (%s)", type(exc).__name__)
            raise
        return any(((m.get("metadata") or {}).get("event_payload") or {}).get("event_id")
                   == event_id for m in found.get("messages", []))

    async def on_error(self, error: Exception, body: dict) -> None:
        log.error("slack listener failed: %s", type(error).__name__, exc_info=error)

    # -- helpers ---------------------------------------------------------------------------

    async def _reply_once(self, client: AsyncWebClient, body: dict, event: dict, text: str,
                          thread: str | None, remember: tuple[str, str] | None = None,
                          follow: tuple[str, str] | None = None, reach: str = "direct") -> None:
        """Answer a message unless it is not for the bot (`follow`: a thread the bot is not
        in) or was answered before (Slack retries events it thinks failed; each event_id
        once). `remember` is a thread the bot now answers in. SQLite work runs on a worker
        thread, in one hop for a question; an admin command first looks the user up with
        users.info, and only once the event is known to be new."""
        text = from_slack(text)
        # A conversation: the thread, or the DM channel itself (ids unique across channels).
        conversation = (f"{event['channel']}/{thread}" if thread else
                        event["channel"] if _in_dm(event) else None)
        parsed = self.router.parse(text)
        if parsed.admin:
            if not await asyncio.to_thread(self._first_sight, body, remember, follow):
                return
            request = await self._request(text, event["user"], event["channel"],
                                          reach=reach, thread=conversation, parsed=parsed)
            reply: Reply | None = await asyncio.to_thread(self.router.handle, request)
        else:
            request = await self._request(text, event["user"], event["channel"], reach=reach,
                                          thread=conversation, parsed=parsed)
            reply = await asyncio.to_thread(self._answer_once, body, request, remember, follow)
        if reply is not None and not reply.silent:
            await self._post(client, event, reply, request.text, thread, body.get("event_id"))
        if reply is not None:
            await self._settled(body)

    async def _settled(self, body: dict) -> None:
        """The event needs nothing more from any replica."""
        if body.get("event_id"):
            await asyncio.to_thread(self.seen.done, PLATFORM, body["event_id"])

    def _first_sight(self, body: dict, remember: tuple[str, str] | None,
                     follow: tuple[str, str] | None) -> bool:
        """Whether this replica answers the event: it is for the bot, and this replica holds
        its claim (no other has answered it or is answering it now)."""
        event_id = body.get("event_id")
        if follow is not None and not self.seen.knows_thread(PLATFORM, *follow):
            if event_id:
                self.seen.done(PLATFORM, event_id)  # a thread the bot is not in
            return False
        if event_id in self._retaking:  # the sweep claimed it for this dispatch
            self._retaking.discard(event_id)
            if remember:
                self.seen.follow(PLATFORM, *remember)
            return True
        return event_id is None or self.seen.claim(PLATFORM, event_id, self.owner, remember)

    def _answer_once(self, body: dict, request: Request, remember: tuple[str, str] | None,
                     follow: tuple[str, str] | None) -> Reply | None:
        # An unmentioned channel message starts a thread only if the bot answers it.
        unprompted = request.reach == "channel"
        if not self._first_sight(body, None if unprompted else remember, follow):
            return None
        reply = self.router.handle(request)
        if unprompted and remember and not reply.silent:
            self.seen.follow(PLATFORM, *remember)
        return reply

    async def _post(self, client: AsyncWebClient, event: dict, reply: Reply, question: str,
                    thread: str | None, event_id: str | None = None) -> None:
        # The answer names its event, so a replica taking up a stranded event can see it
        # landed.
        metadata = ({"event_type": ANSWER_EVENT, "event_payload": {"event_id": event_id}}
                    if event_id else None)
        for message in slack_blocks.reply_messages(reply, question):
            if reply.ephemeral and not _in_dm(event):
                await client.chat_postEphemeral(channel=event["channel"], user=event["user"],
                                                thread_ts=thread, **message)
            else:
                await client.chat_postMessage(channel=event["channel"], thread_ts=thread,
                                              unfurl_links=False, unfurl_media=False,
                                              metadata=metadata, **message)
        # An answer to an admin: the Edit button in a note only they see. Looked up after the
        # answer is out, so the look-up never delays it.
        if await self._may_edit(reply, event["user"], event["channel"]):
            await client.chat_postEphemeral(channel=event["channel"], user=event["user"],
                                            thread_ts=thread, **slack_blocks.edit_prompt(reply))

    async def _request(self, text: str, user: str, channel: str, reach: str = "direct",
                       thread: str | None = None, name: str | None = None,
                       parsed: Parsed | None = None, admin: bool = False,
                       as_question: bool = False, submit: bool = False) -> Request:
        """An admin command, or an `admin` surface (a form, the Home tab), looks the user up
        (users.info, cached): are they a workspace admin, and what is their name (edits,
        history and digests show it). The allowlist needs no look-up."""
        parsed = parsed or (Parsed(None, text) if as_question else self.router.parse(text))
        platform_admin = False
        if parsed.admin or admin:
            platform_admin, looked_up = await self._look_up(user, stale_ok=submit)
            name = name or looked_up
        return Request(text=text, user=user, now=datetime.now(UTC), platform=PLATFORM,
                       channel=channel, platform_admin=platform_admin, reach=reach,
                       thread=thread, user_name=name, parsed=parsed)

    async def _look_up(self, user: str, stale_ok: bool = False) -> tuple[bool, str | None]:
        """users.info: is_admin / is_owner and the display name, cached for a few minutes.
        `stale_ok`: an older answer, up to an hour old, will do (a form's submit must be
        answered within Slack's 3 seconds, and the click that opened it looked the user up).
        Every other surface (the Home tab, an Edit or Teach click) asks again after a few
        minutes, so an admin demoted in Slack loses the forms as soon as chat commands."""
        cached = self._admins.get(user)
        age = time.monotonic() - cached[0] if cached else None
        if age is not None and age < (STALE_ADMIN_SECONDS if stale_ok else ADMIN_CACHE_SECONDS):
            return cached[1], cached[2]
        try:
            info = (await self.client.users_info(user=user))["user"]
            admin = bool(info.get("is_admin") or info.get("is_owner"))
        except (TimeoutError, SlackApiError, aiohttp.ClientError) as exc:
            log.warning("users.info failed (%s); treating the user as a member",
                        type(exc).__name__)
            return False, None
        name = _name_of(info)
        self._admins[user] = (time.monotonic(), admin, name)
        return admin, name


def strip_mentions(text: str) -> str:
    return _CALLED.sub(" ", _MENTION.sub(" ", text).strip()).strip()


_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|[^>]*)?>")
_CHANNEL = re.compile(r"<#[A-Z0-9]+\|([^>]*)>")


def from_slack(text: str) -> str:
    """Slack's message markup back to what the person typed: links unwrapped, channel names
    shown, and `&amp; &lt; &gt;` decoded (the store keeps text as typed)."""
    text = _LINK.sub(r"\1", text)
    text = _CHANNEL.sub(r"#\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _slash_text(text: str) -> str:
    """A slash command's text, read with the command's own word where that makes the
    sentence: `/brief me` is "brief me", the overview, not a question about "me"."""
    text = from_slack(text)
    spoken = f"brief {text}"
    return spoken if asks_overview(spoken) and not asks_overview(text) else text


def _name_of(user: dict) -> str | None:
    """A Slack user's display name: the profile's display or real name, else the handle."""
    profile = user.get("profile") or {}
    return (profile.get("display_name") or profile.get("real_name") or user.get("real_name")
            or user.get("name") or user.get("username") or None)


# Message subtypes that are still a person typing: a reply also sent to the channel, a
# message with a file attached, a /me message. Any other subtype (an edit, a deletion, a join,
# a bot's message) asks nothing.
_TYPED_SUBTYPES = frozenset({"thread_broadcast", "file_share", "me_message"})


def _typed(event: dict) -> bool:
    """Is this event a person's new message? Not another bot's, not a system message, and not
    an edit: Slack sends a mention again when it is edited, with `edited` set."""
    return (event.get("subtype") in (None, *_TYPED_SUBTYPES) and not event.get("bot_id")
            and bool(event.get("user")) and not event.get("edited"))


def _text_of(event: dict) -> str:
    """The message's text, or the text of a person's message shared into it ("Share
    message" leaves the new message's own text empty); a shared bot message asks nothing."""
    text = event.get("text") or ""
    if text.strip():
        return text
    shared = [a for a in event.get("attachments") or () if isinstance(a, dict)
              and a.get("is_share") and not a.get("bot_id") and isinstance(a.get("text"), str)]
    return shared[0]["text"] if shared else text


def _in_dm(event: dict) -> bool:
    """Is this a message in the bot's DM? A DM's channel id starts with D, should an event
    lack its channel type."""
    default = "im" if str(event.get("channel", "")).startswith("D") else ""
    return event.get("channel_type", default) == "im"


def _channel_of(body: dict) -> str:
    return (body.get("channel") or {}).get("id") or (body.get("container") or {}).get(
        "channel_id", "")


class SlackDelivery:
    """Digests to Slack channels with chat.postMessage; the digest id rides in the message
    metadata so `find` can tell, from the channel's history, whether a post landed."""

    platform = PLATFORM

    def __init__(self, client: AsyncWebClient):
        self.client = client

    def render(self, digest: Digest) -> list[dict[str, Any]]:
        return slack_blocks.digest_messages(digest)

    async def post(self, channel: str, payload: dict, digest_id: str, part: int) -> str:
        metadata = {"event_type": DIGEST_EVENT,
                    "event_payload": {"digest_id": digest_id, "part": part}}
        with connection_errors():
            try:
                response = await self.client.chat_postMessage(
                    channel=channel, unfurl_links=False, unfurl_media=False, metadata=metadata,
                    **payload,
                )
            except SlackApiError as exc:
                raise delivery_error(exc) from exc
        return str(response["ts"])

    async def find(self, channel: str, digest_id: str, payloads: list) -> dict[int, str]:
        found: dict[int, str] = {}
        cursor = None
        for _ in range(HISTORY_PAGES):  # newest first: a digest being settled is recent
            with connection_errors():
                try:
                    response = await self.client.conversations_history(
                        channel=channel, include_all_metadata=True, limit=HISTORY_PAGE,
                        cursor=cursor)
                except SlackApiError as exc:
                    raise delivery_error(exc) from exc
            for message in response.get("messages", []):
                payload = (message.get("metadata") or {}).get("event_payload") or {}
                if payload.get("digest_id") == digest_id:
                    found[int(payload.get("part", 0))] = str(message.get("ts"))
            cursor = (response.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
        return found


def delivery_error(exc: SlackApiError) -> Exception:
    """A Web API refusal as the ledger reads it: Slack answers HTTP 200 with `ok: false` and an
    error code for most refusals, 429 with Retry-After for rate limits."""
    status = exc.response.status_code
    error = str(exc.response.get("error", "")) if exc.response.data else ""
    retry_after = float(exc.response.headers.get("Retry-After", 1) or 1)
    return failure(status, error, retry_after, error in PERMANENT_ERRORS)



def http_app(bot: SlackBot, health: Callable[[], dict],
             signing_secret: str | None = None) -> web.Application:
    """HTTP mode: Slack posts to /slack/events (verified by Bolt with the signing secret);
    /healthz says how the process is."""

    verifier = SignatureVerifier(signing_secret) if signing_secret else None

    async def events(request: web.Request) -> web.Response:
        bolt_request = await to_bolt_request(request)
        if verifier is not None:
            await inbox(bolt_request)
        response = await bot.app.async_dispatch(bolt_request)
        return await to_aiohttp_response(response)

    async def inbox(bolt_request: AsyncBoltRequest) -> None:
        """A verified event someone sent the bot is written down before Slack is answered,
        so it is answered even if this process dies next (bot/seen.py)."""
        body = bolt_request.body if isinstance(bolt_request.body, dict) else {}
        event = body.get("event") if isinstance(body.get("event"), dict) else {}
        if (body.get("type") != "event_callback" or event.get("type") not in ANSWERABLE
                or event.get("bot_id") or event.get("subtype") or not body.get("event_id")):
            return
        headers = {k: v[0] for k, v in bolt_request.headers.items() if v}
        if verifier.is_valid_request(bolt_request.raw_body, headers):
            await asyncio.to_thread(bot.seen.receive, PLATFORM, body["event_id"], body)

    async def healthz(request: web.Request) -> web.Response:
        report = await asyncio.to_thread(health)
        return web.json_response(report, status=200 if report.get("ok") else 503)

    app = web.Application(client_max_size=1024 * 1024)
    app.router.add_post("/slack/events", events)
    app.router.add_get("/healthz", healthz)
    return app


async def start_http(bot: SlackBot, host: str, port: int,
                     health: Callable[[], dict], signing_secret: str | None = None
                     ) -> web.AppRunner:
    runner = web.AppRunner(http_app(bot, health, signing_secret), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    bot.connected = True
    log.info("slack: HTTP mode on %s:%d/slack/events", host, port)
    return runner


async def start_socket_mode(bot: SlackBot, app_token: str) -> AsyncSocketModeHandler:
    """Socket Mode: no public URL. The client opens its websocket with apps.connections.open
    on the same Web API base URL and reconnects by itself after Slack's `disconnect`."""
    handler = AsyncSocketModeHandler(bot.app, app_token, web_client=bot.client)
    await handler.connect_async()
    bot.connected = True
    log.info("slack: Socket Mode connected")
    return handler
