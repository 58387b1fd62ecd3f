"""Reading a pack's files as their author meant them: a file of one entry, entries without
`entries:`, a header or kinds written another way."""

import re
from typing import Any

from content.entry import KIND_RE, problems
from content.lenient import KEY_FORMS, field_name, slug_name
from content.text import as_text, normalize_name

# Keys a file's list of entries may be written under instead of `entries:`
_ENTRIES_KEYS = ("items", "records", "data", "entry", "list")


def entries_key(doc: Any, name: str, notes: list[str]) -> Any:
    """A file whose list of entries is written under `items:` (or `records:`, ...) as if
    under `entries:`, noted; anything else as it is."""
    if not isinstance(doc, dict) or "entries" in doc:
        return doc
    for key in _ENTRIES_KEYS:
        listed = doc.get(key)
        if isinstance(listed, list) and listed and all(isinstance(d, dict) for d in listed):
            notes.append(f"{name}: '{key}' read as 'entries'")
            return {("entries" if k == key else k): v for k, v in doc.items()}
    return doc


def entries_file(doc: Any, name: str, notes: list[str]) -> Any:
    """A file of entries as the format has it (`entries:`, a list) when its author wrote the
    list alone, or the entries as a mapping under their slugs (`dana-holt: {kind: ...}`);
    each repair is a note. Anything else as it is."""
    if isinstance(doc, dict) and "entries" not in doc and _one_entry(doc):
        # one file per entry: the file's name stands for a slug it lacks ("dana-holt.yaml")
        notes.append(f"{name}: read as one entry; write entries as a list under 'entries:'")
        named = {field_name(k) for k in doc if isinstance(k, str)} & {"slug", "id"}
        doc = {"entries": [doc if named else {"slug": slug_name(_stem(name)), **doc}]}
    if isinstance(doc, list) and doc and all(isinstance(d, dict) for d in doc):
        notes.append(f"{name}: read as a list of entries; write them under 'entries:'")
        doc = {"entries": doc}
    entries = doc.get("entries") if isinstance(doc, dict) else None
    if isinstance(entries, dict) and entries and all(
            isinstance(k, str) and isinstance(v, dict) for k, v in entries.items()):
        notes.append(f"{name}: 'entries' read as a mapping of slug to entry; write them as a "
                     "list, each with its slug")
        doc = {**doc, "entries": [data if "slug" in data else {"slug": slug, **data}
                                  for slug, data in entries.items()]}
    return doc


def _one_entry(doc: dict[Any, Any]) -> bool:
    """Is this mapping one entry (a name and a kind or what it says), not a file of them?"""
    keys = {KEY_FORMS.get(field_name(k), field_name(k)) for k in doc if isinstance(k, str)}
    return bool(keys & {"slug", "title"}) and bool(keys & {"kind", "summary", "fields"})


def _stem(name: str) -> str:
    return re.sub(r"\.ya?ml$", "", name.replace("\\", "/").rsplit("/", 1)[-1]).lower()


# A subject longer than this, beside a short title, is a description (replies say the subject)
MAX_SUBJECT = 100
# The names a pack's header may go by besides pack.yaml
_HEADER_STEMS = frozenset("pack subject meta about index".split())


def header_name(name: str) -> bool:
    """Is a file of this name the pack's header (`pack.yaml`, `subject.yml`, ...)?"""
    return _stem(name) in _HEADER_STEMS


def header_in(doc: Any, name: str, notes: list[str]) -> Any:
    """The pack's header in this file, or None: the whole file when it is named as a header
    or declares `kinds:` or a `subject:` and holds no entry; the keys beside `entries:` when
    they say the subject or the kinds (a pack written as one file)."""
    if not isinstance(doc, dict) or {"kind", "type"} & set(doc):
        return None
    said = {"subject", "kinds", "entry_types"} & set(doc)
    if "entries" in doc:
        if "subject" not in said:  # (kinds alone beside entries: no header to read)
            return None
        notes.append(f"{name}: the keys beside 'entries:' read as the pack's header; "
                     "put them in pack.yaml")
        return {k: v for k, v in doc.items() if k != "entries"}
    if not (header_name(name) or said):
        return None
    if _stem(name) != "pack":
        notes.append(f"{name}: read as the pack's header (its subject and kinds); "
                     "name it pack.yaml")
    return doc


