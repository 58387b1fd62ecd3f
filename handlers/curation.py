"""Admin edits by chat, and the read-only history views. Every edit is one audited revision."""

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from content.entry import FIELD_RE, KIND_RE, LIMITS, RESERVED, SLUG_RE, Entry
from content.store import PACK_ACTOR, EntryExists, EntryMissing, NameTaken
from content.text import (
    normalize_name,
    plain_number,
    scrub,
    stem,
    stems,
    strip_control,
    visible,
    words,
)
from handlers import replies
from handlers.browse import known_kinds
from handlers.diff import changes
from handlers.gaps import group, same_gap
from handlers.grammar import fits_usage, split_entry
from handlers.lexicon import STOP
from handlers.messages import Reply, Request
from handlers.since import parse_since

if TYPE_CHECKING:
    from handlers.services import Services

CHANGES_DEFAULT = "7d"
# `dismiss` takes the start of a long question (as a clipped list shows it) from this length.
DISMISS_PREFIX = 20
SET_FORM = "set <entry> <field> <value> [--source <URL or citation>]"
SOURCE_FLAG = " --source "
# An edit's old value still stands where a text holds it, or this share of its words (at
# least this many), among the entries found by searching for them.
STALE_SHARE = 0.6
STALE_WORDS = 3
STALE_CANDIDATES = 30
STALE_STOP = frozenset(stem(w) for w in STOP)
_URL = re.compile(r"^https?://\S+$")


class Refused(Exception):
    """An edit that cannot be made as typed; the message is the reply."""


def cmd_set(services: "Services", request: Request, args: str) -> Reply:
    """Change an entry's title, summary or any field; `--source <URL or citation>` says where
    the new value comes from."""
    name, rest = split_entry(args)
    field, _, value = rest.partition(" ")
    value, _, cited = value.partition(SOURCE_FLAG)
    field, value, cited = field.lower(), _text(value), _text(cited)
    if not name or not field or not value or (SOURCE_FLAG.strip() in rest and not cited):
        return replies.usage(SET_FORM, None)
    if field not in ("title", "summary") and (not FIELD_RE.match(field) or field in RESERVED):
        return replies.bad_field(field)
    _limit(value, LIMITS.get(field, LIMITS["field"]), field)
    _limit(cited, LIMITS["source"], "source")
    source = _source(cited, request, field) if cited else None

    def change(entry: Entry) -> Entry:
        sources = entry.sources if source is None else (*entry.sources, source)
        if field in ("title", "summary"):
            return replace(entry, sources=sources, **{field: value})
        return replace(entry, fields={**entry.fields, field: value}, sources=sources)

    reply = _edit(services, request, name, change, replies.SET_DONE.format(field=field))
    entry = services.store.resolve(name, include_retired=True)
    if reply.kind == "error" or entry is None or entry.version < 2:
        return reply
    before = services.store.revision(entry.slug, entry.version)
    old = _value_of((before.before or {}) if before else {}, field)
    stale = still_saying(services, old, entry.slug, field) if old and old != value else []
    return replies.with_stale(reply, stale)


def set_fits(services: "Services", args: str) -> bool:
    """`set` fits when it names an entry, a field and a value (the source is optional)."""
    return fits_usage("set <entry> <field> <value>", services, args)


def _value_of(content: dict, field: str) -> str:
    return content.get(field, "") if field in ("title", "summary") else (
        content.get("fields") or {}).get(field, "")


def still_saying(services: "Services", old: str, slug: str, field: str) -> list[tuple[str, str]]:
    """(entry, place) of the live entries whose text still holds an edited field's old value:
    the value itself, or most of its words (a summary that restates it)."""
    wanted = {w for w in stems(old) if w not in STALE_STOP}
    if not wanted:
        return []
    key = normalize_name(old)
    terms = [w for w in dict.fromkeys(words(old)) if stem(w) in wanted]
    hits = [hit for hit, _ in services.store.search(terms, limit=STALE_CANDIDATES)]
    found = []
    for entry in services.store.get_many(dict.fromkeys([slug, *hits])).values():
        places = {"title": entry.title, "summary": entry.summary, **entry.fields}
        for place, text in places.items():
            if entry.slug == slug and place == field:
                continue
            held = wanted & stems(text)
            if key in normalize_name(text) or (
                    len(held) >= min(STALE_WORDS, len(wanted))
                    and len(held) >= STALE_SHARE * len(wanted)):
                found.append((entry.slug, place))
    return found


