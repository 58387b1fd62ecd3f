"""The shipped pack is complete and sourced; a broken pack reports every problem at once."""

from pathlib import Path

import pytest

from content.loader import read_pack
from tests.conftest import SEED

REQUIRED = {
    "order", "caisi", "mythos", "gpt-5-5-cyber", "anthropic", "openai", "google", "microsoft",
    "xai", "dhs", "nsa", "trump", "white-house", "commerce", "signing-event",
}


def test_shipped_pack_has_no_problems(pack):
    assert pack.problems == []
    assert pack.subject


def test_shipped_pack_covers_the_article(pack):
    slugs = {e.slug for e in pack.entries}
    assert len(slugs) >= 35
    assert slugs >= REQUIRED
    kinds = {e.kind for e in pack.entries}
    assert {"order", "provision", "participant", "model", "program", "event"} <= kinds


def test_every_entry_is_sourced_and_the_order_is_tracked(pack):
    by_slug = {e.slug: e for e in pack.entries}
    assert all(e.sources and e.sources[0].get("quote") for e in pack.entries)
    order = by_slug["order"]
    assert order.tracked
    assert {"status", "expected_signing"} <= set(order.fields)
    assert "CAISI" in by_slug["caisi"].aliases


def test_every_quote_is_from_the_article(pack):
    article = (SEED.parent.parent.parent / "shared" / "seed").glob("*.txt")
    text = " ".join(p.read_text(encoding="utf-8") for p in article)
    if not text:  # the article lives beside the repo; without it there is nothing to compare
        return
    flat = " ".join(text.split())
    missing = [
        (e.slug, s["quote"][:60])
        for e in pack.entries
        for s in e.sources
        if " ".join(s["quote"].split()) not in flat
    ]
    assert missing == []


def test_a_broken_pack_reports_every_problem_at_once(tmp_path):
    (tmp_path / "pack.yaml").write_text(
        "subject: Test subject\nkinds: {order: The order, event: What happened}\n")
    (tmp_path / "a.yaml").write_text(
        """
entries:
  - slug: 9 Bad Slug
    kind: order
    title: One
    summary: First.
    sources: [{title: T, quote: q}]
  - slug: two
    kind: nonsense
    title: Two
    summary: Second.
    aliases: [One]
    related: [nowhere]
    sources: []
  - slug: two
    kind: event
    title: Three
    summary: Third.
    fields: {the number of lives this ferry had before the fire: x}
    sources: [{title: T}]
"""
    )
    (tmp_path / "b.yaml").write_text("entries: [unclosed\n")
    pack = read_pack(tmp_path)
    text = "\n".join(pack.problems)
    # (a kind pack.yaml does not declare and a missing source are warned of: see below)
    assert any("kind 'nonsense' is not declared" in w for w in pack.warnings)
    assert any("has no source" in w for w in pack.warnings)
    for expected in (
        "slug '9 Bad Slug'",
        "duplicate slug 'two'",
        "name 'One' is already used",
        "related 'nowhere' is not an entry",
        "field name 'the_number_of_lives_this_ferry_had_before_the_fire'",
        "b.yaml: cannot be read",
    ):
        assert expected in text, expected


def test_a_syntax_error_in_one_entry_leaves_out_that_entry_alone(tmp_path):
    # (a title quoted and then more text: the YAML of the whole file does not parse)
    (tmp_path / "pack.yaml").write_text("subject: Test subject\n")
    (tmp_path / "a.yaml").write_text(
        """subject: Harbour
entries:
  - slug: one
    kind: event
    title: One
    summary: First.
    sources: [{title: T, quote: q}]

  # the broken one
  - slug: two
    kind: event
    title: "Two", the second
    summary: Second.
  - slug: three
    kind: event
    title: Three
    summary: Third.
    related: [one]
    tags: [third]
    sources: [{title: T, quote: q}]
""")
    pack = read_pack(tmp_path)
    assert [e.slug for e in pack.entries] == ["one", "three"]
    # (the entry after it keeps its place in the file)
    assert "a.yaml entry 3 (three): key 'tags' read as 'keywords'" in pack.warnings
    assert pack.subject == "Harbour"
    # named by its place in the file and its line there, with YAML's own line numbers true
    assert len(pack.problems) == 1
    assert pack.problems[0].startswith("a.yaml entry 2 (line 10): cannot be read, left out")
    assert "line 12" in pack.problems[0]
    # (what it held is unknown, not gone: the bot retires nothing while a file is unread)
    assert pack.unread == ["a.yaml"]


