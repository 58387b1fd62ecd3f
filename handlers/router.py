"""One chat grammar for every platform: a message is a command from the table, or a question."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from content.store import Store
from content.text import clean, words
from handlers import replies
from handlers.answer import Answerer
from handlers.messages import Reply, Request
from handlers.vocabulary import Vocabulary

log = logging.getLogger(__name__)

LIST_PER_KIND = 50
# A `show` argument this short is a name with a typo; longer is a question ("show me who ...").
SHOW_NAME_WORDS = 3


@dataclass(frozen=True)
class Settings:
    """What handlers need from configuration, passed in rather than read from the environment."""

    admins: frozenset[str] = frozenset()
    tz: str = "UTC"


@dataclass(frozen=True)
class Command:
    name: str
    usage: str
    run: Callable[["Router", Request, str], Reply | None]
    admin: bool = False

    @property
    def help(self) -> str:
        """The first line of the function's docstring: help cannot drift from the code."""
        return (self.run.__doc__ or "").strip().splitlines()[0]


@dataclass
class Router:
    store: Store
    settings: Settings = field(default_factory=Settings)

    def __post_init__(self) -> None:
        self.vocabulary = Vocabulary(self.store)
        self.answerer = Answerer(self.store, self.vocabulary)

    @property
    def subject(self) -> str:
        return self.store.meta("subject", "the tracked subject")

    def handle(self, request: Request) -> Reply:
        """Answer one message. Never raises: an unexpected error becomes a short apology."""
        try:
            return self._dispatch(request)
        except Exception:
            log.exception("handling a %s message failed", request.platform)
            return replies.sorry()

    def _dispatch(self, request: Request) -> Reply:
        text = clean(request.text).strip()
        if len(text) > replies.MAX_MESSAGE:
            return replies.too_long(len(text))
        if not words(text):
            return replies.empty(self.subject)
        head, _, rest = text.partition(" ")
        command = COMMANDS.get(head.lower())
        if command is not None:
            reply = command.run(self, request, rest.strip())
            if reply is not None:
                return reply
        return self.ask(request, text)

    def ask(self, request: Request, question: str) -> Reply:
        found = self.answerer.find(question)
        if found.entry is None:
            log.info("declined (%s): %d chars", found.declined, len(question))
            self.store.record_declined(
                question, request.platform, request.user, request.channel, request.now
            )
            return replies.declined(self.subject)
        return replies.answer(found, self.store)


def cmd_help(router: Router, request: Request, args: str) -> Reply | None:
    """Show this list of commands."""
    if args:
        return None
    return replies.help_text(router.subject, [(c.usage, c.help) for c in COMMANDS.values()])


def cmd_list(router: Router, request: Request, args: str) -> Reply | None:
    """List the entries, optionally only one kind (order, provision, participant, ...)."""
    kinds = router.store.kinds()
    if not args:
        groups = [(kind, router.store.entries(kind)) for kind, _ in kinds]
        return replies.listing(groups, LIST_PER_KIND)
    wanted = _kind(args, [k for k, _ in kinds])
    if wanted is not None:
        return replies.listing([(wanted, router.store.entries(wanted))], LIST_PER_KIND * 20)
    if len(words(args)) == 1:
        return replies.unknown_kind(args, kinds)
    return None


def cmd_show(router: Router, request: Request, args: str) -> Reply | None:
    """Show everything the briefing holds on one entry, with its sources."""
    if not args:
        return replies.no_entry("", [])
    entry = router.store.resolve(args)
    if entry is not None:
        return replies.show(entry, router.store)
    if len(words(args)) <= SHOW_NAME_WORDS:
        slugs = router.vocabulary.suggest(args)
        if slugs:
            found = router.store.get_many(slugs)
            return replies.no_entry(args, [found[s] for s in slugs if s in found])
    return None


def _kind(text: str, kinds: list[str]) -> str | None:
    key = " ".join(words(text))
    for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
        if candidate in kinds:
            return candidate
    return None


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command("help", "help", cmd_help),
        Command("list", "list [kind]", cmd_list),
        Command("show", "show <entry>", cmd_show),
    )
}
