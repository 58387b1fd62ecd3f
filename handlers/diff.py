"""What changed between two versions of an entry, field by field, for history and digests."""

from dataclasses import dataclass
from typing import Any

from content.entry import source_label

SHORT = 80


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: str | None  # None: the field did not exist before
    new: str | None  # None: the field was removed


def flatten(content: dict[str, Any] | None) -> dict[str, str]:
    """An entry's content as name -> display text; named fields keep their own names."""
    if content is None:
        return {}
    flat = {"title": content["title"], "summary": content["summary"], "kind": content["kind"]}
    flat.update(content.get("fields") or {})
    for key in ("aliases", "keywords", "related"):
        if content.get(key):
            flat[key] = ", ".join(content[key])
    if content.get("sources"):
        flat["sources"] = "; ".join(source_label(s) for s in content["sources"])
    flat["tracked"] = "yes" if content.get("tracked") else "no"
    flat["retired"] = "yes" if content.get("retired") else "no"
    return flat


def changes(before: dict[str, Any] | None, after: dict[str, Any] | None) -> list[FieldChange]:
    """Each field that differs, in a stable order (title and summary first)."""
    old, new = flatten(before), flatten(after)
    return [
        FieldChange(name, old.get(name), new.get(name))
        for name in dict.fromkeys([*new, *old])
        if old.get(name) != new.get(name)
    ]


def shorten(text: str | None, limit: int = SHORT) -> str:
    if text is None:
        return "(none)"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(change: FieldChange, limit: int = SHORT) -> str:
    """`status: Expected → Signed`, long values shortened."""
    return f"{change.name}: {shorten(change.old, limit)} → {shorten(change.new, limit)}"