def _source(cited: str, request: Request, field: str) -> dict:
    key = "url" if _URL.match(cited) else "title"
    return {key: cited, "date": request.now.date().isoformat(), "field": field}


def cmd_add(services: "Services", request: Request, args: str) -> Reply:
    """Add a new entry of a kind; fill it in with `set`."""
    kind, _, rest = args.partition(" ")
    slug, _, title = rest.strip().partition(" ")
    kind, slug, title = kind.lower(), slug.lower(), _text(title)
    if not kind or not slug or not title:
        return replies.usage("add <kind> <slug> <title>", None)
    problems = check_new(services, kind, slug, title)
    if problems:
        return next(iter(problems.values()))
    return create_entry(services, request, kind, slug, title, title)[1]


def check_new(services: "Services", kind: str, slug: str, title: str) -> dict[str, Reply]:
    """What is wrong with a new entry's kind, slug and title: input name -> the reply saying
    so; empty when it may be added."""
    kinds = known_kinds(services.store)
    found: dict[str, Reply] = {}
    # A pack that declares its kinds keeps to them; one that declares none takes any kind word.
    if kind not in kinds and (services.store.meta("kinds") or not KIND_RE.match(kind)):
        found["kind"] = replies.bad_kind(kind, tuple(kinds))
    if not SLUG_RE.match(slug):
        found["slug"] = replies.bad_slug(slug)
    elif services.store.get(slug) is not None:
        found["slug"] = replies.exists(slug)
    if len(title) > LIMITS["title"]:
        found["title"] = replies.refused_edit(
            replies.too_long_value("title", len(title), LIMITS["title"]))
    return found


def create_entry(services: "Services", request: Request, kind: str, slug: str, title: str,
                 summary: str) -> tuple[str | None, Reply]:
    """Add a checked new entry, tracked, as one audited revision: (None, the reply), or the
    input at fault and the reply saying why (a slug or name taken meanwhile)."""
    entry = Entry(
        slug=slug, kind=kind, title=title, summary=summary, tracked=True,
        sources=({"title": replies.added_source(request.actor),
                  "date": request.now.date().isoformat()},),
    )
    try:
        services.store.create(entry, request.audit(), request.now)
    except EntryExists:
        return "slug", replies.exists(slug)
    except NameTaken as exc:
        return "title", replies.name_taken(*exc.args)
    return None, replies.added(entry)


def cmd_alias(services: "Services", request: Request, args: str) -> Reply:
    """Add another name for an entry."""
    name, alias = _entry_and_text(args, "alias <entry> <alias>", LIMITS["alias"], "alias")
    return _edit(services, request, name, _adding("aliases", alias),
                 replies.ALIAS_DONE.format(alias=alias))


def cmd_unalias(services: "Services", request: Request, args: str) -> Reply:
    """Remove one of an entry's other names."""
    name, alias = _entry_and_text(args, "unalias <entry> <alias>", LIMITS["alias"], "alias")

    def change(entry: Entry) -> Entry:
        kept = tuple(a for a in entry.aliases if a.casefold() != alias.casefold())
        if len(kept) == len(entry.aliases):
            raise Refused(replies.not_an_alias(alias, entry))
        return replace(entry, aliases=kept)

    return _edit(services, request, name, change, replies.UNALIAS_DONE.format(alias=alias))


def cmd_source(services: "Services", request: Request, args: str) -> Reply:
    """Add a source (a URL or a citation) to an entry."""
    name, text = _entry_and_text(args, "source <entry> <text or URL>", LIMITS["source"],
                                 "source")
    source = _source(text, request, "")
    source.pop("field")

    def change(entry: Entry) -> Entry:
        return replace(entry, sources=(*entry.sources, source))

    return _edit(services, request, name, change, replies.SOURCE_DONE)


