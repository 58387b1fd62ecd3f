"""More of how the answerer reads everyday English: the forms of a word English makes from
another, held by an entry that writes the other."""

from handlers.english import derived
from tests.handlers.test_reading import ask, fillers, small_pack


def test_a_verb_in_y_is_held_by_the_noun_made_from_it(tmp_path):
    # "certified" is "certify", whose noun is "certification" (and "notified" "notification")
    assert "certification" in derived("certified")
    assert "certify" in derived("certification")
    assert "notification" in derived("notified")
    # (the noun's other kin stay: a certification still leads to a certificate)
    assert "certificate" in derived("certification")
    entries = [{"slug": "tern-review", "kind": "event", "title": "Tern safety review",
                "summary": "A panel of harbour boards reviewed the Tern's certification and "
                           "found the inspectors rushed it.",
                "fields": {"chair": "Dana Holt, the Gullport harbour master",
                           "finding": "The inspectors rushed the certification of the Tern"}},
               {"slug": "puffin-review", "kind": "event", "title": "Puffin hull review",
                "summary": "Inspectors reviewed the Puffin's hull after a storm.",
                "fields": {"chair": "Sam Reyes"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who chaired the review of how the ferry got certified?")
        assert reply.answered and "Dana Holt" in reply.text


def test_where_someone_is_from_is_a_fact_named_for_their_home(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, a 41-year-old deckhand, raised the alarm when the Tern "
                           "caught fire off the north pier.",
                "fields": {"role": "Deckhand on the Tern",
                           "age": "41 at the time of the fire",
                           "home": "Puffin Cove, a village north of Gullport"}},
               {"slug": "tern-fire", "kind": "event", "title": "Tern fire",
                "summary": "The Tern caught fire off the north pier; Dana Holt raised the alarm.",
                "fields": {"date": "May 3, 2021"}, "related": ["dana-holt"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which town is Dana Holt from?")
        assert reply.answered and "Puffin Cove" in reply.text
        # (and asked after her age, of the same entry, not the next one down)
        reply = ask(router, "how old was Dana Holt and which town is she from?")
        assert reply.answered and "41" in reply.text and "Puffin Cove" in reply.text


def test_what_was_the_thing_pulls_towards_an_entry_with_a_fact_named_for_it(tmp_path):
    # "what was the toll?" names no entry: the one with a `toll` fact is the one asked, not
    # the row over it whose title says "toll"
    entries = [{"slug": "tern-crossing", "kind": "event", "title": "Tern night crossing",
                "summary": "The Tern ran a night crossing from Gullport for riders.",
                "fields": {"toll": "$4 a rider, rising to $6 after midnight",
                           "date": "May 3, 2021"}},
               {"slug": "toll-row", "kind": "event", "title": "Toll row at the north pier",
                "summary": "Riders refused to pay at the north pier until the board dropped it.",
                "fields": {"date": "June 9, 2021", "outcome": "The board dropped it"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what was the toll?")
        assert reply.answered and "$4 a rider" in reply.text