def test_a_syntax_error_outside_the_entries_still_leaves_the_file_unread(tmp_path):
    (tmp_path / "a.yaml").write_text(
        'subject: "Harbour", the town\nentries:\n  - {slug: one, kind: event, title: One}\n')
    (tmp_path / "b.yaml").write_text("- slug: two\n  kind: event\n  title: Two\n")
    pack = read_pack(tmp_path)
    assert [e.slug for e in pack.entries] == ["two"]
    assert any(p.startswith("a.yaml: cannot be read") for p in pack.problems)


def test_values_yaml_reads_as_dates_lists_or_yes_no_load_as_text_with_warnings(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test subject\n")
    (tmp_path / "a.yaml").write_text(
        """
- slug: one
  kind: event
  title: One
  summary: First.
  fields: {date: 2021-03-23, count: 422, people: [Ann Lee, Bob Ray], open: true, gone: ,
           split: {north: 3, south: 4}}
  aliases: The first
  notes: kept by the curator
  sources: [https://example.com/one, Harbour notes]
"""
    )
    pack = read_pack(tmp_path)
    assert pack.problems == []
    entry = pack.entries[0]
    assert entry.fields == {"date": "March 23, 2021", "count": "422",
                            "people": "Ann Lee, Bob Ray", "open": "yes",
                            "split": "north: 3; south: 4"}
    assert entry.aliases == ("The first",)
    assert entry.sources == ({"url": "https://example.com/one"}, {"title": "Harbour notes"})
    text = "\n".join(pack.warnings)
    for expected in ("a list of entries", "field gone is empty", "aliases should be a list",
                     "unknown key 'notes'"):
        assert expected in text, expected


def test_what_yaml_makes_of_odd_values_never_crashes_or_drops_an_entry(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test subject\n")
    (tmp_path / "a.yaml").write_text(
        """
entries:
  - slug: one
    kind: event
    Title: One
    summary: First.
    fields:
      loop: &x [a, *x]
      members: {Alice, Bob}
      country: NO
      at: 2021-03-23T07:40:00+02:00
    aliases: ""
    retire: true
    sources: [{title: [x, y]}]
"""
    )
    pack = read_pack(tmp_path)
    assert pack.problems == []
    entry = pack.entries[0]
    assert entry.title == "One" and entry.retired and entry.aliases == ()
    assert entry.fields["members"] == "Alice, Bob"
    assert entry.fields["at"] == "March 23, 2021, 07:40 (UTC+0200)"
    assert entry.sources == ({"title": "x, y"},)
    assert any("country was read by YAML as 'no'" in w for w in pack.warnings)


GOOD = "  - {slug: fine, kind: event, title: Fine, summary: Fine., sources: [{title: T}]}\n"
LAUGHS = "".join(f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 9)}]\n" for i in range(1, 9))


@pytest.mark.parametrize("odd", [
    "entries:\n  - {slug: bad, kind: event, title: Bad, summary: B., aliases: true, "
    "sources: [{title: T}]}\n",
    "entries:\n  - {slug: bad, kind: event, title: Bad, summary: B., fields: {signed: 2026-02-30}, "
    "sources: [{title: T}]}\n",
    "entries:\n  - {slug: bad, kind: event, title: Bad, summary: B., fields: {n: " + "9" * 5000
    + "}, sources: [{title: T}]}\n",
    "entries:\n  - {slug: bad, kind: event, title: Bad, summary: B., fields: {n: "
    + "[" * 3000 + "]" * 3000 + "}, sources: [{title: T}]}\n",
    "x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + LAUGHS
    + "entries:\n  - {slug: *x8, kind: event, title: Bad, summary: B., related: *x8, "
    "sources: [{title: T}]}\n",
    'entries:\n  - {slug: "bad\\n", kind: event, title: Bad, summary: B., sources: [{title: T}]}\n',
    "entries:\n  - {slug: bad, kind: event, title: \"\\u200b\", summary: B., "
    "sources: [{title: T}]}\n",
])
def test_a_hostile_pack_file_is_a_problem_reported_never_a_crash(tmp_path, odd):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(odd)
    (tmp_path / "b.yaml").write_text("entries:\n" + GOOD)
    pack = read_pack(tmp_path)
    assert pack.problems and [e.slug for e in pack.entries] == ["fine"]


