"""One chat grammar for every platform: a message is a command from the table, or a question."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import partial
from typing import Any

from content.ledger import Ledger
from content.store import Store
from content.text import clean, scrub, words
from handlers import browse, curation, replies, status, subscriptions, surfaces
from handlers.answer import Answerer, Found
from handlers.conversation import asks_overview, reads_as_question, whats_new
from handlers.floods import Limiter
from handlers.grammar import fits_usage
from handlers.messages import Parsed, Reply, Request
from handlers.permissions import is_admin
from handlers.services import Services, Settings
from handlers.since import parse_since
from handlers.vocabulary import Vocabulary

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    run: Callable[[Services, Request, str], Reply | None]
    admin: bool = False
    # Whether arguments fit the command; by default read from `usage` (see `fits_usage`).
    form: Callable[[Services, str], bool] | None = None

    def fits(self, services: Services, args: str) -> bool:
        return (self.form or partial(fits_usage, self.usage))(services, args)

    @property
    def help(self) -> str:
        """The first line of the function's docstring: help cannot drift from the code."""
        return (self.run.__doc__ or "").strip().splitlines()[0]


class Router:
    """Routes a message: to the command it is, or to the answerer; never raises."""

    def __init__(self, store: Store, settings: Settings | None = None,
                 status: Callable[[Ledger], dict] | None = None):
        self.services = Services.build(store, settings or Settings(), status)
        self.limiter = Limiter(self.services.settings.user_rate)

    # The parts the process and the tests reach for.
    @property
    def store(self) -> Store:
        return self.services.store

    @property
    def settings(self) -> Settings:
        return self.services.settings

    @settings.setter
    def settings(self, value: Settings) -> None:
        self.services.settings = value
        self.limiter.per_minute = value.user_rate

    @property
    def ledger(self) -> Ledger:
        return self.services.ledger

    @property
    def vocabulary(self) -> Vocabulary:
        return self.services.vocabulary

    @property
    def answerer(self) -> Answerer:
        return self.services.answerer

    @property
    def subject(self) -> str:
        return self.services.subject

    def handle(self, request: Request) -> Reply:
        """Answer one message. Never raises: an unexpected error becomes a short apology. A
        connection the database server dropped (a restart, a failover) is replaced and the
        message handled once more, rather than apologised for."""
        retried = False
        while True:
            try:
                if request.user_name:
                    self.services.people.note(request.actor, request.user_name, request.now)
                return self._dispatch(replace(request, text=scrub(request.text)))
            except Exception as exc:
                if not retried and self.store.connection_lost(exc):
                    log.info("the database connection was lost; trying once more",
                             extra=_where(request))
                    retried = True
                    continue
                log.exception("handling a message failed", extra=_where(request))
                return replies.sorry()

    def parse(self, text: str) -> Parsed:
        """Read a message once: its command word (read normalised) and its arguments (kept as
        typed, as the store keeps text). Adapters ask first when an admin command needs facts
        looked up, and hand the result in with the Request."""
        text = scrub(text).strip()
        head = clean(text).partition(" ")[0].lower()
        command = COMMANDS.get(head)
        args = text.partition(" ")[2].strip()
        return Parsed(command.name if command else None, args,
                      admin=command is not None and command.admin)

    def feedback(self, request: Request, slug: str, helpful: bool) -> Reply:
        """A Helpful / Not helpful click on an answer (`request.text`: its question); a Not
        helpful one puts the question on the gaps list. A click naming no entry is a forged or
        stale button: nothing is recorded."""
        if not slug or self.store.get(slug) is None:
            return replies.stale_button()
        self.services.gaps.record_feedback(request.platform, request.user, request.channel,
                                  request.text[:500], slug, helpful, request.now)
        return replies.feedback_thanks(helpful)

    def entry_choices(self, current: str, limit: int) -> list[tuple[str, str]]:
        """For autocompletes: (title, slug) of entries matching what was typed so far."""
        return browse.entry_choices(self.store, current, limit)

    def kind_choices(self, current: str, limit: int) -> list[str]:
        return browse.kind_choices(self.store, current, limit)

    def field_choices(self, name: str, current: str, limit: int) -> list[str]:
        """For autocompletes: the field names of the entry `name`, matching `current`."""
        return browse.field_choices(self.store, name, current, limit)

    def gap_choices(self, current: str, limit: int) -> list[tuple[str, str]]:
        """For autocompletes (admins'): (question, gap id) of declined questions holding
        `current`, most asked first."""
        return surfaces.gap_choices(self.services, current, limit)

    def hears_channel(self, platform: str, channel: str) -> bool:
        """Whether top-level messages in a channel may be for the bot (`answer questions`):
        adapters ask before doing any work for unmentioned channel chatter."""
        return self.services.channels.mode(platform, channel) == "questions"

    def is_admin(self, request: Request) -> bool:
        return is_admin(request, self.settings.admins, self.settings.admin_role)

    # -- the platforms' own surfaces: a message read only as a question, a home page, forms.
    # The same checks as the chat commands: an admin's form refused to others, and audited.

    def answer(self, request: Request) -> Reply:
        """A message's text read only as a question, never as a command (someone else's
        message, through a shortcut)."""
        try:
            request = replace(request, text=scrub(request.text), parsed=None)
            text = clean(request.text).strip()
            if len(text) > replies.MAX_MESSAGE:
                return replies.too_long(len(text))
            if not words(text):
                return replies.empty(self.subject)
            return self._flooding(request) or self._question(request, text)
        except Exception:
            log.exception("answering a shortcut failed", extra=_where(request))
            return replies.sorry()

    def home(self, request: Request, notice: str = "") -> surfaces.Home:
        return surfaces.home(self.services, request, self.is_admin(request), notice)

    def teach_gap(self, request: Request, gap_id: str, entry: str) -> Reply:
        """Teach from the gaps list (a Home tab's Teach, an autocompleted gap): that gap's
        question, from `entry`, for admins."""
        return self._admin_only(request, lambda: surfaces.teach_gap(
            self.services, request, gap_id, entry))

    def dismiss_gap(self, request: Request, gap_id: str) -> Reply:
        return self._admin_only(request, lambda: surfaces.dismiss_gap(
            self.services, request, gap_id))

    def entry_form(self, request: Request, name: str) -> surfaces.EntryForm | Reply:
        """An entry's edit form, for admins; `request.text` says what was asked (audited if
        refused)."""
        return self._admin_only(request, lambda: surfaces.entry_form(self.services, name))

    def add_form(self, request: Request) -> surfaces.AddForm | Reply:
        return self._admin_only(request, lambda: surfaces.add_form(self.services))

    def submit_edit(self, request: Request, slug: str, version: int,
                    submitted: surfaces.Submitted) -> surfaces.Outcome:
        found = self._admin_only(request, lambda: surfaces.submit_edit(
            self.services, request, slug, version, submitted))
        return found if isinstance(found, surfaces.Outcome) else surfaces.Outcome(found)

    def submit_add(self, request: Request, kind: str, slug: str, title: str,
                   summary: str) -> surfaces.Outcome:
        found = self._admin_only(request, lambda: surfaces.submit_add(
            self.services, request, kind, slug, title, summary))
        return found if isinstance(found, surfaces.Outcome) else surfaces.Outcome(found)

    def _admin_only(self, request: Request, run: Callable[[], Any]) -> Any:
        try:
            if request.user_name:
                self.services.people.note(request.actor, request.user_name, request.now)
            if not self.is_admin(request):
                self.services.store.deny(request.audit(), request.now)
                log.info("refused a form by %s", request.actor, extra=_where(request))
                return replies.not_admin(request.text.partition(" ")[0] or "edit")
            return run()
        except Exception:
            log.exception("a form failed", extra=_where(request))
            return replies.sorry()

    def _dispatch(self, request: Request) -> Reply:
        unprompted = request.reach != "direct"
        if request.reach == "channel" and not self.hears_channel(request.platform,
                                                                request.channel):
            return replies.silence()
        text = clean(request.text).strip()
        if len(text) > replies.MAX_MESSAGE:
            return replies.silence() if unprompted else replies.too_long(len(text))
        if not words(text):
            return replies.silence() if unprompted else replies.empty(self.subject)
        parsed = request.parsed or self.parse(request.text)
        command = COMMANDS.get(parsed.command) if parsed.command else None
        rest = parsed.args
        # A command when its arguments fit its form; "status of the order?" is a question.
        if command is not None and (command.fits(self.services, rest)
                                    or not reads_as_question(text, names_an_entry=False)):
            flooding = self._flooding(request)
            if flooding is not None:
                return flooding
            reply = self._run(command, request, rest)
            if reply is not None:
                return self._remembered(request, reply)
        elif unprompted and not self._asks(text):
            return replies.silence()  # "thanks!", "lol": not for the bot
        else:
            flooding = self._flooding(request)
            if flooding is not None:
                return flooding
        return self._question(request, text)

    def _question(self, request: Request, text: str) -> Reply:
        # (asked of the bot, and not in a conversation already about something, where "what's
        # this about?" and "summarize it" are of that)
        if request.reach == "direct" and asks_overview(text) and not (
                request.thread and self.services.conversations.recall(
                    _conversation(request), request.now)[0]):
            return browse.overview(self.services)
        window = whats_new(text, request.now)
        if window is not None and parse_since(window, request.now) is not None:
            return curation.changes_in(self.services, window, request.now)
        reply, last, asked = self._ask(request, text)
        if request.thread and not reply.answered and not reply.silent:
            self._remember_declined(request, asked or text)
        return self._remembered(request, reply, last)

    def _flooding(self, request: Request) -> Reply | None:
        """None when the member is within their rate; else a note once, then silence. Admins
        are trusted with bursts (a scripted batch of edits)."""
        if self.is_admin(request):
            return None
        verdict = self.limiter.check((request.platform, request.user), request.now)
        if verdict == "ok":
            return None
        if verdict == "pause":
            log.info("pausing for %s: over %d messages a minute", request.actor,
                     self.settings.user_rate, extra=_where(request))
            return replies.pausing(self.settings.user_rate)
        return replies.silence()

    def _run(self, command: Command, request: Request, args: str) -> Reply | None:
        if command.admin and not self.is_admin(request):
            self.services.store.deny(request.audit(), request.now)
            log.info("refused %s by %s", command.name, request.actor, extra=_where(request))
            return replies.not_admin(command.name)
        try:
            return command.run(self.services, request, args)
        except curation.Refused as exc:
            return replies.refused_edit(str(exc))

    def _asks(self, text: str) -> bool:
        return reads_as_question(text, bool(self.services.vocabulary.names_in(words(text))))

    def _remembered(self, request: Request, reply: Reply, last: Found | None = None) -> Reply:
        """An answer's entries become what the conversation is about; for a question, the last
        part answered and the question it asked."""
        if request.thread and reply.kind == "answer" and reply.entries:
            slugs, asked = reply.entries[-1:], None
            if last is not None and last.entry is not None:
                slugs, asked = (last.entry.slug,), last.asked
            for key in {request.thread, request.reply_key} - {None}:
                self.services.conversations.remember((request.platform, key), slugs,
                                                     request.now, asked)
        return reply

    def _remember_declined(self, request: Request, asked: str) -> None:
        """A declined question is the one a later "what about X?" asks again (not the
        question answered before it); the entries the conversation is about stay."""
        slugs, _ = self.services.conversations.recall(_conversation(request), request.now)
        for thread in {request.thread, request.reply_key} - {None}:
            self.services.conversations.remember((request.platform, thread), slugs,
                                                 request.now, asked)

    def ask(self, request: Request, question: str) -> Reply:
        return self._ask(request, question)[0]

    def _ask(self, request: Request, question: str) -> tuple[Reply, Found | None, str | None]:
        """The reply, its last answered part, and the question its last part asked."""
        context, before = (self.services.conversations.recall(_conversation(request), request.now)
                           if request.thread else ((), None))
        with self.services.store.reading():  # answering only reads entries: one generation check
            found = self.services.answerer.find_all(question, context, before)
            related = [slug for f in found if f.entry for slug in f.entry.related]
            reply = replies.answers(found, self.store.titles(related), self.subject)
        last = next((f for f in reversed(found) if f.entry is not None), None)
        asked = found[-1].asked if found else None
        if request.reach == "channel" and not reply.answered:
            return replies.silence(), None, None  # nobody asked the bot: no decline, no gap
        missed = [f for f in found if f.entry is None]
        for part in missed:
            log.info("declined (%s): %d chars", part.declined, len(part.question),
                     extra=_where(request))
        # A part the briefing lacks goes on the gaps list; a message with none answered, whole.
        for text in [f.question for f in missed] if reply.answered else [question]:
            self.services.gaps.record_declined(
                text, request.platform, request.user, request.channel, request.now
            )
        return reply, last, asked


