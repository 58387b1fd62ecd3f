"""The platform-neutral message in and reply out. Adapters translate; handlers never send."""

from dataclasses import dataclass
from datetime import datetime

from content.records import Audit


@dataclass(frozen=True)
class Parsed:
    """A message read once: its command word, if it is one, and the arguments as typed."""

    command: str | None  # the command the first word names, else None
    args: str
    admin: bool = False  # an admin command: adapters look up the facts admin checks need


@dataclass(frozen=True)
class Request:
    """One chat message, as any platform delivers it."""

    text: str
    user: str
    now: datetime
    platform: str = "console"
    channel: str = "console"
    # Facts the platform adapter looked up: a Slack workspace admin or owner, a Discord member
    # with Manage Server; the member's role names or ids.
    platform_admin: bool = False
    roles: tuple[str, ...] = ()
    # How the message reached the bot: "direct" (a mention, a DM, a slash command, the
    # console), "thread" (unmentioned, in a thread the bot follows) or "channel" (unmentioned,
    # top level, in a channel an admin set to `answer questions`). Unprompted messages get an
    # answer only when they read as a question or a command to the bot.
    reach: str = "direct"
    # The conversation the message belongs to (a thread, a reply chain, a console session),
    # an id unique on its platform: a follow-up with no name of its own is read against that
    # conversation's last answer.
    thread: str | None = None
    # Another key replies to this message's answer will name as their conversation (a Discord
    # reply chain: each reply points at the message the bot answered).
    reply_key: str | None = None
    # The person's display name as the platform gives it (shown in history and digests).
    user_name: str | None = None
    # The message as `Router.parse` read it, when the adapter already asked.
    parsed: Parsed | None = None

    def audit(self) -> Audit:
        """The audit row's who/where/what for this message."""
        return Audit(self.actor, self.platform, self.user, self.channel, self.text)

    @property
    def actor(self) -> str:
        """Who did it, as audit rows and history show it: `platform:user`."""
        return f"{self.platform}:{self.user}"


@dataclass(frozen=True)
class Related:
    slug: str
    title: str


@dataclass(frozen=True)
class Reply:
    """What the bot says back. Renderers turn it into terminal text, Block Kit or embeds.

    `text` is the complete plain-text reply; `title`, `sources`, `updated` and `related` are
    there for renderers that show them separately.
    """

    text: str
    answered: bool = False
    title: str | None = None
    entries: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    updated: str | None = None
    related: tuple[Related, ...] = ()
    ephemeral: bool = False
    kind: str = "info"  # answer | declined | info | error | refused | silent | failure

    @property
    def silent(self) -> bool:
        """Nothing to post: an unprompted message that was not for the bot."""
        return self.kind == "silent"

    def as_json(self, question: str) -> dict:
        """The `--json` shape of the CLI: a contract, keep its keys."""
        return {
            "question": question,
            "answered": self.answered,
            "text": self.text,
            "entries": list(self.entries),
            "sources": list(self.sources),
        }
