"""Every sentence the bot says lives here, so Slack, Discord and the console say the same thing."""

import re
from dataclasses import replace

from content.entry import Entry, source_label
from content.text import name_words, words
from handlers.answer import Found
from handlers.declines import PERSON_KINDS, _role, asks_which_people
from handlers.diff import changes, describe
from handlers.lexicon import NAME_TITLES
from handlers.messages import Related, Reply
from handlers.reading import question_type

MAX_MESSAGE = 2000
MAX_RELATED = 3
MAX_RELATED_SHOWN = 10  # ... and `show` of one entry


def label(field_name: str) -> str:
    """`expected_signing` -> `Expected signing`."""
    return field_name.replace("_", " ").capitalize()


# Words of a fact's name that say its digits are a code, not a quantity ("zip", "case_number")
_CODES = frozenset("zip postcode code id phone tel fax number no registration serial case docket "
                   "patent isbn".split())


def fact_line(name: str, value: str) -> str:
    """`Penalty usd: 100,000,000`: a fact as shown, a bare quantity of five digits or more
    with its thousands marked (not a code: "Zip: 60601")."""
    if re.fullmatch(r"\d{5,}", value) and _CODES.isdisjoint(name.split("_")):
        value = f"{int(value):,}"
    return f"{label(name)}: {value}"


def answer(found: Found, titles: dict[str, str]) -> Reply:
    """`titles`: the titles of the live entries among the answer's related ones."""
    entry = found.entry
    assert entry is not None
    lines = [fact_line(name, value) for name, value in found.facts]
    lines.append(entry.summary)
    # A person's entry whose lines never say their name ("Judge who accepted the plea ...")
    # says it first: the title is a header on some surfaces and absent from plain text. So does
    # any entry that answers "which ...?" ("which film won the award?": "Name: Tern (2017 film)"),
    # and a body's entry that answers "who ...?" ("who owned the ship?": "Name: Gull Lines").
    if (entry.kind in PERSON_KINDS or _asks_which(found.question)
            or (entry.kind in _BODY_KINDS and _asks_who_did(found.question))
            ) and not _names(entry.title, lines, entry.kind in PERSON_KINDS):
        lines.insert(0, f"Name: {entry.title}")
    shown = (*(name for name, _ in found.facts), "summary")
    return _about(entry, "\n".join(lines), sources(entry, shown), titles)


# Kinds of entry that are a body of people, which may be who did something
_BODY_KINDS = frozenset("organisation organization company agency body regulator bank firm "
                        "group institution union operator authority court government party "
                        "club team department ministry corporation business insurer charity "
                        "airline carrier".split())


def _asks_who_did(question: str) -> bool:
    """Does the question ask who did something, which a body may have ("who owned the ship?"),
    not who ran it or held a post in it ("who ran the company?", "who was its chief
    executive?"), which a person did?"""
    tokens = words(question)
    return question_type(tokens) == "who" and _role(tokens) not in _POSTS and (
        _POSTS.isdisjoint(tokens[:6]))


# Posts held in a body, of which a person is asked, not the body
_POSTS = frozenset("running chief executive chairman chair chairwoman president director head "
                   "boss leader ceo cfo founder manager".split()) | NAME_TITLES


def _asks_which(question: str) -> bool:
    """Does the question ask which thing ("which film won?"), not which people ("which radio
    hosts teamed up?", whom a fact names)?"""
    tokens = words(question)
    return question_type(tokens) == "which" and not asks_which_people(tokens)


def _names(title: str, lines: list[str], person: bool) -> bool:
    """Do these lines say the name in `title` ("Judge Dana Holt": "Holt"; a thing's whole
    name, "Gull Steamship Company", not only "Company", which another company's name ends
    with)?"""
    name = name_words(title)
    said = name[-1:] if person else [" ".join(name)] if name else []
    return not said or any(re.search(rf"\b{re.escape(said[0])}\b", line, re.IGNORECASE)
                           for line in lines)