def _entry_and_text(args: str, form: str, limit: int, what: str) -> tuple[str, str]:
    """`<entry> <text>` arguments: the name and the text as typed (control characters out);
    refused with the form to type when either is missing or the text is too long."""
    name, text = split_entry(args)
    text = _text(text)
    if not name or not text:
        raise Refused(replies.usage(form, None).text)
    _limit(text, limit, what)
    return name, text


def _flag(services: "Services", request: Request, args: str, flag: str, value: bool) -> Reply:
    name, rest = split_entry(args)
    command = request.text.split()[0].lower()
    if not name or rest:
        return replies.usage(f"{command} <entry>", None)
    what = replies.FLAG_DONE[(flag, value)]
    return _edit(services, request, name, lambda e: replace(e, **{flag: value}), what)


def cmd_track(services: "Services", request: Request, args: str) -> Reply:
    """Include an entry's changes in digests."""
    return _flag(services, request, args, "tracked", True)


def cmd_untrack(services: "Services", request: Request, args: str) -> Reply:
    """Leave an entry's changes out of digests."""
    return _flag(services, request, args, "tracked", False)


def cmd_retire(services: "Services", request: Request, args: str) -> Reply:
    """Hide an entry from answers and lists; its history is kept."""
    return _flag(services, request, args, "retired", True)


def cmd_restore(services: "Services", request: Request, args: str) -> Reply:
    """Bring a retired entry back."""
    return _flag(services, request, args, "retired", False)


def cmd_revert(services: "Services", request: Request, args: str) -> Reply:
    """Make an entry what it was at an earlier version (recorded as a new version)."""
    name, version = split_entry(args)
    digits = version.strip().lstrip("v")
    if not name or not plain_number(digits):
        return replies.usage("revert <entry> <version>", None)
    number = int(digits)
    entry = services.store.resolve(name, include_retired=True)
    if entry is None:
        return missing(services, name)
    old = services.store.revision(entry.slug, number)
    if old is None:
        return replies.no_version(entry, number)

    def change(current: Entry) -> Entry:
        return replace(current, **_entry_fields(old.after))

    return _edit(services, request, entry.slug, change, replies.REVERT_DONE.format(version=number))


def cmd_history(services: "Services", request: Request, args: str) -> Reply | None:
    """Every version of an entry, newest first: when, who, and what changed."""
    name, rest = split_entry(args)
    if not name or rest:
        return None if name else replies.usage("history <entry>", None)
    entry = services.store.resolve(name, include_retired=True)
    if entry is None:
        return missing(services, name, ephemeral=False)
    return replies.history(entry, services.store.revisions(entry.slug), services.people.display)


def cmd_changes(services: "Services", request: Request, args: str) -> Reply:
    """Changes to tracked entries in a window, oldest first: `changes since 24h` (default 7d)."""
    window = changes_window(args)
    if parse_since(window, request.now) is None:
        return replies.usage("changes [since <date | 7d | 24h>]", "changes since 24h")
    return changes_in(services, window, request.now)


def changes_window(args: str) -> str:
    return args.strip().removeprefix("since").strip() or CHANGES_DEFAULT


def changes_in(services: "Services", window: str, now) -> Reply:
    """Changes to tracked entries since `window` (a span such as 7d, or a date)."""
    since = parse_since(window, now)
    revisions = services.store.revisions_since(since)
    rows = [(r, changes(r.before, r.after)) for r in revisions if not seeded(r)]
    return replies.changes_reply(window, window[:1].isdigit() and window[-1:].isalpha(), rows,
                                 services.people.display)


def cmd_teach(services: "Services", request: Request, args: str) -> Reply:
    """Answer a question (say one from `gaps`) from an entry from now on, and close that gap."""
    name, question = _entry_and_text(args, "teach <entry> <question>", LIMITS["alias"],
                                     "question")
    return teach(services, request, name, question)


