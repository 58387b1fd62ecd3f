"""Questions people asked of packs they wrote themselves, tried end to end, in a made-up
harbour world: the mechanisms behind each, not the sentences."""

from tests.handlers.test_reading import ask, fillers, small_pack


def _people() -> list[dict]:
    return [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt, former ferry chief",
             "summary": "Dana Holt was chief of the ferry line's crossings until June 2020. She "
                        "flew from Gullport to Lisbon on June 19, 2020 and disappeared.",
             "fields": {"role": "Chief of crossings"}},
            {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes, harbour master",
             "summary": "Sam Reyes has run the harbour since 2002 and ran the inquiry into "
                        "Dana Holt's crossings.",
             "fields": {"role": "Harbour master"}},
            {"slug": "gull-gazette", "kind": "media", "title": "Gull Gazette reporting",
             "summary": "Mia Tran, a journalist at the Gull Gazette, reported on the missing "
                        "ferry money for years.",
             "fields": {"by": "Mia Tran"}},
            # (Holt is what the story is about: many entries speak of her)
            *({"slug": f"holt-{i}", "kind": "event", "title": f"Holt note {i}", "summary": text}
              for i, text in enumerate(["Holt's deputy kept the crossing accounts.",
                                        "The board suspended Holt in June 2020.",
                                        "Holt's crossings were audited in 2019."])),
            *fillers()]


def test_run_off_to_asks_where_someone_fled(tmp_path):
    # "run off to" is fleeing, not running something: the harbour master "has run the
    # harbour" and names Holt, but Holt's own entry says where she went
    with small_pack(tmp_path, "Harbour ferries", _people()) as router:
        reply = ask(router, "where did holt run off to?")
        assert reply.answered and "Lisbon" in reply.text.split("\n")[0], reply.text


def test_a_journo_who_broke_the_story_is_the_journalist_who_reported_it(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _people()) as router:
        reply = ask(router, "who was the gazette journo that broke the story?")
        assert reply.answered and "Mia Tran" in reply.text, reply.text