def answers(found: list[Found], titles: dict[str, str], subject: str) -> Reply:
    """The reply to a message of one or more questions: each part answered or declined."""
    if len(found) == 1:
        return answer(found[0], titles) if found[0].entry is not None else declined(subject)
    # (parts answered from one entry in a row are one block with the facts of each: "when did
    # the board sue Acme, and what's the most it can be fined?")
    joined: list[Found] = []
    for f in found:
        last = joined[-1] if joined else None
        if last is not None and last.entry is not None and f.entry is not None and (
                last.entry.slug == f.entry.slug):
            joined[-1] = replace(last, facts=tuple(dict.fromkeys((*last.facts, *f.facts))))
        else:
            joined.append(f)
    found = joined  # (one block still says its title: the message asked more than one thing)
    parts = [answer(f, titles) if f.entry is not None else None for f in found]
    answered = [p for p in parts if p is not None]
    if not answered:
        return declined(subject)
    blocks = []
    for part, f in zip(parts, found, strict=True):
        if part is None:
            blocks.append(f"\"{quoted(f.question, 80)}\": {NOT_IN_BRIEFING}")
        else:
            # (a block's title says the name a "Name:" line would say again)
            named = f"Name: {part.title}\n"
            blocks.append(f"{part.title}\n{part.text.removeprefix(named)}")
    return Reply(
        text="\n\n".join(blocks),
        answered=True,
        entries=tuple(dict.fromkeys(s for p in answered for s in p.entries)),
        sources=tuple(dict.fromkeys(s for p in answered for s in p.sources)),
        updated=max(p.updated or "" for p in answered) or None,
        related=answered[0].related,
        kind="answer",
    )


NOT_IN_BRIEFING = "the briefing does not say."

# A user's words quoted back: without the platform's mention syntax ("<@U1>", "<@&9>",
# "<!here>", "<#C1>") or a mass mention ("@everyone"), so a quoted part pings nobody on any
# surface, whatever the adapter does after.
_MENTION = re.compile(r"<[@!#][^<>\s]*>|@(?=(?:everyone|here|channel)\b)", re.IGNORECASE)


def _unaddressed(text: str) -> str:
    return " ".join(_MENTION.sub("", text).split())


def show(entry: Entry, titles: dict[str, str]) -> Reply:
    lines = [entry.summary, ""]
    lines += [fact_line(name, value) for name, value in entry.fields.items()]
    if entry.aliases:
        lines.append(f"Also called: {', '.join(entry.aliases)}")
    lines.append(f"Kind: {entry.kind} · slug: {entry.slug} · version {entry.version}"
                 + (" · tracked" if entry.tracked else ""))
    for source in entry.sources:
        quote = f' — "{source["quote"]}"' if source.get("quote") else ""
        lines.append(f"Source: {source_label(source)}{quote}")
    # (its text lists every source, so the line under it says only the date; and every
    # related entry, where an answer points to a few)
    return _about(entry, "\n".join(lines), (), titles, related=MAX_RELATED_SHOWN)


def _about(entry: Entry, text: str, cited: tuple[str, ...], titles: dict[str, str],
           related: int = MAX_RELATED) -> Reply:
    """A reply about one entry: its title, sources, last revision's date, related entries."""
    live = [slug for slug in entry.related if slug in titles]
    return Reply(
        text=text,
        answered=True,
        title=entry.title,
        entries=(entry.slug,),
        sources=cited,
        updated=(entry.updated_at or "")[:10] or None,
        related=tuple(Related(slug, titles[slug]) for slug in live[:related]),
        kind="answer",
    )


def footer(reply: Reply) -> str:
    """`Source: <title> · updated <date>`, the line under an answer on every platform."""
    parts = []
    if reply.sources:
        parts.append(f"Source: {reply.sources[0]}")
    if reply.updated:
        parts.append(f"updated {reply.updated}")
    line = " · ".join(parts)
    return line[:1].upper() + line[1:]


