"""What the platforms' own surfaces show and take in: a home page, an entry's edit form and
the add-entry form. Plain data in, plain data out; adapters render it (a Slack App Home and
modals, a Discord modal) and hand back what was typed. Admin checks are the router's."""

import hashlib
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import TYPE_CHECKING

from content.entry import FIELD_RE, LIMITS, RESERVED, Entry
from content.store import EntryMissing, NameTaken
from content.text import scrub, strip_control
from handlers import replies
from handlers.browse import known_kinds
from handlers.curation import (
    check_new,
    create_entry,
    missing,
    seeded,
    shortened,
    still_saying,
    teach,
)
from handlers.diff import changes, describe
from handlers.gaps import Gap, group
from handlers.messages import Reply, Request
from handlers.subscriptions import next_run

if TYPE_CHECKING:
    from handlers.services import Services

HOME_DAYS = 7
HOME_CHANGES = 10
HOME_GAPS = 10
HOME_AUDIT = 10
HOME_SUBSCRIPTIONS = 10


@dataclass(frozen=True)
class Change:
    slug: str
    text: str  # `title (v3) · status: Expected → Signed`
    when: str
    by: str


@dataclass(frozen=True)
class SubscriptionRow:
    channel: str
    schedule: str
    next_run: str
    last_delivery: str
    state: str


@dataclass(frozen=True)
class GapRow:
    id: str  # stable while the gap stands: what a Teach or Dismiss click names
    question: str
    count: int
    last: str


@dataclass(frozen=True)
class AuditRow:
    when: str
    who: str
    command: str
    result: str


@dataclass(frozen=True)
class Home:
    """A person's home page: what the briefing is, what changed, where digests go; for admins
    also the gaps and the audit log. `more_*` count what did not fit."""

    subject: str
    description: str
    admin: bool
    changes: tuple[Change, ...] = ()
    more_changes: int = 0
    subscriptions: tuple[SubscriptionRow, ...] = ()
    more_subscriptions: int = 0
    gaps: tuple[GapRow, ...] = ()
    more_gaps: int = 0
    audit: tuple[AuditRow, ...] = ()
    notice: str = ""  # the result of the last thing done from the page


@dataclass(frozen=True)
class EntryForm:
    """An entry as its edit form opens: `version` is what the submit is compared against."""

    slug: str
    kind: str
    version: int
    title: str
    summary: str
    fields: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class AddForm:
    kinds: tuple[tuple[str, str], ...]  # (kind, description)


@dataclass(frozen=True)
class Submitted:
    """What a person typed into an edit form. A field left empty is removed; a field not in
    the form is left as it is."""

    title: str
    summary: str
    fields: dict[str, str] = field(default_factory=dict)
    source: str = ""


@dataclass(frozen=True)
class Outcome:
    """A form's result: the reply when it went through (or was refused), else the problems,
    input name -> message ("title", "summary", "source", "kind", "slug", "field:<name>")."""

    reply: Reply | None = None
    errors: dict[str, str] = field(default_factory=dict)


def home(services: "Services", request: Request, admin: bool, notice: str = "") -> Home:
    store = services.store
    since = request.now - timedelta(days=HOME_DAYS)
    latest: dict[str, Change] = {}
    for revision in reversed(store.revisions_since(since)):  # tracked entries, as `changes`
        if revision.slug in latest or seeded(revision):
            continue
        found = changes(revision.before, revision.after)
        what = ("new entry" if revision.before is None
                else "; ".join(describe(c, 60) for c in found) or "no visible change")
        latest[revision.slug] = Change(
            revision.slug, f"{revision.after['title']} (v{revision.version}) · {what}",
            replies.when(revision.at), services.people.display(revision.actor))
    shown = list(latest.values())
    subscriptions = [
        SubscriptionRow(s.channel, replies.schedule_words(s),
                        _local(next_run(s, request.now)),
                        replies.when(s.last_delivery_at) if s.last_delivery_at else "never",
                        "active" if s.state == "active" else f"paused: {s.paused_reason}")
        for s in services.ledger.subscriptions() if s.platform == request.platform]
    gaps: list[Gap] = group(services.gaps.declined()) if admin else []
    audit = [AuditRow(replies.when(row["at"]), services.people.display(row["actor"]),
                      row["command"], row["result"] + (f" ×{row['count']}"
                                                        if (row.get("count") or 1) > 1 else ""))
             for row in store.latest_audit(HOME_AUDIT)] if admin else []
    return Home(
        subject=services.subject, description=services.store.meta("description"), admin=admin,
        changes=tuple(shown[:HOME_CHANGES]), more_changes=max(0, len(shown) - HOME_CHANGES),
        subscriptions=tuple(subscriptions[:HOME_SUBSCRIPTIONS]),
        more_subscriptions=max(0, len(subscriptions) - HOME_SUBSCRIPTIONS),
        gaps=tuple(GapRow(gap_id(g), g.question, g.count, replies.when(g.last_at))
                   for g in gaps[:HOME_GAPS]),
        more_gaps=max(0, len(gaps) - HOME_GAPS), audit=tuple(audit), notice=notice)