def test_a_pack_header_must_be_text(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: [a, b]\ndescription: {x: 1}\n")
    (tmp_path / "b.yaml").write_text("entries:\n" + GOOD)
    pack = read_pack(tmp_path)
    assert len([p for p in pack.problems if "one line of text" in p]) == 2


def test_two_fields_that_name_the_same_field_are_a_warning(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {slug: one, kind: event, title: One, summary: S., "
        "fields: {Signed Date: first, signed_date: second}, sources: [{title: T}]}\n")
    pack = read_pack(tmp_path)
    assert pack.entries[0].fields == {"signed_date": "second"}
    assert any("both signed_date" in w for w in pack.warnings)


def test_a_field_named_like_an_entry_key_loads_under_a_name_of_its_own(tmp_path):
    """A person's `title` ("Chief executive") is a fact, not the entry's title: the entry
    loads, with the field named for its kind and a warning saying so."""
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {slug: dana-holt, kind: person, title: Dana Holt, summary: S., "
        "fields: {title: Harbour master, retired: 2019}, sources: [{title: T}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert pack.entries[0].title == "Dana Holt"
    assert pack.entries[0].fields == {"person_title": "Harbour master", "person_retired": "2019"}
    assert any("read as person_title" in w for w in pack.warnings)


def test_an_undeclared_kind_or_a_missing_source_loads_the_entry_with_a_warning(tmp_path):
    """An author's slip (a seventh kind pack.yaml forgot, an entry without its source) loses
    no entry: it loads, and `content check` says what to fix."""
    (tmp_path / "pack.yaml").write_text("subject: Test\nkinds: {person: Someone}\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {slug: tern, kind: vessel, title: The Tern, summary: A ferry., "
        "sources: [{title: T}]}\n"
        "  - {slug: dana-holt, kind: person, title: Dana Holt, summary: The harbour master.}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert [e.slug for e in pack.entries] == ["tern", "dana-holt"]
    assert pack.kinds == {"person": "Someone", "vessel": ""}
    assert pack.entries[1].sources == ()
    assert len(pack.warnings) == 2


def test_entries_under_their_slugs_and_fields_as_a_list_load_with_warnings(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  dana-holt:\n    kind: person\n    title: Dana Holt\n"
        "    summary: The harbour master.\n    fields:\n      - role: Harbour master\n"
        "      - born: 1970\n    sources: [{title: T}]\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    [holt] = pack.entries
    assert holt.slug == "dana-holt" and holt.fields == {"role": "Harbour master", "born": "1970"}
    assert len(pack.warnings) == 2


def test_a_summary_past_its_limit_loads_with_a_warning_up_to_a_hard_cap(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    sentence = "The north pier burned on May 3, 2021, and the board closed it. "
    (tmp_path / "a.yaml").write_text(
        f"entries:\n  - {{slug: fire, kind: event, title: Fire, summary: '{sentence * 20}', "
        "sources: [{title: T}]}\n"
        f"  - {{slug: fire-two, kind: event, title: Fire two, summary: '{sentence * 70}', "
        "sources: [{title: T}]}\n")
    pack = read_pack(tmp_path)
    assert [e.slug for e in pack.entries] == ["fire"]
    assert any("summary is 12" in w and "it loads" in w for w in pack.warnings)
    assert any("fire-two" in p and "the limit is 4000" in p for p in pack.problems)


def test_habits_of_slug_source_and_header_load_with_warnings(tmp_path):
    """`name:` for the subject, a kind as `{description: ...}`, `Dana_Holt` for a slug (and
    in `related`), a source with a `publisher` and no title: each read as meant, noted."""
    (tmp_path / "pack.yaml").write_text(
        "name: Harbour test\nkinds:\n  person: {description: A person}\n  event: An event\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {slug: Dana_Holt, kind: person, title: Dana Holt, summary: S., "
        "related: [pier_fire], sources: [{title: T}]}\n"
        "  - {slug: pier_fire, kind: event, title: Pier fire, summary: S., "
        "sources: [{publisher: Gullport Times, date: 2021-05-03}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert pack.subject == "Harbour test" and pack.kinds == {"person": "A person",
                                                               "event": "An event"}
    holt, fire = pack.entries
    assert holt.slug == "dana-holt" and holt.related == ("pier-fire",)
    assert fire.sources[0]["title"] == "Gullport Times"
    assert len(pack.warnings) == 4


def test_an_entry_without_a_summary_loads_with_its_title_standing_for_it(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {slug: tern, kind: vessel, title: The Tern, fields: {built: 1998}, "
        "sources: [{title: T}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems and pack.entries[0].summary == "The Tern"
    assert any("has no summary" in w for w in pack.warnings)


def test_repairs_never_lose_a_value_or_a_kind_quietly(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\nkinds: {person: Someone}\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {slug: dana-holt, kind: person, title: Dana Holt, summary: S., "
        "fields: {title: Harbour master, person_title: Dame}, "
        "sources: [{title: T, publisher: Gullport Times}]}\n"
        "  - {slug: sam-reyes, kind: person, title: Sam Reyes, summary: S., "
        "fields: [{role: Pilot}, {role: Chief pilot}], sources: [{title: T}]}\n"
        "  - {slug: tern, kind: vessle, summary: No title., sources: [{title: T}]}\n")
    (tmp_path / "questions.yaml").write_text(
        "questions:\n  - {q: 'Who is Sam Reyes?', entry: Sam_Reyes}\n")
    pack = read_pack(tmp_path)
    holt = pack.entries[0]
    assert holt.fields == {"person_title_field": "Harbour master", "person_title": "Dame"}
    # (two facts of one name, each kept)
    assert pack.entries[1].fields == {"role": "Pilot", "role_2": "Chief pilot"}
    assert any("several facts are named role" in w for w in pack.warnings)
    assert holt.sources == ({"title": "T (Gullport Times)"},)
    assert any("source key 'publisher' added to its title" in w for w in pack.warnings)
    assert "vessle" not in pack.kinds  # the entry without a title is left out, its kind too
    assert pack.questions[0]["entry"] == "sam-reyes"
    assert not [p for p in pack.problems if "questions.yaml" in p]


def test_a_sub_folder_that_is_a_link_is_reported_and_counts_as_unread(tmp_path):
    pack_dir, elsewhere = tmp_path / "pack", tmp_path / "elsewhere"
    pack_dir.mkdir()
    elsewhere.mkdir()
    (pack_dir / "pack.yaml").write_text("subject: Test\n")
    (pack_dir / "b.yaml").write_text("entries:\n" + GOOD)
    (elsewhere / "c.yaml").write_text("entries:\n" + GOOD.replace("fine", "other"))
    (pack_dir / "extra").symlink_to(elsewhere, target_is_directory=True)
    pack = read_pack(pack_dir)
    assert pack.unread == ["extra"] and any("not followed" in p for p in pack.problems)
    assert [e.slug for e in pack.entries] == ["fine"]  # and start-up retires nothing


def test_one_entry_to_a_file_and_facts_beside_the_title_load_with_warnings(tmp_path):
    """A file holding one entry (its name standing for a slug it lacks), `pack.yml`, facts
    written outside `fields:`, `type:` for the kind and `tags:` for keywords: each read as
    meant and noted. A curator's own note stays out, and no loose key overwrites a field."""
    (tmp_path / "pack.yml").write_text("subject: Harbour test\nkinds: {person: Someone}\n")
    (tmp_path / "people").mkdir()
    (tmp_path / "people" / "dana-holt.yaml").write_text(
        "type: person\ntitle: Dana Holt\nsummary: The harbour master.\nborn: 1970\n"
        "role: Harbour master\ntags: [harbour]\nnotes: check the birth year\n"
        "sources: [{title: T}]\n")
    (tmp_path / "tern.yml").write_text(
        "slug: tern-sinking\nkind: person\ntitle: Sam Reyes\nsummary: S.\n"
        "Date of birth: 1981-05-03\nrole: Pilot\nfields: {role: Chief pilot}\n"
        "2019: left out\nsources: [{title: T}]\n")
    pack = read_pack(tmp_path)
    assert not pack.problems and pack.subject == "Harbour test"
    holt, reyes = sorted(pack.entries, key=lambda e: e.slug)
    assert holt.slug == "dana-holt" and holt.kind == "person"
    assert holt.fields == {"born": "1970", "role": "Harbour master"}
    assert holt.keywords == ("harbour",)
    assert reyes.fields == {"role": "Chief pilot", "date_of_birth": "May 3, 1981"}
    text = "\n".join(pack.warnings)
    for expected in ("dana-holt.yaml: read as one entry", "key 'born' read as a field",
                     "unknown key 'notes' left out", "key 'role' left out: a field of that name",
                     "unknown key '2019' left out"):
        assert expected in text, expected


def test_a_source_written_with_other_names_for_its_keys_keeps_them(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {slug: fire, kind: event, title: Fire, summary: S., sources: [{Title: "
        "Gullport Times, link: 'https://example.com/fire', published: 2021-05-03, "
        "excerpt: The pier burned., url: 'https://example.com/kept', text: dropped}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert pack.entries[0].sources == ({"title": "Gullport Times", "url": "https://example.com/kept",
                                        "date": "2021-05-03", "quote": "The pier burned."},)
    text = "\n".join(pack.warnings)
    assert "source key 'link' read as" not in text  # (the source has its own url)
    assert "source key 'published' read as 'date'" in text and "source key 'text' left out" in text


def test_an_entry_without_a_slug_is_named_by_its_title(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {kind: event, title: 'North pier fire (Gullport, 2021)', summary: S., "
        "sources: [{title: T}]}\n  - {kind: reform, title: 2022 harbour rules, summary: S., "
        "related: [north-pier-fire-gullport-2021], sources: [{title: T}]}\n"
        "  - {kind: person, title: 'Zoë Ångström', summary: S., sources: [{title: T}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert [e.slug for e in pack.entries] == ["north-pier-fire-gullport-2021",
                                              "reform-2022-harbour-rules", "zoe-angstrom"]
    assert sum("has no slug" in w for w in pack.warnings) == 3


def test_a_sources_source_names_it_beside_its_link(tmp_path):
    # (`source: BBC News, "Firms fined"` and a `link`: the name is its title)
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "- name: Fines\n  type: money\n  description: S.\n  refs:\n"
        "    - source: BBC News, 'Firms fined'\n      date: 7 October 2005\n"
        "      link: https://example.com/fines\n")
    (entry,) = read_pack(tmp_path).entries
    assert entry.sources[0]["title"] == "BBC News, 'Firms fined'"
    assert entry.sources[0]["url"] == "https://example.com/fines"


def test_a_slug_made_of_a_long_title_ends_at_a_word(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {kind: report, title: National Audit Office report on the "
        "nationalisation of Northern Rock, summary: S., sources: [{title: T}]}\n")
    (entry,) = read_pack(tmp_path).entries
    assert entry.slug == "national-audit-office-report-on-the"


def test_an_entry_written_with_id_facts_and_watch_is_tracked_and_named_in_warnings(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: Test\n")
    (tmp_path / "a.yaml").write_text(
        "- {id: pier-fire, kind: event, title: Pier fire, summary: S., facts: {date: 2021-05-03},"
        " watch: true, sources: [{title: T}]}\n"
        "- {id: Dana_Holt, type: Person, title: Dana Holt, summary: S., sources: [{title: T}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    fire, holt = pack.entries
    assert fire.tracked and fire.fields == {"date": "May 3, 2021"}
    assert (holt.slug, holt.kind) == ("dana-holt", "person")  # (`id`, `type` as written)
    assert any(w.startswith("a.yaml entry 1 (pier-fire): key 'watch' read as 'tracked'")
               for w in pack.warnings)


def test_a_tersely_written_pack_loads_every_entry_with_warnings(tmp_path):
    """A header named subject.yaml (`title`, `summary`, `kinds` as a list), one entry to a
    file with its own `id`, facts as a list of sentences and `name: value`s, a timeline keyed
    by dates, `search_terms` and `Also known as`: all read as meant."""
    (tmp_path / "subject.yaml").write_text(
        "title: Harbour test\nsummary: The Tern's sinking.\nkinds: [event, person]\n")
    (tmp_path / "entries").mkdir()
    (tmp_path / "entries" / "sinking.yaml").write_text(
        "id: tern-sinking\nkind: event\ntitle: The Tern sinks\nsummary: The Tern sank.\n"
        "facts:\n  - date: 2021-05-03\n  - 'Cause: an open bow door'\n"
        "  - Blame fell on the night crew.\n  - 2021-06-01: The inquiry opened\n"
        "  - 2022: Rules changed\nsearch_terms: [ferry loss]\nAlso known as: [Tern disaster]\n"
        "sources: ['https://example.com/tern']\n")
    (tmp_path / "entries" / "dana.yaml").write_text(
        "kind: person\ntitle: Dana Holt\nsummary: The harbour master.\n"
        "facts: Harbour master since 2015.\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert (pack.subject, pack.description) == ("Harbour test", "The Tern's sinking.")
    assert pack.kinds == {"event": "", "person": ""}
    dana, tern = sorted(pack.entries, key=lambda e: e.slug)
    assert dana.slug == "dana" and dana.fields == {"fact": "Harbour master since 2015."}
    assert tern.slug == "tern-sinking" and tern.keywords == ("ferry loss",)
    assert tern.aliases == ("Tern disaster",)
    assert tern.fields == {"date": "May 3, 2021", "cause": "an open bow door",
                           "fact": "Blame fell on the night crew.",
                           "timeline": "June 1, 2021: The inquiry opened",
                           "timeline_2": "2022: Rules changed"}
    assert any("subject.yaml: read as the pack's header" in w for w in pack.warnings)


def test_a_header_in_a_block_an_alert_flag_and_a_publisher_are_read_as_meant(tmp_path):
    (tmp_path / "pack.yaml").write_text(
        "pack: {name: Harbour test, description: The Tern's sinking.}\n"
        "kinds: {event: What happened}\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n  - {id: tern-sinking, kind: event, title: The Tern sinks, summary: S., "
        "change_alert: true, sources: [{title: Tern report, publisher: Gullport Times}]}\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert (pack.subject, pack.description) == ("Harbour test", "The Tern's sinking.")
    [tern] = pack.entries
    assert tern.tracked and tern.fields == {}
    assert tern.sources == ({"title": "Tern report (Gullport Times)"},)


def test_a_headline_key_facts_as_dated_items_and_an_important_flag_are_read_as_meant(tmp_path):
    (tmp_path / "briefing.yaml").write_text(
        "subject: Harbour test\nentry_types: {event: What happened}\nentries:\n"
        "  - id: tern-sinking\n    type: event\n    headline: The Tern sinks\n"
        "    summary: The Tern sank.\n    important: true\n    key_facts:\n"
        "      - {date: 2021-05-03, fact: The Tern sank off the north pier}\n"
        "      - {date: 2021-06-01, fact: The inquiry opened}\n"
        "      - fact: 'Cause: an open bow door'\n      - fact: Blame fell on the night crew.\n"
        "      - {name: Fine, value: $2 million}\n    sources: [Gullport Times]\n")
    pack = read_pack(tmp_path)
    assert not pack.problems and pack.kinds == {"event": "What happened"}
    [tern] = pack.entries
    assert tern.title == "The Tern sinks" and tern.tracked
    assert tern.fields == {"timeline": "May 3, 2021: The Tern sank off the north pier",
                           "timeline_2": "June 1, 2021: The inquiry opened",
                           "cause": "an open bow door", "fact": "Blame fell on the night crew.",
                           "fine": "$2 million"}
    assert not any("both" in w for w in pack.warnings)


def test_citations_and_links_are_sources_and_related_and_a_long_subject_a_description(tmp_path):
    # (a pack written from an example with `id/type/name/description`, `links` to other
    # entries and `citations`; its subject a paragraph beside a short title)
    (tmp_path / "pack.yaml").write_text(
        "title: The Tern sinking\n"
        "subject: >\n  The sinking of the Tern off the north pier in May 2021, the crew, the\n"
        "  harbour board's inquiry, the fines and the changes to ferry rules that followed.\n"
        "types: {event: What happened}\n")
    (tmp_path / "a.yaml").write_text(
        "- id: tern-sinking\n  type: event\n  name: The Tern sinks\n  description: S.\n"
        "  links: [tern-inquiry]\n"
        "  citations:\n    - {title: Tern report, url: 'https://example.org/t', date: 2021-05-04}\n"
        "- id: tern-inquiry\n  type: event\n  name: The inquiry\n  description: I.\n"
        "  links: ['https://example.org/inquiry']\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    assert pack.subject == "The Tern sinking"
    assert pack.description.startswith("The sinking of the Tern") and "\n" not in pack.description
    tern, inquiry = sorted(pack.entries, key=lambda e: e.slug != "tern-sinking")
    assert tern.related == ("tern-inquiry",) and tern.fields == {}
    assert tern.sources[0]["title"] == "Tern report" and tern.sources[0]["url"]
    # (a list of URLs under `links` is where the entry comes from)
    assert inquiry.sources == ({"url": "https://example.org/inquiry"},) and not inquiry.related
    text = "\n".join(pack.warnings)
    for expected in ("key 'links' read as 'related'", "key 'citations' read as 'sources'",
                     "the long 'subject' read as the description"):
        assert expected in text, expected


def test_key_category_label_and_a_paragraph_of_text_are_slug_kind_title_and_summary(tmp_path):
    # (packs written from a sketch of another tool's format, or from "each entry needs a slug,
    # a kind, a title and a paragraph of text")
    (tmp_path / "pack.yaml").write_text("subject: The Tern sinking\n")
    (tmp_path / "a.yaml").write_text(
        "entries:\n"
        "  - key: tern-sinking\n    category: event\n    label: The Tern sinks\n"
        "    summary: S.\n"
        "  - slug: tern-inquiry\n    kind: event\n    title: The inquiry\n"
        "    text: The inquiry opened on June 1, 2021.\n"
        "  - slug: tern-crew\n    kind: group\n    title: The crew\n    summary: C.\n"
        "    text: Six crew sailed her.\n")
    pack = read_pack(tmp_path)
    assert not pack.problems
    by = {entry.slug: entry for entry in pack.entries}
    tern, inquiry, crew = by["tern-sinking"], by["tern-inquiry"], by["tern-crew"]
    assert (tern.slug, tern.kind, tern.title) == ("tern-sinking", "event", "The Tern sinks")
    assert inquiry.summary == "The inquiry opened on June 1, 2021." and inquiry.fields == {}
    # (beside a summary, a paragraph of text is a fact of its own)
    assert crew.summary == "C." and crew.fields == {"text": "Six crew sailed her."}
    text = "\n".join(pack.warnings)
    for expected in ("key 'key' read as 'slug'", "key 'category' read as 'kind'",
                     "key 'label' read as 'title'", "key 'text' read as 'summary'"):
        assert expected in text, expected


def test_one_file_of_a_subject_and_items_with_about_is_a_pack(tmp_path):
    # (a colleague's description: "one YAML file with `subject:` at the top and `items:` under
    # it; each item an `id`, `kind`, `name`, `about` and `facts` as 'Label: value' strings")
    (tmp_path / "ferries.yaml").write_text(
        "subject: Harbour ferries\n"
        "items:\n"
        "  - id: tern-sinking\n    kind: event\n    name: The Tern sinks\n"
        "    about: The Tern sank off the north pier.\n"
        "    facts: ['Date: May 3, 2021']\n")
    pack = read_pack(tmp_path)
    assert not pack.problems and pack.subject == "Harbour ferries"
    (tern,) = pack.entries
    assert tern.summary == "The Tern sank off the north pier." and tern.title == "The Tern sinks"
    assert tern.fields == {"date": "May 3, 2021"}
    assert "ferries.yaml: 'items' read as 'entries'" in pack.warnings


def test_records_with_data_refs_and_links_by_name_and_a_topic(tmp_path):
    # (a sketch from another tool: records with `name`, `type`, `description`, a `data:`
    # mapping, `links` naming other records by name, `refs`; a meta file with `topic:`)
    (tmp_path / "meta.yaml").write_text("topic: Harbour ferries\n")
    (tmp_path / "a.yaml").write_text(
        "- name: The Tern sinks\n  type: event\n  description: The Tern sank.\n"
        "  data: {date: 'May 3, 2021'}\n  links: [Crew trials, Dana Holt's response]\n"
        "  refs: [{source: Gullport Times, date: 2021-05-04, link: 'https://example.org/t'}]\n"
        "- name: Crew trials\n  type: trial\n  description: Two crew were tried.\n"
        "- name: Dana Holt's response\n  type: event\n  description: Holt apologised.\n")
    pack = read_pack(tmp_path)
    assert not pack.problems and pack.subject == "Harbour ferries"
    tern = next(e for e in pack.entries if e.title == "The Tern sinks")
    assert tern.fields == {"date": "May 3, 2021"}
    assert tern.related == ("crew-trials", "dana-holt-s-response")
    assert tern.sources[0]["url"] == "https://example.org/t"


def test_a_link_to_a_title_opening_with_a_digit_is_the_slug_its_kind_opens(tmp_path):
    # ("1953 sale of the land" makes the slug `event-1953-sale-of-the-land`: a link naming
    # that title is to it, not to a slug no entry has)
    (tmp_path / "meta.yaml").write_text("topic: Harbour ferries\n")
    (tmp_path / "a.yaml").write_text(
        "- name: The Tern sinks\n  type: event\n  description: The Tern sank.\n"
        "  links: [1953 sale of the land, 99th Street pier]\n"
        "- name: 1953 sale of the land\n  type: event\n  description: Sold for $1.\n"
        "- name: 99th Street pier\n  type: place\n  description: Where it sank.\n")
    pack = read_pack(tmp_path)
    assert not pack.problems, pack.problems
    tern = next(e for e in pack.entries if e.title == "The Tern sinks")
    assert tern.related == ("event-1953-sale-of-the-land", "place-99th-street-pier")


def test_links_to_titles_with_stops_and_ampersands_relate_and_a_fact_named_by_a_year(tmp_path):
    # ("Bernard L. Madoff Investment Securities LLC", "Friehling & Horowitz" are titles, not
    # URLs: the record's `refs` stay its sources; `2005_investigation` is a fact, not a problem)
    (tmp_path / "a.yaml").write_text(
        "- name: The scheme\n  type: mechanism\n  description: How it worked.\n"
        "  data: {2005_investigation: Closed in 2006}\n"
        "- name: Acme L. Holt Securities LLC\n  type: firm\n  description: The firm.\n"
        "- name: Holt & Reyes\n  type: firm\n  description: The auditors.\n")
    (tmp_path / "b.yaml").write_text(
        "- name: The scheme's end\n  type: event\n  description: It ended.\n"
        "  links: [Acme L. Holt Securities LLC, Holt & Reyes]\n"
        "  refs: [{source: SEC report, date: 2009-08-31, link: 'https://example.org/r'}]\n")
    pack = read_pack(tmp_path)
    assert not pack.problems, pack.problems
    scheme, end = (next(e for e in pack.entries if e.title == t)
                   for t in ("The scheme", "The scheme's end"))
    assert end.related == ("acme-l-holt-securities-llc", "holt-reyes")
    assert end.sources[0]["url"] == "https://example.org/r" and "refs" not in end.fields
    assert scheme.fields == {"investigation_2005": "Closed in 2006"}


def test_listed_facts_of_one_name_are_each_kept_and_a_bare_url_is_a_source(tmp_path):
    # ("Date: ..." nine times in a timeline: each kept, as date, date_2, ...; "Claim, early
    # 1997: ..." is named for its opening; a URL alone as a source is as good as any)
    (tmp_path / "a.yaml").write_text(
        "subject: Gold\nitems:\n- id: timeline\n  kind: timeline\n  name: Key dates\n"
        "  about: The main dates.\n"
        "  facts: ['Date: 1993, the find', 'Date: 1997, the fall', 'Claim, early 1997: 71 "
        "million ounces']\n  sources: ['https://example.org/t']\n"
        "- id: site\n  kind: place\n  name: The site\n  about: Where.\n"
        "  sources: [Gullport Times]\n")
    pack = read_pack(tmp_path)
    timeline = next(e for e in pack.entries if e.slug == "timeline")
    assert timeline.fields == {"date": "1993, the find", "date_2": "1997, the fall",
                               "claim_early_1997": "71 million ounces"}
    assert any("several facts are named date" in w for w in pack.warnings), pack.warnings
    plain = [w for w in pack.warnings if "source written as plain text" in w]
    assert plain and all("timeline" not in w for w in plain), plain


def test_a_subject_written_over_lines_is_one_line_without_its_full_stop(tmp_path):
    (tmp_path / "pack.yaml").write_text("subject: >\n  Harbour ferries\n  of Gullport.\n")
    (tmp_path / "a.yaml").write_text("- {slug: tern, kind: event, title: T, summary: S.}\n")
    assert read_pack(tmp_path).subject == "Harbour ferries of Gullport"
    (tmp_path / "pack.yaml").write_text("subject: Acme Ferries Inc.\n")
    assert read_pack(tmp_path).subject == "Acme Ferries Inc."


def test_the_readmes_example_entry_is_a_pack_that_loads(tmp_path):
    # (README's "Another subject" shows the format; what it shows must load as written)
    text = (Path(__file__).parents[2] / "README.md").read_text()
    block = text.split("```yaml\n# pack.yaml\n", 1)[1].split("```", 1)[0]
    header, entries = block.split("# events.yaml\n")
    (tmp_path / "pack.yaml").write_text(header)
    (tmp_path / "events.yaml").write_text(entries)
    pack = read_pack(tmp_path)
    assert not pack.problems and not pack.warnings, (pack.problems, pack.warnings)
    (entry,) = pack.entries
    assert entry.fields and entry.sources and entry.tracked
