"""How the answerer reads what a deal was worth, a sum named by a noun its entry says as a verb,
a name given only as who did an entry's deed, and short forms everyone knows ("HQ", "DOJ")."""

from tests.handlers.test_reading import ask, fillers, small_pack


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
