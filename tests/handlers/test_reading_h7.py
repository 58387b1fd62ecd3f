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