def gap_id(gap: Gap) -> str:
    return hashlib.sha256(gap.key.encode()).hexdigest()[:16]


def find_gap(services: "Services", wanted: str) -> Gap | None:
    """The gap a click names (by `gap_id`), if it is still on the list."""
    return next((g for g in group(services.gaps.declined()) if gap_id(g) == wanted), None)


def gap_choices(services: "Services", current: str, limit: int) -> list[tuple[str, str]]:
    """(question, gap id) of the gaps holding `current`, most asked first."""
    key = current.casefold().strip()
    return [(g.question, gap_id(g)) for g in group(services.gaps.declined())
            if key in g.question.casefold()][:limit]


def teach_gap(services: "Services", request: Request, wanted: str, entry: str) -> Reply:
    """Teach a gap's question (shortened to a phrasing's length) to `entry`; every wording
    of the gap leaves the list."""
    gap = find_gap(services, wanted)
    if gap is None:
        return replies.gap_gone()
    return teach(services, request, entry, shortened(gap.question), sorted(gap.wordings))


def dismiss_gap(services: "Services", request: Request, wanted: str) -> Reply:
    gap = find_gap(services, wanted)
    if gap is None:
        return replies.gap_gone()
    rows = [row for row in services.gaps.declined() if row["question"] in gap.wordings]
    services.gaps.dismiss([row["id"] for row in rows], request.audit(), request.now)
    return replies.dismissed(gap.question, sum(row.get("count") or 1 for row in rows))


def entry_form(services: "Services", name: str) -> EntryForm | Reply:
    entry = services.store.resolve(name, include_retired=True)
    if entry is None:
        return missing(services, name)
    return EntryForm(entry.slug, entry.kind, entry.version, entry.title, entry.summary,
                     tuple(entry.fields.items()))


def add_form(services: "Services") -> AddForm:
    return AddForm(tuple(known_kinds(services.store).items()))