def undeclared_kind(data: dict[str, Any], kinds: dict[str, str], notes: list[str]) -> None:
    """An entry of a kind pack.yaml does not declare ("vessel" where it lists person and
    event) loads, its kind joining `kinds` without a description, rather than being lost."""
    kind = data.get("kind")
    if kinds and isinstance(kind, str) and KIND_RE.match(kind) and kind not in kinds and (
            not problems(data, "", ())):  # (not for an entry left out anyway)
        kinds[kind] = ""
        notes.append(f"kind '{kind}' is not declared in pack.yaml; added without a description")


def listed_kinds(kinds: Any, name: str, notes: list[str]) -> Any:
    """`kinds: [event, person]` in `name`: the kinds, each without the line `help` would show
    (noted in `notes`); any other value as it is."""
    if isinstance(kinds, list) and all(isinstance(k, str) for k in kinds):
        notes.append(f"{name}: 'kinds' is a list; read as kinds without descriptions "
                     "(map each kind to a one-line description for `help`)")
        return dict.fromkeys(kinds, "")
    return kinds


def header(doc: Any, name: str, notes: list[str]) -> Any:
    """pack.yaml as the format has it when its author wrote the subject as `name:`, `title:`
    or `topic:`, or a kind's description as `{description: ...}`; each repair a note."""
    if not isinstance(doc, dict):
        return doc
    doc = dict(doc)
    for key in ("pack", "meta", "about", "info", "subject"):
        # `pack: {name: ..., description: ...}`: the header written as one block
        if isinstance(doc.get(key), dict) and not isinstance(doc.get("subject"), str):
            doc = {**doc.pop(key), **doc}
            notes.append(f"{name}: the '{key}:' block read as the header itself")
    for key in ("name", "title", "topic"):
        if not doc.get("subject") and isinstance(doc.get(key), str):
            doc["subject"] = doc.pop(key)
            notes.append(f"{name}: '{key}' read as 'subject'")
    for key in ("entry_types", "types", "entry_kinds", "categories"):
        if not doc.get("kinds") and isinstance(doc.get(key), dict | list):
            doc["kinds"] = doc.pop(key)
            notes.append(f"{name}: '{key}' read as 'kinds'")
    subject = doc.get("subject")
    if isinstance(subject, str):
        # (one line, as every reply says it: "the briefing on <subject>.")
        subject = " ".join(subject.split())
        if subject.endswith(".") and not re.search(r"\b(?:[A-Za-z]\.)+$|\b[A-Z][a-z]{0,3}\.$",
                                                   subject):
            subject = subject[:-1]
        short = next((doc[k] for k in ("title", "name") if isinstance(doc.get(k), str)
                      and 0 < len(doc[k].strip()) <= MAX_SUBJECT), None)
        if len(subject) > MAX_SUBJECT and short and not doc.get("description"):
            # a paragraph as the subject, beside a short title: the title names the subject
            # and the paragraph describes it
            doc["description"], subject = subject, " ".join(short.split())
            notes.append(f"{name}: the long 'subject' read as the description, with the "
                         "short title as the subject")
        doc["subject"] = subject
    if not doc.get("description") and isinstance(doc.get("summary"), str):
        doc["description"] = doc.pop("summary")
        notes.append(f"{name}: 'summary' read as 'description'")
    kinds = doc.get("kinds")
    if isinstance(kinds, dict) and any(isinstance(v, dict) for v in kinds.values()):
        doc["kinds"] = {k: (v.get("description") or as_text(v)) if isinstance(v, dict) else v
                        for k, v in kinds.items()}
        notes.append(f"{name}: each kind read as its 'description'")
    return doc


def titled_links(entries: list[Any]) -> None:
    """A link written as another entry's title or alias that is no slug ("1953 sale of the
    land", whose entry's slug its kind opens: `event-1953-sale-of-the-land`) read as that
    entry's slug, in place."""
    dicts = [data for data in entries if isinstance(data, dict)]
    slugs = {data["slug"] for data in dicts if isinstance(data.get("slug"), str)}
    named: dict[str, str] = {}
    for data in dicts:
        aliases = data.get("aliases")
        for name in [data.get("title"), *(aliases if isinstance(aliases, list) else [])]:
            if isinstance(name, str) and isinstance(data.get("slug"), str):
                named.setdefault(normalize_name(name), data["slug"])
    for data in dicts:
        related = data.get("related")
        if isinstance(related, list):
            data["related"] = [named.get(normalize_name(r), r)
                               if isinstance(r, str) and r not in slugs else r for r in related]
