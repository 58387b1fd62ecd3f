"""Read a content pack (a folder of YAML files) and report every problem in it at once."""

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from content import lenient, lenient_files, yaml_text
from content.entry import KIND_RE, Entry, from_content, problems
from content.store import LoadResult, Store
from content.text import normalize_name

PACK_FILE = "pack.yaml"
QUESTIONS_FILE = "questions.yaml"


@dataclass
class Pack:
    subject: str = ""
    description: str = ""
    # kind name -> one-line description, as pack.yaml declares them (or the kinds in use)
    kinds: dict[str, str] = field(default_factory=dict)
    declared_kinds: bool = False  # pack.yaml has `kinds:`; else `kinds` are those in use
    entries: list[Entry] = field(default_factory=list)
    # The curator's content tests: {"q": ..., "entry": slug} or {"q": ..., "decline": True}
    questions: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # What the loader repaired to read an entry as its author meant (a date as a field value)
    lenient: list[str] = field(default_factory=list)
    # Files that could not be read as entries: what they hold is unknown, not gone
    unread: list[str] = field(default_factory=list)
    # Every slug the files name, an invalid entry's too: a broken entry is not a removed one
    named: set[str] = field(default_factory=set)


def pack_fingerprint(folder: str | Path) -> str:
    """A digest of a pack's files: the same files, the same pack, with nothing parsed."""
    folder = Path(folder)
    digest = hashlib.sha256()
    if folder.is_dir():
        for path in sorted(_yaml_files(folder, Pack())):  # the files read_pack reads
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            with contextlib.suppress(OSError):
                digest.update(path.read_bytes())
    return digest.hexdigest()


def read_pack(folder: str | Path) -> Pack:
    """Load every YAML file under `folder`; entries with problems are left out and listed."""
    folder = Path(folder)
    pack = Pack()
    if not folder.is_dir():
        pack.problems.append(f"{folder}: no such folder")
        return pack
    files = sorted(_yaml_files(folder, pack))
    # pack.yaml first: the kinds it declares are what entries are checked against.
    files.sort(key=lambda p: not lenient_files.header_name(p.name))
    raw: list[tuple[str, dict[str, Any]]] = []
    for path in files:
        _read_file(path, folder, pack, raw)
    if not raw:
        pack.problems.append(f"{folder}: no entries found in any .yaml file")
    lenient_files.titled_links([data for _, data in raw])
    pack.named = {data["slug"] for _, data in raw
                  if isinstance(data, dict) and isinstance(data.get("slug"), str)}
    pack.problems += cross_problems([data for _, data in raw], [where for where, _ in raw])
    declared = tuple(pack.kinds)
    pack.entries = [from_content(_tidy(data)) for where, data in raw
                    if not problems(data, where, declared)]
    if not pack.kinds:  # no `kinds:` in pack.yaml: the kinds the entries use
        pack.kinds = {e.kind: "" for e in sorted(pack.entries, key=lambda e: e.kind)}
    pack.problems += question_problems(pack)
    pack.warnings = pack.lenient + warnings(pack)
    return pack


def _yaml_files(folder: Path, pack: Pack) -> list[Path]:
    """The pack's .yaml files, in its folder and those below. A folder that cannot be
    listed, or is a link to elsewhere (not followed), is a problem and counts as unread: what
    it holds is unknown, not gone."""
    found: list[Path] = []

    def unlisted(error: OSError) -> None:
        name = Path(error.filename or folder)
        where = name.relative_to(folder) if name.is_relative_to(folder) else name
        pack.problems.append(f"{where or '.'}: cannot be read: {error.strerror or error}")
        pack.unread.append(str(where))

    for root, dirs, names in os.walk(folder, onerror=unlisted):
        for name in sorted(dirs):
            if (Path(root) / name).is_symlink():
                where = str((Path(root) / name).relative_to(folder))
                pack.problems.append(f"{where}: a link to another folder, not followed; "
                                     "copy its files into the pack")
                pack.unread.append(where)
        found += [Path(root) / n for n in names if Path(n).suffix in (".yaml", ".yml")]
    return found


