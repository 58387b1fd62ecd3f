"""Reading an entry as its author meant it, when YAML or habit wrote it another way."""

import re
import unicodedata
from datetime import date
from typing import Any

from content.entry import (
    ENTRY_KEYS,
    FIELD_RE,
    LIMITS,
    PACK_SLACK,
    RESERVED,
    SLUG_RE,
)
from content.lenient_sources import repair_sources
from content.text import as_text


def repaired(data: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """An entry as its author meant it, when YAML or habit wrote it another way: a date, a
    yes/no or a list as a field's value, a date or a list as its title or summary, one alias
    as a string, a bare URL as a source, a key the format does not know. Each repair is a note
    in `notes` (the loader warns of it). A slug or kind is read as the format writes it
    ("Dana_Holt": `dana-holt`, "Person": `person`); one that still breaks the format stays a
    problem."""
    data = dict(data)
    # `links: [other-entry, ...]`: slugs of other entries are what it relates to (URLs under
    # it are its sources, below)
    # (or their titles: `links: [Crew trials]` is `crew-trials`, the slug the title makes)
    for key in [k for k in data if isinstance(k, str) and field_name(k) in _LINKING]:
        value = data[key]
        if "related" not in data and isinstance(value, list) and value and all(
                isinstance(v, str) and _LINK_NAME.fullmatch(v.strip()) for v in value):
            data["related"] = [v if slug_name(v) != v or SLUG_RE.match(v)
                               else _slug_from({"title": v}) or v for v in data.pop(key)]
            notes.append(f"key '{key}' read as 'related'")
    # "Aliases:", "alias:", "retire:", "type:": the key the author meant
    for key in [k for k in data if isinstance(k, str) and k not in ENTRY_KEYS]:
        meant = KEY_FORMS.get(field_name(key), field_name(key))
        if meant in ENTRY_KEYS and meant not in data:
            data[meant] = data.pop(key)
            notes.append(f"key '{key}' read as '{meant}'")
    if isinstance(data.get("kind"), str):
        data["kind"] = kind_name(data["kind"])  # "Person" and "person" are one kind
    # `slug: Dana_Holt`: the slug its author meant, `dana-holt` (and so in `related`)
    if isinstance(data.get("slug"), str) and slug_name(data["slug"]) != data["slug"]:
        notes.append(f"slug '{data['slug']}' read as '{slug_name(data['slug'])}'")
        data["slug"] = slug_name(data["slug"])
    if isinstance(data.get("related"), list):
        data["related"] = [slug_name(r) if isinstance(r, str) else r for r in data["related"]]
    if "slug" not in data and isinstance(data.get("title"), str) and _slug_from(data):
        # an entry its author gave no slug is named by its title ("Dana Holt": dana-holt)
        data["slug"] = _slug_from(data)
        notes.append(f"has no slug; read as '{data['slug']}' from its title")
    for key in ("title", "summary"):
        # `summary: 2021-03-04` or `title: [Night ferry]`: the text its author meant
        if isinstance(data.get(key), date | list):
            data[key] = as_text(data[key])
            notes.append(f"{key} was read by YAML as something other than text; quote it")
    if data.get("summary") in (None, "") and isinstance(data.get("title"), str):
        # an entry of facts alone loads, its title standing for the summary it lacks
        data["summary"] = data["title"]
        notes.append("has no summary; its title stands for it (write a sentence or two)")
    _listed_facts(data, notes)
    _loose_facts(data, notes)
    if isinstance(data.get("fields"), dict):
        fields = {}
        for key, value in data["fields"].items():
            # "Signed date" and "signed-date" are the field `signed_date`
            if _dated(key):  # `2019-03-11: Ethiopia grounds its fleet`: a timeline's line
                value, key = f"{as_text(key)}: {as_text(value)}", _free("timeline", fields)
                notes.append(f"a fact named by a date is read as {key}, the date in its value")
            key = field_name(key) if isinstance(key, str) else key
            if key in RESERVED:  # a person's `title`: the entry's own title is another thing
                key = _unreserved(key, data.get("kind"), set(data["fields"]), notes)
            text = as_text(value)
            if text is None:
                notes.append(f"field {key} is empty; left out")
                continue
            if isinstance(value, bool):
                notes.append(f"field {key} was read by YAML as {text!r}; quote it to keep "
                             "the words as written")
            if key in fields:
                notes.append(f"two fields are both {key}; the later one is kept")
            fields[key] = text
        data["fields"] = fields
    for key in ("aliases", "keywords", "related"):
        value = data.get(key)
        if isinstance(value, str) and not value.strip():
            data[key] = []
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            data[key] = [value]
            notes.append(f"{key} should be a list; read as one item")
    repair_sources(data, notes)
    for key in [k for k in data if k not in ENTRY_KEYS]:
        notes.append(f"unknown key '{key}' left out")
        del data[key]
    _note_long(data, notes)
    return data


def _listed_facts(data: dict[str, Any], notes: list[str]) -> None:
    """`fields:` written as a list, of `name: value` (`- born: 1970`) or of sentences ("Term:
    three years", "Blame fell on two pilots"), or as one sentence: one mapping, a sentence
    named for what it opens with (`term`), or else `fact`, `fact_2`, ..."""
    fields = data.get("fields")
    fields = [fields] if isinstance(fields, str) and fields.strip() else fields
    if not (isinstance(fields, list) and fields
            and all(isinstance(f, dict | str) for f in fields)):
        return
    mapping: dict[Any, Any] = {}
    names = []
    for item in fields:
        item = _sentence_of(item)  # (`{date: 2020-07-31, fact: Arrested}`: one dated fact)
        pairs = (item.items() if isinstance(item, dict) else [_named(item, mapping)]
                 if isinstance(item, str) else [(_free(item[0], mapping), item[1])])
        for name, value in pairs:
            names.append(name)
            mapping[_free(name, mapping)] = value  # (nine dates are `date`, `date_2`, ...)
    data["fields"] = mapping
    notes.append("fields written as a list; read as one mapping of name: value" + (
        "" if all(isinstance(f, dict) for f in fields) else
        " (a fact written as a sentence is named for its opening 'Name:', else `fact`)"))
    notes += [f"several facts are named {k}; read as {k}, {k}_2, ..."
              for k in dict.fromkeys(k for k in names if names.count(k) > 1 and k != "fact")]


def _sentence_of(item: Any) -> Any:
    """A listed fact written as a mapping of its parts (`{date: 2020-07-31, fact: Arrested in
    Tampa}`, `{name: Fine, value: $2 million}`) as a (name, value) pair: a dated one is a
    `timeline` line ("July 31, 2020: Arrested in Tampa"); any other item as it is."""
    if not isinstance(item, dict) or not all(isinstance(k, str) for k in item):
        return item
    parts = {field_name(k): v for k, v in item.items()}
    if len(parts) == 1 and next(iter(parts)) in _SAYING:  # `- fact: Arrested`: a sentence
        return as_text(next(iter(parts.values()))) or ""
    said = [k for k in _SAYING if k in parts]
    when = [k for k in ("date", "when", "on", "year") if k in parts]
    named = [k for k in ("name", "label") if k in parts]
    if len(said) != 1 or len(when) > 1 or len(named) > 1 or len(parts) != len(
            said + when + named):
        return item
    text = as_text(parts[said[0]]) or ""
    if when:
        return "timeline", f"{as_text(parts[when[0]])}: {text}"
    name = field_name(str(parts[named[0]])) if named else "fact"
    return (name if FIELD_RE.match(name) and name not in RESERVED else "fact"), text


# The key of a listed fact's mapping that says the fact itself
_SAYING = ("fact", "event", "what", "text", "description", "detail", "value", "note")


def _named(sentence: str, taken: dict[Any, Any]) -> tuple[str, str]:
    """A fact written as a sentence, as a name and a value: "Term: three years" is `term`;
    one with no name of its own is `fact` (then `fact_2`, ...)."""
    opening = re.match(r"\s*([A-Za-z][\w ()/',-]{0,38}?)\s*:\s+(\S.*)", sentence, re.DOTALL)
    if opening and FIELD_RE.match(field_name(opening.group(1))):
        return field_name(opening.group(1)), opening.group(2).strip()
    return _free("fact", taken), sentence.strip()


def _free(name: str, taken: dict[Any, Any]) -> str:
    """`name`, or `name_2`, `name_3`, ... whichever `taken` lacks."""
    found, n = name, 1
    while found in taken:
        n += 1
        found = f"{name}_{n}"
    return found


def _dated(key: Any) -> bool:
    """Is a fact's name a date, a year or a month ("2019-03-11", 2019, "2024-07")?"""
    return isinstance(key, date | int | float) and not isinstance(key, bool) or (
        isinstance(key, str) and bool(re.fullmatch(r"\d[\d ./:-]*", key.strip())))


def _slug_from(data: dict[str, Any]) -> str:
    """A slug made of an entry's title, its kind before it when the title opens with a
    digit ("2016 reforms": reform-2016-reforms); "" when none can be made."""
    folded = unicodedata.normalize("NFKD", data["title"]).encode("ascii", "ignore").decode()
    made = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if made[:1].isdigit() and isinstance(data.get("kind"), str):
        made = f"{re.sub(r'[^a-z0-9]+', '-', data['kind'].lower()).strip('-')}-{made}"
    # (cut at a word's end: "national-audit-office-report-on-the", not "...-nationalisat")
    made = made[:49].rsplit("-", 1)[0] if "-" in made[:49] and len(made) > 48 else made[:48]
    return made if SLUG_RE.match(made) else ""


def _loose_facts(data: dict[str, Any], notes: list[str]) -> None:
    """`date: 2021-05-03` beside the title: a fact written outside `fields:` is still a fact,
    read as a field (never over one `fields:` names). A curator's own note stays out, as does
    a key no field could be named (`2019:`)."""
    fields = data.get("fields")
    if fields is not None and not isinstance(fields, dict):
        return
    fields = dict(fields or {})
    taken = {field_name(k) for k in fields if isinstance(k, str)}
    for key in [k for k in data if isinstance(k, str) and k not in ENTRY_KEYS]:
        name = field_name(key)
        if name in _CURATORS_OWN or not FIELD_RE.match(name) or name in RESERVED:
            continue
        value = data.pop(key)
        if isinstance(value, bool) and _FLAGGING.search(name) and "tracked" not in data:
            data["tracked"] = value  # `change_alert: true`, `notify_readers: yes`
            notes.append(f"key '{key}' read as 'tracked'")
            continue
        if name in taken:
            notes.append(f"key '{key}' left out: a field of that name is under 'fields:'")
            continue
        fields[name] = value
        taken.add(name)
        notes.append(f"key '{key}' read as a field; write facts under 'fields:'")
    if fields:
        data["fields"] = fields


# A yes/no key asking for change alerts
_FLAGGING = re.compile(r"alert|watch|track|notif|follow|subscri|important|priorit|central|pinned|"
                       r"starred|featured|highlight")
# Keys a curator writes for themselves, not for readers
_CURATORS_OWN = frozenset("notes note comment comments todo fixme internal draft id".split())


def _note_long(data: dict[str, Any], notes: list[str]) -> None:
    """A title, summary or field past its limit (within `PACK_SLACK` times it) loads, noted:
    replies are clipped to what a chat message holds, and chat edits keep the limit."""
    texts = [(key, data.get(key), LIMITS[key]) for key in ("title", "summary")]
    if isinstance(data.get("fields"), dict):
        texts += [(f"field {name}", value, LIMITS["field"])
                  for name, value in data["fields"].items()]
    for what, text, limit in texts:
        if isinstance(text, str) and limit < len(text) <= limit * PACK_SLACK:
            notes.append(f"{what} is {len(text)} characters, over the {limit} a chat edit "
                         "allows; it loads, but keep it shorter")


# Keys written another way than the format's: singular, or a verb for a flag.
KEY_FORMS = {"alias": "aliases", "keyword": "keywords", "source": "sources", "field": "fields",
              "relation": "related", "relations": "related", "retire": "retired",
              "track": "tracked", "name": "title", "description": "summary", "type": "kind",
              "id": "slug", "tags": "keywords", "tag": "keywords", "url": "sources",
              "link": "sources", "facts": "fields", "see_also": "related", "watch": "tracked",
             "watched": "tracked", "alert": "tracked", "alerts": "tracked", "notify": "tracked",
             "search_terms": "keywords", "search_words": "keywords", "aka": "aliases",
             "also_known_as": "aliases", "other_names": "aliases", "alternative_names": "aliases",
             "headline": "title", "heading": "title", "key_facts": "fields",
             "details": "fields", "attributes": "fields", "properties": "fields",
             "citations": "sources", "citation": "sources", "references": "sources",
             "reference": "sources", "refs": "sources", "links": "sources",
             "related_entries": "related", "related_ids": "related", "connections": "related",
             "text": "summary", "body": "summary", "content": "summary", "overview": "summary",
             "paragraph": "summary", "blurb": "summary", "abstract": "summary",
             "synopsis": "summary", "about": "summary", "key": "slug", "category": "kind",
             "label": "title", "data": "fields", "ref": "sources"}
# An item of such a list: a slug or an entry's title, not a URL or a citation
# (an entry's title, "Bernard L. Madoff Investment Securities LLC", "Smith & Co."; not a URL)
_LINK_NAME = re.compile(r"(?!.*(?:://|www\.|\w\.[a-z]{2,}\b))[^/<>\n]{1,80}")
# Keys a list of other entries' slugs may be written under
_LINKING = frozenset({"links", "linked", "connections", "related_entries", "related_ids",
                      "related_slugs"})


def slug_name(slug: str) -> str:
    """A slug as the format writes it: "Dana_Holt" and "dana holt" are `dana-holt`; a slug
    of other characters, or one that still breaks the rule (too long, opens with a digit),
    stays as written."""
    if not re.fullmatch(r"[A-Za-z0-9 _-]+", slug):
        return slug
    meant = re.sub(r"[ _-]+", "-", slug.lower()).strip("-")
    return meant if SLUG_RE.match(meant) else slug


def _unreserved(name: str, kind: object, taken: set, notes: list[str]) -> str:
    """A field named as an entry's own key, `title` or `kind`, under a name of its own: the
    entry's kind before it (a person's `title` is `person_title`, shown "Person title")."""
    meant = f"{kind.replace('-', '_')}_{name}" if isinstance(kind, str) else ""
    meant = meant if FIELD_RE.match(meant) else f"entry_{name}"
    while meant in taken:  # (never over a field of that name: `person_title` written too)
        meant = f"{meant}_field"[-40:]
    notes.append(f"field {name} is named like an entry key; read as {meant}")
    return meant


def field_name(name: str) -> str:
    made = re.sub(r"[^a-z0-9_]+", "_", name.strip().lower()).strip("_") or name
    # (a fact's name opens with a letter: `2005_investigation` is `investigation_2005`)
    lead = re.fullmatch(r"(\d+)_+(.*[a-z].*)", made)
    return f"{lead.group(2)}_{lead.group(1)}" if lead else made


def kind_name(kind: str) -> str:
    """A kind as the store keeps it: lower case, words joined by '-' ("Court case": court-case)."""
    return "-".join(kind.lower().split())


