"""Every sentence the bot says lives here, so Slack, Discord and the console say the same thing."""

from content.entry import Entry, source_label
from content.store import Store
from handlers.answer import Found
from handlers.messages import Related, Reply

MAX_MESSAGE = 2000
MAX_RELATED = 3


def label(field_name: str) -> str:
    """`expected_signing` -> `Expected signing`."""
    return field_name.replace("_", " ").capitalize()


def answer(found: Found, store: Store) -> Reply:
    entry = found.entry
    assert entry is not None
    lines = [f"{label(name)}: {value}" for name, value in found.facts]
    lines.append(entry.summary)
    return Reply(
        text="\n".join(lines),
        answered=True,
        title=entry.title,
        entries=(entry.slug,),
        sources=sources(entry),
        updated=(entry.updated_at or "")[:10] or None,
        related=related(entry, store),
        kind="answer",
    )


def show(entry: Entry, store: Store) -> Reply:
    lines = [entry.summary, ""]
    lines += [f"{label(name)}: {value}" for name, value in entry.fields.items()]
    if entry.aliases:
        lines.append(f"Also called: {', '.join(entry.aliases)}")
    lines.append(f"Kind: {entry.kind} · slug: {entry.slug} · version {entry.version}"
                 + (" · tracked" if entry.tracked else ""))
    for source in entry.sources:
        quote = f' — "{source["quote"]}"' if source.get("quote") else ""
        lines.append(f"Source: {source_label(source)}{quote}")
    return Reply(
        text="\n".join(lines),
        answered=True,
        title=entry.title,
        entries=(entry.slug,),
        sources=sources(entry),
        updated=(entry.updated_at or "")[:10] or None,
        related=related(entry, store),
        kind="answer",
    )


def sources(entry: Entry) -> tuple[str, ...]:
    return tuple(dict.fromkeys(source_label(s) for s in entry.sources))


def related(entry: Entry, store: Store) -> tuple[Related, ...]:
    found = store.get_many(entry.related)
    live = [found[s] for s in entry.related if s in found and not found[s].retired]
    return tuple(Related(e.slug, e.title) for e in live[:MAX_RELATED])


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


def no_entry(name: str, suggestions: list[Entry]) -> Reply:
    shown = _clip(name, 60)
    if suggestions:
        options = ", ".join(f"`{e.slug}` ({e.title})" for e in suggestions)
        text = f"There is no entry called '{shown}'. Did you mean {options}? Type `show <entry>`."
    else:
        text = f"There is no entry called '{shown}'. Type `list` to see every entry."
    return Reply(text=text, kind="error")


def unknown_kind(kind: str, kinds: list[tuple[str, int]]) -> Reply:
    names = ", ".join(k for k, _ in kinds)
    return Reply(
        text=f"There is no kind called '{_clip(kind, 40)}'. Kinds: {names}. Type `list <kind>`.",
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


def help_text(subject: str, commands: list[tuple[str, str]]) -> Reply:
    width = max(len(usage) for usage, _ in commands)
    lines = [f"I answer questions about {subject} from a curated, sourced briefing.", ""]
    lines += [f"  {usage.ljust(width)}  {doc}" for usage, doc in commands]
    lines += ["", "Anything else is read as a question, e.g. \"When will the order be signed?\""]
    return Reply(text="\n".join(lines), kind="info")


def sorry() -> Reply:
    return Reply(text="Sorry, something went wrong on my side. Please try again.", kind="error")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
