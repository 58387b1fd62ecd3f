"""How the answerer reads what a deal was worth, a sum named by a noun its entry says as a verb,
a name given only as who did an entry's deed, and short forms everyone knows ("HQ", "DOJ")."""

from handlers.english import verb_of
from tests.handlers.test_reading import ask, fillers, small_pack


def test_a_sum_named_by_a_noun_is_held_by_an_entry_saying_its_verb(tmp_path):
    # "how much was the settlement?" of an entry whose summary says the line "settled" for it
    # (not the other way: "settlements" do not say that anyone settled)
    assert verb_of("settlement") == ["settle"] and not verb_of("settle")
    entries = [{"slug": "fare-lawsuit", "kind": "event", "title": "Fare lawsuit",
                "summary": "Riders sued Acme Ferries over the 2019 fare rise, and the line "
                           "settled for about $2 million in March 2021.",
                "fields": {"filed": "June 2019",
                           "amount": "About $2 million, most of it refunds to riders"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much was the fare lawsuit settlement?")
        assert reply.answered and "$2 million" in reply.text


def test_short_forms_everyone_knows_stand_for_what_the_briefing_writes(tmp_path):
    # "HQ" is headquarters, "DOJ" the Justice Department, wherever the briefing writes them
    entries = [{"slug": "pier-order", "kind": "event", "title": "The north pier order",
                "summary": "Dana Holt kept the north pier open through the storm after Acme "
                           "headquarters told her to shut it.",
                "fields": {"date": "November 4, 2019"}},
               {"slug": "fare-fixing", "kind": "event", "title": "Fare-fixing charges",
                "summary": "Acme Ferries paid the Justice Department $3 million to settle "
                           "fare-fixing charges.",
                "fields": {"amount": "$3 million", "date": "June 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did Dana Holt ignore HQ and keep the north pier open?")
        assert reply.answered and "November 4, 2019" in reply.text
        reply = ask(router, "how much did Acme pay the DOJ over the fare-fixing?")
        assert reply.answered and "$3 million" in reply.text