def load_into(store: Store, pack: Pack, now: datetime) -> LoadResult:
    """Bring the store in line with a pack: its subject, kinds and entries."""
    if pack.subject:
        # The curator's content tests too: `content export` writes them back with the entries.
        store.set_meta({"subject": pack.subject, "description": pack.description,
                        "kinds": json.dumps(pack.kinds) if pack.declared_kinds else "",
                        "questions": json.dumps(pack.questions)})
    return store.load_pack(pack.entries, now=now)


def _read_file(path: Path, folder: Path, pack: Pack, raw: list) -> None:
    name, text = str(path.relative_to(folder)), ""
    try:
        doc = yaml_text.read(text := path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, OSError, ValueError, RecursionError) as exc:
        # ValueError: a date YAML cannot make (2026-02-30), a 5,000-digit number
        pack.unread.append(name)  # (some of its entries may be lost: retire none)
        # (a stray quote in one entry: the others are read, and that one named by its line)
        found = yaml_text.salvaged(text, name) if isinstance(exc, yaml.YAMLError) else None
        if found is None:
            pack.problems.append(f"{name}: cannot be read: {yaml_text.one_line(exc)[:200]}")
            return
        doc, lost = found
        pack.problems += lost
    doc = lenient_files.entries_key(doc, name, pack.lenient)  # (`items:` for `entries:`)
    if (head := lenient_files.header_in(doc, name, pack.lenient)) is not None:
        _read_header(head, name, pack)  # (pack.yml, subject.yaml, keys beside entries: too)
        if head is doc:
            return
    if path.name in (QUESTIONS_FILE, "questions.yml"):
        _read_questions(doc, name, pack)
        return
    doc = lenient_files.entries_file(doc, name, pack.lenient)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        pack.problems.append(f"{name}: needs a top-level 'entries:' list")
        pack.unread.append(name)
        return
    for i, data in enumerate(doc["entries"], 1):
        if isinstance(data, dict) and data.get(yaml_text.LEFT_OUT):
            continue  # (named with its line when it was left out)
        notes: list[str] = []  # (named by the slug as read: `id: dana-holt` names it too)
        data = lenient.repaired(data, notes) if isinstance(data, dict) else data
        where = f"{name} entry {i}" + (f" ({data.get('slug')})" if isinstance(data, dict) else "")
        if isinstance(data, dict):
            lenient_files.undeclared_kind(data, pack.kinds, notes)
            pack.lenient += [f"{where}: {note}" for note in notes]
        pack.problems += problems(data, where, tuple(pack.kinds))
        raw.append((where, data))


def _read_header(doc: Any, name: str, pack: Pack) -> None:
    doc = lenient_files.header(doc or {}, name, pack.lenient)
    if not isinstance(doc, dict):
        pack.problems.append(f"{name}: must be a mapping with 'subject' and 'description'")
        return
    for key in ("subject", "description"):
        if isinstance(doc.get(key), list | dict):
            pack.problems.append(f"{name}: '{key}' must be one line of text")
            doc = {**doc, key: None}
    pack.subject = str(doc.get("subject") or "")
    pack.description = str(doc.get("description") or "")
    if not pack.subject:
        pack.problems.append(f"{name}: needs a 'subject'")
    kinds = doc.get("kinds") or {}
    pack.declared_kinds = bool(kinds)
    kinds = lenient_files.listed_kinds(kinds, name, pack.lenient)
    if not isinstance(kinds, dict):
        pack.problems.append(f"{name}: 'kinds' must map each kind to a one-line description")
        return
    for kind, description in kinds.items():
        kind = lenient.kind_name(kind) if isinstance(kind, str) else kind
        if not isinstance(kind, str) or not KIND_RE.match(kind):
            pack.problems.append(f"{name}: kind {kind!r} must be a lower-case word, e.g. event")
        else:
            pack.kinds[kind] = " ".join(str(description or "").split())