def teach(services: "Services", request: Request, name: str, question: str,
          closes: list[str] = ()) -> Reply:
    """Keep `question` as a phrasing of the entry `name` and close the gaps it answers (and
    the declined wordings `closes`: a long question taught by its shortened form)."""
    entry = services.store.resolve(name, include_retired=True)
    if entry is None:
        return missing(services, name)
    if entry.retired:
        return replies.teach_retired(entry.slug)
    # Taught to another live entry already (the taught phrasings, not every entry, are read)
    wording = normalize_name(question)
    owner = next((slug for slug, taught in services.gaps.taught()
                  if slug != entry.slug and normalize_name(taught) == wording
                  and not getattr(services.store.get(slug), "retired", True)), None)
    if owner is not None:
        return replies.taught_elsewhere(question, owner)
    reply = _edit(services, request, entry.slug, _adding("keywords", question),
                  replies.TAUGHT.format(question=question))
    if reply.kind != "error":
        closed = [row["id"] for row in services.gaps.declined()
                  if same_gap(row["question"], question) or row["question"] in closes]
        services.gaps.record_taught(entry.slug, question, closed, request.now)
    return reply


def shortened(question: str, limit: int = LIMITS["alias"]) -> str:
    """A declined question short enough to keep as a phrasing: whole words, up to `limit`."""
    question = " ".join(question.split())
    if len(question) <= limit:
        return question
    return question[:limit + 1].rsplit(" ", 1)[0][:limit].rstrip(" ,;:")


def cmd_dismiss(services: "Services", request: Request, args: str) -> Reply:
    """Take a question off `gaps` when the briefing should not answer it."""
    question = _text(args)
    if not question:
        return replies.usage("dismiss <question>", None)
    start = question.removesuffix("…").casefold()
    rows = [row for row in services.gaps.declined() if same_gap(row["question"], question)
            or (len(start) >= DISMISS_PREFIX and row["question"].casefold().startswith(start))]
    if not rows:
        return replies.no_gap(question)
    services.gaps.dismiss([row["id"] for row in rows], request.audit(), request.now)
    return replies.dismissed(question, sum(row.get("count") or 1 for row in rows))


def cmd_gaps(services: "Services", request: Request, args: str) -> Reply:
    """Questions the bot declined, near-duplicates grouped, most asked first."""
    return replies.gaps(group(services.gaps.declined()))


def seeded(revision) -> bool:
    """The pack's first load of an entry: the briefing's starting point, not news."""
    return revision.before is None and revision.actor == PACK_ACTOR


def _edit(services: "Services", request: Request, name: str, change, what: str) -> Reply:
    entry = services.store.resolve(name, include_retired=True)
    if entry is None:
        return missing(services, name)
    try:
        before, revision = services.store.edit(entry.slug, change, request.audit(), request.now)
    except EntryMissing:
        return missing(services, name)
    except NameTaken as exc:
        return replies.name_taken(*exc.args)
    if revision is None:
        return replies.unchanged(before)
    return replies.edited(before, revision.version, what, changes(revision.before, revision.after))


def _adding(attribute: str, text: str):
    """An edit that appends `text` to a list attribute (aliases, keywords) unless it is there,
    compared case-insensitively."""

    def change(entry: Entry) -> Entry:
        present = getattr(entry, attribute)
        if text.casefold() in (item.casefold() for item in present):
            return entry
        return replace(entry, **{attribute: (*present, text)})

    return change


def missing(services: "Services", name: str, ephemeral: bool = True) -> Reply:
    slugs = services.vocabulary.suggest(name)
    found = services.store.get_many(slugs)
    return replies.no_entry(name, [found[s] for s in slugs if s in found], ephemeral)



def _text(value: str) -> str:
    """Text as typed, less control characters, lone surrogates and surrounding space; empty
    when nothing of it shows (a zero-width space alone)."""
    text = strip_control(scrub(value)).strip()
    return text if visible(text) else ""


def _limit(value: str, limit: int, what: str) -> None:
    if len(value) > limit:
        raise Refused(replies.too_long_value(what, len(value), limit))


def _entry_fields(content: dict) -> dict:
    """Revision content -> Entry attributes (lists become tuples)."""
    return {
        "kind": content["kind"], "title": content["title"], "summary": content["summary"],
        "fields": dict(content["fields"]), "aliases": tuple(content["aliases"]),
        "keywords": tuple(content["keywords"]), "related": tuple(content["related"]),
        "sources": tuple(content["sources"]), "tracked": content["tracked"],
        "retired": content["retired"],
    }
