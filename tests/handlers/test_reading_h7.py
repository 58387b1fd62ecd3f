"""How the answerer reads what a question asks for (a made-up harbour/ferry world)."""

from handlers.reading import _asked_thing
from tests.handlers.test_reading import ask, fillers, small_pack


def test_which_noun_then_a_verb_asks_for_the_noun(tmp_path):
    # "which inspector halted ...": the inspector is asked, so the `inspector` fact answers,
    # not the one that only says more of the question's other words
    assert _asked_thing(["which", "inspector", "halted", "the", "tern"]) == {"inspector"}
    assert _asked_thing(["which", "skipper", "sank", "the", "tern"]) == {"skipper"}
    # (a compound noun still ends with its last word: "which passenger ferry ...")
    assert _asked_thing(["which", "passenger", "ferry", "did", "holt", "skipper"]) == {"ferri"}
    assert _asked_thing(["which", "top", "speed", "did"]) == {"speed"}
    entries = [{"slug": "tern-inspection", "kind": "event", "title": "Inspection of the Tern",
                "summary": "Harbour inspectors checked the Tern, Acme Ferries' flagship, at "
                           "Gullport in 2022 and halted most of her sailings.",
                "fields": {"inspector": "Sam Reyes",
                           "ruling": "On May 3, 2022 the inspector halted most sailings but "
                                     "let the Gullport crossings continue",
                           "date": "May 3, 2022"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "Which inspector halted most of the Tern's sailings?")
        assert reply.answered and "Sam Reyes" in reply.text


def test_a_word_run_together_is_held_by_the_words_it_was_read_as(tmp_path):
    # "what's the filename of ...?" is read as "file name", which an entry holding "file" and
    # "name" holds, though it never writes "filename"
    entries = [{"slug": "tern-log", "kind": "event", "title": "The Tern's logbook",
                "summary": "The Tern's log was kept on the bridge computer of Acme Ferries' "
                           "flagship, in a file whose name was gullport-log.txt.",
                "fields": {"kept_by": "Dana Holt, the Tern's skipper",
                           "location": "The bridge computer, in gullport-log.txt"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "whats the filename of the log the Tern's skipper kept?")
        assert reply.answered and "gullport-log.txt" in reply.text


def test_a_word_for_a_bodys_people_after_its_name_asks_nothing_more(tmp_path):
    # "the Acme crew" are Acme's people: a briefing that never writes "crew" still holds
    # what they did, but "how many Acme crew ...?" counts crew, which it must hold
    entries = [{"slug": "acme-ferries", "kind": "organisation", "title": "Acme Ferries",
                "aliases": ["Acme"],
                "summary": "Acme Ferries runs the Gullport night crossings.",
                "fields": {"founded": "1998"}},
               {"slug": "tern-boarding", "kind": "event", "title": "Acme boarding of the Tern",
                "summary": "In 2022 Acme Ferries' salvage divers got into the engine of the "
                           "stranded Tern off the north pier.",
                "fields": {"method": "Divers cut through a hatch from a tug at low tide"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        read = router.answerer.read
        assert "crew" not in read("How did the Acme crew get into the Tern's engine?").unknown
        assert "crew" in read("How did the crew get into the Tern's engine?").unknown
        assert "crew" in read("How many Acme crew got into the Tern's engine?").unknown
