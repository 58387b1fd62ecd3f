"""Read a content pack (a folder of YAML files) and report every problem in it at once."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from content.entry import Entry, from_content, problems
from content.text import normalize_name

PACK_FILE = "pack.yaml"


@dataclass
class Pack:
    subject: str = ""
    description: str = ""
    entries: list[Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def read_pack(folder: str | Path) -> Pack:
    """Load every YAML file under `folder`; entries with problems are left out and listed."""
    folder = Path(folder)
    pack = Pack()
    if not folder.is_dir():
        pack.problems.append(f"{folder}: no such folder")
        return pack
    files = sorted(p for p in folder.rglob("*.y*ml") if p.suffix in (".yaml", ".yml"))
    raw: list[tuple[str, dict[str, Any]]] = []
    for path in files:
        _read_file(path, folder, pack, raw)
    if not raw:
        pack.problems.append(f"{folder}: no entries found in any .yaml file")
    pack.problems += cross_problems([data for _, data in raw], [where for where, _ in raw])
    pack.entries = [from_content(_tidy(data)) for where, data in raw if not problems(data, where)]
    return pack


def _read_file(path: Path, folder: Path, pack: Pack, raw: list) -> None:
    name = str(path.relative_to(folder))
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        pack.problems.append(f"{name}: cannot be read: {_one_line(exc)}")
        return
    if path.name == PACK_FILE:
        doc = doc or {}
        if not isinstance(doc, dict):
            pack.problems.append(f"{name}: must be a mapping with 'subject' and 'description'")
            return
        pack.subject = str(doc.get("subject") or "")
        pack.description = str(doc.get("description") or "")
        if not pack.subject:
            pack.problems.append(f"{name}: needs a 'subject'")
        return
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        pack.problems.append(f"{name}: needs a top-level 'entries:' list")
        return
    for i, data in enumerate(doc["entries"], 1):
        where = f"{name} entry {i}" + (f" ({data.get('slug')})" if isinstance(data, dict) else "")
        pack.problems += problems(data, where)
        raw.append((where, data))


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
        for name in [data.get("title"), *(data.get("aliases") or [])]:
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


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
