"""Reading fixes by helper h9, each on a made-up harbour/ferry pack."""

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
