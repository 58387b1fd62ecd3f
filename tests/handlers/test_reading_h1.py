"""Near-topic questions the pack does not answer: a fact on the same thing that gives another
kind of fact than the one asked is declined, not shown as an answer."""

from tests.handlers.test_reading import ask, fillers, small_pack


def test_one_day_is_no_span_for_how_long(tmp_path):
    # "how long did the talks last?": the day they were held gives no span, nor do ten hours
    # of something else the summary tells of; a span of the talks, or two dates, does
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, Acme Ferries' chief, answered about ten hours of "
                           "questions at the harbour inquiry in 2021.",
                "fields": {"role": "Chief executive of Acme Ferries",
                           "talks": "Met the Gullport pilots' leaders at the north pier on "
                                    "May 22, 2022"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "How long did Dana Holt's talks with the Gullport pilots' leaders "
                            "at the north pier last?")
        assert not reply.answered, reply.text
        # ... though the day of the talks still answers when they were held
        reply = ask(router, "When did Dana Holt meet the Gullport pilots' leaders?")
        assert reply.answered and "May 22, 2022" in reply.text, reply.text
    entries[0]["fields"]["talks"] = ("Met the Gullport pilots' leaders at the north pier for "
                                     "three long hours on May 22, 2022")
    with small_pack(tmp_path / "span", "Harbour ferries", entries) as router:
        reply = ask(router, "How long did Dana Holt's talks with the Gullport pilots' leaders "
                            "at the north pier last?")
        assert reply.answered and "three long hours" in reply.text, reply.text