def test_chipping_in_is_paying(tmp_path):
    entries = [{"slug": "pier-levy", "kind": "document", "title": "The 2021 pier levy",
                "summary": "In April 2021 the harbour board approved a levy to pay for the pier "
                           "repairs; berth owners were to pay between $800 and $3,000 each.",
                "fields": {"payment": "$800 to $3,000 per berth", "date": "April 2021"}},
               {"slug": "pier-study", "kind": "document", "title": "Study of the sinking pier",
                "summary": "A 2020 study found the pier had sunk 2 mm a year, which could have "
                           "been a contributing factor in the repairs needed.",
                "fields": {"rate": "2 mm a year"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much were owners asked to chip in for repairs before the pier "
                            "sank?")
        assert reply.answered and "$800" in reply.text, reply.text


def _blast() -> list[dict]:
    return [{"slug": "north-pier", "kind": "place", "title": "The north pier",
             "summary": "The north pier is Gullport's main ferry pier, where the fuel store "
                        "stood; it was rebuilt after the explosion.",
             "fields": {"opened": "1961", "berths": "Six"},
             "aliases": ["the pier"]},
            {"slug": "fuel-explosion", "kind": "event", "title": "The fuel store explosion",
             "summary": "The fuel store on the north pier exploded on May 3, 2021.",
             "fields": {"when": "May 3, 2021, about 18:08", "damage": "Two berths destroyed"}},
            {"slug": "fuel-store", "kind": "place", "title": "Shed 4",
             "summary": "Shed 4 on the north pier is where the fuel was stored from 2014 until "
                        "the explosion.",
             "fields": {"contents": "2,700 barrels of fuel"},
             "aliases": ["the shed"]},
            *fillers()]


def test_a_blast_that_went_off_exploded_and_its_time_comes_from_the_event(tmp_path):
    # "the pier explosion": the pier ranks first, having no time of day; the explosion's own
    # entry, further down, gives one
    with small_pack(tmp_path, "Harbour ferries", _blast()) as router:
        reply = ask(router, "what time of day did the pier blast go off?")
        assert reply.answered and "18:08" in reply.text, reply.text


def test_a_stockpile_is_what_was_stored(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _blast()) as router:
        reply = ask(router, "how big was the stockpile in the shed?")
        assert reply.answered and reply.entries == ("fuel-store",), reply.text


def _years() -> list[dict]:
    return [{"slug": "survey-2018", "kind": "document", "title": "The 2018 pier survey",
             "summary": "In October 2018 an engineer's survey found the pier's deck cracked and "
                        "put the repairs at about $9 million.",
             "fields": {"cost": "about $9 million (estimated repairs)", "date": "October 2018"}},
            {"slug": "levy-2021", "kind": "document", "title": "The 2021 pier levy",
             "summary": "In April 2021 the board approved a levy for the pier repairs, whose "
                        "estimated cost had grown from the $9 million the 2018 survey estimated "
                        "to $15 million.",
             "fields": {"cost": "about $15 million (estimated repairs in 2021)",
                        "estimate": "Grew from $9 million in the 2018 estimate to $15 million",
                        "amount": "$15 million in total"},
             "aliases": ["repair estimate"]},
            {"slug": "dana-holt", "kind": "person", "title": "Dana Holt (ferry chief 2017-2019)",
             "summary": "Dana Holt was chief of the ferry line when the Tern sank.",
             "fields": {"role": "Chief of the ferry line"}},
            {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes (ferry chief from 2021)",
             "summary": "Sam Reyes has been chief of the ferry line since 2021.",
             "fields": {"role": "Chief of the ferry line"}},
            *fillers()]


def test_an_entry_named_for_another_year_is_about_another_time(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _years()) as router:
        reply = ask(router, "roughly what did the 2018 inspection estimate the repairs would "
                            "cost?")
        assert reply.answered and reply.entries == ("survey-2018",), reply.text


def test_a_name_for_a_span_of_years_holds_each_year_in_it(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _years()) as router:
        reply = ask(router, "who was chief of the ferry line in 2018?")
        assert reply.answered and reply.entries == ("dana-holt",), reply.text


def test_what_a_report_said_it_could_not_do_is_its_finding(tmp_path):
    entries = [{"slug": "fare-audit", "kind": "investigation", "title": "Fare audit (2020)",
                "summary": "The ferry line hired an outside firm in 2019 to audit its fares. Its "
                           "report, published on April 28, 2020, said it could not verify the "
                           "fare income of the night ferry.",
                "fields": {"published": "April 28, 2020"}},
               {"slug": "pier-inquiry", "kind": "investigation", "title": "Pier inquiry",
                "summary": "The pier inquiry began in 2021, led by Sam Reyes, who said the "
                           "hearings would be public.",
                "fields": {"began": "2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did the fare audit conclude?")
        assert reply.answered and "could not verify" in reply.text, reply.text
        # (someone who said something while leading it is no finding of the inquiry)
        assert not ask(router, "what did the pier inquiry conclude?").answered


def test_who_was_convicted_over_a_thing_need_not_name_it(tmp_path):
    entries = [{"slug": "tern-sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The ferry Tern sank off the north pier on May 3, 2021.",
                "aliases": ["the Tern"]},
               {"slug": "verdict", "kind": "legal", "title": "Verdict of 17 November 2022",
                "summary": "On 17 November 2022 the Gullport court convicted Dana Holt and Sam "
                           "Reyes of manslaughter.",
                "fields": {"convicted": "Dana Holt, Sam Reyes"}},
               # (the Tern is what the story is about: most entries speak of her)
               {"slug": "tern-inquiry", "kind": "investigation", "title": "Tern inquiry",
                "summary": "The harbour board's inquiry into the Tern reported in 2022."},
               {"slug": "tern-crew", "kind": "group", "title": "The Tern's crew",
                "summary": "Six crew sailed the Tern on her last crossing."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who was convicted over the Tern?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_a_list_of_countries_holds_countries(tmp_path):
    entries = [{"slug": "joint-team", "kind": "organisation", "title": "Joint Harbour Team (JHT)",
                "summary": "The JHT is the joint inquiry into the sinking, with police from "
                           "Portugal, Spain, France and Ireland.",
                "fields": {"members": "Portugal, Spain, France, Ireland"},
                "aliases": ["JHT"]},
               {"slug": "un-vote", "kind": "event", "title": "UN vote on a harbour tribunal",
                "summary": "The JHT's countries asked the UN for a tribunal; the vote failed.",
                "fields": {"date": "July 29, 2015"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which countries are in the JHT?")
        assert reply.answered and reply.entries == ("joint-team",), reply.text


def test_whoever_is_named_as_paying_must_be_the_one_who_paid(tmp_path):
    entries = [{"slug": "damages", "kind": "money", "title": "Damages ordered by the court",
                "summary": "The court ordered the three convicted skippers to pay the families "
                           "more than $16 million.",
                "fields": {"amount": "more than $16 million"},
                "aliases": ["damages", "compensation"]},
               {"slug": "tern-sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The Tern, an Acme Ferries boat, sank off the north pier in 2021.",
                "fields": {"operator": "Acme Ferries"}},
               *fillers()]
    with small_pack(tmp_path, "The Acme Ferries Tern sinking", entries) as router:
        reply = ask(router, "how much did the court order the skippers to pay in damages?")
        assert reply.answered and "$16 million" in reply.text, reply.text
        # the entry never says Acme paid anything
        assert not ask(router, "how much did Acme Ferries pay the families in damages?").answered


def test_a_channel_called_in_chat_markup_after_everyone_is_no_part_of_the_question(tmp_path):
    entries = [{"slug": "tern-penalty", "kind": "settlement", "title": "Harbour board penalty",
                "summary": "On May 3, 2021 Acme Ferries agreed to pay $2 million in penalties to "
                           "the harbour board over the Tern.",
                "fields": {"total_penalties_usd": "2000000"}},
               *fillers()[:2]]  # (none of which says "channel")
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        plain = ask(router, "how big was the board's fine on Acme?")
        reply = ask(router, "@everyone <!channel> how big was the board's fine on Acme?")
        assert plain.answered and reply.text == plain.text, reply.text
        # (read as the same words: "channel" is no word of the question)
        read = router.answerer.read
        assert read("@everyone <!channel> <@U1> how big was the board's fine?").tokens == read(
            "how big was the board's fine?").tokens


def _staff() -> list[dict]:
    return [{"slug": "crew-firings", "kind": "figure", "title": "Crew fired over fare fiddling",
             "summary": "Acme Ferries said it had fired about 530 deckhands over five years for "
                        "selling fake tickets to riders.",
             "fields": {"employees_fired": "about 530", "period": "2011-2016"}},
            {"slug": "fake-tickets", "kind": "figure", "title": "Unauthorised tickets sold",
             "summary": "About 21,000 unauthorised tickets were sold between 2011 and 2016.",
             "fields": {"tickets": "about 21,000"}},
            {"slug": "fare-push", "kind": "practice", "title": "The fare push",
             "summary": "Acme pushed deckhands to sell eight tickets a trip.",
             "fields": {"slogan": "Eight is Great"}},
            {"slug": "acme-ferries", "kind": "organisation", "title": "Acme Ferries",
             "summary": "Acme Ferries is a ferry line of Gullport, chaired by Dana Holt.",
             "fields": {"led_by": "Dana Holt, chair", "headquarters": "Gullport"}},
            {"slug": "tern", "kind": "ferry", "title": "The Tern",
             "summary": "Acme's lead ferry, the Tern, sank in 2021.",
             "fields": {"lead_engine": "Acme A-12"}},
            *fillers()]


def test_plain_words_for_fake_and_a_slogan(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _staff()) as router:
        reply = ask(router, "roughly how many bogus tickets are we talking about?")
        assert reply.answered and reply.entries == ("fake-tickets",), reply.text
        reply = ask(router, "what was the catchphrase behind the fare push?")
        assert reply.answered and "Eight is Great" in reply.text, reply.text


def _fund() -> list[dict]:
    return [{"slug": "relief-fund", "kind": "money", "title": "Victims' relief fund",
             "summary": "About 25 companies paid into a fund of about C$460 million for the "
                        "families.",
             "fields": {"amount": "about C$460 million", "year": "2015"},
             "aliases": ["relief fund"]},
            {"slug": "lake-fine", "kind": "penalty", "title": "Lake pollution fine",
             "summary": "The canton fined the ferry line for polluting the lake.",
             "fields": {"fine": "CHF 2 million"}},
            {"slug": "families-settlement", "kind": "legal", "title": "Families' settlement",
             "summary": "A judge approved a $1 billion settlement for the families and "
                        "their lawyers.",
             "fields": {"amount": "$1 billion", "approved_by": "Judge Sam Reyes"}},
            *fillers()]


def test_a_sum_in_a_currency_code_and_the_word_money_of_a_sum(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _fund()) as router:
        reply = ask(router, "how much money went into the victims' relief fund?")
        assert reply.answered and "C$460 million" in reply.text, reply.text
        reply = ask(router, "how big was the lake pollution fine?")
        assert reply.answered and "CHF 2 million" in reply.text, reply.text


def test_a_sum_taken_in_a_thing_the_briefing_never_names_is_declined(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _fund()) as router:
        assert ask(router, "how much did the families' settlement pay out?").answered
        assert not ask(router, "how much did the families' lawyers take in fees out of the "
                               "settlement?").answered


def test_a_block_titled_with_a_persons_name_says_it_once(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Chief of the ferry line during the strike, praised by the mayor.",
                "fields": {"resigned": "12 September 2005",
                           "praise": "the mayor said 'Dana, you're doing a heck of a job'"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did Dana Holt quit, and what did the mayor say to her?")
        assert reply.answered and reply.text.count("Dana Holt") == 1, reply.text


def test_where_is_not_answered_by_a_fact_that_names_no_place(tmp_path):
    # (the flight's number and head count hold "plane" and "flight", not where it came down;
    # the summary says where)
    entries = [{"slug": "flight-12", "kind": "flight", "title": "Gull Air Flight 12",
                "summary": "Gull Air Flight 12 was a seaplane flight from Gullport that came "
                           "down in the mudflats east of the north pier on May 3, 2021.",
                "fields": {"flight_number": "GA12", "plane": "A 1998 seaplane, 12 seats",
                           "people_aboard": "9 people"},
                "keywords": ["seaplane crash"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "where did the plane crash?")
        assert reply.answered and reply.text.startswith("Gull Air Flight 12 was"), reply.text


def _firms() -> list[dict]:
    return [{"slug": "gull-and-gull", "kind": "organisation", "title": "Gull & Gull",
             "summary": "Gull & Gull owned the Tern and recalled its ferries after the sinking.",
             "fields": {"chairman_during_the_crisis": "Dana Holt"}},
            {"slug": "ferry-recall", "kind": "event", "title": "Ferry recall",
             "summary": "Gull & Gull pulled all its ferries from service on May 5, 2021.",
             "fields": {"date": "May 5, 2021", "ferries_recalled": "12"}},
            {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
             "summary": "Sam Reyes, a harbour pilot, was questioned about the sinking.",
             "fields": {"role": "Harbour pilot"}},
            {"slug": "skipper-course", "kind": "event", "title": "Skipper course",
             "summary": "Dana Holt was chosen from more than 1,100 applicants for the first "
                        "skipper course.",
             "fields": {"year": "2019"}},
            *fillers()]


def test_a_short_form_with_an_ampersand_is_the_name_it_stands_for(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _firms()) as router:
        reply = ask(router, "when did G&G pull its ferries?")
        assert reply.answered and "May 5, 2021" in reply.text, reply.text
        reply = ask(router, "who was running G&G at the time?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_who_did_something_to_someone_is_not_answered_by_them_alone(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _firms()) as router:
        # (Reyes's entry names no one else: it cannot say who did it to him)
        assert not ask(router, "who was the guy who threw a pie at Sam Reyes?").answered
        reply = ask(router, "who is Sam Reyes?")
        assert reply.answered and "harbour pilot" in reply.text, reply.text


def test_how_many_people_did_something_counts_those_who_did(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _firms()) as router:
        reply = ask(router, "how many skippers applied for the first skipper course?")
        assert reply.answered and "1,100 applicants" in reply.text, reply.text


def test_what_someone_said_to_another_is_in_their_own_entry(tmp_path):
    entries = [{"slug": "mia-tran", "kind": "person", "title": "Mia Tran",
                "summary": "Councillor Mia Tran told Sam Reyes at the hearing that he should "
                           "resign, calling it 'gutless leadership'.",
                "fields": {"role": "Councillor"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was chief of the ferry line until 2021.",
                "fields": {"role": "Chief of the ferry line"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did Mia Tran say to Sam Reyes at the hearing?")
        assert reply.answered and "gutless" in reply.text, reply.text


def test_a_later_part_of_question_words_alone_asks_them_of_the_part_before(tmp_path):
    entries = [{"slug": "reward", "kind": "figure", "title": "Reward for information",
                "summary": "Acme offered a reward for information on whoever sank the Tern.",
                "fields": {"offered_by": "Acme Ferries", "amount": "$100,000"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "was there a reward offered for catching whoever did it? how much?")
        assert reply.answered and "$100,000" in reply.text, reply.text


def test_plain_words_for_a_law_a_match_and_a_share_that_collapsed(tmp_path):
    entries = [{"slug": "ferry-act", "kind": "law", "title": "Ferry Safety Act of 1990",
                "summary": "The act Congress passed after the sinking; it was signed on August "
                           "18, 1990.",
                "fields": {"date": "August 18, 1990 (signed)", "signed_by": "Dana Holt"},
                "aliases": ["FSA 90"]},
               {"slug": "cup-final", "kind": "event", "title": "The cup final",
                "summary": "The crush happened at the cup final at Gull Park.",
                "fields": {"date": "1989-04-15", "match": "Cup final, Gullport v Tern Bay"}},
               {"slug": "fare-share", "kind": "figure", "title": "Acme's share of crossings",
                "summary": "Acme's share of crossings collapsed after the sinking.",
                "fields": {"share_before": "about 37%", "share_after": "about 7%"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did FSA 90 become law?")
        assert reply.answered and "August 18, 1990" in reply.text, reply.text
        reply = ask(router, "when was the cup final and who was playing?")
        assert reply.answered and "Gullport v Tern Bay" in reply.text, reply.text
        reply = ask(router, "what did Acme's share of crossings drop to after the sinking?")
        assert reply.answered and reply.entries == ("fare-share",), reply.text


def test_the_story_the_pack_is_about_need_not_be_named_where_it_happened(tmp_path):
    # ("how many were killed in the Gull Rock disaster?": the death toll's entry never says
    # the story's own name, the pack's subject)
    entries = [{"slug": "gull-rock-fire", "kind": "event", "title": "The Gull Rock fire",
                "summary": "Gull Rock, an oil platform, burned on July 6, 1988.",
                "aliases": ["Gull Rock disaster"], "fields": {"date": "July 6, 1988"}},
               {"slug": "death-toll", "kind": "figure", "title": "The death toll",
                "summary": "167 men died, 165 of the 226 people on the platform.",
                "fields": {"deaths": "167 men"}, "keywords": ["killed"]},
               *fillers()]
    with small_pack(tmp_path, "The Gull Rock disaster", entries) as router:
        reply = ask(router, "how many people were killed in the gull rock disaster?")
        assert reply.answered and "167" in reply.text, reply.text