def _read_questions(doc: Any, name: str, pack: Pack) -> None:
    items = doc.get("questions") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        pack.problems.append(f"{name}: needs a top-level 'questions:' list")
        return
    for i, item in enumerate(items, 1):
        ok = (isinstance(item, dict) and isinstance(item.get("q"), str) and item["q"].strip()
              and (isinstance(item.get("entry"), str) or item.get("decline") is True))
        if not ok:
            pack.problems.append(f"{name} question {i}: needs `q` and either `entry: <slug>` "
                                 "or `decline: true`")
        else:  # (`entry: Sam_Reyes` for the entry loaded as `sam-reyes`)
            pack.questions.append({**item, "entry": lenient.slug_name(item["entry"])} if isinstance(
                item.get("entry"), str) else item)


def question_problems(pack: Pack) -> list[str]:
    slugs = {e.slug for e in pack.entries}
    return [f"{QUESTIONS_FILE}: question {q['q']!r} expects '{q['entry']}', which is not an entry"
            for q in pack.questions if q.get("entry") and q["entry"] not in slugs]


def warnings(pack: Pack) -> list[str]:
    """What loads but answers worse: a phrase on several entries, a keyword that is a question."""
    found = []
    owners: dict[str, list[str]] = {}
    for entry in pack.entries:
        for phrase in {normalize_name(p) for p in (*entry.aliases, *entry.keywords)}:
            owners.setdefault(phrase, []).append(entry.slug)
        found += [f"{entry.slug}: keyword {k!r} is a whole question; keep keywords to phrases "
                  "and put example questions in questions.yaml"
                  for k in entry.keywords if is_question(k)]
    found += [f"'{phrase}' is an alias or keyword of {len(slugs)} entries "
              f"({', '.join(sorted(slugs))}); it cannot point to one of them"
              for phrase, slugs in sorted(owners.items()) if phrase and len(slugs) > 1]
    return found


_QUESTION_OPENERS = frozenset(
    "what who whom whose when where why how which is are was were does do did can could will "
    "would should has have".split()
)


def is_question(text: str) -> bool:
    """A keyword written as a question: ends with '?', or opens with a question word and runs
    on for three words or more ("who has access to X")."""
    found = normalize_name(text).split()
    return text.strip().endswith("?") or (len(found) >= 3 and found[0] in _QUESTION_OPENERS)


def cross_problems(entries: list[Any], wheres: list[str]) -> list[str]:
    """Problems between entries: duplicate slugs, names shared by two entries, dangling related."""
    found: list[str] = []
    slugs: dict[str, str] = {}
    names: dict[str, str] = {}
    for where, data in zip(wheres, entries, strict=True):
        if not isinstance(data, dict):
            continue
        slug = data.get("slug")
        slug = slug if isinstance(slug, str) else repr(slug)  # a list or a number is a problem
        if slug in slugs:
            found.append(f"{where}: duplicate slug '{slug}' (also {slugs[slug]})")
        slugs.setdefault(slug, where)
        aliases = data.get("aliases")
        for name in [data.get("title"), *(aliases if isinstance(aliases, list) else [])]:
            key = normalize_name(str(name or ""))
            owner = names.setdefault(key, str(slug)) if key else slug
            if owner != slug:
                found.append(f"{where}: name '{name}' is already used by '{owner}'")
    for where, data in zip(wheres, entries, strict=True):
        if isinstance(data, dict) and isinstance(data.get("related"), list):
            found += [
                f"{where}: related '{r}' is not an entry"
                for r in data["related"]
                if str(r) not in slugs
            ]
    return found


def _tidy(data: dict[str, Any]) -> dict[str, Any]:
    """YAML turns `2026-05-01` into a date and `5` into an int; the store keeps text."""
    data = dict(data)
    data["fields"] = {k: str(v).strip() for k, v in (data.get("fields") or {}).items()}
    data["sources"] = [
        {k: (str(v) if v is not None else None) for k, v in s.items()} for s in data["sources"]
    ]
    for key in ("aliases", "keywords", "related"):
        data[key] = [str(v).strip() for v in data.get(key) or []]
    for key in ("title", "summary"):
        data[key] = str(data[key]).strip()
    return data
