"""Reading fixes by helper h9, each on a made-up harbour/ferry pack."""

from handlers.english import everyday
from tests.handlers.test_reading import ask, fillers, small_pack


def test_a_topic_put_before_a_dash_says_which_entry_not_which_fact(tmp_path):
    # "the whistleblower clerk - what day ...?": the topic put first says whom it is about; a
    # fact that only repeats it (an honour "as one of the Whistleblowers") is not the day asked
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, a Gullport pier clerk, warned the harbour board about "
                           "rotten pilings in 2021 and was honoured in 2022.",
                "aliases": ["Gullport whistleblower"],
                "fields": {"role": "Pier clerk at Acme Ferries",
                           "letter": "Unsigned note to harbour master Sam Reyes on March 3, 2021",
                           "honour": "Named one of Gullport's Citizens of 2022, as one of "
                                     "\"The Whistleblowers\""}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "the whistleblower clerk - what day did she post her note to reyes?")
        assert reply.answered and "March 3, 2021" in reply.text, reply.text
        assert "Whistleblowers" not in reply.text, reply.text


def test_a_verb_that_doubles_its_last_letter_has_no_form_without_it(tmp_path):
    # "stoped", "shreding": misspelt "stopped", "shredding", no everyday forms of "stop",
    # "shred"; so repaired to the word the briefing writes, not kept as unknown English
    assert not everyday("stoped") and not everyday("shreding")
    assert everyday("stopped") and everyday("hoped") and everyday("planed")
    entries = [{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "Acme Ferries stopped the night ferry to Gullport after the north "
                           "pier fire.",
                "fields": {"stopped": "May 3, 2021", "route": "Gullport to the north pier"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when was the night ferry stoped?")
        assert reply.answered and "May 3, 2021" in reply.text, reply.text
