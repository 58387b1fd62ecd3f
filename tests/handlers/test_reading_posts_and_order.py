"""Near-topic questions that a fact of the right subject but the wrong kind must not answer:
how a question is read decides what kind of fact it asks (a made-up harbour/ferry world)."""

from tests.handlers.test_reading import ask, fillers, small_pack


def test_a_cause_is_not_answered_by_a_date(tmp_path):
    # "what was the cause of her death?" asks why, which a fact dating the death does not say
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt skippered the Tern for Acme Ferries and died in Gullport "
                           "in 2023.",
                "fields": {"role": "Skipper of the Tern",
                           "death_date": "May 3, 2023, in hospital in Gullport"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "What was the official cause of Dana Holt's death?").answered
        reply = ask(router, "When did Dana Holt die?")
        assert reply.answered and "May 3, 2023" in reply.text
    entries[0]["fields"]["death_cause"] = "A heart attack, the coroner found"
    with small_pack(tmp_path / "with-cause", "Harbour ferries", entries) as router:
        reply = ask(router, "What was the official cause of Dana Holt's death?")
        assert reply.answered and "heart attack" in reply.text


def test_go_on_to_asks_a_later_deed_of_the_person_named(tmp_path):
    # "did Holt go on to ...?" asks what came after the story, as "later on" does, and of
    # Holt: another's "later" in the firm's entry ("Sam Reyes, later mayor") is not hers
    entries = [{"slug": "acme-ferries", "kind": "organisation", "title": "Acme Ferries",
                "summary": "Acme Ferries ran the Gullport night crossings until it folded in "
                           "2019.",
                "fields": {"board_member": "Sam Reyes, later mayor of Gullport, sat on the board",
                           "chief_executive": "Dana Holt, until her suspension in March 2019",
                           "status": "Ceased operations in May 2019"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was the chief executive of Acme Ferries.",
                "fields": {"role": "Chief executive of Acme Ferries"}},
               *fillers()]
    asked = "Did Dana Holt go on to set up a new ferry company after Acme Ferries folded?"
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, asked).answered
        assert not ask(router, "What did Dana Holt go on to do?").answered
    entries[0]["fields"]["chief_executive"] = ("Dana Holt, until March 2019; she later set up "
                                               "Tern Lines, a new ferry company")
    with small_pack(tmp_path / "with-later", "Harbour ferries", entries) as router:
        reply = ask(router, asked)
        assert reply.answered and "Tern Lines" in reply.text


def test_a_post_held_at_an_events_time_is_not_one_named_for_a_later_date(tmp_path):
    # "who was the harbour master on the night of the fire?" asks who held the post then;
    # another entry's "Dana Holt, harbour master, in November 2018" names her for that date
    entries = [{"slug": "pier-fire", "kind": "event", "title": "Pier fire",
                "summary": "A fire on the north pier at Gullport on June 14, 2017 destroyed the "
                           "ferry landing.",
                "fields": {"date": "June 14, 2017"}},
               {"slug": "decking-ban", "kind": "event", "title": "Decking ban",
                "summary": "After the pier fire, the harbour board banned wooden decking on new "
                           "ferry landings.",
                "fields": {"announced_by": "Dana Holt, harbour master, in November 2018"}},
               *fillers()]
    asked = "Who was the harbour master on the night of the fire?"
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, asked).answered
        reply = ask(router, "Who announced the decking ban?")
        assert reply.answered and "Dana Holt" in reply.text
    entries[1]["fields"]["announced_by"] = "Dana Holt, harbour master from 2015 to 2019"
    with small_pack(tmp_path / "with-span", "Harbour ferries", entries) as router:
        reply = ask(router, asked)
        assert reply.answered and "Dana Holt" in reply.text


def test_the_first_one_asked_must_be_said_first(tmp_path):
    # "which passenger was the very first one taken off?" asks the first in an order, which a
    # reply naming passengers taken off, saying no "first", does not give
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, a Gullport harbour pilot, boarded the Tern on May 3 and "
                           "was one of the crew who took the passengers off.",
                "fields": {"role": "Harbour pilot", "boarded": "May 3, 2019"}},
               {"slug": "tern-evacuation", "kind": "event", "title": "Evacuation of the Tern",
                "summary": "Harbour pilots took 40 passengers, Ana Ruiz and Tom Bell among them, "
                           "off the stranded Tern over two days.",
                "fields": {"dates": "May 3 to May 4, 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "which passenger was the very first one taken off the Tern?"
                       ).answered
        # (a first that qualifies something else asks no order of the one asked)
        reply = ask(router, "which harbour pilot boarded the Tern on the first day?")
        assert reply.answered and "Sam Reyes" in reply.text
    entries[1]["fields"]["first_off"] = "Tom Bell, a passenger, was the first taken off"
    with small_pack(tmp_path / "with-first", "Harbour ferries", entries) as router:
        reply = ask(router, "which passenger was the very first one taken off the Tern?")
        assert reply.answered and "Tom Bell" in reply.text


def test_who_chaired_asks_the_chair(tmp_path):
    # "who chaired the panel that cleared the skippers?" asks the panel's chair, which a reply
    # naming the skippers it cleared, and no chair, does not give
    entries = [{"slug": "fare-review", "kind": "event", "title": "Skippers' fare review",
                "summary": "A harbour board panel reviewed fares set by two Acme Ferries "
                           "skippers and cleared them in May 2019.",
                "fields": {"who": "Skippers Dana Holt and Sam Reyes of Acme Ferries",
                           "outcome": "The harbour board panel cleared both in May 2019"}},
               *fillers()]
    asked = "Who chaired the harbour board panel that cleared the skippers over their fares?"
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, asked).answered
        reply = ask(router, "Who were the skippers the panel cleared?")
        assert reply.answered and "Dana Holt" in reply.text
    entries[0]["fields"]["panel_chair"] = "Grace Hill, a harbour board member"
    with small_pack(tmp_path / "with-chair", "Harbour ferries", entries) as router:
        reply = ask(router, asked)
        assert reply.answered and "Grace Hill" in reply.text
