"""Reading the briefing: list entries, show one in full."""

import json
from typing import TYPE_CHECKING

from content.store import Store
from content.text import words
from handlers import replies
from handlers.messages import Reply, Request

if TYPE_CHECKING:
    from handlers.services import Services

LIST_PER_KIND = 50
# An overview names at most this many entries: the tracked ones, else the first of each kind.
OVERVIEW_ENTRIES = 8
# A `show` argument this short is a name with a typo; longer is a question ("show me who ...").
SHOW_NAME_WORDS = 3


def known_kinds(store: Store) -> dict[str, str]:
    """kind -> description: the kinds the pack declares, in its order, then any other kind
    in use (an entry added before its kind was declared)."""
    declared = json.loads(store.meta("kinds") or "{}")
    return declared | {kind: "" for kind, _ in store.kinds() if kind not in declared}


def entry_choices(store: Store, current: str, limit: int) -> list[tuple[str, str]]:
    """(title, slug) of live entries whose title, slug or an alias holds `current`."""
    key = current.casefold()
    choices = []
    for entry in store.entries():
        if not key or key in entry.title.casefold() or key in entry.slug or any(
                key in alias.casefold() for alias in entry.aliases):
            choices.append((entry.title, entry.slug))
            if len(choices) >= limit:
                break
    return choices


def field_choices(store: Store, name: str, current: str, limit: int) -> list[str]:
    entry = store.resolve(name, include_retired=True)
    return [f for f in (entry.fields if entry else {}) if current.strip().lower() in f][:limit]


def kind_choices(store: Store, current: str, limit: int) -> list[str]:
    return [kind for kind in known_kinds(store) if current.casefold() in kind][:limit]


def cmd_list(services: "Services", request: Request, args: str) -> Reply | None:
    """List the entries, optionally only those of one kind (`help` names the kinds)."""
    kinds = known_kinds(services.store)
    if not args:
        groups = [(kind, services.store.entries(kind)) for kind in kinds]
        return replies.listing([(k, found) for k, found in groups if found], LIST_PER_KIND)
    wanted = _kind(args, list(kinds))
    if wanted is not None:
        return replies.listing([(wanted, services.store.entries(wanted))], LIST_PER_KIND * 20)
    if len(words(args)) == 1:
        return replies.unknown_kind(args, list(kinds))
    return None


def cmd_show(services: "Services", request: Request, args: str) -> Reply | None:
    """Show everything the briefing holds on one entry, with its sources."""
    if not args:
        return replies.usage("show <entry>", None)
    entry = services.store.resolve(args)
    if entry is not None:
        return replies.show(entry, services.store.titles(entry.related))
    if len(words(args)) <= SHOW_NAME_WORDS:
        slugs = services.vocabulary.suggest(args)
        if slugs:
            found = services.store.get_many(slugs)
            return replies.no_entry(args, [found[s] for s in slugs if s in found])
    return None


def _kind(text: str, kinds: list[str]) -> str | None:
    key = " ".join(words(text))
    for candidate in (key, key.removesuffix("s"), key.removesuffix("es")):
        if candidate in kinds:
            return candidate
    return None


def overview(services: "Services") -> Reply:
    """The briefing as a whole, for "brief me" or "what's this about?": its subject and
    description, the entries readers follow (those tracked; else the first of each kind), and
    how to ask more."""
    store = services.store
    entries = store.entries()
    shown = [e for e in entries if e.tracked] or [
        found[0] for found in (store.entries(kind) for kind in known_kinds(store)) if found]
    return replies.overview(services.subject, store.meta("description") or "",
                            [e.title for e in shown[:OVERVIEW_ENTRIES]], len(entries))
