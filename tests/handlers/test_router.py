"""The chat grammar: commands from the table, fallbacks to questions, and hostile input."""

import pytest

from handlers.replies import footer
from handlers.router import COMMANDS
from tests.conftest import ask, snapshot
from tests.handlers.test_reading import small_pack

HOSTILE = [
    "",
    "   ",
    "x" * 20_000,
    "word " * 4_000,
    '"',
    "'",
    '"""',
    "AND",
    "OR NOT",
    "NEAR(",
    "NEAR(mythos anthropic, 2)",
    "col:x",
    "title:mythos",
    "*",
    "mythos*",
    "-word",
    "^start",
    "🚀🔥 mythos 🤖",
    "\x00\x01\x02\x1b[31m red \x7f",
    "'; DROP TABLE entries; --",
    "1 OR 1=1",
    "<!channel> <!here> <!everyone> @everyone @here <@&123456>",
    "show <!channel>",
    "list <script>alert(1)</script>",
    "show " + "a" * 1999,
    "help " * 300,
    "\u202e\u200b\ufeff",
    "ｍｙｔｈｏｓ",
]


def test_help_is_generated_from_the_command_table(router):
    reply = ask(router, "help")
    for command in COMMANDS.values():
        assert command.usage in reply.text
        assert command.help and command.help in reply.text


def test_list_groups_entries_by_kind(router):
    text = ask(router, "list").text
    assert "model (" in text and "mythos" in text and "caisi" in text


def test_list_one_kind_accepts_plurals(router):
    text = ask(router, "list models").text
    assert "mythos" in text and "caisi" not in text


def test_list_of_an_unknown_kind_names_the_kinds(router):
    reply = ask(router, "list spaceships")
    assert not reply.answered and "Kinds:" in reply.text and "participant" in reply.text


def test_show_an_entry_with_its_sources(router):
    reply = ask(router, "show CAISI")
    assert reply.answered and reply.entries == ("caisi",)
    assert "Source:" in reply.text and "Center for AI Standards and Innovation" in reply.text


def test_show_lists_every_source_once_and_every_related_entry(tmp_path):
    # (an answer points to a few related entries; `show` of one entry to all of them, and its
    # text already lists every source, so the line under it gives only the date)
    related = [f"crew-{i}" for i in range(5)]
    entries = [{"slug": "tern", "kind": "ferry", "title": "The Tern", "summary": "A ferry.",
                "related": related},
               *({"slug": slug, "kind": "person", "title": f"Crew member {slug[-1]}",
                  "summary": "Crew."} for slug in related)]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "show tern")
        assert [r.slug for r in reply.related] == related
        assert reply.text.count("Source: Notes") == 1 and not reply.sources
        assert footer(reply).startswith("Updated "), footer(reply)


def test_a_bare_quantity_is_shown_with_its_thousands_marked_and_a_code_as_written(tmp_path):
    entries = [{"slug": "tern-fine", "kind": "penalty", "title": "Harbour board penalty",
                "summary": "Acme paid a penalty.",
                "fields": {"penalty_usd": "185000000", "office_zip": "60601", "year": "2016"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        text = ask(router, "show tern-fine").text
        assert "Penalty usd: 185,000,000" in text and "Office zip: 60601" in text, text
        assert "Year: 2016" in text
        reply = ask(router, "how big was the harbour board penalty?")
        assert reply.answered and "185,000,000" in reply.text, reply.text


def test_show_a_misspelt_entry_offers_suggestions(router):
    reply = ask(router, "show mythoss")
    assert not reply.answered
    assert "Did you mean" in reply.text and "mythos" in reply.text


def test_a_command_word_before_a_question_falls_back_to_the_question(router):
    reply = ask(router, "show me who signs the order")
    assert reply.answered and "Trump" in reply.text


def test_help_with_words_after_it_is_a_question(router):
    reply = ask(router, "help me understand what CAISI is")
    assert reply.answered and "caisi" in reply.entries


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gets_a_short_reply_and_changes_nothing(router, store, text):
    before = snapshot(store)
    reply = ask(router, text)
    assert reply.text and len(reply.text) < 1500
    assert reply.kind != "error" or "wrong on my side" not in reply.text
    assert snapshot(store) == before


def test_an_edit_is_seen_by_the_next_answer(router, store):
    from dataclasses import replace

    from tests.conftest import NOW

    entry = store.get("order")
    store.load_pack([replace(entry, fields={**entry.fields, "status": "Signed"})], now=NOW)
    reply = ask(router, "has the order been signed?")
    assert "Status: Signed" in reply.text
