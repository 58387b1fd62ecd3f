"""Any subject is a pack: its own kinds load, list and answer with no code change, and no test
question hides in a pack's keywords (a set that is memorised measures nothing)."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from content.loader import load_into, read_pack
from content.store import Store
from content.text import normalize_name
from handlers.messages import Request
from handlers.router import Router, Settings
from tests.conftest import NOW, ROOT, SEED

PACKS = ROOT / "tests" / "packs"
QUESTION_SETS = sorted([*PACKS.glob("*/*.yaml"), *(ROOT / "tests" / "handlers").glob("*.yaml")])
PACK_DIRS = [SEED, *sorted(p / "pack" for p in PACKS.iterdir() if (p / "pack").is_dir())]


def test_no_test_question_is_a_pack_keyword():
    asked = {normalize_name(item["q"]): path.name for path in QUESTION_SETS
             for item in yaml.safe_load(path.read_text(encoding="utf-8")) or []}
    assert len(asked) > 300
    copied = [(folder.parent.name, entry.slug, keyword)
              for folder in PACK_DIRS for entry in read_pack(folder).entries
              for keyword in entry.keywords
              if normalize_name(keyword) in asked and len(keyword.split()) >= 3]
    assert not copied, copied


@pytest.mark.parametrize("folder", PACK_DIRS, ids=lambda p: p.parent.name)
def test_every_pack_loads_without_problems(folder):
    pack = read_pack(folder)
    assert not pack.problems
    assert len(pack.entries) >= 25 and pack.declared_kinds
    assert {e.kind for e in pack.entries} <= set(pack.kinds)


@pytest.fixture
def outage(tmp_path):
    store = Store(tmp_path / "outage.db")
    load_into(store, read_pack(PACKS / "outage" / "pack"), NOW)
    yield Router(store, Settings(admins=frozenset({"console:admin"})))
    store.close()


def say(router, text, user="member"):
    return router.handle(Request(text=text, user=user, now=NOW))


def test_a_pack_with_its_own_kinds_lists_helps_adds_and_answers(outage):
    listing = say(outage, "list")
    assert "incident (" in listing.text and "order (" not in listing.text
    kinds = read_pack(PACKS / "outage" / "pack").kinds
    assert f"`incident` ({kinds['incident']})" in say(outage, "help").text
    assert "is not a kind" in say(outage, "add order x-1 Title", user="admin").text
    assert "Added `hearing-2` (proceeding)" in say(
        outage, "add proceeding hearing-2 Second hearing", user="admin").text
    reply = say(outage, "how many windows devices crashed?")
    assert reply.answered and "8.5 million" in reply.text


def test_a_pack_without_kinds_takes_the_kinds_its_entries_use(tmp_path):
    bakery(tmp_path, kinds="")
    pack = read_pack(tmp_path)
    assert not pack.problems and pack.kinds == {"bread": ""}
    store = Store(tmp_path / "b.db")
    load_into(store, pack, NOW)
    reply = say(Router(store), "how much is the sourdough?")
    assert reply.answered and "$7" in reply.text
    store.close()


def test_content_check_warns_about_shared_phrases_and_question_keywords(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: S\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n"
        "  - {slug: one, kind: thing, title: One, summary: First., keywords: [shared words,"
        " who made the first one], sources: [{title: T}]}\n"
        "  - {slug: two, kind: thing, title: Two, summary: Second., keywords: [Shared words],"
        " sources: [{title: T}]}\n")
    out = _bot("content", "check", str(tmp_path), cwd=tmp_path)
    assert out.returncode == 0, out.stdout
    assert "warning: 'shared words' is an alias or keyword of 2 entries" in out.stdout
    assert "warning: one: keyword 'who made the first one' is a whole question" in out.stdout


def test_content_test_reports_each_miss_and_the_tally(tmp_path):
    bakery(tmp_path, kinds="kinds: {bread: A loaf we bake}\n")
    (tmp_path / "questions.yaml").write_text(
        "questions:\n  - {q: 'how much is the sourdough?', entry: sourdough}\n"
        "  - {q: 'what is the rye loaf?', entry: sourdough}\n"
        "  - {q: 'who won the world cup?', decline: true}\n")
    out = _bot("content", "test", str(tmp_path), cwd=tmp_path)
    lines = out.stdout.strip().splitlines()
    assert out.returncode == 1
    assert lines[-1] == "content test: 2/3 passed"
    assert lines[:-1] == ["miss: 'what is the rye loaf?' expected sourdough, got rye"]
    (tmp_path / "questions.yaml").write_text(
        "questions:\n  - {q: 'how much is the sourdough?', entry: sourdough}\n")
    out = _bot("content", "test", str(tmp_path), cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == "content test: 1/1 passed"
    # Far more questions than a member may ask in a minute: none is held back by the limit.
    (tmp_path / "questions.yaml").write_text(
        "questions:\n" + "  - {q: 'how much is the sourdough?', entry: sourdough}\n" * 40)
    out = _bot("content", "test", str(tmp_path), cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == "content test: 40/40 passed"


def bakery(folder: Path, kinds: str) -> None:
    """A two-entry pack on another subject, with or without `kinds:`."""
    (folder / "pack.yaml").write_text(f"subject: Bakery\n{kinds}")
    (folder / "a.yaml").write_text(
        "entries:\n  - {slug: sourdough, kind: bread, title: Sourdough loaf, summary: A slow "
        "loaf baked on Fridays., fields: {price: '$7'}, sources: [{title: Menu}]}\n"
        "  - {slug: rye, kind: bread, title: Rye loaf, summary: A dark loaf., "
        "sources: [{title: Menu}]}\n")


def _bot(*args, cwd: Path):
    env = {"BRIEFBOT_DB": str(cwd / "data" / "b.db"), "PATH": "/usr/bin:/bin"}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


# Words of currencies' names, general English as countries are
CURRENCY_NAMES = frozenset({"deutsche", "deutschmark", "deutschmarks"})


def test_no_code_names_an_entity_of_any_pack():
    """The answerer and the bot hold general English only: a one-word name of any pack's entry
    that is no English word ("Griddy", "CAISI") appears in no source file of theirs."""
    from handlers.english import english
    from handlers.lexicon import COUNTRY_WORDS, KNOWN_SHORT_FORMS

    # (an alias a curator writes in lower case, "seafarers", is a common noun, not a name; a
    # country, "Nigeria", is general English the lexicon's list of countries may hold, and so
    # is a currency's name, the "Deutsche" of Deutsche Marks, and a short form everyone knows,
    # "SCOTUS", which the lexicon spells out)
    names = {word for folder in PACK_DIRS for entry in read_pack(folder).entries
             for name in (entry.title, *entry.aliases)
             for word in [normalize_name(name)] if " " not in word and len(word) > 3
             and not name.islower()}
    found = {}
    for source in [*(ROOT / "handlers").glob("*.py"), *(ROOT / "bot").glob("*.py")]:
        words = set(normalize_name(source.read_text(encoding="utf-8")).split())
        hits = sorted(w for w in names & words if not english(w) and w not in COUNTRY_WORDS
                      and w not in CURRENCY_NAMES and w not in KNOWN_SHORT_FORMS)
        if hits:
            found[source.name] = hits
    assert len(names) > 100 and not found, found


def test_no_code_names_a_many_word_name_of_any_pack():
    """Nor does a name of several words ("Flight 1282", "Channel File 291", "Mark George")
    appear in them, even in a comment: their examples are made-up harbour names."""
    import re

    names = {name for folder in PACK_DIRS for entry in read_pack(folder).entries
             for name in (entry.title, *entry.aliases)
             if " " in name.strip() and not name.islower()}
    found = {}
    for source in [*(ROOT / "handlers").glob("*.py"), *(ROOT / "bot").glob("*.py")]:
        text = source.read_text(encoding="utf-8")
        hits = sorted(name for name in names
                      if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        if hits:
            found[source.name] = hits
    assert len(names) > 1000 and not found, found


def test_kinds_written_as_a_list_and_a_date_as_a_summary_load_with_warnings(tmp_path):
    # an author's slips, not a broken pack: each is read as meant and named in a warning
    bakery(tmp_path, kinds="kinds: [bread, cake]\n")
    (tmp_path / "b.yaml").write_text(
        "entries:\n  - {slug: opening, kind: cake, title: Opening day, summary: 2021-03-04, "
        "sources: [{title: Menu}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems and pack.kinds == {"bread": "", "cake": ""}
    assert any("'kinds' is a list" in w for w in pack.warnings)
    opening = next(e for e in pack.entries if e.slug == "opening")
    assert opening.summary == "March 4, 2021"
    assert any("summary was read by YAML" in w for w in pack.warnings)
