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


def test_who_runs_a_body_now_is_not_a_past_holder(tmp_path):
    # "who's running Acme these days?": a chairman of 2008 to 2012 is not who runs it now, nor
    # is the harbour master of the north pier, whose facts never name Acme
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was Acme Ferries' chairman when the Tern sank and was "
                           "later tried over it.",
                "fields": {"role": "Chairman of Acme Ferries, 2008 to 2012; president, 2002 "
                                   "to 2008"}},
               {"slug": "acme-ferries", "kind": "service", "title": "Acme Ferries",
                "summary": "Acme Ferries sails the Tern and the night ferry out of Gullport."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes ran the north pier for Acme Ferries through the storm.",
                "fields": {"role": "Harbour master of the north pier from June 2010"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "Who's running Acme Ferries these days?").answered
        assert not ask(router, "who runs Acme Ferries now?").answered
        reply = ask(router, "Who was running Acme Ferries when the Tern sank?")
        assert reply.answered and "Dana Holt" in reply.text
    # (whoever runs the north pier does not run Acme, though his summary names it)
    with small_pack(tmp_path / "pier", "Harbour ferries", entries[1:]) as router:
        assert not ask(router, "who runs Acme Ferries now?").answered
    entries[0]["fields"]["role"] = "Chairman of Acme Ferries since 2008"
    with small_pack(tmp_path / "now", "Harbour ferries", entries) as router:
        reply = ask(router, "Who's running Acme Ferries these days?")
        assert reply.answered and "Dana Holt" in reply.text
    # a successor the entry gives "from" a day, with no end, holds it still; one who "took over
    # in 2012" is only who followed Holt then
    entries[0]["fields"] = {"role": "Chairman of Acme Ferries, 2008 to 2012",
                            "successor": "Sam Reyes, who took over in 2012"}
    with small_pack(tmp_path / "then", "Harbour ferries", entries) as router:
        assert not ask(router, "Who's running Acme Ferries these days?").answered
    entries[0]["fields"]["successor"] = "Ana Ruiz, from May 3, 2012"
    with small_pack(tmp_path / "still", "Harbour ferries", entries) as router:
        assert ask(router, "Who's running Acme Ferries these days?").answered
