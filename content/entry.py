"""The unit of content: an entry, and the checks every entry must pass."""

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any

from content.text import visible

# Kinds are the pack's own (declared in pack.yaml); a kind name is one short lower-case word.
KIND_RE = re.compile(r"^[a-z][a-z0-9_-]{0,31}\Z")  # \Z: "$" lets a final newline in
SLUG_RE = re.compile(r"^[a-z][a-z0-9-]{1,47}\Z")
FIELD_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}\Z")
LIMITS = {"title": 200, "summary": 1000, "field": 1000, "alias": 100, "source": 2000}
# A pack's title, summary or field may run past its limit by this many times: it loads, with a
# warning (see `lenient.repaired`), rather than losing the entry; chat edits keep the limit.
PACK_SLACK = 4
ENTRY_KEYS = frozenset({"slug", "kind", "title", "summary", "fields", "aliases", "keywords",
                        "related", "sources", "tracked", "retired"})
# The keys a source may have
SOURCE_KEYS = ("title", "date", "quote", "url", "field")
# Names that are part of every entry rather than a named field.
CORE = ("title", "summary")
# Field names that would be read as one of the entry's own attributes.
RESERVED = frozenset({"slug", "kind", "title", "summary", "fields", "aliases", "keywords",
                      "related", "sources", "tracked", "retired"})


@dataclass(frozen=True)
class Entry:
    slug: str
    kind: str
    title: str
    summary: str
    fields: dict[str, str] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    sources: tuple[dict[str, Any], ...] = ()
    tracked: bool = False
    retired: bool = False
    version: int = 0
    updated_at: str | None = None
    updated_by: str | None = None

    def content(self) -> dict[str, Any]:
        """What a revision records and a pack file holds: everything but bookkeeping."""
        return {
            "slug": self.slug,
            "kind": self.kind,
            "title": self.title,
            "summary": self.summary,
            "fields": dict(self.fields),
            "aliases": list(self.aliases),
            "keywords": list(self.keywords),
            "related": list(self.related),
            "sources": [dict(s) for s in self.sources],
            "tracked": self.tracked,
            "retired": self.retired,
        }


def source_label(source: dict[str, Any]) -> str:
    title = source.get("title") or source.get("url") or source.get("quote") or ""
    date = source.get("date")
    return f"{title} ({date})" if date else str(title)


def from_content(data: dict[str, Any], **bookkeeping: Any) -> Entry:
    """Build an entry from a validated pack dict or a stored revision."""
    return Entry(
        slug=data["slug"],
        kind=data["kind"],
        title=data["title"],
        summary=data["summary"],
        fields={str(k): str(v) for k, v in (data.get("fields") or {}).items()},
        aliases=tuple(data.get("aliases") or ()),
        keywords=tuple(data.get("keywords") or ()),
        related=tuple(data.get("related") or ()),
        sources=tuple(dict(s) for s in data.get("sources") or ()),
        tracked=bool(data.get("tracked", False)),
        retired=bool(data.get("retired", False)),
        **bookkeeping,
    )


def problems(data: Any, where: str, kinds: Collection[str] = ()) -> list[str]:
    """Every schema problem of one raw entry dict, each naming where it is.

    `kinds`: the kinds the pack declares; empty means any well-formed kind name."""
    if not isinstance(data, dict):
        return [f"{where}: an entry must be a mapping, got {type(data).__name__}"]
    found: list[str] = []
    found += [f"{where}: unknown key '{k}'" for k in data if k not in ENTRY_KEYS]
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG_RE.match(slug):
        found.append(
            f"{where}: slug {slug!r} must be 2-48 of a-z, 0-9, '-', starting with a letter"
        )
    kind = data.get("kind")
    if kinds and kind not in kinds:
        found.append(f"{where}: kind {kind!r} must be one of {', '.join(kinds)} "
                     "(the kinds pack.yaml declares)")
    elif not isinstance(kind, str) or not KIND_RE.match(kind):
        found.append(f"{where}: kind {kind!r} must be a lower-case word, e.g. event")
    for key in CORE:
        found += _text_problems(data.get(key), f"{where}: {key}", LIMITS[key] * PACK_SLACK,
                                required=True)
    fields = data.get("fields") or {}
    if not isinstance(fields, dict):
        found.append(f"{where}: fields must be a mapping of name: value")
        fields = {}
    for name, value in fields.items():
        if isinstance(name, str) and name in RESERVED:
            found.append(f"{where}: field name {name!r} is an entry key; name it otherwise")
        elif not isinstance(name, str) or not FIELD_RE.match(name):
            found.append(f"{where}: field name {name!r} must be snake_case, at most 40 chars")
        found += _text_problems(value, f"{where}: field {name}", LIMITS["field"] * PACK_SLACK,
                                required=True)
    for key in ("aliases", "keywords", "related"):
        items = data.get(key) or []
        if not isinstance(items, list):
            found.append(f"{where}: {key} must be a list")
            continue
        for item in items:
            found += _text_problems(item, f"{where}: {key} item", LIMITS["alias"], required=True)
    found += _source_problems(data.get("sources"), where)
    for key in ("tracked", "retired"):
        if key in data and not isinstance(data[key], bool):
            found.append(f"{where}: {key} must be true or false")
    return found


def _text_problems(value: Any, where: str, limit: int, required: bool) -> list[str]:
    if value is None or (isinstance(value, str) and not visible(value)):
        return [f"{where} is missing"] if required else []
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return [f"{where} must be text"]
    if len(str(value)) > limit:
        return [f"{where} is {len(str(value))} characters; the limit is {limit}"]
    return []


def _source_problems(sources: Any, where: str) -> list[str]:
    if sources == []:  # the loader warns of it (see `lenient.repaired`)
        return []
    if not isinstance(sources, list):
        return [f"{where}: needs at least one source"]
    found = []
    for i, source in enumerate(sources, 1):
        if not isinstance(source, dict) or not any(
            source.get(k) for k in ("title", "url", "quote")
        ):
            found.append(f"{where}: source {i} needs a title, url or quote")
            continue
        for key, value in source.items():
            if key not in SOURCE_KEYS:
                found.append(f"{where}: source {i} has unknown key '{key}'")
            elif value is not None and len(str(value)) > LIMITS["source"]:
                found.append(f"{where}: source {i} {key} is over {LIMITS['source']} characters")
    return found
