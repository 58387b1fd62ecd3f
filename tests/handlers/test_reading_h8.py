"""Near-topic questions the pack does not answer: a figure of a thing the fact never gives, a
post asked of now that the fact says was held in the past."""

from tests.handlers.test_reading import ask, fillers, small_pack


def test_how_much_of_a_thing_needs_that_thing_and_no_year_is_a_quantity(tmp_path):
    # "how much bail": "released on bail in May 2024" gives a year, not a quantity, and the
    # $10,000 the summary gives beside it is a fare refund, not bail
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt skippered the Tern for Acme Ferries and refunded "
                           "$10,000 of fares after she was charged in Gullport.",
                "fields": {"after_charge": "Surrendered to police in Gullport in May 2024 "
                                           "and was released on bail",
                           "role": "Skipper of the Tern"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "How much bail did Dana Holt have to post in Gullport?").answered
        reply = ask(router, "How much did Dana Holt refund in fares?")
        assert reply.answered and "$10,000" in reply.text
    entries[0]["fields"]["after_charge"] = ("Surrendered to police in Gullport in May 2024 and "
                                            "was released on bail of $5,000")
    with small_pack(tmp_path / "bail", "Harbour ferries", entries) as router:
        reply = ask(router, "How much bail did Dana Holt have to post in Gullport?")
        assert reply.answered and "$5,000" in reply.text

