"""A source as its author meant it: a URL or a title written alone, keys named another way,
a publisher named beside (or instead of) its title."""

import re
from typing import Any

from content.entry import SOURCE_KEYS
from content.text import as_text


def repair_sources(data: dict[str, Any], notes: list[str]) -> None:
    """`sources` as the format has it: a list of mappings of SOURCE_KEYS. A missing source, a
    source written alone or as plain text, keys written another way: each read as meant, each
    repair a note in `notes`."""
    sources = data.get("sources")
    if sources is None or sources == [] or sources == "":
        # an entry its author gave no source loads, citing none, rather than being lost
        notes.append("has no source; its replies cite none (add the sentence it rests on)")
        data["sources"] = sources = []
    if isinstance(sources, str | dict):
        sources = [sources]
        notes.append("sources should be a list; read as one source")
    if isinstance(sources, list):
        sources = [_source_keys(s, notes) if isinstance(s, dict) else s for s in sources]
        # (a bare URL is a source as it stands; a title alone says less than it could)
        if any(isinstance(s, str) and not re.match(r"\s*https?://", s) for s in sources):
            notes.append("a source written as plain text is read as its url or title")
        notes += [f"source key '{k}' left out" for k in dict.fromkeys(
            k for src in sources if isinstance(src, dict) for k in src
            if k not in SOURCE_KEYS and k not in _SOURCE_NAMES)]
        notes += [f"source key '{k}' added to its title" for k in dict.fromkeys(
            k for src in sources if isinstance(src, dict) and src.get("title")
            for k in src if k in _SOURCE_NAMES and isinstance(src[k], str))]
        data["sources"] = [_source(s) for s in sources]


def _source(source: Any) -> Any:
    if isinstance(source, str) and source.strip():
        key = "url" if re.match(r"https?://", source.strip()) else "title"
        return {key: source.strip()}
    if isinstance(source, dict):  # a date stays as YAML read it; the loader writes it as text
        known = {k: as_text(v) if isinstance(v, list | dict) else v for k, v in source.items()
                 if k in SOURCE_KEYS}
        # (`publisher: Gullport Times` with no title: the publisher names the source, beside
        # its url or quote too: `source: BBC News, "Firms fined"` and a `link`)
        named = [t for k in _SOURCE_NAMES if isinstance(source.get(k), str)
                 and (t := as_text(source[k]))]
        if named and not (isinstance(known.get("title"), str) and known["title"].strip()):
            known["title"] = ", ".join(named)
        elif named and isinstance(known.get("title"), str) and known["title"].strip():
            # (and beside a title it says whose it is: "Tern report (Gullport Times)")
            known["title"] = f"{known['title'].strip()} ({', '.join(named)})"
        return known
    return source


def _source_keys(source: dict[Any, Any], notes: list[str]) -> dict[Any, Any]:
    """A source's keys as the format names them: `link` is its url, `published` its date,
    `excerpt` its quote, `Title` its title (never over a key the source has)."""
    out: dict[Any, Any] = {}
    for key, value in source.items():
        meant = key.strip().lower() if isinstance(key, str) else key
        meant = _SOURCE_FORMS.get(meant, meant)
        if meant != key and meant in SOURCE_KEYS and meant not in source and meant not in out:
            notes.append(f"source key '{key}' read as '{meant}'")
            key = meant
        out[key] = value
    return out


_SOURCE_FORMS = {"link": "url", "href": "url", "uri": "url", "published": "date",
                 "published_at": "date", "published_on": "date", "excerpt": "quote",
                 "text": "quote"}
_SOURCE_TITLES = ("title", "url", "quote")  # what names a source
# Keys an author may name a source by when it has no title
_SOURCE_NAMES = ("publisher", "outlet", "publication", "author", "source", "site", "name")