def submit_edit(services: "Services", request: Request, slug: str, version: int,
                submitted: Submitted) -> Outcome:
    """One revision with what changed since the form opened at `version`, audited; or the
    problems, and nothing changes. An edit someone made meanwhile to another input stands;
    one to the same input is named beside it rather than overwritten."""
    entry = services.store.get(slug)
    if entry is None:
        return Outcome(missing(services, slug))
    opened = services.store.revision(slug, version) if 0 < version <= entry.version else None
    base = opened.after if opened else entry.content()
    fields = {name.strip().lower(): _text(value) for name, value in submitted.fields.items()}
    typed = {"title": _text(submitted.title), "summary": _text(submitted.summary)}
    source = _text(submitted.source)
    errors = _problems({**typed, **fields}, source)
    for name in fields:
        if name in ("title", "summary"):
            errors[f"field:{name}"] = f"Change the {name} in its own input."
    if "" in fields:
        errors.pop("field:", None)
        errors["field:"] = "Name the field the value is for."
    if errors:
        return Outcome(errors=errors)
    typed |= fields
    was = {"title": base["title"], "summary": base["summary"], **base["fields"]}
    wanted = {name: value for name, value in typed.items() if value != was.get(name, "")
              and not _prefilled(name, value, was.get(name, ""))}
    cited = [s for s in entry.sources if source in (s.get("url"), s.get("title"))]
    if not wanted and (not source or cited):  # a resubmitted form changes nothing twice
        return Outcome(replies.unchanged(entry))
    named = ", ".join(wanted) or "source"
    audited = replace(request, text=f"edit {slug} ({named}) in a form")

    def change(current: Entry) -> Entry:
        now = {"title": current.title, "summary": current.summary, **current.fields}
        moved = {name: now.get(name, "") for name, value in wanted.items()
                 if now.get(name, "") not in (was.get(name, ""), value)}
        if moved:
            raise Conflict({_input(name): replies.changed_meanwhile(value)
                            for name, value in moved.items()})
        fields = dict(current.fields)
        for name, value in wanted.items():
            if name not in ("title", "summary"):
                if value:
                    fields[name] = value
                else:
                    fields.pop(name, None)
        added = ()
        if source and not any(source in (s.get("url"), s.get("title"))
                              for s in current.sources):
            added = ({**_cite(source, request),
                      **({"field": named} if len(wanted) == 1 else {})},)
        return replace(current, title=wanted.get("title", current.title),
                       summary=wanted.get("summary", current.summary), fields=fields,
                       sources=(*current.sources, *added))

    try:
        before, revision = services.store.edit(slug, change, audited.audit(), request.now)
    except Conflict as exc:
        return Outcome(errors=exc.errors)
    except EntryMissing:
        return Outcome(missing(services, slug))
    except NameTaken as exc:
        return Outcome(errors={"title": replies.name_taken(*exc.args).text})
    if revision is None:
        return Outcome(replies.unchanged(before))
    reply = replies.edited(before, revision.version, "edited",
                           changes(revision.before, revision.after))
    stale = [found for name, value in wanted.items() if was.get(name)
             for found in still_saying(services, was[name], slug, name)]
    return Outcome(replies.with_stale(reply, list(dict.fromkeys(stale))))


class Conflict(Exception):
    """Someone changed an input of the form since it opened; nothing is written."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("changed meanwhile")
        self.errors = errors


def _prefilled(name: str, value: str, was: str) -> bool:
    """Is `value` a form's prefill of a text longer than an input holds (a pack may load a
    summary past the limit), sent back untouched? Saving it would cut the text short."""
    limit = LIMITS.get(name, LIMITS["field"])
    return len(was) > limit and value == _text(was[:limit])


def _input(name: str) -> str:
    return name if name in ("title", "summary") else f"field:{name}"


def submit_add(services: "Services", request: Request, kind: str, slug: str, title: str,
               summary: str) -> Outcome:
    kind, slug, title, summary = (kind.strip().lower(), slug.strip().lower(), _text(title),
                                  _text(summary))
    errors = {name: reply.text for name, reply in check_new(services, kind, slug,
                                                              title).items()}
    errors |= {name: f"Give the entry a {name}." for name, value in
               (("kind", kind), ("slug", slug), ("title", title)) if not value}
    if len(summary) > LIMITS["summary"]:
        errors["summary"] = replies.too_long_value("summary", len(summary), LIMITS["summary"])
    if errors:
        return Outcome(errors=errors)
    audited = replace(request, text=f"add {kind} {slug} {title} in a form")
    problem, reply = create_entry(services, audited, kind, slug, title, summary or title)
    return Outcome(errors={problem: reply.text}) if problem else Outcome(reply)


def _problems(typed: dict[str, str], source: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, value in typed.items():
        where = name if name in ("title", "summary") else f"field:{name}"
        if name not in ("title", "summary") and (not FIELD_RE.match(name) or name in RESERVED):
            errors[where] = replies.bad_field(name).text
        elif name in ("title", "summary") and not value:
            errors[where] = f"An entry needs a {name}."
        elif len(value) > LIMITS.get(name, LIMITS["field"]):
            errors[where] = replies.too_long_value(name, len(value),
                                                   LIMITS.get(name, LIMITS["field"]))
    if len(source) > LIMITS["source"]:
        errors["source"] = replies.too_long_value("source", len(source), LIMITS["source"])
    return errors


def _cite(text: str, request: Request) -> dict:
    key = "url" if text.startswith(("http://", "https://")) and " " not in text else "title"
    return {key: text, "date": request.now.date().isoformat()}


def _text(value: str | None) -> str:
    return strip_control(scrub(value or "")).strip()


def _local(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M %Z") if moment else "on the next change"
