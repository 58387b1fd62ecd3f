"""How the answerer reads what a deal was worth, a sum named by a noun its entry says as a verb,
a name given only as who did an entry's deed, and short forms everyone knows ("HQ", "DOJ")."""

from handlers.english import verb_of
from handlers.reading import _deal_worth, question_type
from tests.handlers.test_reading import ask, fillers, small_pack


def test_what_a_deal_was_worth_asks_the_sum_agreed(tmp_path):
    # "what was the deal worth?" asks its sum, as "how much was the deal worth?" does
    tokens = "what was the north pier deal with acme worth".split()
    assert _deal_worth("worth", tokens, (("what",),))
    assert question_type(tokens) == "amount"
    # (not "what is Acme worth?": a valuation, nor a thing valued in a clause of its own)
    assert not _deal_worth("worth", "what is acme worth".split(), (("what",),))
    assert not _deal_worth("worth", "what is the tug that came with the deal really worth".split(),
                           (("what",),))
    entries = [{"slug": "north-pier-deal", "kind": "event", "title": "North pier deal",
                "summary": "In May 2020 Acme Ferries agreed to lease the north pier from "
                           "Gullport for ten years.",
                "fields": {"date": "May 3, 2020", "amount": "$4 million over ten years",
                           "terms": "Acme keeps the pier lights on and pays the repairs"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what was the north pier deal with Acme worth?")
        assert reply.answered and "$4 million" in reply.text
    # ... which only an entry named for the deal says: a firm's entry mentioning its deals
    # gives no sum of the contract asked
    entries = [{"slug": "acme-ferries", "kind": "service", "title": "Acme Ferries",
                "summary": "Acme Ferries, hired by Gullport in 2015 to run the night crossing, "
                           "settled riders' claims for $2 million in 2021.",
                "fields": {"earlier_deals": "$1.5 million in previous agreements"}},
               *fillers()]
    with small_pack(tmp_path / "firm", "Harbour ferries", entries) as router:
        assert not ask(router, "what was Acme's ferry contract with Gullport worth?").answered


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


def test_a_name_in_the_fact_saying_who_did_it_describes_the_entry(tmp_path):
    # Dana Holt's deal: the entry's `by` names her, though the summary does not
    entries = [{"slug": "fare-deal", "kind": "event", "title": "Gullport fare deal",
                "summary": "In May 2020 Acme Ferries agreed to cap Gullport fares for five "
                           "years and to pay for a new waiting room.",
                "fields": {"date": "May 3, 2020", "amount": "$3 million in all",
                           "by": "Harbour Master Dana Holt"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much was Dana Holt's fare deal with Acme worth?")
        assert reply.answered and "$3 million" in reply.text


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
