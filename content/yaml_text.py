"""A pack file's YAML: read safely, never bigger than memory holds, and when one entry has a
syntax error (a stray quote, a colon in a title), the file's other entries still read."""

import re
import textwrap
from typing import Any

import yaml

# A file's values, counted as YAML expands them: anchors used over and over ("billion laughs")
# make a small file into more text than memory holds. A large pack is far below this.
MAX_NODES = 5_000_000


def read(text: str) -> Any:
    """The YAML document in `text`; ValueError when it expands past MAX_NODES values."""
    doc = yaml.safe_load(text)
    if too_big(doc):
        raise ValueError(f"it expands to more than {MAX_NODES} values")
    return doc


def too_big(doc: Any) -> bool:
    """Does `doc` expand to more than MAX_NODES values? Each shared value is sized once, so
    this takes as long as the file has distinct values, however often anchors repeat them."""
    sizes: dict[int, int] = {}
    open_: set[int] = set()  # being sized: a value that holds itself counts once
    stack: list[tuple[Any, bool]] = [(doc, False)]
    while stack:
        value, children_done = stack.pop()
        key = id(value)
        if key in sizes:
            continue
        children = ([*value.keys(), *value.values()] if isinstance(value, dict)
                    else value if isinstance(value, list) else [])
        if children_done or not children:
            sizes[key] = min(MAX_NODES + 1, 1 + sum(sizes.get(id(c), 1) for c in children))
            open_.discard(key)
            continue
        open_.add(key)
        stack.append((value, True))
        stack += [(c, False) for c in children if id(c) not in sizes and id(c) not in open_]
    return sizes.get(id(doc), 1) > MAX_NODES


def one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


# `entries:` at the top of a file, the list of entries below it
_ENTRIES = re.compile(r"entries\s*:\s*(?:#.*)?$")
_ITEM = re.compile(r"( *)-(?:\s|$)")


# The key of the stand-in for an entry YAML could not read, which the loader skips
LEFT_OUT = "__left_out__"


def salvaged(text: str, name: str) -> tuple[Any, list[str]] | None:
    """A file of entries YAML cannot read as a whole, read one entry at a time: the document
    with every entry that reads, and a problem naming each that does not by its line. None
    when the file is not a list of entries, or the error is outside its entries."""
    lines = text.splitlines(keepends=True)
    start = next((i + 1 for i, line in enumerate(lines) if _ENTRIES.match(line)), 0)
    first = next((i for i in range(start, len(lines)) if lines[i].strip()
                  and not lines[i].lstrip().startswith("#")), None)
    item = _ITEM.match(lines[first]) if first is not None else None
    if item is None:
        return None
    indent = len(item.group(1))
    starts, end = [], len(lines)
    for i in range(first, len(lines)):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        depth = len(line) - len(line.lstrip(" "))
        if depth < indent or (depth == indent and not _ITEM.match(line)):
            end = i  # (a key after the list: not an entry's)
            break
        if depth == indent:
            starts.append(i)
    try:
        head = read("".join(lines[:start - 1] + lines[end:])) if start else None
    except (yaml.YAMLError, ValueError, RecursionError):
        return None
    entries: list[Any] = []
    lost: list[str] = []
    for n, (a, b) in enumerate(zip(starts, [*starts[1:], end], strict=True), 1):
        try:
            found = read(textwrap.dedent("".join(lines[a:b])))
        except (yaml.YAMLError, ValueError, RecursionError) as exc:
            for mark in (getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)):
                if mark is not None:  # (where in the file, not in the entry read alone)
                    mark.line, mark.column = mark.line + a, mark.column + indent
            lost.append(f"{name} entry {n} (line {a + 1}): cannot be read, left out: "
                        f"{one_line(exc)[:300]}")
            entries.append({LEFT_OUT: True})  # (its place kept: the next is entry n + 1)
            continue
        entries += found if isinstance(found, list) else [found]
    if not lost:
        return None
    if start and not isinstance(head, dict | None):
        return None
    return ({**(head or {}), "entries": entries} if start else entries), lost
