"""Write the live store back as a content pack: `content load` of it rebuilds the same store."""

import json
from pathlib import Path

import yaml

from content.gaps import Gaps
from content.loader import PACK_FILE, QUESTIONS_FILE
from content.store import Store


def export_pack(store: Store, folder: str | Path) -> int:
    """One YAML file per kind plus pack.yaml; retired entries are kept, marked retired. The
    folder must be new or empty: written over a pack (the one the bot loads, say), its files
    would sit beside the old ones, every slug twice."""
    folder = Path(folder)
    if not str(folder).strip():
        raise FileExistsError("name a folder to write the pack to")
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise FileExistsError("it already holds files; export into a new or empty folder")
    folder.mkdir(parents=True, exist_ok=True)
    pack = {"subject": store.meta("subject"), "description": store.meta("description")}
    if store.meta("kinds"):
        pack["kinds"] = json.loads(store.meta("kinds"))
    _dump(folder / PACK_FILE, pack)
    by_kind: dict[str, list[dict]] = {}
    for entry in store.entries(include_retired=True):
        content = entry.content()
        if not content["retired"]:
            del content["retired"]
        by_kind.setdefault(entry.kind, []).append(content)
    for kind, entries in by_kind.items():
        entries.sort(key=lambda e: e["slug"])
        _dump(folder / _file_for(kind), {"entries": entries})
    # The pack's own content tests, then the taught phrasings (keywords of their entry, and
    # content tests too).
    keywords = {e["slug"]: e["keywords"] for found in by_kind.values() for e in found}
    tests = json.loads(store.meta("questions") or "[]")
    tests += [{"q": q, "entry": slug} for slug, q in dict.fromkeys(Gaps(store).taught())
              if q in keywords.get(slug, ()) and {"q": q, "entry": slug} not in tests]
    if tests:
        _dump(folder / QUESTIONS_FILE, {"questions": tests})
    return sum(len(e) for e in by_kind.values())


def _file_for(kind: str) -> str:
    """`<kind>.yaml`, unless that is the name of the pack's own files (a kind `pack` or
    `questions`): then `<kind>-entries.yaml`."""
    name = f"{kind}.yaml"
    return f"{kind}-entries.yaml" if name in (PACK_FILE, QUESTIONS_FILE) else name


def _dump(path: Path, data: dict) -> None:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    path.write_text(text, encoding="utf-8")