def sources(entry: Entry, shown: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Source labels, those behind the fields shown first (an edit's `--source`, newest
    first)."""
    backing = [s for s in reversed(entry.sources) if s.get("field") and s["field"] in shown]
    rest = [s for s in entry.sources if s not in backing]
    return tuple(dict.fromkeys(source_label(s) for s in [*backing, *rest]))


def declined(subject: str) -> Reply:
    return Reply(
        text=(
            f"I don't have an answer to that in the briefing on {subject}. "
            "Type `help` to see what I can do, or `list` to browse the entries."
        ),
        kind="declined",
    )


def empty(subject: str) -> Reply:
    return Reply(
        text=f"Ask me a question about {subject}, or type `help`.",
        kind="error",
    )


def too_long(length: int) -> Reply:
    return Reply(
        text=(
            f"That message is {length:,} characters long; the limit is {MAX_MESSAGE:,}. "
            "Ask a shorter question."
        ),
        kind="error",
    )


def no_entry(name: str, suggestions: list[Entry], ephemeral: bool = False) -> Reply:
    shown = quoted(name, 60)
    if suggestions:
        options = ", ".join(f"`{e.slug}` ({e.title})" for e in suggestions)
        text = f"There is no entry called '{shown}'. Did you mean {options}? Type `show <entry>`."
    else:
        text = f"There is no entry called '{shown}'. Type `list` to see every entry."
    return Reply(text=text, kind="error", ephemeral=ephemeral)


def unknown_kind(kind: str, kinds: list[str]) -> Reply:
    names = ", ".join(kinds)
    return Reply(
        text=f"There is no kind called '{quoted(kind, 40)}'. Kinds: {names}. Type `list <kind>`.",
        kind="error",
    )


def listing(groups: list[tuple[str, list[Entry]]], per_kind: int) -> Reply:
    lines = []
    for kind, entries in groups:
        lines.append(f"{kind} ({len(entries)}):")
        lines += [f"  {e.slug} — {e.title}" for e in entries[:per_kind]]
        if len(entries) > per_kind:
            lines.append(f"  … and {len(entries) - per_kind:,} more; type `list {kind}`.")
    if not lines:
        lines = ["The briefing has no entries yet."]
    return Reply(text="\n".join(lines), kind="info")


def overview(subject: str, description: str, titles: list[str], total: int) -> Reply:
    if not total:
        return Reply(text=f"The briefing on {subject} has no entries yet.", kind="info")
    lines = [description.strip() or f"A curated, sourced briefing on {subject}."]
    lines += ["", f"Among its {total:,} entries: " + "; ".join(titles)
              + ("." if len(titles) == total else "; …")]
    lines += ["", "Ask me a question about any of it, or type `list` to browse the entries."]
    return Reply(text="\n".join(lines), title=subject, kind="info")


def help_text(subject: str, commands: list[tuple[str, str]], kinds: dict[str, str]) -> Reply:
    lines = [f"I answer questions about {subject} from a curated, sourced briefing.", ""]
    lines += [f"`{usage}` — {doc}" for usage, doc in commands]
    if kinds:
        lines += ["", "Kinds of entry: " + "; ".join(
            f"`{kind}`" + (f" ({about})" if about else "") for kind, about in kinds.items())]
    lines += ["", f"Anything else is read as a question about {subject}."]
    return Reply(text="\n".join(lines), kind="info")


def welcome(subject: str) -> str:
    """The console's first line (benchmarks wait for it as the sign the chat is ready)."""
    return f"Briefbot: ask about {subject}. Type `help` for commands, Ctrl-D to quit."


def stale_button() -> Reply:
    return Reply(text="That button no longer does anything. Ask again for a fresh answer.",
                 ephemeral=True)


def stale_command() -> Reply:
    return Reply(text="That command is not one I have any more; type `/brief help` for the ones "
                      "I have. Discord can take up to an hour to update its list.",
                 ephemeral=True)


def feedback_thanks(helpful: bool) -> Reply:
    if helpful:
        return Reply(text="Thanks, glad it helped.", ephemeral=True)
    return Reply(text="Thanks for telling me. The question goes to the admins' gaps list.",
                 ephemeral=True)


def pausing(per_minute: int) -> Reply:
    return Reply(text=f"You have sent more than {per_minute} messages in a minute, so I am "
                      "pausing for you; I will answer again once you slow down.",
                 kind="error", ephemeral=True)


def silence() -> Reply:
    return Reply(text="", kind="silent")


def sorry() -> Reply:
    return Reply(text="Sorry, something went wrong on my side. Please try again.",
                 kind="failure")


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def quoted(text: str, limit: int) -> str:
    """Someone's words quoted back, clipped, without a mention in them (see `_MENTION`)."""
    return clip(_unaddressed(text), limit)


# -- curation --------------------------------------------------------------------------------

SET_DONE = "{field} set"
ALIAS_DONE = "alias '{alias}' added"
UNALIAS_DONE = "alias '{alias}' removed"
SOURCE_DONE = "source added"
REVERT_DONE = "reverted to version {version}"
TAUGHT = "learned the phrasing '{question}': that question and close ones answer from it now"
FLAG_DONE = {
    ("tracked", True): "now tracked: its changes go into digests",
    ("tracked", False): "no longer tracked: its changes stay out of digests",
    ("retired", True): "retired: hidden from answers and lists, history kept",
    ("retired", False): "restored: back in answers and lists",
}
HISTORY_LIMIT = 100
CHANGES_LIMIT = 50
GAPS_LIMIT = 30


def _admin(text: str, kind: str = "info") -> Reply:
    """Admin results and refusals are shown only to the person who typed the command."""
    return Reply(text=text, kind=kind, ephemeral=True)


def not_admin(command: str) -> Reply:
    return _admin(
        f"Only admins can use `{command}`: users listed in BRIEFBOT_ADMINS, Slack workspace "
        "admins and owners, and Discord members with Manage Server or the admin role. "
        "Ask an admin, or see `help`.",
        kind="refused",
    )


def teach_retired(slug: str) -> Reply:
    return _admin(f"`{slug}` is retired, so it answers nothing: `restore {slug}` first, or "
                  "teach the question to a live entry.", kind="error")


def taught_elsewhere(question: str, slug: str) -> Reply:
    return _admin(f"'{quoted(question, 80)}' is already a phrasing of `{slug}`: one question "
                  "answers from one entry.", kind="error")


def usage(form: str, example: str | None) -> Reply:
    tail = f" For example: `{example}`." if example else ""
    return _admin(f"Type `{form}`.{tail}", kind="error")


def bad_field(field: str) -> Reply:
    return _admin(
        f"'{quoted(field, 40)}' is not a field name: use title, summary, or lower-case letters, "
        "digits and _ (at most 40) other than kind, slug, aliases, keywords, related, sources, "
        "tracked and retired, e.g. `expected_signing`.",
        kind="error",
    )


def bad_kind(kind: str, kinds: tuple[str, ...]) -> Reply:
    return _admin(
        f"'{quoted(kind, 40)}' is not a kind. Kinds: {', '.join(kinds)}.", kind="error"
    )


def bad_slug(slug: str) -> Reply:
    return _admin(
        f"'{quoted(slug, 60)}' is not a valid slug: use 2-48 of a-z, 0-9 and '-', starting with "
        "a letter, e.g. `senate-hearing`.",
        kind="error",
    )


def too_long_value(what: str, length: int, limit: int) -> str:
    return f"That {what} is {length:,} characters; the limit is {limit:,}. Shorten it, try again."


def exists(slug: str) -> Reply:
    return _admin(f"There is already an entry `{slug}`. Type `show {slug}`, or pick another slug.",
                  kind="error")


def name_taken(name: str, owner: str) -> Reply:
    return _admin(
        f"'{quoted(name, 60)}' already names the entry `{owner}`; names must be unique.",
        kind="error",
    )


def added_source(actor: str) -> str:
    return f"Added in chat by {actor}"


def added(entry: Entry) -> Reply:
    return _admin(
        f"Added `{entry.slug}` ({entry.kind}): {entry.title}. It is tracked. Fill it in with "
        f"`set {entry.slug} summary <text>` and `set {entry.slug} <field> <value>`."
    )


def not_an_alias(alias: str, entry: Entry) -> str:
    names = ", ".join(entry.aliases) or "none"
    return f"'{quoted(alias, 60)}' is not an alias of `{entry.slug}`. Its aliases: {names}."


def no_version(entry: Entry, version: int) -> Reply:
    return _admin(
        f"`{entry.slug}` has no version {version}; it has versions 1 to {entry.version}. "
        f"Type `history {entry.slug}` to see them.",
        kind="error",
    )


def form_problems(errors: dict[str, str]) -> Reply:
    """A form that could not go through, each problem named by its input; nothing changed."""
    lines = ["Nothing changed:"]
    lines += [f"{label(name.removeprefix('field:'))}: {problem}" for name, problem in
              errors.items()]
    return _admin("\n".join(lines), kind="error")


def refused_edit(text: str) -> Reply:
    return _admin(text, kind="error")


def unchanged(entry: Entry) -> Reply:
    return _admin(f"`{entry.slug}` already says that; nothing changed (still version "
                  f"{entry.version}).")


def edited(before: Entry, version: int, what: str, changed) -> Reply:
    lines = [f"`{before.slug}` {what} (version {version})."]
    lines += [f"  {describe(change)}" for change in changed]
    return _admin("\n".join(lines))


STALE_SHOWN = 8


def with_stale(reply: Reply, stale: list[tuple[str, str]]) -> Reply:
    """An edit's reply, plus where the old value still stands, so the admin can fix it next."""
    if not stale:
        return reply
    places = ", ".join(f"`{slug}` ({place})" for slug, place in stale[:STALE_SHOWN])
    more = f" and {len(stale) - STALE_SHOWN} more" if len(stale) > STALE_SHOWN else ""
    return _admin(f"{reply.text}\nStill says the old value: {places}{more}. Fix with "
                  "`set <entry> <field> <value>`.")


def history(entry: Entry, revisions, name=str) -> Reply:
    lines = [f"History of `{entry.slug}` ({entry.title}), newest first:"]
    for revision in revisions[:HISTORY_LIMIT]:
        lines.append(f"v{revision.version} · {when(revision.at)} · {name(revision.actor)}")
        found = changes(revision.before, revision.after)
        if revision.before is None:
            lines.append("  created")
        lines += [f"  {describe(c)}" for c in found if revision.before is not None]
    if len(revisions) > HISTORY_LIMIT:
        lines.append(f"… and {len(revisions) - HISTORY_LIMIT} older versions.")
    return Reply(text="\n".join(lines), entries=(entry.slug,))


def changes_reply(window: str, span: bool, rows, name=str) -> Reply:
    period = f"in the last {window}" if span else f"since {window}"
    if not rows:
        return Reply(text=f"No changes to tracked entries {period}.")
    lines = [f"Changes to tracked entries {period}, oldest first:"]
    for revision, found in rows[:CHANGES_LIMIT]:
        head = f"{when(revision.at)} · {revision.after['title']} (v{revision.version}) · "
        if revision.before is None:
            what = "new entry"
        else:
            what = "; ".join(describe(c, 60) for c in found) or "no visible change"
        lines.append(f"{head}{what} · by {name(revision.actor)}")
    if len(rows) > CHANGES_LIMIT:
        lines.append(f"… and {len(rows) - CHANGES_LIMIT} more; narrow the window, e.g. "
                     "`changes since 24h`.")
    return Reply(text="\n".join(lines))


def gaps(found) -> Reply:
    if not found:
        return _admin("No declined questions yet.")
    lines = ["Questions I could not answer, most asked first:"]
    for gap in found[:GAPS_LIMIT]:
        lines.append(f"{gap.count}× · last {when(gap.last_at)} · {quoted(gap.question, 120)}")
    if len(found) > GAPS_LIMIT:
        lines.append(f"… and {len(found) - GAPS_LIMIT} more.")
    return _admin("\n".join(lines))


# -- the home page and forms: what the renderers put into words ------------------------------

HOME_EMPTY = {
    "changes": "Nothing changed in the last 7 days.",
    "subscriptions": "No channel gets digests. An admin can type `/brief subscribe` in a "
                     "channel.",
    "gaps": "No declined questions.",
    "audit": "Nothing yet.",
}


def more_of(count: int, command: str) -> str:
    """The line under a list cut short: how many more, and the command that shows all."""
    return f"and {count} more: type `{command}` to see all."


def edit_note(title: str) -> str:
    """Under a public answer, to an admin only: the entry it comes from can be edited."""
    return f"You can edit *{title}*, which this answer comes from."


def changed_meanwhile(value: str) -> str:
    now = f"'{clip(value, 200)}'" if value else "empty"
    return f"Someone changed this since you opened the form: it is now {now}. Reopen to edit."


def gap_gone() -> Reply:
    return _admin("That question is no longer on the gaps list.", kind="error")


def no_gap(question: str) -> Reply:
    return _admin(f"No question like '{quoted(question, 120)}' is on the gaps list. Type `gaps` "
                  "to see it.", kind="error")


def dismissed(question: str, asked: int) -> Reply:
    times = "once" if asked == 1 else f"{asked} times"
    return _admin(f"Took '{quoted(question, 120)}' (asked {times}) off the gaps list.")


def when(iso: str) -> str:
    """`2026-11-26T12:00:00+00:00` -> `2026-11-26 12:00 UTC`."""
    return iso[:16].replace("T", " ") + (" UTC" if iso.endswith("+00:00") else "")


# -- subscriptions and digests ---------------------------------------------------------------

def bad_subscribe(problem: str, form: str) -> Reply:
    return _admin(f"That schedule won't work: {problem}. Type `{form}`, e.g. "
                  "`subscribe weekdays 09:00 tz America/New_York`.", kind="error")


def schedule_words(subscription, debounce: int | None = None) -> str:
    if subscription.schedule == "on-change":
        wait = f" (once edits pause for {debounce}s)" if debounce else ""
        return f"on change{wait}"
    return f"{subscription.schedule} {subscription.tz}"


def subscribed(subscription, created: bool, next_run, debounce: int) -> Reply:
    verb = "Subscribed" if created else "Updated the subscription of"
    only = f", only {', '.join(subscription.only)}" if subscription.only else ""
    when = f" Next run: {_local(next_run)}." if next_run else ""
    start = " It starts from now; earlier changes are not sent." if created else ""
    return _admin(f"{verb} this channel: digests {schedule_words(subscription, debounce)}"
                  f"{only}.{when}{start}")


def unsubscribed(removed: bool) -> Reply:
    if removed:
        return _admin("Unsubscribed: this channel gets no more digests.")
    return _admin("This channel has no subscription; nothing changed. See `subscriptions`.")


def channel_mode(mode: str, changed: bool) -> Reply:
    what = {"mentions": "I answer here when mentioned, in DMs, `/brief` and threads I follow.",
            "questions": "I answer every question asked in this channel, in a thread, with no "
                         "mention needed; other messages get no reply."}[mode]
    return _admin(what if changed else f"Already so: {what[0].lower()}{what[1:]}")


def _modes(modes) -> list[str]:
    asking = [f"{platform}:{channel}" for platform, channel, mode in modes if mode == "questions"]
    if not asking:
        return ["Every channel: answers when mentioned (admins can type `answer questions`)."]
    return [f"Answers every question, unmentioned, in: {', '.join(asking)}; elsewhere when "
            "mentioned."]


def subscriptions(found, modes=()) -> Reply:
    if not found:
        return Reply(text="\n".join(["No channel is subscribed. An admin can type `subscribe` "
                                     "in a channel.", *_modes(modes)]))
    lines = ["Subscriptions:"]
    for subscription, next_run in found:
        state = ("active" if subscription.state == "active"
                 else f"paused: {subscription.paused_reason}")
        only = ", ".join(subscription.only) or "all tracked entries"
        lines.append(
            f"#{subscription.id} {subscription.platform}:{subscription.channel} · "
            f"{schedule_words(subscription)} · {only} · next run "
            f"{_local(next_run) if next_run else 'on the next change'} · last delivery "
            f"{when(subscription.last_delivery_at) if subscription.last_delivery_at else 'never'}"
            f" · {state}"
        )
    return Reply(text="\n".join([*lines, *_modes(modes)]))


def not_subscribed() -> Reply:
    return Reply(text="This channel is not subscribed, so it has no next digest. An admin can "
                      "type `subscribe` here.")


def digest_preview(digest, subscription) -> Reply:
    if digest is None:
        return Reply(text="Nothing new since this channel's last digest.")
    lines = ["Preview of this channel's next digest (nothing is sent):", ""]
    return Reply(text="\n".join(lines + digest_lines(digest)))


def digest_lines(digest) -> list[str]:
    """The digest as lines of plain text: a heading, then one block per entry."""
    n = len(digest.entries)
    lines = [f"Briefing update: {n} {'entry' if n == 1 else 'entries'} changed"]
    for change in digest.entries:
        who = ", ".join(change.actors)
        head = {"new": "New entry: ", "retired": "Retired: ", "restored": "Restored: "}.get(
            change.status, "")
        lines.append(f"• {head}{change.title} (by {who}, {when(change.last_at)})")
        lines += [f"    {describe(c)}" for c in change.changes]
    return lines


def split_posts(lines: list[str], limit: int) -> list[str]:
    """Join lines into posts of at most `limit` characters, breaking only between lines (a
    line longer than the limit is cut into pieces). Nothing is dropped."""
    posts: list[str] = []
    current = ""
    for line in lines:
        pieces = [line[i : i + limit] for i in range(0, len(line), limit)] or [""]
        for piece in pieces:
            if current and len(current) + 1 + len(piece) > limit:
                posts.append(current)
                current = piece
            else:
                current = f"{current}\n{piece}" if current else piece
    if current:
        posts.append(current)
    return posts


def _local(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M %Z")


def status_text(report: dict, modes=()) -> Reply:
    platforms = ", ".join(f"{name}: {'connected' if up else 'down'}"
                          for name, up in report["platforms"].items()) or "console only"
    lines = [
        f"Status: {'OK' if report['ok'] else 'PROBLEM'}",
        f"Platforms: {platforms}",
        f"Database: {report['db']} · scheduler: {report['scheduler']} · pending digests: "
        f"{report['pending_outbox']}",
    ]
    if report.get("replica"):
        leader = report.get("leader") or "none yet"
        lines.append(f"Replica: {report['replica']} · digests run on: {leader}"
                     + (" (this one)" if leader == report["replica"] else ""))
    for s in report["subscriptions"]:
        state = s["state"] + (f" ({s['paused_reason']})" if s["paused_reason"] else "")
        last = when(s["last_delivery"]) if s["last_delivery"] else "never"
        lines.append(f"#{s['id']} {s['platform']}:{s['channel']} · {state} · last delivery "
                     f"{last} · next run {s['next_run']}")
    return _admin("\n".join([*lines, *_modes(modes)]))