def _conversation(request: Request) -> tuple[str, str]:
    return (request.platform, request.thread or "")




def _where(request: Request) -> dict:
    """Log fields naming where a message came from (the log formatter prints them)."""
    return {"platform": request.platform, "channel": request.channel}


def cmd_status(services: Services, request: Request, args: str) -> Reply:
    """Platforms connected, database, scheduler, each subscription, pending digests."""
    found = (services.status or partial(status.report, scheduler_running=None,
                                        platforms={}))(services.ledger)
    return replies.status_text(found, services.channels.modes())


def cmd_help(services: Services, request: Request, args: str) -> Reply | None:
    """Show this list of commands."""
    if args:
        return None
    listed = [(c.usage, c.help + (" (admins)" if c.admin else "")) for c in COMMANDS.values()]
    return replies.help_text(services.subject, listed, browse.known_kinds(services.store))


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command("help", "help", cmd_help),
        Command("list", "list [kind]", browse.cmd_list),
        Command("show", "show <entry>", browse.cmd_show),
        Command("history", "history <entry>", curation.cmd_history),
        Command("changes", "changes [since <date | 7d | 24h>]", curation.cmd_changes,
                form=lambda services, args: parse_since(
                    curation.changes_window(args), datetime.now(UTC)) is not None),
        Command("set", curation.SET_FORM, curation.cmd_set, admin=True,
                form=curation.set_fits),
        Command("add", "add <kind> <slug> <title>", curation.cmd_add, admin=True),
        Command("alias", "alias <entry> <alias>", curation.cmd_alias, admin=True),
        Command("unalias", "unalias <entry> <alias>", curation.cmd_unalias, admin=True),
        Command("source", "source <entry> <text or URL>", curation.cmd_source, admin=True),
        Command("track", "track <entry>", curation.cmd_track, admin=True),
        Command("untrack", "untrack <entry>", curation.cmd_untrack, admin=True),
        Command("retire", "retire <entry>", curation.cmd_retire, admin=True),
        Command("restore", "restore <entry>", curation.cmd_restore, admin=True),
        Command("revert", "revert <entry> <version>", curation.cmd_revert, admin=True),
        Command("gaps", "gaps", curation.cmd_gaps, admin=True),
        Command("teach", "teach <entry> <question>", curation.cmd_teach, admin=True),
        Command("dismiss", "dismiss <question>", curation.cmd_dismiss, admin=True),
        Command("subscribe", subscriptions.SUBSCRIBE_FORM, subscriptions.cmd_subscribe,
                admin=True, form=subscriptions.subscribe_fits),
        Command("unsubscribe", "unsubscribe", subscriptions.cmd_unsubscribe, admin=True),
        Command("subscriptions", "subscriptions", subscriptions.cmd_subscriptions),
        Command("digest", "digest", subscriptions.cmd_digest),
        Command("status", "status", cmd_status, admin=True),
        Command("answer", subscriptions.ANSWER_FORM, subscriptions.cmd_answer, admin=True),
    )
}
