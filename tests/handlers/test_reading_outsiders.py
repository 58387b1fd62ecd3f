"""More questions people asked of packs they wrote themselves, in a made-up harbour world:
the mechanisms behind each, not the sentences."""

from content.entry import from_content
from content.text import stem
from handlers.answer import _subject_words
from handlers.declines import (
    _a_unit,
    _kind_run,
    _leaves_a_body,
    _moved_on,
    _rate_given,
    _story_words,
    _thing_called,
)
from handlers.english import adjective_of, doers, everyday, irregular
from handlers.lexicon import IDIOMS
from handlers.reading import (
    SHAPES,
    _deed,
    _depth_words,
    _rewrite,
    full_years,
    question_type,
    spelt_short,
    synonyms_of,
)
from tests.handlers.test_reading import ask, fillers, small_pack


def test_a_reports_author_wrote_it(tmp_path):
    # ("who wrote the report?": English names a writer an author, no "-er" about it)
    assert {"writer", "author"} <= doers("wrote") and "thief" in doers("stole")
    entries = [{"slug": "inquiry-report", "kind": "document", "title": "The Reyes report",
                "summary": "The inquiry's report, released on March 11, 2022, ran to 900 "
                           "pages and blamed the ferry line's board.",
                "fields": {"author": "Sam Reyes (Reyes & Tran)", "released": "March 11, 2022"},
                "aliases": ["inquiry report"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who wrote the inquiry report?")
        assert reply.answered and "Sam Reyes" in reply.text.split("\n")[0], reply.text


def test_changing_a_thing_is_modifying_it(tmp_path):
    assert {"modified", "altered"} <= set(synonyms_of("change"))
    entries = [{"slug": "refit", "kind": "event", "title": "Refit and return to service",
                "summary": "Before sailing again, the ferries were modified: their fuel tanks "
                           "were lined and new pumps fitted. Service resumed on May 3, 2022."},
               {"slug": "gull-lines", "kind": "company", "title": "Gull Lines",
                "summary": "Gull Lines ran the ferries from 1976 and sailed them again after "
                           "the sinking; it laid up its boats for a year after the sinking."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did they change on the ferries before letting them sail "
                            "again after the sinking?")
        assert reply.answered and reply.entries[0] == "refit", reply.text


def test_managing_to_do_a_thing_is_doing_it(tmp_path):
    # ("how much has the trustee managed to get back?": what was got back; "managed" is
    # no word a fact need hold)
    entries = [{"slug": "recoveries", "kind": "figure", "title": "Trustee recoveries",
                "summary": "Money recovered by the trustee, Sam Reyes, for Gull Lines "
                           "customers through settlements.",
                "fields": {"recovered": "More than $14 million by the end of 2023"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much has the trustee managed to claw back so far?")
        assert reply.answered and "$14 million" in reply.text, reply.text


def test_a_fact_named_for_the_kind_asked_and_what_is_asked_ranks_its_entry_first(tmp_path):
    # ("why did the deal fall apart?": the entry with a `collapse_cause`, not one whose other
    # fact is named for the collapse and whose summary says more of it)
    entries = [{"slug": "harbour-board", "kind": "agency", "title": "Harbour board",
                "summary": "The harbour board oversaw the pier deal and its collapse; after "
                           "the collapse it took over the pier. The collapse was its worst year.",
                "fields": {"chair_at_collapse": "Dana Holt", "cause": "Set up by the city"}},
               {"slug": "pier-deal", "kind": "event", "title": "The pier deal",
                "summary": "Acme agreed to buy the north pier in 2019.",
                "fields": {"collapse_cause": "Acme's lenders pulled out in March 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "why did it all fall apart?")
        assert reply.answered and reply.entries[0] == "pier-deal", reply.text


def _fire() -> list[dict]:
    return [{"slug": "the-fire", "kind": "event", "title": "The fire, 6 May 2021",
             "summary": "At about 7:25 pm on 6 May 2021, as the Tern neared the pier, fire broke "
                        "out near the stern. The ship was destroyed in about 32 seconds. The "
                        "fire was filmed from the quay."},
            {"slug": "ferry-films", "kind": "consequence", "title": "Legacy in film",
             "summary": "The newsreel film of the burning ship, with Marsh's words, made the "
                        "Tern one of the most widely seen disasters of the 20th century. The "
                        "image of the burning ship was used on the cover of a record in 1969."},
            {"slug": "eli-marsh", "kind": "person", "title": "Eli Marsh",
             "summary": "Eli Marsh ran the Tern's day crossings for Gull Lines and was aboard "
                        "that day as a passenger; he was burned in the fire and died the next "
                        "day."},
            {"slug": "deaths", "kind": "figure", "title": "The 36 deaths",
             "summary": "Thirty-six people died: 13 passengers, 22 crew and one man on the "
                        "quay."},
            *fillers()]


def test_a_time_of_day_asks_a_time_not_a_day(tmp_path):
    with small_pack(tmp_path, "The Tern fire", _fire()) as router:
        # (no day is asked of: Eli Marsh "died the next day" says nothing of it)
        assert "day" not in [c.word for c in router.answerer.read(
            "what time of day did the tern catch fire?").concepts]
        reply = ask(router, "what time of day did the tern catch fire?")
        assert reply.answered and reply.entries[0] == "the-fire", reply.text
        assert "7:25 pm" in reply.text


def test_a_second_part_the_same_summary_answers_is_no_repeat(tmp_path):
    # (a pack of summaries only: the fire's summary gives the time and how long it burned)
    with small_pack(tmp_path, "The Tern fire", _fire()) as router:
        reply = ask(router, "what time did the tern catch fire, and how long did it take to "
                            "burn up?")
        assert reply.answered and reply.entries == ("the-fire",), reply.text


def test_the_story_called_by_its_name_and_another_noun_need_not_be_in_the_answer(tmp_path):
    # ("how many died in the Tern crash?" of a pack on the Tern fire: every entry is about it)
    with small_pack(tmp_path, "The Tern fire", _fire()) as router:
        reply = ask(router, "how many people actually died in the tern crash?")
        assert reply.answered and reply.entries[0] == "deaths", reply.text
    # (an unknown thing of the story is still asked: "the Tern refit" is no story noun)
    with small_pack(tmp_path / "b", "The Tern fire", _fire()) as router:
        assert not ask(router, "how many people were paid in the tern refit?").answered


def test_a_death_toll_is_a_count_of_the_dead(tmp_path):
    entries = [{"slug": "school", "kind": "place", "title": "Gull Rock school",
                "summary": "The slide hit the school first.",
                "fields": {"deaths": "109 children and 5 teachers died in the school"}},
               {"slug": "disaster", "kind": "event", "title": "The Gull Rock slide",
                "summary": "On 21 October 1966 the tip slid onto the village.",
                "fields": {"date": "21 October 1966", "deaths": "144 people (116 children)"}},
               {"slug": "beynon", "kind": "person", "title": "Dai Beynon",
                "summary": "The deputy head was killed in his classroom.",
                "fields": {"date": "Died 21 October 1966"}},
               *fillers()]
    with small_pack(tmp_path, "The Gull Rock slide", entries) as router:
        reply = ask(router, "how many kids died at the school, and what was the total death "
                            "toll of the slide?")
        assert reply.answered and "144" in reply.text, reply.text


def test_what_others_said_of_someone_is_no_quote_of_theirs(tmp_path):
    entries = [{"slug": "royal-visit", "kind": "event", "title": "The mayor's visit",
                "summary": "The mayor visited Gullport eight days after the sinking; her delay "
                           "in going was later said to be one of her greatest regrets.",
                "fields": {"date": "29 October 2021", "who": "Mayor Dana Holt"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "what did the mayor say when she visited gullport?").answered


def test_a_word_the_store_never_uses_before_number_asks_a_number_it_lacks(tmp_path):
    entries = [{"slug": "plea", "kind": "event", "title": "Holt's guilty plea",
                "summary": "Dana Holt pleaded guilty in federal court to 11 counts.",
                "fields": {"counts": "11 felony counts"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "what was Holt's federal inmate number?").answered
        assert ask(router, "how many counts did Holt plead guilty to?").answered


def test_plain_words_for_staff_a_pilot_a_removal_and_a_verdict(tmp_path):
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Ferries",
                "summary": "Acme Ferries ran the crossings until it failed in 2020.",
                "fields": {"employees_2020": "about 2,500", "founded": "1976"}},
               {"slug": "holt", "kind": "person", "title": "Captain Dana Holt",
                "summary": "Dana Holt was the captain of the Tern. She was taken off the crew "
                           "three days before the sailing after a measles scare.",
                "fields": {"reason_removed": "Exposure to measles"}},
               {"slug": "radio", "kind": "consequence", "title": "Radio changes",
                "summary": "Pilots and harbour controllers now use set phrases on the radio; "
                           "the crossing rules were changed after the sinking."},
               {"slug": "reyes-trial", "kind": "event", "title": "Sam Reyes's trial",
                "summary": "The harbour board prosecuted Reyes over the crossing logs.",
                "fields": {"verdict": "not guilty, 31 July 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "roughly how many people worked at Acme when it failed?")
        assert reply.answered and "2,500" in reply.text, reply.text
        reply = ask(router, "who was the Tern's pilot?")
        assert reply.answered and reply.entries[0] == "holt", reply.text
        reply = ask(router, "why was holt dropped from the crew?")
        assert reply.answered and "measles" in reply.text.split("\n")[0], reply.text
        reply = ask(router, "was reyes convicted of anything?")
        assert reply.answered and "not guilty" in reply.text, reply.text


def test_a_capital_stands_for_its_country_and_christmas_is_in_december(tmp_path):
    entries = [{"slug": "sanctions", "kind": "consequence", "title": "Sanctions on Gullport",
                "summary": "On January 2, 2015 the US imposed sanctions on three North Korean "
                           "firms that shipped arms through Gullport.",
                "fields": {"date": "January 2, 2015"}, "aliases": ["sanctions"]},
               {"slug": "reopening", "kind": "event", "title": "The pier reopens",
                "summary": "The pier reopened on December 25, 2021 to about 331 ferries.",
                "fields": {"number": "about 331 ferries", "date": "December 25, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what sanctions did Washington slap on Pyongyang?")
        assert reply.answered and reply.entries[0] == "sanctions", reply.text
        reply = ask(router, "how many ferries used the pier on Christmas Day?")
        assert reply.answered and "331" in reply.text, reply.text


def test_this_first_thing_asked_is_the_story_itself(tmp_path):
    entries = [{"slug": "overview", "kind": "event", "title": "The Tern sinking in brief",
                "summary": "On Sunday 27 March 2021 the Tern sank off Gull Rock.",
                "fields": {"date": "27 March 2021"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking (27 March 2021)", entries) as router:
        reply = ask(router, "what date did this happen?")
        assert reply.answered and "27 March 2021" in reply.text, reply.text
        # (a question of something the briefing never names is still declined)
        assert not ask(router, "who won the cup this year?").answered


def test_a_count_of_ounces_of_gold_the_summary_says_is_gold(tmp_path):
    entries = [{"slug": "claims", "kind": "figure", "title": "Resource claims",
                "summary": "Acme's estimates of the gold at Gull Rock kept rising.",
                "fields": {"claim_early_2021": "about 71 million ounces"}},
               {"slug": "health", "kind": "investigation", "title": "Health effects",
                "summary": "The leak released a small amount of iodine.",
                "fields": {"number": "about 2 million people nearby"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many ounces of gold was Acme claiming by early 2021?")
        assert reply.answered and "71 million" in reply.text, reply.text
        # (a count of people is no count of curies, whatever the summary says of iodine)
        assert not ask(router, "how many curies of iodine got released?").answered


def test_a_fact_named_released_dates_a_publishing(tmp_path):
    entries = [{"slug": "report", "kind": "document", "title": "The Strath report",
                "summary": "The Strath audit concluded there was no gold; the harbour board "
                           "published its own notes later.",
                "fields": {"conclusion": "no gold at Gull Rock", "released": "4 May 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did the strath audit conclude, and when was it published?")
        assert reply.answered and "4 May 2021" in reply.text, reply.text
        assert "does not say" not in reply.text, reply.text


def _chiefs() -> list[dict]:
    return [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt (Acme CEO 2017-2019)",
             "summary": "Acme's chief executive from 2017; she stepped down in January "
                        "2019.",
             "fields": {"role": "CEO, Acme Ferries", "start": "2017-03-01",
                        "resigned": "2019-01-13"}},
            {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes (Acme CEO from 2021)",
             "summary": "Chief executive of Acme Ferries since January 2021; he pledged to "
                        "rebuild the pier after the fire.",
             "fields": {"role": "CEO, Acme Ferries", "start": "2021-01-04"}},
            {"slug": "mia-tran", "kind": "person", "title": "Mia Tran",
             "summary": "Mia Tran was the chief minister of Gullshire in 2018.",
             "fields": {"role": "Chief minister of Gullshire"}},
            {"slug": "pier-inquiry", "kind": "investigation", "title": "The pier inquiry",
             "summary": "The inquiry was set up by the harbour administrator, Eli Marsh, and "
                        "reported in 2019."},
            *fillers()]


def test_a_post_held_when_the_story_happened_is_not_a_later_holders(tmp_path):
    # ("who was running Acme when the fire happened?" of a pack on the 2018 pier fire: not
    # the chief who took over in 2021)
    with small_pack(tmp_path, "The 2018 Gullport pier fire and Acme Ferries", _chiefs()) as router:
        reply = ask(router, "who was running Acme when the fire happened?")
        assert reply.answered and reply.entries[0] == "dana-holt", reply.text
        reply = ask(router, "who runs Acme now?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_a_post_of_several_words_before_of_and_an_acting_one_are_asked_as_posts(tmp_path):
    with small_pack(tmp_path, "The 2018 Gullport pier fire", _chiefs()) as router:
        reply = ask(router, "who was chief minister of gullshire?")
        assert reply.answered and "Mia Tran" in reply.text, reply.text
        # (an acting administrator is another post than the administrator the inquiry names)
        assert not ask(router, "who was the acting harbour administrator?").answered
        assert ask(router, "who was the harbour administrator?").answered


def test_plain_words_for_survivors_a_commander_a_capacity_a_head_office_and_a_hole(tmp_path):
    entries = [{"slug": "survivors", "kind": "figure", "title": "Survivors",
                "summary": "61 of the 226 men aboard survived, most by jumping into the sea.",
                "fields": {"count": "61 survivors"}},
               {"slug": "crew", "kind": "group", "title": "The crew of the Tern",
                "summary": "Six crew were aboard the Tern on her last sailing.",
                "fields": {"crew": "Dana Holt (commander), Sam Reyes (pilot), four deckhands"}},
               {"slug": "boats", "kind": "equipment", "title": "Lifeboats",
                "summary": "The Tern carried 20 lifeboats.",
                "fields": {"total_capacity": "1,178 people"}},
               {"slug": "acme", "kind": "company", "title": "Acme Ferries",
                "summary": "Acme Ferries ran the crossings; its board was chaired by Mia Tran.",
                "fields": {"headquarters": "Clinton, Gullshire", "chair": "Mia Tran"}},
               {"slug": "costs", "kind": "figure", "title": "Money figures for the Tern",
                "summary": "What the Tern cost to build and what tickets cost.",
                "fields": {"construction_cost": "about £1.5 million", "ticket": "£3 to £8"}},
               {"slug": "restatement", "kind": "event", "title": "The June 2002 announcement",
                "summary": "Acme said it had booked line costs as capital spending.",
                "fields": {"amount": "$3.8 billion of misstated expenses"}},
               {"slug": "truman", "kind": "person", "title": "Harry Truman, lodge owner",
                "summary": "Harry R. Truman, 83, ran the lodge at Spirit Lake and would not "
                           "leave."},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        for question, expected in [
                ("how many men got out alive?", "61 survivors"),
                ("who was in charge of the crew?", "Dana Holt"),
                ("how many lifeboats did the tern carry, and how many people could they "
                 "hold?", "1,178"),
                ("where was Acme's head office?", "Clinton"),
                ("how much did it cost to build the tern?", "£1.5 million"),
                ("how big was the hole Acme owned up to in June 2002?", "$3.8 billion"),
                ("how old was truman?", "83")]:
            reply = ask(router, question)
            assert reply.answered and expected in reply.text, (question, reply.text)


def test_which_noun_before_a_past_verb_is_the_thing_asked(tmp_path):
    # ("which governor set up the zone?": a governor, whom a briefing that never speaks of
    # governors does not name; "which shipyard built the dredger?" is asked of a shipyard)
    entries = [{"slug": "zones", "kind": "event", "title": "Restricted zones",
                "summary": "In April 2021 the State of Gullshire closed a red zone round the "
                           "pier, where only officials were allowed."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "which governor closed the red zone?").answered


def test_a_stake_is_a_share_owned(tmp_path):
    entries = [{"slug": "gull-storage", "kind": "company", "title": "Gull Storage Ltd",
                "summary": "The company that ran the depot where the tank overflowed.",
                "fields": {"owner": "Acme (60%) and Tern Oil (40%)",
                           "share": "Acme 60%, Tern Oil 40%"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who owned the company running the depot, and what was Acme's "
                            "stake?")
        assert reply.answered and "does not say" not in reply.text, reply.text


def test_a_term_of_years_and_a_half_is_a_duration(tmp_path):
    # ("how long did Holt get in jail?" of "Six and a half years in prison")
    entries = [{"slug": "holt-trial", "kind": "event", "title": "Holt's trial and sentence",
                "summary": "Dana Holt pleaded guilty to cheating the harbour board and was "
                           "jailed.",
                "fields": {"sentenced": "1995-12-02",
                           "sentence": "Six and a half years in prison"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how long did Holt get in jail?")
        assert reply.answered and "Six and a half years" in reply.text, reply.text


def test_the_company_is_held_by_an_entry_naming_a_company(tmp_path):
    # ("how much did the company pay out to victims?": the settlement names Acme, which the
    # pack files as an organisation, without the word "company"; "which company ...?" asks
    # which, and an entry naming one says nothing of whether it is the one)
    entries = [{"slug": "acme", "kind": "organisation", "title": "Acme Tanks (Acme)",
                "summary": "Acme Tanks was the company that owned the harbour's molasses "
                           "tank."},
               {"slug": "memorial", "kind": "event", "title": "Memorial service",
                "summary": "The victims of the ferry sinking were remembered in May."},
               {"slug": "settlement", "kind": "figure", "title": "The damages paid",
                "summary": "After the auditor's report, Acme settled the claims and paid "
                           "about $628,000 in damages to the families of the dead.",
                "fields": {"damages_paid": "About $628,000"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much money did the company end up paying out to victims?")
        assert reply.answered and "$628,000" in reply.text, reply.text
        assert not ask(router, "which company made the damages payment's cheques?").answered


def test_a_phrasal_verb_split_by_a_lower_case_name_after_its_past(tmp_path):
    # ("who bailed knight out?": "bail out" around a name typed in lower case; not "the fire
    # flare back up" nor "its own write-up", whose first word is no verb's past)
    assert _rewrite("who bailed acme out".split()) == ["who", "bailed_out", "acme"]
    assert "own_up" not in _rewrite("the board s own write up".split())
    entries = [{"slug": "rescue-financing", "kind": "event", "title": "Rescue financing",
                "summary": "On May 6, 2022 a group of investors led by Gull Capital rescued "
                           "Acme with $400 million.",
                "fields": {"lead": "Gull Capital", "amount": "$400 million"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who bailed acme out?")
        assert reply.answered and "Gull Capital" in reply.text, reply.text


def test_a_word_of_the_storys_name_is_what_a_titled_entrys_facts_are_about(tmp_path):
    # ("how much did Acme lose?" of "Trading loss" in a pack on Acme's trading glitch: its
    # estimate, not a fact that only names Acme)
    entries = [{"slug": "trading-loss", "kind": "figure", "title": "Trading loss",
                "summary": "Acme said on August 2 that the glitch cost it about $440 million.",
                "fields": {"initial_estimate": "about $440 million before tax",
                           "comparison": "larger than Acme's capital cushion"}},
               *fillers()]
    with small_pack(tmp_path, "The Acme trading glitch of 2012", entries) as router:
        reply = ask(router, "how much did acme actually lose on this?")
        assert reply.answered and reply.text.startswith("Initial estimate"), reply.text


def test_an_entry_named_by_a_plain_word_answers_for_the_named_entry_that_lacks_it(tmp_path):
    # ("what date did the Gull viaduct collapse?": the viaduct's entry never speaks of the
    # collapse; the entry whose slug names the collapse, and which names the viaduct, dates it)
    entries = [{"slug": "gull-viaduct", "kind": "structure", "title": "Ponte Gull (Gull viaduct)",
                "summary": "The Gull viaduct, known as the Ponte Gull, carried the coast road "
                           "over the harbour from 1967.",
                "fields": {"designer": "Dana Holt", "opened": "September 4, 1967"},
                "aliases": ["Gull viaduct"], "keywords": ["viaduct"]},
               {"slug": "collapse", "kind": "event", "title": "The Ponte Gull collapses",
                "summary": "At about 11:36 on August 14, 2018 a 250-metre section of the Ponte "
                           "Gull fell into the harbour in a storm, killing 43 people.",
                "fields": {"date": "August 14, 2018", "deaths": "43 people"}},
               {"slug": "inquiry", "kind": "investigation", "title": "Inquiry into the collapse",
                "summary": "The ministry's inquiry into the collapse blamed corroded cables."},
               {"slug": "trial", "kind": "trial", "title": "Trial over the collapse",
                "summary": "Fifty-nine people went on trial over the collapse in 2022."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what date did the Gull viaduct collapse?")
        assert reply.answered and "August 14, 2018" in reply.text, reply.text


def test_how_much_stuff_is_answered_by_a_figure_beside_the_stuff(tmp_path):
    # ("how much cargo was it carrying?": "2,142 tonnes of cargo", not a summary whose figure
    # is of something else and which only speaks of "far less cargo")
    entries = [{"slug": "refit", "kind": "ship", "title": "The refit",
                "summary": "The refit added cabins and about 239 tonnes to the Tern. It was "
                           "approved on condition that the ferry carry far less cargo."},
               {"slug": "overloading", "kind": "cause", "title": "Overloading and ballast",
                "summary": "After the refit the Tern was allowed to carry at most 987 tonnes "
                           "of cargo. On its last crossing it carried about 2,142 tonnes of "
                           "cargo."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much cargo was it carrying?")
        assert reply.answered and reply.entries[0] == "overloading", reply.text


def test_kids_may_be_students_and_setting_off_is_sailing():
    assert {"students", "pupils"} <= set(synonyms_of("kids"))
    assert {"sailed", "departure"} <= set(synonyms_of("set_off"))
    assert {"technician", "technology"} <= set(synonyms_of("tech"))
    # ("who owned the company behind the scenes?": its de facto owner)
    assert "facto" in IDIOMS[("behind", "the", "scenes")]


def test_an_officer_of_a_body_no_entry_is_named_for_is_that_bodys(tmp_path):
    # ("who was the CEO of the HSE?": Acme's own chief, whom Acme's entry gives, is no answer;
    # a person's entry whose summary says whose chief they were is)
    entries = [{"slug": "acme", "kind": "organisation", "title": "Acme Ferries",
                "summary": "Acme Ferries ran most crossings listed on the HSE board.",
                "fields": {"ceo_2012": "Dana Holt"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was chief executive of Acme Ferries during the fire.",
                "fields": {"ceo_since": "2002"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "who was the CEO of the HSE?").answered
        reply = ask(router, "who was the CEO of Acme?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_what_did_someones_thing_verb_asks_no_thing_named_by_the_verb(tmp_path):
    # ("what did the engineer's report flag?": what the report raised; "flag" is the verb,
    # not a thing asked that the store never names, as "what was Acme's net income?" asks)
    entries = [{"slug": "holt-report", "kind": "document", "title": "2018 Holt report",
                "summary": "In October 2018 the engineer Dana Holt reported major structural "
                           "damage to the concrete slab under the pier deck.",
                "fields": {"date": "October 8, 2018",
                           "finding": "Major structural damage below the pier deck"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did the 2018 engineer's report flag about the pier?")
        assert reply.answered and "structural damage" in reply.text, reply.text


def test_a_sum_in_won_for_each_victim_after_an_adjective(tmp_path):
    # ("how much did the court award per victim?": "200 million won ... per deceased victim";
    # a year before "won" is no sum)
    assert SHAPES["money"].search("200 million won") and SHAPES["money"].search("3 lira")
    assert not SHAPES["money"].search("In 2018 won an award")
    entries = [{"slug": "damages-ruling", "kind": "trial", "title": "Court damages (2018)",
                "summary": "In July 2018 the district court ordered Acme to pay damages of 200 "
                           "million won per deceased victim, plus more to their parents."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much did the court award per victim?")
        assert reply.answered and "200 million won" in reply.text, reply.text


def test_more_plain_english_from_an_eleventh_round():
    # "lent" is "lend" ("the most the bank lent": its peak lending), "fled" is "flee"
    assert irregular("lent") == ("lend",) and "flee" in irregular("fled")
    # a firm that "got kicked off" a job was removed from it, not started
    assert "dismissed" in IDIOMS[("got", "kicked", "off")]
    # "the line about sloppiness" is a quote; "prosecuted" may be charged; a mountain that
    # "came down" slid
    assert "quote" in synonyms_of("line") and "charged" in synonyms_of("prosecuted")
    assert "slid" in IDIOMS[("came", "down")]
    # whoever was "in charge of" a ship may be its captain or master
    assert {"captain", "master"} <= set(IDIOMS[("in", "charge", "of")])
    # "maintaining" the track is its maintenance; "let out of prison" is released
    assert "maintenance" in synonyms_of("maintaining")
    assert "released" in IDIOMS[("let", "out", "of", "prison")]
    assert "later" in synonyms_of("afterwards")


def test_released_from_prison_asks_when_a_stay_ended(tmp_path):
    # ("on what date was Holt released from prison?": his sentence and his death are no date
    # of his release)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt, Acme chairman",
                "summary": "Dana Holt ordered the redesign and was sentenced to seven years in "
                           "prison for negligence. He died in 2003.",
                "fields": {"sentence": "Seven years", "died": "2003"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "on what date was dana holt released from prison?").answered


def test_what_time_of_night_asks_a_time(tmp_path):
    entries = [{"slug": "landslide", "kind": "event", "title": "The landslide",
                "summary": "At 22:39 on 9 October 1963 some 270 million cubic metres of rock "
                           "slid off Monte Toc into the reservoir."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what time of night did the mountain come down on 9 oct 63?")
        assert reply.answered and "22:39" in reply.text, reply.text


def _gull_dam() -> list[dict]:
    """A dam whose own entry never says who built it, and the firm whose entry does."""
    return [{"slug": "gull-dam", "kind": "structure", "title": "The Gull dam",
             "summary": "The Gull dam is a concrete arch dam 262 metres high across the Gull "
                        "gorge, finished in 1960 and the tallest of its kind.",
             "aliases": ["Gull dam"]},
            {"slug": "acme-power", "kind": "organisation",
             "title": "Acme Power, the company that built the dam",
             "summary": "The dam was built and run by Acme Power, a private electricity "
                        "company based in Gullport that planned the Gull project."},
            {"slug": "reservoir", "kind": "place", "title": "The Gull reservoir",
             "summary": "The reservoir behind the Gull dam was first filled in 1960."},
            {"slug": "wave", "kind": "event", "title": "The wave",
             "summary": "A wave of water overtopped the Gull dam in 1963 and struck the "
                        "valley."}]


def test_who_did_a_deed_the_things_own_entry_never_speaks_of(tmp_path):
    # ("who built the Gull dam?": the dam's entry never says who built it; the firm's entry
    # that says it built the dam does, though it ranks well below)
    entries = [*_gull_dam(),
               {"slug": "north-pier", "kind": "structure", "title": "North pier",
                "summary": "The north pier was built in 1890 and rebuilt in 1950."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who actually built the gull dam?")
        assert reply.answered and "Acme Power" in reply.text, reply.text


def test_a_span_of_days_and_a_time_spent_count_nothing_else(tmp_path):
    # ("how many branches did Acme have?": "14-17 September 2007" and "queued outside its
    # branches for several days" give no number of branches)
    entries = [{"slug": "queues", "kind": "event", "title": "Depositor queues",
                "summary": "Savers queued outside Acme branches for several days to take their "
                           "money out.",
                "fields": {"dates": "14-17 September 2007",
                           "withdrawn_total": "about £2 billion by 17 September"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "how many branches did acme have in 2007?").answered


def test_a_fact_named_in_force_holds_come_into_force(tmp_path):
    # ("when did the ban on cladding on new towers come into force?": the entry whose fact is
    # named `in_force`, though its text never says "in force")
    entries = [{"slug": "cladding-ban", "kind": "reform", "title": "Ban on combustible cladding",
                "summary": "From December 21, 2018, regulations banned combustible materials in "
                           "the walls of new homes over 18 metres tall.",
                "fields": {"in_force": "December 21, 2018",
                           "scope": "External walls of new buildings over 18 metres"}},
               {"slug": "fire", "kind": "event", "title": "The tower fire",
                "summary": "The tower's combustible cladding spread the fire in June 2017."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "When did the ban on combustible cladding on new towers come into "
                            "force?")
        assert reply.answered and "December 21, 2018" in reply.text, reply.text


def test_a_summary_of_several_years_answers_a_year_asked_from_its_sentence(tmp_path):
    # ("what was the total paid under the 2000 deal?": the sum ordered in 1997 is no sum of
    # the 2000 deal, whose sentence gives none)
    entries = [{"slug": "compensation", "kind": "figure", "title": "Compensation and damages",
                "summary": "Civil claims dragged on for decades. In 1997 the court ordered Acme "
                           "to pay Gullport about 55 billion lire in damages. In 2000 a "
                           "settlement was reached under which Acme and the state each paid "
                           "half of what was still owed."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "what was the total amount paid under the 2000 compensation "
                               "deal?").answered
        reply = ask(router, "how much was acme told to pay gullport in damages?")
        assert reply.answered and "55 billion lire" in reply.text, reply.text


def test_acquitted_or_charges_dropped_say_no_one_was_convicted(tmp_path):
    # ("was anyone convicted of manslaughter?": the charges were dropped, which answers no)
    entries = [{"slug": "trial", "kind": "legal", "title": "Manslaughter trial",
                "summary": "The trial over the crash began in January 2005; in July 2005 the "
                           "judge dropped all the manslaughter charges.",
                "fields": {"started": "January 2005",
                           "verdict": "All manslaughter charges dropped, July 2005"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "The harbour master, convicted of fraud in 2010."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "was anyone actually convicted of manslaughter over the crash?")
        assert reply.answered and "dropped" in reply.text, reply.text


def test_what_someone_said_should_change_asks_what_they_recommended(tmp_path):
    # ("what did the investigators say should change about the seats?": a recommendation, no
    # quote)
    entries = [{"slug": "seat-recommendations", "kind": "consequence",
                "title": "Recommendations on seats",
                "summary": "Seats broke loose in the crash; the investigators recommended "
                           "changes to passenger seats: stronger seats and fixings.",
                "fields": {"recommendation": "Stronger seats and seat fixings"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did the investigators say should change about passenger "
                            "seats?")
        assert reply.answered and "Stronger seats" in reply.text, reply.text


def test_a_co_pilot_is_another_post_than_the_pilot(tmp_path):
    # ("who was the co-pilot?": the captain, whom a pilot may be, is not the co-pilot)
    entries = [{"slug": "the-plane", "kind": "aircraft", "title": "The Tern Air 747",
                "summary": "The aircraft was a Boeing 747 flown by Tern Air.",
                "fields": {"captain": "James Holt", "crew": "16"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "who was the co-pilot on the flight?").answered
        reply = ask(router, "who was the pilot on the flight?")
        assert reply.answered and "James Holt" in reply.text, reply.text



def test_a_later_part_of_a_paragraph_shown_whole_is_not_said_missing(tmp_path):
    # ("how many days did the fog last, and on what date did it clear?": the paragraph the
    # first part is answered from is shown whole, and says when it lifted; "the briefing does
    # not say" of the second part would deny it)
    entries = [{"slug": "the-fog", "kind": "event", "title": "When the fog came",
                "summary": "The fog began on Friday 5 December and lasted five days. It was "
                           "thickest on 7 December and lifted on Tuesday 9 December, when "
                           "the wind turned."},
               {"slug": "the-port", "kind": "place", "title": "The port",
                "summary": "Gullport's harbour, where the ferries dock each night."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many days did the fog last, and on what date did it clear?")
        assert reply.answered and "lifted on Tuesday 9 December" in reply.text, reply.text
        assert "does not say" not in reply.text, reply.text


def test_an_entry_titled_with_another_year_than_the_storys_is_tried_last(tmp_path):
    # ("how many died in the smog?", in a briefing on the 1952 smog: the toll of 1952, not the
    # one of "the December 1962 smog" the pack tells of too, unless 1962 is asked)
    entries = [{"slug": "toll", "kind": "figure", "title": "Death toll",
                "summary": "About 4,000 extra deaths in Gullport were put down to the smog by "
                           "the Ministry, most of them among the old."},
               {"slug": "smog-1962", "kind": "event", "title": "The December 1962 smog",
                "summary": "Another smog hit Gullport in December 1962. It killed about 750 "
                           "people, far fewer, which showed the new law working."},
               *fillers()]
    with small_pack(tmp_path, "The Great Smog of Gullport, December 1952", entries) as router:
        reply = ask(router, "how many people actually died in the gullport smog?")
        assert reply.answered and "4,000" in reply.text, reply.text
        reply = ask(router, "how many people died in the 1962 smog?")
        assert reply.answered and "750" in reply.text, reply.text
        # (nor when another time is asked, though not by its year)
        reply = ask(router, "how many people died in the later smog in gullport?")
        assert reply.answered and "750" in reply.text, reply.text


def test_at_the_controls_is_piloting(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, 32, was the junior co-pilot and the pilot flying when "
                           "the autopilot disconnected.",
                "fields": {"role": "First officer, pilot flying"}},
               {"slug": "flight-4", "kind": "event", "title": "Tern Air Flight 4",
                "summary": "The plane crashed into the sea at night; all 228 aboard died.",
                "fields": {"cause": "Stall after the autopilot disconnected"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Air Flight 4", entries) as router:
        reply = ask(router, "who was at the controls when the autopilot cut out?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_a_fact_that_says_both_parts_answers_the_second_too(tmp_path):
    # ("how much did the search cost, and who paid?": "about €9 million, paid by Tern Air and
    # Acme" says who paid; not the airline's own payment to families)
    entries = [{"slug": "the-search", "kind": "event", "title": "The undersea search",
                "summary": "Four search phases ran from 2009 to 2011.",
                "fields": {"fourth_phase_cost": "about €9 million, paid by Tern Air and Acme"}},
               {"slug": "tern-air", "kind": "organisation", "title": "Tern Air",
                "summary": "The airline that flew the route.",
                "fields": {"chief_executive": "Dana Holt",
                           "advance_payment": "€17,500 per victim paid to families"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Air Flight 4", entries) as router:
        reply = ask(router, "how much did the last phase of the search cost and who paid?")
        assert reply.answered and "paid by Tern Air" in reply.text, reply.text
        assert "17,500" not in reply.text, reply.text


def test_a_sentence_is_given_as_a_term(tmp_path):
    # ("what sentence did the owners end up with?": "twelve months", a term no word of which
    # says sentence)
    entries = [{"slug": "owners-trial", "kind": "trial", "title": "Trial of the owners",
                "summary": "The owners of Acme Fireworks were tried for breaking the permit; "
                           "the court gave them six months. They were not found guilty of "
                           "causing the deaths.",
                "fields": {"first_instance": "district court, 2002 - six months",
                           "appeal": "court of appeal, 2003 - twelve months"}},
               {"slug": "arson-trial", "kind": "trial", "title": "Arson trial",
                "summary": "A local man was sentenced to 15 years for starting the fire, and "
                           "acquitted on appeal."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what sentence did the owners end up with after their appeal?")
        assert reply.answered and "twelve months" in reply.text, reply.text


def test_the_story_named_by_a_short_name_and_its_number_needs_no_entry_to_say_it(tmp_path):
    # ("how many died in the JAL 123 crash?" of a pack on Japan Airlines Flight 123: every
    # entry is about that crash, not only the one that happens to say "JAL")
    entries = [{"slug": "casualties", "kind": "figure", "title": "Deaths and survivors",
                "summary": "520 people died: 505 of the 509 passengers and all 15 crew. Four "
                           "passengers survived, seated in the rear."},
               {"slug": "manager", "kind": "person", "title": "Suicide of a JAL manager",
                "summary": "A JAL maintenance manager took his own life after the crash; a "
                           "police investigator at the crash site also died."},
               *fillers()]
    with small_pack(tmp_path, "The crash of Japan Airlines Flight 123", entries) as router:
        reply = ask(router, "how many people died in the JAL 123 crash?")
        assert reply.answered and "520 people died" in reply.text, reply.text


def test_a_report_on_the_story_need_not_name_it(tmp_path):
    # ("when did the NTSB put out its final report on the collapse?" of a pack on the bridge
    # collapse: the report's entry need not say "collapse")
    entries = [{"slug": "ntsb", "kind": "investigation", "title": "The NTSB investigation",
                "summary": "The NTSB adopted its final report on 14 November 2008. It found "
                           "the gusset plates were undersized.",
                "fields": {"date": "November 14, 2008"}},
               {"slug": "collapse", "kind": "event", "title": "The bridge collapses",
                "summary": "The central span gave way at 6:05 p.m. on 1 August 2007."},
               *fillers()]
    with small_pack(tmp_path, "Gullport river bridge collapse", entries) as router:
        reply = ask(router, "when did the NTSB put out its final report on the collapse?")
        assert reply.answered and "14 November 2008" in reply.text, reply.text


def test_everyday_words_for_a_delay_a_famous_one_and_a_mom(tmp_path):
    entries = [{"slug": "rescue-delay", "kind": "cause", "title": "Why the rescue was delayed",
                "summary": "Rescuers did not reach the wreck until the next morning, about 14 "
                           "hours after the crash, as the helicopter could not land at night. "
                           "The delay was later criticised."},
               {"slug": "survivors", "kind": "figure", "title": "The four survivors",
                "summary": "Four survived; one heard others calling in the wreckage in the "
                           "night, who died before rescuers arrived."},
               {"slug": "singer", "kind": "person", "title": "Notable victim Kyu Holt",
                "summary": "Among the dead was the singer Kyu Holt, best known for one song."},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, a homemaker whose son fell ill, organised the "
                           "neighbours into the homeowners' association."},
               *fillers()]
    with small_pack(tmp_path, "Tern Air Flight 4", entries) as router:
        reply = ask(router, "why did it take rescuers so long to get to the wreckage?")
        assert reply.answered and "next morning" in reply.text, reply.text
        reply = ask(router, "was anyone famous among the victims?")
        assert reply.answered and "Kyu Holt" in reply.text, reply.text
        reply = ask(router, "who was the mom who organised the neighbours?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_an_entry_named_for_a_settlement_says_who_settled(tmp_path):
    # ("how much did Acme pay to settle with the states?": "Multistate settlement", whose very
    # name says Acme settled)
    entries = [{"slug": "state-settlement", "kind": "settlement",
                "title": "Multistate attorneys general settlement",
                "summary": "Acme agreed in May 2017 to pay $18.5 million to 47 states.",
                "fields": {"amount": "$18.5 million", "with": "attorneys general of 47 states"}},
               {"slug": "bank-settlement", "kind": "settlement", "title": "Bank settlement",
                "summary": "Acme paid $39 million to banks in 2015."},
               *fillers()]
    with small_pack(tmp_path, "Acme data breach", entries) as router:
        reply = ask(router, "how much did Acme pay to settle with the states?")
        assert reply.answered and "$18.5 million" in reply.text, reply.text


def test_taking_action_and_making_money_off_a_thing(tmp_path):
    # ("did the regulator end up taking action?": an enforcement it recommended or not; "how
    # much did the gang make off this?": what it earned)
    entries = [{"slug": "regulator-probe", "kind": "investigation",
                "title": "Harbour regulator investigation",
                "summary": "The harbour regulator looked into Acme's disclosures in 2023.",
                "fields": {"outcome": "Closed in August 2024; no charges recommended"}},
               {"slug": "the-gang", "kind": "group", "title": "The Gull gang",
                "summary": "The gang behind the ferry ticket theft.",
                "fields": {"earnings_estimate": "$75 million to $100 million from the theft"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "did the harbour regulator end up taking action against acme?")
        assert reply.answered and "no charges" in reply.text, reply.text
        reply = ask(router, "how much $$ did the gull gang make off this?")
        assert reply.answered and "$75 million" in reply.text, reply.text


def test_the_storys_place_named_bare_need_not_be_in_an_entry(tmp_path):
    # ("how many people were killed at Gullford?" of a pack on the Gullford disaster, whose
    # death toll's entry need not say where: every entry is about it)
    entries = [{"slug": "death-toll", "kind": "figure", "title": "The death toll",
                "summary": "Twenty-eight people were killed, all of them workers on the site.",
                "fields": {"deaths": "28 people killed"}},
               {"slug": "gullford-village", "kind": "place", "title": "Gullford",
                "summary": "Gullford is a village on the river, near the plant."},
               *fillers()]
    with small_pack(tmp_path, "Gullford disaster (1974)", entries) as router:
        reply = ask(router, "how many people were killed at gullford?")
        assert reply.answered and "28 people killed" in reply.text, reply.text


def test_an_entry_titled_with_a_name_typed_in_capitals_is_tried(tmp_path):
    # ("when did Holt die?": "Holt" names no one entry, as several titles say it; the list of
    # the dead that never mentions her ranks above her own entry, which dates her death)
    entries = [{"slug": "deaths", "kind": "figure", "title": "The eight who died",
                "summary": "Eight climbers died on the mountain that night, among them two guides "
                           "and three clients; all died of exposure in the storm."},
               {"slug": "the-dead", "kind": "figure", "title": "Deaths in the season",
                "summary": "Other climbers died that season too; the dead included two Sherpas."},
               {"slug": "storm-deaths", "kind": "figure", "title": "Storm deaths on the north side",
                "summary": "Three more climbers died on the north side in the same storm."},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was a guide who climbed without oxygen. She died in an "
                           "avalanche on Annapurna on 25 December 1997."},
               {"slug": "holt-rescue", "kind": "event", "title": "Holt's rescues",
                "summary": "Holt went out alone three times that night to bring lost climbers in."},
               *fillers()]
    with small_pack(tmp_path, "The Gull Peak disaster", entries) as router:
        reply = ask(router, "when did Holt die?")
        assert reply.answered and "25 December 1997" in reply.text, reply.text


def test_an_earlier_part_declined_for_its_words_is_read_of_the_entry_a_later_one_answers(tmp_path):
    # ("how many ppl died when the ferry went down, and how many made it out alive?": the
    # entry the second part is answered from says both; "the briefing does not say" of the
    # first would deny what the reply shows)
    entries = [{"slug": "casualties", "kind": "figure", "title": "Casualties",
                "summary": "852 people died and 137 survived out of 989 on board.",
                "fields": {"survivors": "137", "dead_and_missing": "852"}},
               {"slug": "the-captain", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was the master on watch when the Tern went down."},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        reply = ask(router, "how many ppl died when the tern went down, and how many made it "
                            "out alive?")
        assert reply.answered and "852" in reply.text and "137" in reply.text, reply.text
        assert "does not say" not in reply.text, reply.text


def test_what_set_off_a_thing_is_what_ignited_or_triggered_it(tmp_path):
    entries = [{"slug": "ignition", "kind": "event", "title": "Ignition of the vapour cloud",
                "summary": "The vapour cloud was most likely ignited by a pickup truck left "
                           "idling near the drum."},
               {"slug": "the-chair", "kind": "person", "title": "Dana Holt, board chair",
                "summary": "Dana Holt said the accident was caused by cost-cutting at every "
                           "level of the firm."},
               *fillers()]
    with small_pack(tmp_path, "Gullport refinery explosion", entries) as router:
        reply = ask(router, "what set off the vapor cloud?")
        assert reply.answered and "pickup truck" in reply.text, reply.text


def test_an_entry_titled_with_a_later_year_of_the_storys_own_aftermath_is_not_another_time(
        tmp_path):
    # ("what did Judge Holt rule about Acme's negligence?" of a 2010 spill: the 2014 ruling's
    # entry is a later step of the same story, not another spill, and is tried first)
    entries = [{"slug": "water-act-ruling", "kind": "ruling",
                "title": "Harbour Act ruling (2014)",
                "summary": "Judge Dana Holt ruled in September 2014 that Acme was grossly "
                           "negligent and guilty of willful misconduct.",
                "fields": {"ruling": "Acme grossly negligent and guilty of willful misconduct; "
                                     "its partners negligent but not grossly negligent",
                           "date": "September 4, 2014"}},
               {"slug": "dana-holt", "kind": "person", "title": "Judge Dana Holt",
                "summary": "Dana Holt, a US District Judge, oversaw the spill litigation and "
                           "ruled on Acme's negligence in 2014."},
               *fillers()]
    with small_pack(tmp_path, "Gullport oil spill (2010)", entries) as router:
        reply = ask(router, "What did Judge Holt rule about Acme's negligence?")
        assert reply.answered and reply.entries[0] == "water-act-ruling", reply


def _paragraphs() -> list[dict]:
    """A pack written as bare paragraphs: no facts, aliases or keywords."""
    return [{"slug": "holt-memoir", "kind": "aftermath", "title": "Books about the sinking",
             "summary": "The sinking became the subject of several books. Dana Holt told the "
                        "story of the rescue in the book \"Gull Tides\", published in 2022. A "
                        "television drama followed in 2023."},
            {"slug": "sam-reyes", "kind": "person", "title": "Skipper Sam Reyes",
             "summary": "Sam Reyes, 61 at the time, was the skipper of the Tern on its last "
                        "crossing. He was ashore when the fire started."},
            {"slug": "the-rescue", "kind": "event", "title": "The rescue",
             "summary": "Boats from Gullport picked up 40 people from the water. They were "
                        "landed at the ferry Osprey's berth."},
            *fillers()]


def test_a_paragraph_gives_a_name_in_the_sentence_about_what_is_named(tmp_path):
    # ("what's the name of Holt's book?": the sentence naming the book holds it; nothing
    # else says it, in a pack of paragraphs alone)
    with small_pack(tmp_path, "The Tern ferry sinking", _paragraphs()) as router:
        reply = ask(router, "whats the name of holt's book about it")
        assert reply.answered and "Gull Tides" in reply.text, reply.text
        # (a word the store never uses for what is named: no sentence speaks of it)
        reply = ask(router, "what was the name of the Osprey's captain?")
        assert not reply.answered, reply.text


def test_an_age_given_after_a_name_at_the_time(tmp_path):
    assert SHAPES["age"].search("Kim Tae-hoon, 69 at the time, was")
    with small_pack(tmp_path, "The Tern ferry sinking", _paragraphs()) as router:
        reply = ask(router, "how old was the skipper when it happened?")
        assert reply.answered and "61" in reply.text, reply.text


def test_put_in_charge_is_appointed_and_a_firms_boss_may_be_its_chairman(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt, administrator",
                "summary": "Dana Holt, a Gullport insolvency lawyer, was named administrator of "
                           "Gull Lines in June 2020 to sell what was left of the company."},
               {"slug": "the-trial", "kind": "event", "title": "The Gullport trial",
                "summary": "The trial of the company's former managers opened in 2022, with "
                           "Judge Eli Marsh presiding and prosecutors putting the losses at "
                           "$3 million."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was the chairman of Gull Lines at the time of the "
                           "sinking, and 80 years old."},
               *fillers()]
    with small_pack(tmp_path, "Gull Lines ferry sinking", entries) as router:
        reply = ask(router, "who was gull lines' boss at the time?")
        assert reply.answered and reply.entries[0] == "sam-reyes", reply.text
        reply = ask(router, "Who was put in charge of winding up the company as administrator?")
        assert reply.answered and reply.entries[0] == "dana-holt", reply.text


def test_a_paragraph_names_a_place_beside_the_people_in_it_and_a_titled_sentence_gives_a_term(
        tmp_path):
    entries = [{"slug": "the-fire", "kind": "event", "title": "The fire on the quay",
                "summary": "Burning fuel ran along the quay and into the town's cellars. The "
                           "Anchor Inn, a pub that was busy on a Friday night, stood next to "
                           "the pier and was destroyed; many of the victims were inside. The "
                           "fire burned for two days."},
               {"slug": "smuggling-ring", "kind": "case", "title": "The Gullport smuggling ring",
                "summary": "Dana Holt resurfaced in a court case as the woman who directed a "
                           "ring smuggling fuel from a base in Gullport. The ring was led by Sam "
                           "Reyes. In May 2025 Reyes was sentenced to 10 years in prison."},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, called the ringleader by the papers, fled in 2020."},
               *fillers()]
    with small_pack(tmp_path, "The Tern fire", entries) as router:
        # (the pub's name, though the question speaks of victims too: no person's name asked)
        reply = ask(router, "What was the name of the pub where a lot of the victims were?")
        assert reply.answered and "Anchor Inn" in reply.text, reply.text
        # (the sentence giving the term holds "sentenced"; the title says the ring)
        reply = ask(router, "how long a sentence did the ringleader of the gullport smuggling "
                            "cell get?")
        assert reply.answered and "10 years" in reply.text, reply.text


def test_closing_a_deal_completes_it_and_he_passed_is_he_died(tmp_path):
    entries = [{"slug": "takeover", "kind": "event", "title": "Acme takes over Gull Lines",
                "summary": "Acme announced its purchase of Gull Lines in August 1999 and "
                           "completed the merger in February 2001, for about $1 billion."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was chairman of Gull Lines in 1984. He was convicted in "
                           "2010 but never served his sentence. He died in April 2023 at the "
                           "age of 99."},
               *fillers()]
    with small_pack(tmp_path, "Gull Lines ferry sinking", entries) as router:
        reply = ask(router, "when did acme actually close the deal to buy gull lines?")
        assert reply.answered and "February 2001" in reply.text, reply.text
        reply = ask(router, "how old was sam reyes when he passed?")
        assert reply.answered and "99" in reply.text, reply.text


def test_one_who_took_over_as_head_replaced_whoever_held_it(tmp_path):
    entries = [{"slug": "board-shakeup", "kind": "aftermath", "title": "Changes at the board",
                "summary": "The sinking cost the harbour board's leaders their jobs. In January "
                           "2021 the city said chair Dana Holt would leave. Sam Reyes took over "
                           "as chair of the harbour board on 1 August 2021."},
               *fillers()]
    with small_pack(tmp_path, "The Tern ferry sinking", entries) as router:
        reply = ask(router, "who replaced dana holt as head of the harbour board")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_a_surname_alone_names_the_one_person_titled_with_it(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was chairman of Gull Lines when the Tern sank. He was "
                           "never tried in Gullport, and he died on 29 September 2014 in Vero "
                           "Beach."},
               {"slug": "death-toll", "kind": "impact", "title": "Death toll",
                "summary": "The sinking killed 34 people at once; more died of their injuries "
                           "over the next years, the last in 2019."},
               {"slug": "arrest", "kind": "event", "title": "Arrest in Gullport",
                "summary": "Reyes was arrested in Gullport on 7 December 1984 and let go on "
                           "bail the same day; he left for Florida soon after. Two of the "
                           "injured died that week."},
               {"slug": "holt-inquiry", "kind": "inquiry", "title": "The Holt inquiry",
                "summary": "An inquiry led by a judge heard the survivors from June 2013. "
                           "Reyes was summoned to it but never came; it reported on "
                           "4 May 2015."},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is the judge who led the inquiry; she died in 2020."},
               *fillers()]
    with small_pack(tmp_path, "The Tern ferry sinking", entries) as router:
        reply = ask(router, "when did reyes die?")
        assert reply.answered and reply.entries[0] == "sam-reyes", reply.text
        # (not when another entry is named with the word: the Holt inquiry is no Dana Holt)
        reply = ask(router, "when did the Holt inquiry report?")
        assert reply.answered and reply.entries[0] == "holt-inquiry", reply.text


def test_what_a_person_did_is_asked_of_the_deeds_entry_not_theirs(tmp_path):
    entries = [{"slug": "harbour-act-ruling", "kind": "ruling", "title": "Harbour Act ruling",
                "summary": "Judge Dana Holt ruled in September 2014 that Acme was grossly "
                           "negligent and guilty of willful misconduct.",
                "fields": {"ruling": "Acme grossly negligent; its partners negligent but "
                                     "not grossly",
                           "date": "September 4, 2014"}},
               {"slug": "dana-holt", "kind": "person", "title": "Judge Dana Holt",
                "summary": "Dana Holt, a district judge, oversaw the spill cases and ruled on "
                           "Acme's negligence in 2014."},
               *fillers()]
    with small_pack(tmp_path, "Gullport oil spill", entries) as router:
        reply = ask(router, "What did Judge Dana Holt rule about Acme's negligence?")
        assert reply.answered and reply.entries[0] == "harbour-act-ruling", reply.text
        # (what she said is often her own entry's: not asked of another)
        reply = ask(router, "when was Dana Holt a judge?")
        assert reply.answered and reply.entries[0] == "dana-holt", reply.text


def test_an_adverb_asked_finds_the_adjective_written(tmp_path):
    assert adjective_of("secretly") == "secret" and adjective_of("heavily") == "heavy"
    assert adjective_of("family") is None and adjective_of("early") is None
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, a ferry line official, became a secret witness for the "
                           "police in 2011 and recorded other officials. He died in 2017."},
               {"slug": "gull-lines", "kind": "company", "title": "Gull Lines",
                "summary": "Gull Lines paid harbour officials secretly for its berths; its "
                           "founder died in 2018."},
               *fillers()]
    with small_pack(tmp_path, "Gullport bribes", entries) as router:
        reply = ask(router, "the official who secretly recorded the others - when did he die?")
        assert reply.answered and reply.entries[0] == "sam-reyes", reply.text


def test_paying_for_a_thing_is_buying_it(tmp_path):
    entries = [{"slug": "takeover", "kind": "deal", "title": "Acme's takeover of Gull Lines",
                "summary": "Acme agreed in 2022 to buy Gull Lines for $9.50 a share, a deal "
                           "valued at $6.9 billion.",
                "fields": {"price": "$9.50 a share; $6.9 billion in total"}},
               {"slug": "crew-lawsuit", "kind": "ruling", "title": "Crew lawsuit",
                "summary": "Deckhands sued Gull Lines in 2021 over unpaid overtime. Acme "
                           "ended up paying for the line's lawyers, and paid $5 million to "
                           "settle.",
                "fields": {"settlement": "$5 million, agreed in 2023"}},
               {"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "Acme runs ferries in Gullport and owns Gull Lines since 2023."},
               {"slug": "gull-lines", "kind": "company", "title": "Gull Lines",
                "summary": "Gull Lines, a ferry line founded in 1976, belongs to Acme."},
               *fillers()]
    with small_pack(tmp_path, "Acme and Gull Lines", entries) as router:
        reply = ask(router, "how much did acme end up paying for gull lines?")
        assert reply.answered and "$6.9 billion" in reply.text, reply.text


def test_a_figure_per_day_asked_is_one_a_day_not_a_total(tmp_path):
    entries = [{"slug": "tern-cargo", "kind": "vessel", "title": "Cargo aboard the Tern",
                "summary": "The Tern carried 1,800 containers of goods for Gullport, cargo "
                           "valued at about $90 million; the goods stayed aboard while the "
                           "channel was closed.",
                "fields": {"value": "About $90 million of goods"}},
               {"slug": "trade-impact", "kind": "impact", "title": "Impact on trade",
                "summary": "While the channel was closed it held up about $40 million of "
                           "goods a day.",
                "fields": {"goods_held_up": "About $40 million a day"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern blocks the channel", entries) as router:
        reply = ask(router, "roughly what value of goods was held up every day the channel "
                            "was closed?")
        assert reply.answered and "$40 million a day" in reply.text, reply.text


def test_a_persons_deputy_or_ex_is_the_one_asked_of(tmp_path):
    # ("how long did Holt's deputy get?": the deputy's own sentence need not name Holt again)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran Gull Lines and was jailed for fraud in 2023.",
                "fields": {"sentence": "12 years in prison (2023)"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, Dana Holt's deputy and former partner, ran the line's "
                           "shell companies and pleaded guilty in 2022.",
                "fields": {"sentence": "2 years in prison (2024)"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Lines fraud", entries) as router:
        for question in ("how long did holt's deputy get in prison?",
                         "what sentence did holt's ex get?"):
            reply = ask(router, question)
            assert reply.answered and "2 years in prison (2024)" in reply.text, (
                question, reply.text)


def test_a_short_form_is_spelt_out_however_it_is_typed_or_written(tmp_path):
    entries = [{"slug": "hz-5", "kind": "event", "title": "HZ-5 shutdown of the Tern's engines",
                "summary": "At 01:20 the skipper pressed the HZ-5 button to stop the engines.",
                "fields": {"meaning": "HZ-5 stands for 'harbour guard, level 5' (havenwacht)"}},
               {"slug": "tern-relief", "kind": "vessel", "title": "Gull Lines TRV-200 Tern",
                "summary": "The Tern is Gull Lines' relief ferry for Gullport.",
                "fields": {"name_meaning": "TRV stands for Tern Relief Vessel; 200 is its "
                                          "seat count"},
                "aliases": ["TRV-200", "Tern"]},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt founded the riders' group H.O.L.D. in 2017.",
                "fields": {"founded": "H.O.L.D. (Harbour Operators Lose Deposits), 2017"},
                "aliases": ["H.O.L.D.", "Harbour Operators Lose Deposits"]},
               {"slug": "gtmo", "kind": "organisation",
                "title": "Gullport Tenant Management Organisation",
                "summary": "GTMO managed the ferry terminal for the harbour board."},
               {"slug": "hvw-reform", "kind": "law", "title": "The Harbour Safety Act",
                "summary": "Gullport answered the sinking with the Harbour Safety Act, known by "
                           "its Dutch initials HVW, passed in 2021."},
               *fillers()]
    with small_pack(tmp_path, "The Tern", entries) as router:
        for question, spelt in (
                # (in another language: all the words after "stands for")
                ("what does HZ-5 actually stand for?", "harbour guard, level 5"),
                # (the short form inside a name, with a word between it and "stand for")
                ("what does the TRV in TRV-200 actually stand for?", "Tern Relief Vessel"),
                # (typed letter by letter with dots, beside another name of the same entry)
                ("what does Dana Holt's group name H.O.L.D. stand for?",
                 "Harbour Operators Lose Deposits"),
                # ("the full name" of a short form)
                ("GTMO - what's the full name?", "Gullport Tenant Management Organisation"),
                # (a name "known by its initials", asked "in English", after other words)
                ("the Gullport safety law HVW - what's that stand for in English?",
                 "Harbour Safety Act")):
            reply = ask(router, question)
            assert reply.answered and f"Stands for: {spelt}" in reply.text, (question,
                                                                              reply.text)


def test_a_lead_in_for_a_graphic_or_a_sidebar_frames_the_question(tmp_path):
    entries = [{"slug": "tern-sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The Tern sank off Gullport on May 3, 2019 with 41 people aboard.",
                "fields": {"aboard": "41 people", "date": "May 3, 2019"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern", entries) as router:
        for lead in ("For the timeline graphic:", "for a sidebar:", "For the explainer:",
                     "for the anniversary thread -",
                     # (counting what is asked)
                     "Two quick facts for the anniversary thread:", "two things for the timeline:",
                     "couple of questions for the memo -"):
            reply = ask(router, f"{lead} how many people were aboard the Tern?")
            assert reply.answered and "41 people" in reply.text, (lead, reply.text)


def test_a_short_form_everyone_knows_is_read_however_long(tmp_path):
    # ("SCOTUS", six letters: the Supreme Court the briefing names)
    entries = [{"slug": "holt-appeal", "kind": "case", "title": "Holt's appeal",
                "summary": "Dana Holt was convicted of fraud in 2019; the Supreme Court "
                           "reversed the conviction in 2021.",
                "fields": {"ruling": "Reversed by the Supreme Court in 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport fraud", entries) as router:
        for question in ("did SCOTUS let Holt's conviction stand?",
                         "what did SCOTUS decide about Holt's conviction?"):
            reply = ask(router, question)
            assert reply.answered and "Reversed by the Supreme Court" in reply.text, (
                question, reply.text)


def test_the_words_of_a_name_are_not_asked_for(tmp_path):
    # ("the Fort Worth judge", a name of Judge Reyes: no worth is asked, nor a judge beyond her)
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Judge Sam Reyes",
                "summary": "Sam Reyes is the federal judge in Gullport who heard the Acme case.",
                "aliases": ["Gull Worth judge"]},
               {"slug": "acme-plea", "kind": "case", "title": "Acme's guilty plea",
                "summary": "Acme agreed in 2024 to plead guilty to fraud over the ferry "
                           "inspections.",
                "fields": {"ruling": "Rejected by Judge Sam Reyes on May 5, 2024, over how the "
                                     "monitor would be chosen"},
                "aliases": ["guilty plea"], "related": ["sam-reyes"]},
               *fillers()]
    with small_pack(tmp_path, "Acme fraud", entries) as router:
        reply = ask(router, "why did the Gull Worth judge throw out Acme's guilty plea?")
        assert reply.answered and "over how the monitor would be chosen" in reply.text, (
            reply.text)


def test_two_words_offered_with_a_slash_ask_for_either(tmp_path):
    entries = [{"slug": "verdict-2010", "kind": "trial", "title": "The 2010 verdict",
                "summary": "On 7 June 2010 the Chief Magistrate of Gullport, Sam Reyes, "
                           "convicted seven former Acme managers of negligence."},
               *fillers()]
    with small_pack(tmp_path, "The Gullport leak", entries) as router:
        reply = ask(router, "which judge/magistrate handed down the 2010 convictions?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_coming_home_alive_is_surviving(tmp_path):
    entries = [{"slug": "gullport-school", "kind": "school", "title": "Gullport High School",
                "summary": "Of the 120 Gullport High students on the trip, only 31 survived "
                           "the sinking."},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        reply = ask(router, "of the Gullport High kids who went on that trip, how many came "
                            "home alive?")
        assert reply.answered and "only 31 survived" in reply.text, reply.text


def test_the_role_asked_ends_where_a_clause_about_it_begins(tmp_path):
    # ("the female skipper people wrongly blamed": a skipper, not "wrongly" nor "people"; an
    # officer may be a commander)
    entries = [{"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan, Gullport's first female ferry skipper, was falsely blamed "
                           "online for the grounding, though she was ashore that day.",
                "fields": {"role": "Gullport's first female ferry skipper"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was the harbour patrol commander on duty that night, who "
                           "ordered the Tern's master by radio to go back aboard.",
                "fields": {"rank": "Commander"}},
               {"slug": "harbour-patrol", "kind": "organisation", "title": "Harbour patrol",
                "summary": "The harbour patrol watches over shipping in the Gull channel."},
               *fillers()]
    with small_pack(tmp_path, "The Tern grounding", entries) as router:
        reply = ask(router, "who was the female skipper people wrongly blamed online for the "
                            "grounding?")
        assert reply.answered and "Ana Vellan" in reply.text, reply.text
        reply = ask(router, "who's the harbour patrol officer who told the master to go back "
                            "aboard?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_a_succession_written_as_taking_over_names_the_successor(tmp_path):
    # (Holt has no entry of her own; the summary says who "took over as" chair after her)
    entries = [{"slug": "board-shakeup", "kind": "aftermath",
                "title": "Leadership changes at the harbour board",
                "summary": "The scandal cost the board's leaders their jobs. In 2021 the city "
                           "said chair Dana Holt would leave. Sam Reyes, head of the Gullport "
                           "pilots, took over as chair on 1 August 2021."},
               *fillers()]
    with small_pack(tmp_path, "The harbour scandal", entries) as router:
        reply = ask(router, "who took over as chair of the board after Holt left?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_a_sum_asked_for_each_one_is_not_a_total(tmp_path):
    entries = [{"slug": "families-settlement", "kind": "case", "title": "Families' settlement",
                "summary": "In 2023 about 900 bereaved relatives and survivors settled their "
                           "claims against Acme for about $150 million.",
                "fields": {"amount": "About $150 million"}},
               {"slug": "passenger-payout", "kind": "case", "title": "Passenger payout",
                "summary": "Gull Lines paid each passenger of the Tern for lost belongings.",
                "fields": {"amount": "$11,000 per passenger"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        for question in ("roughly how much did each bereaved family receive from the $150m "
                         "settlement?",
                         "how much did each survivor's family actually get out of the "
                         "settlement?",
                         "in the end, how much did the survivors who settled receive each?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)
        # (a sum for each one is answered where a fact gives it so)
        reply = ask(router, "how much did each passenger get from Gull Lines?")
        assert reply.answered and "$11,000 per passenger" in reply.text, reply.text


def test_several_is_no_count(tmp_path):
    entries = [{"slug": "port-authorities", "kind": "rule", "title": "Port authorities",
                "summary": "Each port had to name a safety authority by August 2025.",
                "fields": {"status": "Several ports missed the August 2025 deadline"}},
               *fillers()]
    with small_pack(tmp_path, "The harbour rules", entries) as router:
        reply = ask(router, "how many ports missed the Aug 2025 deadline to name their safety "
                            "authorities?")
        assert not reply.answered, reply.text


def test_what_one_personally_paid_is_not_the_groups_sum(tmp_path):
    entries = [{"slug": "dues-plan", "kind": "proposal", "title": "The skippers' dues plan",
                "summary": "Dana Holt and other senior skippers offered to pay more dues to "
                           "end the strike.",
                "fields": {"led_by": "Dana Holt, with Sam Reyes",
                           "amount": "Over $5 million a year from the top earners"}},
               *fillers()]
    with small_pack(tmp_path, "The skippers' strike", entries) as router:
        reply = ask(router, "how much was Holt personally putting in under the dues plan?")
        assert not reply.answered, reply.text
        reply = ask(router, "how much were the top earners offering under the dues plan?")
        assert reply.answered and "$5 million a year" in reply.text, reply.text


def test_an_age_given_must_be_the_named_persons(tmp_path):
    entries = [{"slug": "victims", "kind": "event", "title": "Victims of the Tern sinking",
                "summary": "Thirty-two people died when the Tern sank off Gullport; the last "
                           "one found was Sam Reyes, in November 2014.",
                "fields": {"youngest_victim": "Ana Vellan, 5, who died with her father",
                           "last_found": "Sam Reyes, found in November 2014"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was a waiter aboard the Tern; his body was the last "
                           "recovered, in 2014.",
                "related": ["victims"]},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        reply = ask(router, "how old was Sam Reyes when he died?")
        assert not reply.answered, reply.text
        reply = ask(router, "how old was the youngest victim?")
        assert reply.answered and "Ana Vellan, 5" in reply.text, reply.text


def test_an_age_asked_of_a_name_no_entry_has_must_be_given_beside_it(tmp_path):
    entries = [{"slug": "sharp-turn", "kind": "event", "title": "The sharp turn",
                "summary": "At 8:48 the Tern turned hard to starboard with third mate Ana Vellan "
                           "on the bridge. Helmsman Sam Reyes, 55, was at the wheel."},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        reply = ask(router, "how old was third mate Ana Vellan when the ship went over?")
        assert not reply.answered, reply.text
        reply = ask(router, "how old was helmsman Sam Reyes when the ship went over?")
        assert reply.answered and "55" in reply.text, reply.text


def test_the_scale_a_temperature_is_asked_in_is_no_topic(tmp_path):
    entries = [{"slug": "cold-night", "kind": "weather", "title": "The cold night before the race",
                "summary": "Overnight temperatures at Gullport fell well below freezing, and the "
                           "air was 36 degrees at the start line when the ferries left."},
               *fillers()]
    with small_pack(tmp_path, "The Gullport ferry race", entries) as router:
        for question in ("how cold was it at the start line when they left, in F?",
                         "how cold was it at the start line when they left in celsius"):
            reply = ask(router, question)
            assert reply.answered and "36 degrees" in reply.text, (question, reply.text)


def test_a_figure_named_for_before_is_not_todays(tmp_path):
    entries = [{"slug": "gull-island", "kind": "place", "title": "Gull Island",
                "summary": "Gull Island was evacuated in March 2011; its evacuation order was "
                           "partly lifted in 2022, more than 11 years later.",
                "fields": {"population_before": "About 7,100 residents in March 2011"}},
               *fillers()]
    with small_pack(tmp_path, "The Gullport spill", entries) as router:
        reply = ask(router, "how many people actually live on Gull Island now?")
        assert not reply.answered, reply.text
        reply = ask(router, "how many people lived on Gull Island before the spill?")
        assert reply.answered and "7,100 residents" in reply.text, reply.text


def test_an_idiom_the_text_writes_and_a_survivor_are_what_is_asked(tmp_path):
    # "on board" written in a summary holds the "on board" asked, and "survivors" are those
    # who "survived": the casualty figures, not the rescue boat whose coxswain survived
    entries = [{"slug": "rescue-boat", "kind": "event", "title": "The Osprey rescue boat",
                "summary": "The standby vessel Osprey sent its boat to pull men out of the water "
                           "near the burning Tern. The boat was lost at about 10:20pm with two "
                           "of its three crew; its coxswain survived."},
               {"slug": "casualties", "kind": "finding", "title": "Casualties and survivors",
                "summary": "There were 40 people on the Tern that night. Only 12 survived, and "
                           "28 of those on board died."},
               *fillers()]
    with small_pack(tmp_path, "The Tern fire", entries) as router:
        for question in ("how many of those on board the Tern that night survived?",
                         "how many people on board the Tern survived?",
                         "how many survivors were there?",
                         "how many survived out of everyone on board?"):
            reply = ask(router, question)
            assert reply.answered and "Only 12 survived" in reply.text, (question, reply.text)


def test_a_sum_asked_as_a_persons_is_given_beside_her_name(tmp_path):
    # "Payment: Reyes left with ... $6 million" in the entry on his exit is his, not what Holt,
    # who took over, was paid; asked of him, it answers
    entries = [{"slug": "reyes-exit", "kind": "event", "title": "Acme fires chief Sam Reyes",
                "summary": "On May 3, 2021 Acme's board dismissed Sam Reyes as chief executive. "
                           "Chair Dana Holt took over as chief executive in June.",
                "fields": {"successor": "Dana Holt, chief executive from June 2021",
                           "payment": "Reyes left with no severance but with stock worth about "
                                      "$6 million"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt chaired Acme's board and then ran the company from 2021."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes ran Acme until the board dismissed him in 2021."},
               *fillers()]
    with small_pack(tmp_path, "Acme's ferry crisis", entries) as router:
        for question in ("what was Holt's pay as chief executive?",
                         "how much did Holt get paid?",
                         "what was Holt paid for taking over as chief executive?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)
        reply = ask(router, "how much was Reyes paid when he left?")
        assert reply.answered and "$6 million" in reply.text, reply.text


def test_a_deal_asked_from_the_side_the_store_never_tells(tmp_path):
    # the store only ever says the pier "was sold to" someone: "who bought it?" asks the same
    entries = [{"slug": "pier-sale", "kind": "money", "title": "Sale of the north pier",
                "summary": "The north pier site was sold for $12 million to Osprey Holdings in "
                           "May 2022, after no other bidder came forward."},
               *fillers()]
    with small_pack(tmp_path, "The Gullport pier", entries) as router:
        for question in ("who bought the pier?",
                         "who ended up buying the pier site, and for how much?"):
            reply = ask(router, question)
            assert reply.answered and "$12 million" in reply.text, (question, reply.text)


def test_another_run_of_an_idiom_in_a_title_holds_it(tmp_path):
    # "on the way back" asks what a title written "on the way home" is about
    entries = [{"slug": "cold-trip", "kind": "event", "title": "Cold and thirst on the way home",
                "summary": "To save power the crew switched off the heaters, and cabin "
                           "temperatures on the Tern fell to about 38 °F.",
                "fields": {"cabin_temperature": "about 38 °F"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern's long trip", entries) as router:
        for question in ("how cold was it on the journey back?",
                         "how cold did it get inside the Tern on the way back?"):
            reply = ask(router, question)
            assert reply.answered and "38 °F" in reply.text, (question, reply.text)


def test_a_name_written_with_its_version_names_which_one(tmp_path):
    # "which Tern version fixed it?": "fixed in Tern 2.17.0" names the version, though the
    # flaw's summary also says "a flaw in Tern 2.16.0"
    entries = [{"slug": "tern-flaw", "kind": "vulnerability", "title": "TRN-2021-45 (crash bug)",
                "summary": "TRN-2021-45 is a crash flaw in Tern 2.16.0 and earlier. It was fixed "
                           "in Tern 2.17.0.",
                "fields": {"fixed_in": "2.17.0"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern logging library", entries) as router:
        reply = ask(router, "which tern version fixed the crash one, TRN-2021-45?")
        assert reply.answered and "2.17.0" in reply.text, reply.text


def test_a_year_written_with_two_digits_is_that_year(tmp_path):
    # "back in '68" is 1968: the drop that year, not the later blast whose entry says nothing
    # of 1968
    entries = [{"slug": "tank-history", "kind": "event", "title": "The Tern's tank before launch",
                "summary": "The oxygen tank had been dropped about 2 inches at the Gullport "
                           "works on October 21, 1968, damaging a fill line no one noticed.",
                "fields": {"drop_height": "about 2 inches", "date": "October 21, 1968"}},
               {"slug": "tank-blast", "kind": "event", "title": "The tank blast",
                "summary": "On April 13, 1970 the Tern's oxygen tank failed 200,000 miles from "
                           "Gullport, after the tank was stirred.",
                "fields": {"distance": "200,000 miles"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern's flight", entries) as router:
        for question in ("how far did the tank get dropped back in 68?",
                         "how far was the tank dropped in '68?"):
            reply = ask(router, question)
            assert reply.answered and "2 inches" in reply.text, (question, reply.text)


def test_what_a_clarifying_not_names_is_not_asked(tmp_path):
    # "(not killed, injured)" asks the injured: the deaths are no answer
    entries = [{"slug": "collapse", "kind": "event", "title": "The pier collapse",
                "summary": "The north pier at Gullport collapsed on May 3, 2021, killing 12 "
                           "people.",
                "fields": {"deaths": "12 people"}},
               *fillers()]
    with small_pack(tmp_path, "The Gullport pier", entries) as router:
        reply = ask(router, "how many people were injured in the collapse (not killed, "
                            "injured)?")
        assert not reply.answered, reply.text
        reply = ask(router, "how many people were killed in the collapse?")
        assert reply.answered and "12 people" in reply.text, reply.text



def test_a_part_of_a_sum_asked_is_not_that_sum(tmp_path):
    # "how much of the $400m did Osprey put in?": a summary (or a fact) giving only the
    # $400 million Osprey led, beside a date, does not say Osprey's part
    entries = [{"slug": "osprey", "kind": "company", "title": "Osprey Holdings",
                "summary": "Osprey Holdings, a Gullport bank, led the $400 million rescue of Acme "
                           "announced on August 6, 2012.",
                "related": ["rescue"]},
               {"slug": "rescue", "kind": "deal", "title": "The $400 million rescue",
                "summary": "On August 6, 2012 Acme announced a $400 million investment led by "
                           "Osprey Holdings.",
                "fields": {"amount": "$400 million", "led_by": "Osprey Holdings"}},
               *fillers()]
    with small_pack(tmp_path, "Acme's trading loss", entries) as router:
        reply = ask(router, "how much of the $400m did Osprey put in?")
        assert not reply.answered, reply.text
        reply = ask(router, "how big was the rescue Osprey led?")
        assert reply.answered and "$400 million" in reply.text, reply.text


def test_a_measure_is_asked_by_the_name_of_its_unit(tmp_path):
    # "what voltage" asks what a fact gives in volts
    entries = [{"slug": "switches", "kind": "finding", "title": "Switches on the wrong power",
                "summary": "The Tern's heater switches were rated for its 28-volt supply but ran "
                           "on 65 volts at the Gullport yard.",
                "fields": {"switch_rating": "28 volts", "yard_supply": "65 volts"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern's fire", entries) as router:
        reply = ask(router, "what voltage were the Tern's switches rated for?")
        assert reply.answered and "28 volts" in reply.text, reply.text


def test_a_thing_the_text_calls_unnamed_is_not_named_by_the_text(tmp_path):
    # "an unnamed harbour office" is no answer to "which harbour office was it?", though the
    # summary goes on to speak of "the office"
    entries = [{"slug": "office-breach", "kind": "event", "title": "Breach of a harbour office",
                "summary": "On 16 November 2022 the Gullport port authority said hackers had got "
                           "into an unnamed harbour office as early as February 2022. "
                           "The office had been told to fix the flaw by the end of 2021."},
               *fillers()]
    with small_pack(tmp_path, "The Gullport hack", entries) as router:
        reply = ask(router, "which harbour office was it that the hackers got into?")
        assert not reply.answered, reply.text
        reply = ask(router, "when did the hackers get into the harbour office?")
        assert reply.answered and "February 2022" in reply.text, reply.text


def test_the_date_of_a_deed_the_store_never_speaks_of_is_not_given(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt became chairman and chief executive of Acme Ferries in "
                           "1987 and led the company through the Tern sinking.",
                "fields": {"role": "chairman and chief executive of Acme Ferries",
                           "appointed": "1987"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        reply = ask(router, "When did Dana Holt retire as Acme's chairman?")
        assert not reply.answered, reply.text
        reply = ask(router, "When did Dana Holt become Acme's chairman?")
        assert reply.answered and "1987" in reply.text, reply.text


def test_a_fact_named_for_another_country_is_not_the_one_asked(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes ran the Gull Lines exchange. He was sentenced in Paris in "
                           "December 2020 to five years in prison, and pleaded guilty in the US "
                           "in May 2024.",
                "fields": {"french_sentence": "five years (December 2020)",
                           "us_guilty_plea": "May 2024"}},
               *fillers()]
    with small_pack(tmp_path, "The Gull Lines exchange", entries) as router:
        reply = ask(router, "how long was Reyes's US sentence after he pleaded guilty?")
        assert not reply.answered, reply.text
        reply = ask(router, "how long was Reyes's French sentence?")
        assert reply.answered and "five years" in reply.text, reply.text


def test_who_started_a_company_asks_who_founded_it(tmp_path):
    # "started" asks the founding; the repayments "began" in another entry are no founder
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Exchange",
                "summary": "Acme Exchange was a ferry-ticket exchange in Gullport. Dana Holt "
                           "founded it in 2010 and sold it to Sam Reyes in 2011.",
                "fields": {"founder": "Dana Holt", "founded": "2010"}},
               {"slug": "repayments", "kind": "event", "title": "Repayments to Acme customers",
                "summary": "Cash repayments to Acme Exchange customers began in December 2023, "
                           "in the first place to small creditors."},
               *fillers()]
    with small_pack(tmp_path, "The Acme Exchange collapse", entries) as router:
        reply = ask(router, "who started acme exchange in the first place?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_a_date_marked_planned_after_it_is_a_plan(tmp_path):
    entries = [{"slug": "ferry-fair", "kind": "event", "title": "Gullport Ferry Fair",
                "summary": "The Gullport Ferry Fair was billed as a luxury weekend on Gull Island. "
                           "When the first guests arrived on April 27, 2017 they found an "
                           "unfinished site, and the fair was called off the next day.",
                "fields": {"dates": "April 28-30 and May 5-7, 2017 (planned)"}},
               *fillers()]
    with small_pack(tmp_path, "The Gullport Ferry Fair", entries) as router:
        reply = ask(router, "when were the two fair weekends supposed to happen?")
        assert reply.answered and "May 5-7" in reply.text, reply.text


def test_the_story_named_by_the_initials_of_its_subject(tmp_path):
    # "the GHB thing" of a pack on the Gull Harbour Board strike is the story itself, which
    # an entry on when it began need not name by those letters
    entries = [{"slug": "walkout", "kind": "event", "title": "The walkout begins",
                "summary": "The pilots walked off the job at 4:00 a.m. on March 28, 2019, and "
                           "the port closed within the hour."},
               *fillers()]
    with small_pack(tmp_path, "Gull Harbour Board strike (2019)", entries) as router:
        reply = ask(router, "what time did the GHB thing actually begin on march 28?")
        assert reply.answered and "4:00 a.m." in reply.text, reply.text


def test_how_much_of_a_thing_asks_a_share_of_it(tmp_path):
    # "how much of the cargo burned?" asks what share of it ("about half of the cargo"), not a
    # sum, and the salvage entry's other figures are none
    entries = [{"slug": "cargo-fire", "kind": "event", "title": "Fire in the hold",
                "summary": "Fire broke out in the Tern's forward hold on May 3, 2019, and about "
                           "half of the cargo burned before the crew flooded the hold.",
                "fields": {"cargo_burned": "about half of the cargo"}},
               {"slug": "salvage", "kind": "event", "title": "Salvage of the Tern",
                "summary": "Salvage crews lifted the burned cargo out of the Tern's hold from "
                           "June 2019. The work ended in March 2020, when the last burned "
                           "containers were taken to Gullport."},
               *fillers()]
    with small_pack(tmp_path, "The Tern fire", entries) as router:
        reply = ask(router, "how much of the cargo burned in the end?")
        assert reply.answered and "half of the cargo" in reply.text, reply.text
        assert reply.entries[0] == "cargo-fire", reply.entries


def test_how_much_of_a_sum_still_asks_money(tmp_path):
    # (not a share: "how much of Acme's bonds" asks a sum, which a fact of a fall in the share
    # price does not give)
    entries = [{"slug": "acme-bonds", "kind": "event", "title": "Acme's bonds written off",
                "summary": "When Reyes Bank took over Acme in March 2023, the regulator ordered "
                           "Acme's riskiest bonds, worth $17 billion, written off to zero."},
               {"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "Acme was a Gullport bank. Its shares fell about 24% on March 15, "
                           "2023."},
               *fillers()]
    with small_pack(tmp_path, "The Acme takeover", entries) as router:
        reply = ask(router, "how much of acme's riskiest bonds got written off?")
        assert reply.answered and "$17 billion" in reply.text, reply.text


def test_a_size_asked_in_dollars_is_a_sum(tmp_path):
    # "how big were the bonds, dollar amount?" asks a sum, which a bill's number is not
    entries = [{"slug": "storm-bonds", "kind": "policy", "title": "Storm bonds",
                "summary": "The Legislature let Gullport Power finance its storm costs with bonds "
                           "repaid over many years.",
                "fields": {"issued": "4,000 storm bonds, in 2021"}},
               *fillers()]
    with small_pack(tmp_path, "The Gullport storm", entries) as router:
        assert router.answerer.read("how big were the bonds, dollar amount?").qtype == "amount"
        assert router.answerer.read("how big were the bonds?").qtype != "amount"
        reply = ask(router, "how big were the storm bonds in the end, dollar amount?")
        assert not reply.answered, reply.text


def test_what_happened_to_someone_who_took_his_own_life(tmp_path):
    # a death ends the story, said as "killed himself"
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, Dana Holt's elder son, worked in Acme's trading desk and "
                           "reported his mother to the authorities in December 2008. He killed "
                           "himself in his Gullport flat in 2010.",
                "fields": {"died": "December 11, 2010"}},
               *fillers()]
    with small_pack(tmp_path, "The Acme fraud", entries) as router:
        reply = ask(router, "what happened to sam reyes")
        assert reply.answered and "2010" in reply.text, reply.text



def test_what_a_person_was_paid_needs_a_pay_in_her_own_entry(tmp_path):
    # her own entry's sum that is no pay of hers ("$3.8 billion of improper entries found")
    # does not say what she was paid; a sum she is said to be paid does
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, Acme's head of internal audit, uncovered the fraud: by "
                           "June 23, 2002 her team had found $3.8 billion of improper entries.",
                "fields": {"role": "head of internal audit",
                           "discovery": "$3.8 billion of improper entries"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was Acme's finance chief. He was paid a salary of $700,000 "
                           "a year."},
               *fillers()]
    with small_pack(tmp_path, "The Acme fraud", entries) as router:
        reply = ask(router, "What was Dana Holt paid as head of internal audit?")
        assert not reply.answered, reply.text
        reply = ask(router, "how much was Sam Reyes paid?")
        assert reply.answered and "$700,000" in reply.text, reply.text


def test_where_someone_is_working_now_asks_past_the_story(tmp_path):
    entries = [{"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan, a seamstress who worked on the third floor of the Tern "
                           "building, was pulled alive from the rubble on 10 May 2013, 17 days "
                           "after the collapse.",
                "fields": {"rescued": "10 May 2013"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern building collapse", entries) as router:
        reply = ask(router, "where is Ana Vellan working these days?")
        assert not reply.answered, reply.text
        reply = ask(router, "when was Ana Vellan rescued?")
        assert reply.answered and "10 May 2013" in reply.text, reply.text


def test_where_a_ship_was_headed_is_where_it_was_bound(tmp_path):
    # (not who "headed" the court that held it, which "who headed ...?" still asks)
    entries = [{"slug": "tern", "kind": "ship", "title": "MV Tern",
                "summary": "The Tern was a cargo ship built in 1986. It left Gullport in 2013 "
                           "bound for Ospreyville, but put into Holtby, where it was held.",
                "fields": {"route": "Gullport to Ospreyville", "built": "1986"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt headed the Holtby port court, which ordered the Tern held "
                           "in Holtby; she had headed the court since 2009.",
                "fields": {"headed": "Holtby port court, from 2009"}},
               *fillers()]
    with small_pack(tmp_path, "The Tern at Holtby", entries) as router:
        for text in ("where was the Tern headed?",
                     "where was the Tern originally headed before it ended up in holtby"):
            reply = ask(router, text)
            assert reply.answered and "Ospreyville" in reply.text, reply.text
        reply = ask(router, "who headed the Holtby port court?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_getting_out_of_prison_is_being_released(tmp_path):
    # the date of a sentence is not when he got out; a release is
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was Acme's finance chief. He pleaded guilty and was "
                           "sentenced on August 11, 2005 to five years in prison.",
                "fields": {"sentence": "five years in prison (August 11, 2005)"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran Acme. She was sentenced to 25 years and was released "
                           "from prison on December 21, 2019, on health grounds.",
                "fields": {"released": "December 21, 2019"}},
               *fillers()]
    with small_pack(tmp_path, "The Acme fraud", entries) as router:
        read = router.answerer.read("when did reyes get out of prison?")
        assert any(stem("released") in c.alts for c in read.concepts), read.concepts
        reply = ask(router, "when did reyes get out of prison?")
        assert not reply.answered, reply.text
        reply = ask(router, "when did holt get out of prison?")
        assert reply.answered and "December 21, 2019" in reply.text, reply.text


def test_pulled_out_of_the_rubble_is_rescued_not_withdrawn(tmp_path):
    entries = [{"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan, 15, was pulled alive from the rubble of the Tern building "
                           "in the first hours after the collapse, after a man walking his dog "
                           "heard her calling for help."},
               {"slug": "acme-exit", "kind": "event", "title": "Acme leaves the rebuild",
                "summary": "Acme Builders pulled out of the rebuilding contract in 2022, and "
                           "withdrew its bid for the site."},
               *fillers()]
    with small_pack(tmp_path, "The Tern building collapse", entries) as router:
        reply = ask(router, "was anyone pulled out of the rubble alive? who?")
        assert reply.answered and "Ana Vellan" in reply.text, reply.text


def test_a_share_is_no_part_of_a_year(tmp_path):
    # "the first half of the year" is a time, no share that could answer what a refit cost
    assert not SHAPES["percent"].search("The refit ran through the first half of the year.")
    assert SHAPES["percent"].search("about half of the core melted")
    entries = [{"slug": "tern-refit", "kind": "event", "title": "The Tern's refit",
                "summary": "The Tern's refit at Gullport ran through the first half of the year "
                           "and ended in July 2021."},
               *fillers()]
    with small_pack(tmp_path, "The Tern", entries) as router:
        reply = ask(router, "how much did the Tern's refit cost?")
        assert not reply.answered, reply.text


def test_pay_in_an_entry_named_for_her_need_not_say_paid(tmp_path):
    # (only her own entry must say a sum was paid to her; an entry named for her deal gives it)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran Acme from 2015 to 2019."},
               {"slug": "holt-exit", "kind": "event", "title": "Dana Holt's exit deal",
                "summary": "When she left in 2019, Acme gave Dana Holt $9 million in cash and "
                           "shares."},
               *fillers()]
    with small_pack(tmp_path, "The Acme story", entries) as router:
        reply = ask(router, "how much was Dana Holt paid when she left?")
        assert reply.answered and "$9 million" in reply.text, reply.text


def test_what_happened_to_someone_is_answered_by_what_came_after(tmp_path):
    # ("what happened to Holt in the end?": her entry's facts of the story say nothing later,
    # but its summary does ("after leaving office"), or a fact named for her later job does,
    # or a long sentence that ends with her death; "no later than" is a deadline, not later)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Mayor Dana Holt",
                "summary": "Dana Holt was mayor of Gullport from 2002 to 2010 and ordered the "
                           "evacuation on May 3, 2005. After leaving office she was convicted "
                           "of bribery in 2014 and sentenced to ten years in prison.",
                "fields": {"role": "Mayor of Gullport (2002-2010)",
                           "evacuation_order": "May 3, 2005"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Captain Sam Reyes",
                "summary": "Sam Reyes, captain of the Tern, did not answer the flares. The "
                           "inquiry blamed him; he was never charged.",
                "fields": {"role": "Captain of the Tern",
                           "later_employer": "Gull Lines, as a cargo master",
                           "flares_seen": "After midnight"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan was chair of Acme Power during the outage. She stepped "
                           "down briefly in December 2003 for treatment of an illness and "
                           "died in January 2004.",
                "fields": {"role": "Chair of Acme Power", "testimony": "September 4, 2003"}},
               {"slug": "tim-osprey", "kind": "person", "title": "Tim Osprey",
                "summary": "Tim Osprey ran Acme's ferry desk and apologised on video.",
                "fields": {"role": "Head of the ferry desk",
                           "replacement_date": "New tickets no later than May 21, 2016"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport flood", entries) as router:
        reply = ask(router, "what happened to holt in the end?")
        assert reply.answered and "convicted" in reply.text, reply.text
        reply = ask(router, "what happened to captain reyes after the inquiry?")
        assert reply.answered and "cargo master" in reply.text, reply.text
        reply = ask(router, "what happened to Vellan after all this?")
        assert reply.answered and "died" in reply.text, reply.text
        reply = ask(router, "what happened to Tim Osprey after all this?")
        assert not reply.answered, reply.text


def test_an_entry_named_for_a_figure_answers_it_of_the_story(tmp_path):
    # ("total fare losses from the strike?" of the entry "Total fare losses" in a pack on the
    # strike: the strike is the story every entry is about, which its summary need not say)
    entries = [{"slug": "fare-losses-total", "kind": "figure", "title": "Total fare losses",
                "summary": "The ferry lines that ran through Gullport lost more than $10 "
                           "million between them. Gull Lines lost about $5.5 million and Acme "
                           "Ferries $2.9 million.",
                "fields": {"gull_lines": "about $5.5 million", "acme_ferries": "$2.9 million"}},
               {"slug": "walkout", "kind": "event", "title": "Ferry crews walk out",
                "summary": "The crews' strike began on May 3, 2023 and lasted 40 days."},
               *fillers()]
    with small_pack(tmp_path, "Gullport ferry strike", entries) as router:
        reply = ask(router, "total fare losses from the strike?")
        assert reply.answered and "$10 million" in reply.text, reply.text


def test_acquitted_says_no_to_convicted(tmp_path):
    # ("were Acme and Gull Lines convicted in the May verdict?": "acquitted" answers no)
    entries = [{"slug": "verdict", "kind": "ruling", "title": "Acme and Gull Lines acquitted",
                "summary": "On May 17, 2023 the Gullport court acquitted Acme and Gull Lines of "
                           "manslaughter, finding no certain causal link with the sinking.",
                "fields": {"date": "May 17, 2023", "outcome": "Both companies acquitted"}},
               *fillers()]
    with small_pack(tmp_path, "Tern sinking", entries) as router:
        reply = ask(router, "were acme and gull lines convicted in the may 2023 verdict?")
        assert reply.answered and "acquitted" in reply.text, reply.text


def test_a_login_is_a_password_or_credentials(tmp_path):
    assert {"credentials", "password"} <= set(synonyms_of("login"))
    entries = [{"slug": "intrusion", "kind": "event", "title": "How the attackers got in",
                "summary": "The attackers first stole the network credentials of Osprey "
                           "Heating, an Acme contractor, and used them to reach Acme's "
                           "gateway server.",
                "fields": {"method": "Stolen vendor credentials"}},
               *fillers()]
    with small_pack(tmp_path, "Acme card breach", entries) as router:
        reply = ask(router, "which contractor's login did the hackers use to get into "
                            "acme's network?")
        assert reply.answered and "Osprey" in reply.text, reply.text


def test_nautical_miles_are_a_distance(tmp_path):
    entries = [{"slug": "distress-calls", "kind": "event", "title": "Distress calls",
                "summary": "The Tern's first distress call went out at about 12:15 am on May 3, "
                           "2021. The Osprey, 58 nautical miles away, picked up the call and "
                           "turned toward her.",
                "fields": {"time": "about 12:15 am, May 3, 2021", "codes": "CQD and SOS"}},
               {"slug": "osprey", "kind": "vessel", "title": "The Osprey",
                "summary": "The Osprey was a Gull Lines ferry that took in the Tern's survivors."},
               *fillers()]
    with small_pack(tmp_path, "Tern sinking", entries) as router:
        reply = ask(router, "how far away was the osprey when she picked up the distress call?")
        assert reply.answered and "58 nautical miles" in reply.text, reply.text



def test_according_to_says_who_says_so(tmp_path):
    # ("how much did Acme lose to fraud according to the auditors?": "according" is no thing
    # asked, though no entry uses the word; an unknown word would ask for something the
    # picked facts must say)
    with small_pack(tmp_path, "Gullport flood", fillers()) as router:
        answerer = router.services.answerer
        read = answerer.read("how much did acme lose to fraud according to the auditors?")
        assert "according" not in read.unknown and "fraud" in read.unknown, read.unknown


def test_what_came_after_is_of_the_person_asked_and_past_the_story(tmp_path):
    # ("what happened to Reyes in the end?": not Holt's death, told in her entry beside his
    # name; "two hours later the levee broke" is a time within the story, not after it)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was mayor of Gullport and worked with harbour master Sam "
                           "Reyes on the evacuation. Holt died in 2019.",
                "fields": {"role": "Mayor of Gullport", "partner": "Sam Reyes, harbour master"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was harbour master of Gullport during the flood.",
                "fields": {"role": "Harbour master"}},
               {"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran was a retired captain who chaired the flood board.",
                "fields": {"role": "Flood board chair",
                           "retirement": "Retired from the board in 2012"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan was the Gullport flood warden. She ordered the evacuation "
                           "on May 3, 2005 and two hours later the levee broke.",
                "fields": {"role": "Flood warden", "evacuation_order": "May 3, 2005"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport flood", entries) as router:
        reply = ask(router, "what happened to Sam Reyes in the end?")
        assert not reply.answered, reply.text
        reply = ask(router, "what happened to Ana Vellan in the end?")
        assert not reply.answered, reply.text
        reply = ask(router, "what happened to Lee Tran in the end?")
        assert reply.answered and "2012" in reply.text, reply.text


def test_a_storm_that_hit_a_place_made_landfall_there(tmp_path):
    # ("when did storm Tern hit Gullshire?": the storm's own entry says where it made
    # landfall; the coast's entry only says the storm "hit" it, with no date)
    entries = [{"slug": "storm-tern", "kind": "storm", "title": "Storm Tern",
                "summary": "Storm Tern formed over the open sea on May 1, 2005 and made "
                           "landfall near Gullport, Gullshire, on May 3, 2005.",
                "fields": {"landfall": "May 3, 2005, near Gullport, Gullshire"},
                "aliases": ["Tern"]},
               {"slug": "north-coast", "kind": "place", "title": "The north coast",
                "summary": "The storm hit the north coast of Gullshire hardest; the Tern's "
                           "surge flooded its harbours."},
               {"slug": "tern-damage", "kind": "figure", "title": "Damage from Tern",
                "summary": "Tern did about $2 billion of damage in Gullshire."},
               *fillers()]
    with small_pack(tmp_path, "Storm Tern", entries) as router:
        reply = ask(router, "when did tern hit gullshire")
        assert reply.answered and "May 3, 2005" in reply.text, reply.text


def test_a_sum_in_rupees_is_one_written_in_crore(tmp_path):
    # ("how big was the fraud Holt admitted, in rupees?": the store writes "Rs 7,136 crore" and
    # never "rupees", which is then no word it lacks, counted against every entry)
    entries = [{"slug": "confession-letter", "kind": "document", "title": "Holt's letter",
                "summary": "In her letter Holt said the balance sheet held Rs 7,136 crore of "
                           "made-up cash and interest.",
                "fields": {"total": "Rs 7,136 crore"}},
               *fillers()]
    with small_pack(tmp_path, "Acme accounts fraud", entries) as router:
        read = router.services.answerer.read("how big was the fraud holt owned up to, in rupees?")
        assert "rupees" not in read.unknown, read.unknown


def test_what_someone_was_told_to_do_is_an_order_not_a_quote():
    # ("what did Acme tell skippers to do about the bow door?": the order, in any words; an
    # entry need not quote it)
    assert question_type("what did acme tell skippers to do about the bow door".split()) != "said"
    assert question_type("what did acme tell skippers about the bow door".split()) == "said"
    assert question_type("what did holt tell the board about plans to sell".split()) == "said"
    # ("prior to her arrest" is no order; "what were skippers told to do?" is one)
    assert question_type("what did holt tell reporters prior to her arrest".split()) == "said"
    assert question_type("what were skippers told to do".split()) != "said"


def test_pointing_the_finger_is_blaming_and_intel_is_intelligence(tmp_path):
    entries = [{"slug": "attribution", "kind": "finding", "title": "Who was blamed",
                "summary": "The Gullport intelligence service blamed the Osprey group for the "
                           "hack in June 2015.",
                "fields": {"blamed": "The Osprey group"}},
               *fillers()]
    with small_pack(tmp_path, "Acme data hack", entries) as router:
        reply = ask(router, "who did the intel folks point the finger at for the hack?")
        assert reply.answered and "Osprey group" in reply.text, reply.text


def test_a_law_may_be_an_act_and_a_law_school_is_a_school(tmp_path):
    entries = [{"slug": "tips-act", "kind": "law", "title": "Gullport Tips Act 1969",
                "summary": "Parliament passed the Gullport Tips Act 1969 after the inquiry; it "
                           "requires tips to be kept secure.",
                "fields": {"royal_assent": "27 March 1969"}},
               {"slug": "lee-tran", "kind": "person", "title": "Judge Lee Tran",
                "summary": "Lee Tran, the judge who ran the inquiry, has acted as chair of "
                           "two other inquiries.", "fields": {"role": "Inquiry chair"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport tip collapse", entries) as router:
        reply = ask(router, "what law was passed because of the collapse?")
        assert reply.answered and "Tips Act" in reply.text, reply.text
        # ("has acted as chair" holds no law: the school is asked)
        read = router.services.answerer.read("where did judge tran go to law school?")
        assert "law" not in [c.word for c in read.concepts], read.concepts


def test_reaching_a_place_is_arriving_and_reaching_people_finding_them(tmp_path):
    entries = [{"slug": "relief-train", "kind": "event", "title": "Tern relief train",
                "summary": "Tern sent a relief train to Gullport on the night of 6 December; "
                           "slowed by snow, it arrived at about 3 a.m. on 8 December.",
                "fields": {"departed": "night of 6 December",
                           "arrived": "about 3 a.m., 8 December"}},
               {"slug": "rescue-shaft", "kind": "event", "title": "The rescue shaft",
                "summary": "The rescue shaft reached the trapped miners at a depth of 623 m "
                           "on 9 October.", "fields": {"depth": "623 m"}},
               {"slug": "supply-convoy", "kind": "event", "title": "Supply convoy",
                "summary": "A supply convoy arrived at the mine three weeks after the collapse "
                           "with drills.", "fields": {"arrived": "three weeks after the collapse"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport disaster", entries) as router:
        reply = ask(router, "for the timeline: when did the tern relief train actually reach "
                            "gullport?")
        assert reply.answered and "3 a.m." in reply.text, reply.text
        reply = ask(router, "how deep was the rescue shaft at the point it reached them?")
        assert reply.answered and "623 m" in reply.text, reply.text


def test_an_acquittal_and_return_home_end_a_defendants_story(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was the Acme station manager at Gullport. The prosecution "
                           "said he helped load the bomb. On 31 January 2001 the judges found "
                           "him not guilty, and he was freed and returned home.",
                "fields": {"verdict": "Not guilty, 31 January 2001"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was the Acme security chief at Gullport during the "
                           "bombing.", "fields": {"role": "Security chief"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport bombing", entries) as router:
        reply = ask(router, "what happened to reyes in the end?")
        assert reply.answered and "not guilty" in reply.text, reply.text
        reply = ask(router, "what happened to holt in the end?")
        assert not reply.answered, reply.text


def test_a_verb_that_doubles_its_last_letter_is_spelt_right(tmp_path):
    # ("was the Tern scrapped?": a word spelt right, not a typo of the "snapped" trees another
    # entry tells of)
    assert everyday("scrapped") and everyday("shredding") and not everyday("shreding")
    entries = [{"slug": "tern", "kind": "ship", "title": "SS Tern",
                "summary": "The Tern was thrown ashore by the blast. She was repaired, renamed "
                           "Osprey in 1920 and wrecked off Gullport in 1921.",
                "fields": {"fate": "Renamed Osprey in 1920; wrecked off Gullport in 1921"}},
               {"slug": "blast-force", "kind": "figure", "title": "Force of the blast",
                "summary": "The pressure wave snapped trees and bent rails for miles."},
               {"slug": "collision", "kind": "event", "title": "The collision",
                "summary": "The Tern struck the munitions ship Gull in the narrows at 8:45."},
               {"slug": "tern-captain", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran was the Tern's captain; he was killed aboard the Tern."},
               {"slug": "inquiry", "kind": "event", "title": "The inquiry",
                "summary": "The inquiry blamed the Tern's pilot and the Gull's captain."},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour blast", entries) as router:
        question = "what happend to the Tern after the blast, was it scrapped?"
        read = router.services.answerer.read(question)
        assert "scrapped" not in read.typos, read.typos
        reply = ask(router, question)
        assert reply.answered and "Osprey" in reply.text, reply.text


def test_can_you_list_asks_the_names_not_whether_one_can(tmp_path):
    # ("can you list the nine staff the report blamed?": a request to list them, as "list
    # the nine staff ..." is; a report "naming nine of its employees" names none of them)
    assert question_type("can you list the nine staff the report named".split()) != "yesno"
    # ("can you list the names of the nine staff?": the staff's names, as "names of" asks)
    assert _kind_run("can you list the names of the nine staff".split()) == ["staff"]
    entries = [{"slug": "inquiry-report", "kind": "report", "title": "The inquiry's report",
                "summary": "The inquiry reported in August 1967 and placed the blame on Acme, "
                           "naming nine of its staff.",
                "fields": {"blamed": "Acme, naming nine of its staff"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport tip collapse", entries) as router:
        for text in ("can you list the nine staff the inquiry named in its report?",
                     "please list the nine staff the inquiry named"):
            reply = ask(router, text)
            assert not reply.answered, (text, reply.text)


def test_born_gives_an_age_only_with_a_year(tmp_path):
    # ("how old was Tran when he ran the inquiry?": "born about two miles from Gullport" says
    # where, not when; "born in 1906" gives his age)
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Judge Lee Tran",
                "summary": "Lee Tran, a judge with long experience of mining law, chaired the "
                           "inquiry. He was born about two miles from Gullport.",
                "fields": {"role": "Inquiry chair", "appointed": "26 October 1966"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, born in 1921 in Gullport, was the Acme mine manager.",
                "fields": {"role": "Mine manager"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport tip collapse", entries) as router:
        reply = ask(router, "how old was lee tran when he ran the inquiry?")
        assert not reply.answered, reply.text
        reply = ask(router, "how old was dana holt?")
        assert reply.answered and "1921" in reply.text, reply.text
    # (a year past an abbreviation's full stop still dates the birth)
    assert SHAPES["age"].search("born Jan. 5, 1962") and SHAPES["age"].search(
        "born in St. Louis in 1962")


def test_what_a_board_says_caused_it_asks_the_cause_not_a_quote(tmp_path):
    # ("what did the safety board say set off the blackout?": its finding, in any words)
    assert question_type(_rewrite("what did the board say set off the blackout".split())) != "said"
    assert question_type("what did the report say was the cause".split()) != "said"
    assert question_type("what did holt say about the fire".split()) == "said"
    entries = [{"slug": "probable-cause", "kind": "finding", "title": "The board's probable cause",
                "summary": "In June 2025 the Gullport safety board found that a loose wire in a "
                           "terminal block opened a breaker and blacked out the Tern.",
                "fields": {"cause": "A loose wire in a terminal block opened breaker HR1",
                           "by": "Gullport safety board"}},
               *fillers()]
    with small_pack(tmp_path, "Tern bridge strike", entries) as router:
        reply = ask(router, "in its final determination, what did the safety board say set off "
                            "the tern's blackout?")
        assert reply.answered and "loose wire" in reply.text, reply.text


def test_a_ship_got_unstuck_when_it_was_refloated(tmp_path):
    entries = [{"slug": "refloating", "kind": "salvage", "title": "Tern refloated, March 29",
                "summary": "After six days of dredging, the Tern was pulled off the sandbank on "
                           "March 29 as a spring tide raised the water.",
                "fields": {"date": "March 29", "refloated": "15:05 local time"}},
               *fillers()]
    with small_pack(tmp_path, "Tern grounding", entries) as router:
        reply = ask(router, "what time of day did they actually get the tern unstuck on the 29th?")
        assert reply.answered and "15:05" in reply.text, reply.text


def test_a_pardon_ends_a_defendants_story(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Retired general Lee Tran pleaded guilty on October 17, 2016 to lying "
                           "to investigators about the leak. The governor pardoned him on "
                           "January 17, 2017, before he was sentenced.",
                "fields": {"plea": "guilty (October 17, 2016)",
                           "pardoned": "January 17, 2017, by the governor"}},
               *fillers()]
    with small_pack(tmp_path, "Tern leak", entries) as router:
        reply = ask(router, "what happened to tran in the end?")
        assert reply.answered and "January 17, 2017" in reply.text, reply.text
    # (nor is a release on bail, a clearance for takeoff, or a pardon refused, life after it)
    assert not _moved_on("He was released on bail the next day.")
    assert not _moved_on("The flight was cleared for takeoff.")
    assert not _moved_on("He was not pardoned.")


def test_any_idea_is_a_lead_in_and_the_whole_effort_is_the_story(tmp_path):
    # ("any idea how much the whole Tern effort cost to develop?": the Tern's cost; "idea"
    # and "effort" name nothing the facts must hold)
    entries = [{"slug": "tern-cost", "kind": "event", "title": "The Tern programme's backers",
                "summary": "In 2024 a newspaper reported that developing the Tern worm had cost "
                           "between $1 billion and $2 billion.",
                "fields": {"cost": "between $1 billion and $2 billion (newspaper estimate)"}},
               {"slug": "clean-up", "kind": "event", "title": "The clean-up",
                "summary": "The clean-up effort took Acme's engineers two years."},
               *fillers()]
    with small_pack(tmp_path, "Tern worm", entries) as router:
        assert question_type("do you have any idea of what the tern cost".split()) == "amount"
        question = "any idea how much the whole tern effort cost to develop?"
        read = router.services.answerer.read(question)
        assert read.qtype == "amount", read.qtype
        assert all(c.soft for c in read.concepts if c.word in ("idea", "effort")), read.concepts
        reply = ask(router, question)
        assert reply.answered and "$1 billion" in reply.text, reply.text


def test_an_employee_is_held_by_an_employer(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is a Gullport software engineer charged over the Acme "
                           "breach.",
                "fields": {"former_employer": "Osprey Cloud (2015 to 2016)"}},
               *fillers()]
    with small_pack(tmp_path, "Acme breach", entries) as router:
        reply = ask(router, "was dana holt an ex osprey cloud employee?")
        assert reply.answered and "2015 to 2016" in reply.text, reply.text


def test_crew_included_asks_no_inclusion(tmp_path):
    entries = [{"slug": "flight-12", "kind": "flight", "title": "Tern Air Flight 12",
                "summary": "Tern Air Flight 12 left Gullport with 155 people aboard: 150 "
                           "passengers and 5 crew.",
                "fields": {"people_aboard": "155 people aboard", "crew_count": "5 crew"}},
               {"slug": "fares", "kind": "figure", "title": "Fares",
                "summary": "Every Tern Air fare included a hot meal."},
               *fillers()]
    with small_pack(tmp_path, "Flight 12 ditching", entries) as router:
        question = "how many ppl were on flight 12 in total, crew included"
        read = router.services.answerer.read(question)
        assert all(c.soft for c in read.concepts if c.word == "included"), read.concepts
        reply = ask(router, question)
        assert reply.answered and "155" in reply.text, reply.text


def test_a_particle_before_a_place_is_a_preposition_not_a_phrasal_verb(tmp_path):
    # "when did Acme kick the Tern off the register?": off the register, not a kick-off (start)
    entries = [{"slug": "tern-removal", "kind": "event",
                "title": "Acme removes the Tern from its register (August 2020)",
                "summary": "Acme pulled the Tern from its register on August 13, 2020, hours "
                           "after her owners switched on their own booking system.",
                "fields": {"by": "Acme", "reason": "Bookings outside Acme's system"},
                "aliases": ["Tern removal", "Tern kicked off the register"]},
               {"slug": "season-start", "kind": "event", "title": "Season opens",
                "summary": "The ferry season started in May.", "fields": {"started": "May 1"}},
               *fillers()]
    with small_pack(tmp_path, "Tern register dispute", entries) as router:
        for question in ("when did acme kick the tern off the register?",
                         "when did acme kick tern off the register?"):
            read = router.services.answerer.read(question)
            assert not any(c.word == "kick_off" for c in read.concepts), read.concepts
        assert _rewrite("they threw it down the shaft".split()) == [
            "they", "threw", "it", "down", "the", "shaft"]
        reply = ask(router, "when did acme kick the tern off the register?")
        assert reply.answered and "August 13, 2020" in reply.text, reply.text
        # (a particle at the end is still the phrasal verb: "kick the season off")
        read = router.services.answerer.read("when did they kick the season off?")
        assert any(c.word == "kick_off" for c in read.concepts), read.concepts


def test_the_name_of_a_thing_is_asked_as_what_it_was_called(tmp_path):
    entries = [{"slug": "gull-video", "kind": "event", "title": "Nineteen Gullport parody video",
                "summary": "A one-minute video Acme released on August 13, 2020, parodying an "
                           "old ferry advert.",
                "fields": {"parody_of": "A 1984 ferry advert"},
                "aliases": ["1984 parody"]},
               *fillers()]
    with small_pack(tmp_path, "Acme ferry dispute", entries) as router:
        for question in ("what was the 1984 parody video called?",
                         "what was the name of the 1984 parody video?"):
            reply = ask(router, question)
            assert reply.answered and "Nineteen Gullport" in reply.text, (question, reply.text)


def test_a_time_after_a_role_is_no_part_of_it(tmp_path):
    entries = [{"slug": "acme-rail", "kind": "company", "title": "Acme Rail",
                "summary": "Acme Rail, the state railway, ran the Tern express.",
                "fields": {"chairman_1998": "Dana Holt"}, "aliases": ["AR"]},
               *fillers()]
    with small_pack(tmp_path, "Tern express derailment", entries) as router:
        for question in ("who was the AR boss back then?",
                         "who was the AR boss back in 98 when it happened"):
            reply = ask(router, question)
            assert reply.answered and "Dana Holt" in reply.text, (question, reply.text)


def test_deutsche_marks_and_other_old_currencies_are_sums():
    for text in ("about 30,000 Deutsche Marks per person", "2 million guilders",
                 "500 million pesetas", "DM 30,000"):
        assert SHAPES["money"].search(text), text
    assert not SHAPES["money"].search("the memorial marks the day")


def test_a_total_asked_is_not_a_sum_for_each_one(tmp_path):
    entries = [{"slug": "compensation", "kind": "figure", "title": "Compensation paid by Acme",
                "summary": "Acme paid compensation to the families, including about 30,000 "
                           "Deutsche Marks in damages for pain and suffering per person killed.",
                "fields": {"payment": "about 30,000 Deutsche Marks per person killed"}},
               *fillers()]
    with small_pack(tmp_path, "Tern express derailment", entries) as router:
        reply = ask(router, "how much did acme pay families per person killed?")
        assert reply.answered and "30,000" in reply.text, reply.text
        reply = ask(router, "how much did acme pay out in compensation in total, all victims "
                            "together?")
        assert not reply.answered, reply.text


def test_a_conviction_overturned_or_a_retrial_dropped_ends_a_defendants_story(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Holt's deputy, convicted of five felonies in 1997 and sentenced to "
                           "three years in prison.",
                "fields": {"convicted": "May 2, 1997", "sentence": "three years in prison",
                           "overturned": "November 1, 2000, by the court of appeal",
                           "outcome": "Prosecutors dropped plans to retry him in 2001"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport fund collapse", entries) as router:
        reply = ask(router, "what happened to lee tran?")
        assert reply.answered and "dropped plans to retry" in reply.text, reply.text
    assert _moved_on("The charges were dropped in 2001.")
    assert _moved_on("He served 41 days before the conviction was overturned on appeal.")
    # (not a ferry that overturned, nor a conviction never overturned)
    assert not _moved_on("The ferry overturned in the storm.")
    assert not _moved_on("Her conviction was never overturned.")


def test_what_happened_to_them_at_a_scene_of_the_story_is_no_later_life(tmp_path):
    entries = [{"slug": "trial", "kind": "trial", "title": "Manslaughter trial",
                "summary": "Dana Holt and Sam Reyes were tried for manslaughter over the fire; "
                           "the jury acquitted them on December 27, 1911.",
                "fields": {"verdict": "Not guilty, December 27, 1911"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Co-owner of the Tern factory."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Co-owner of the Tern factory."},
               *fillers()]
    with small_pack(tmp_path, "Tern factory fire", entries) as router:
        reply = ask(router, "what happened to holt and reyes at their manslaughter trial")
        assert reply.answered and "acquitted" in reply.text, reply.text


def test_turning_into_is_becoming(tmp_path):
    entries = [{"slug": "rebrand", "kind": "event", "title": "Tern Air renamed Osprey",
                "summary": "On July 24, 2023 the Tern Air name and logo were dropped and the "
                           "airline became Osprey.",
                "fields": {"announced": "July 23, 2023"}},
               {"slug": "runway", "kind": "event", "title": "Runway works",
                "summary": "Planes had to turn at the end of the old runway until 2020."},
               *fillers()]
    with small_pack(tmp_path, "Tern Air takeover", entries) as router:
        read = router.services.answerer.read("when did tern air officially turn into osprey")
        assert any(c.word == "turn_into" for c in read.concepts), read.concepts


def test_when_someone_died_needs_a_text_saying_they_died(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Co-owner of the Tern factory, tried for manslaughter and acquitted."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Foreman at the Tern factory.", "fields": {"died": "May 1, 1950"}},
               {"slug": "settlement", "kind": "lawsuit", "title": "Civil settlement",
                "summary": "Families of the dead brought 23 suits against Holt; they were "
                           "settled on March 11, 1914.",
                "fields": {"date": "March 11, 1914"}},
               {"slug": "theory", "kind": "event", "title": "Sabotage theory",
                "summary": "Some blamed Ana Vellan, a rigger who died in the fire, on May 6, 1937; "
                           "Holt rejected the theory.",
                "fields": {"suspect": "Ana Vellan, a rigger who died in the fire"}},
               *fillers()]
    with small_pack(tmp_path, "Tern factory fire", entries) as router:
        for question in ("when did dana holt die?", "when did holt pass away?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)
        reply = ask(router, "when did sam reyes die?")
        assert reply.answered and "May 1, 1950" in reply.text, reply.text


def test_a_sum_got_by_a_name_must_be_given_beside_it(tmp_path):
    entries = [{"slug": "acme-ferries", "kind": "company", "title": "Acme Ferries",
                "summary": "Acme Ferries runs the Tern service across the bay."},
               {"slug": "sale", "kind": "event", "title": "Sale of the Tern line",
                "summary": "The Tern line was sold in 2020; Acme Ferries' products business "
                           "went to Osprey Capital.",
                "fields": {"buyer": "Osprey Capital",
                           "harbour_fund": "$1.2 billion paid into the harbour fund"}},
               *fillers()]
    with small_pack(tmp_path, "Tern line sale", entries) as router:
        reply = ask(router, "how much did acme ferries get for selling the tern line?")
        assert not reply.answered, reply.text


def test_a_name_with_an_ampersand_typed_run_together_is_that_name(tmp_path):
    entries = [{"slug": "abc", "kind": "company", "title": "AB&C Inc.",
                "summary": "AB&C is the harbour's ferry operator.", "aliases": ["AB&C", "ABC"]},
               {"slug": "arbitration-offer", "kind": "commitment", "title": "Arbitration offer",
                "summary": "In November 2017 AB&C offered rival operators binding arbitration "
                           "over berth fees.",
                "fields": {"duration": "seven years after the deal closes"}},
               *fillers()]
    with small_pack(tmp_path, "AB&C takeover", entries) as router:
        read = router.services.answerer.read("how many years did abc promise arbitration for?")
        assert any(c.word == "ab c" and c.slug == "abc" for c in read.concepts), read.concepts
        for question in ("how many years did ab&c promise arbitration for?",
                         "how many years did abc promise arbitration for?"):
            reply = ask(router, question)
            assert reply.answered and "seven years" in reply.text, (question, reply.text)


def test_a_fare_per_ride_is_a_sum_for_each_trip(tmp_path):
    entries = [{"slug": "tolls", "kind": "toll", "title": "The $9 toll schedule",
                "summary": "The toll that took effect on January 5, 2025: $9 a day for a car.",
                "fields": {"car_toll": "$9 per day",
                           "ride_hail_surcharge": "$1.50 per trip for ride-hail cars"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport congestion toll", entries) as router:
        read = router.services.answerer.read("ride-hail surcharge per ride into the zone?")
        assert read.qtype == "amount", read.qtype
    assert _rate_given("ride", {"trip"}) and not _rate_given("ride", {"day"})


def test_a_verb_is_held_by_its_noun_in_nd_and_nse():
    from handlers.english import derived
    assert "response" in derived("respond") and "respond" in derived("response")
    assert "defend" in derived("defence") and "offend" in derived("offense")
    assert derived("intense") == [] and "commend" not in derived("commence")


def test_the_name_of_a_spot_where_something_happened_is_the_title(tmp_path):
    entries = [{"slug": "gull-rock", "kind": "site", "title": "Gull Rock (the Tern's last berth)",
                "summary": "Gull Rock is the name given to the spot about 1 km from the harbour "
                           "where the Tern came to rest after the storm.",
                "fields": {"distance_from_harbour": "about 1 km"}},
               *fillers()]
    with small_pack(tmp_path, "Tern grounding", entries) as router:
        read = router.services.answerer.read(
            "whats the name of the spot where the tern finally came to rest")
        assert _thing_called(read.tokens) == ["spot"], read.tokens


def test_short_forms_of_everyday_words_are_read_as_them(tmp_path):
    entries = [{"slug": "accounts", "kind": "figure", "title": "Fake accounts",
                "summary": "Acme staff opened up to 3.5 million accounts without consent.",
                "fields": {"unauthorized_accounts": "up to 3.5 million accounts"}},
               *fillers()]
    with small_pack(tmp_path, "Acme accounts scandal", entries) as router:
        read = router.services.answerer.read("how many fake accts were there in the end")
        assert "accounts" in read.tokens, read.tokens


def test_a_part_asked_is_not_given_by_a_whole(tmp_path):
    entries = [{"slug": "mission-cost", "kind": "budget", "title": "Cost of the Tern mission",
                "summary": "Acme put the total cost of the Tern mission, orbiter and lander, at "
                           "about €1.4 billion.",
                "fields": {"cost": "about €1.4 billion in total"}},
               {"slug": "lander", "kind": "spacecraft", "title": "Osprey lander",
                "summary": "The Tern mission's lander, carried by the orbiter."},
               *fillers()]
    with small_pack(tmp_path, "Tern mission", entries) as router:
        reply = ask(router, "how much did the tern mission cost?")
        assert reply.answered and "1.4 billion" in reply.text, reply.text
        reply = ask(router, "how much did the osprey lander cost on its own?")
        assert not reply.answered, reply.text


def test_a_figure_for_part_one_is_no_figure_for_part_two(tmp_path):
    entries = [{"slug": "interview", "kind": "media", "title": "The Holt interview",
                "summary": "Dana Holt's television interview was shown in two parts in January.",
                "fields": {"viewers": "3.2 million viewers for part one"}},
               *fillers()]
    with small_pack(tmp_path, "Holt doping case", entries) as router:
        reply = ask(router, "how many people watched part one of the holt interview?")
        assert reply.answered and "3.2 million" in reply.text, reply.text
        reply = ask(router, "how many ppl watched part 2 of the holt interview?")
        assert not reply.answered, reply.text


def test_what_someone_did_after_they_left_is_life_after_the_story(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, a Gullport councillor, was the rapporteur of the harbour "
                           "law.",
                "fields": {"role": "Councillor and the law's rapporteur"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour law", entries) as router:
        reply = ask(router, "what did dana holt do after she left the council?")
        assert not reply.answered, reply.text


def test_review_guards_on_the_new_readings():
    # (a time after a particle: the phrasal verb stands, "called it off the next day")
    assert "called_off" in _rewrite("who called it off the next day".split())
    # (a sum "per" an authority is no sum for each one)
    from handlers.declines import _EACH_AFTER
    text = "$40 million per the final audit"
    assert _EACH_AFTER.match(text, 3) is None
    assert _EACH_AFTER.match("$5,000 each to the families", 6)
    # (a ride is a trip, a head a person; not a chair)
    assert _rate_given("head", {"person"}) and not _rate_given("head", {"chair"})
    # (plain "marks" are no money; Deutsche Marks are)
    assert not SHAPES["money"].search("scored 90 marks") and SHAPES["money"].search(
        "30,000 Deutsche Marks")


def test_a_verb_that_only_carries_the_thing_named_asks_nothing(tmp_path):
    entries = [{"slug": "fee-cap", "kind": "event", "title": "Harbour board fee cap (2018)",
                "summary": "On May 3, 2018 the harbour board barred Acme Ferries from raising "
                           "its fees.",
                "fields": {"date": "May 3, 2018", "imposed_by": "the harbour board"},
                "aliases": ["fee cap"]},
               {"slug": "harbour-board", "kind": "agency", "title": "Gullport harbour board",
                "summary": "The board that runs Gullport's harbour.", "aliases": ["the board"]},
               {"slug": "acme-ferries", "kind": "company", "title": "Acme Ferries",
                "summary": "The ferry line serving Gullport."},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries fees", entries) as router:
        reply = ask(router, "when did the board put the fee cap on acme ferries?")
        assert reply.answered and "May 3, 2018" in reply.text, reply.text


def test_a_defendants_sentence_is_what_happened_to_them(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran Acme's branches when the fake accounts were opened.",
                "fields": {"role": "Head of Acme's branches",
                           "sentence": "three years of probation and a $100,000 fine"}},
               *fillers()]
    with small_pack(tmp_path, "Acme accounts scandal", entries) as router:
        reply = ask(router, "what happened to dana holt?")
        assert reply.answered and "probation" in reply.text, reply.text
        # (but not of the time after it)
        reply = ask(router, "what happened to dana holt after she got out?")
        assert not reply.answered, reply.text


def test_who_did_a_deed_an_alias_names_is_answered_by_the_persons_entry(tmp_path):
    entries = [{"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan, Gullport Medal",
                "summary": "A passenger who held a rope across the flooded deck so that twelve "
                           "people could climb out; she was awarded the Gullport Medal.",
                "fields": {"role": "Passenger", "award": "Gullport Medal"},
                "aliases": ["Ana Vellan", "Vellan", "rope bridge"]},
               *fillers()]
    with small_pack(tmp_path, "Tern ferry capsize", entries) as router:
        reply = ask(router, "who got the gullport medal for making a rope bridge")
        assert reply.answered and "Ana Vellan" in reply.text, reply.text
        # (named by her name, the question asks someone else: "who replaced Ana Vellan?")
        reply = ask(router, "who replaced ana vellan?")
        assert not reply.answered, reply.text


def test_a_company_is_mentioned_without_its_legal_form(tmp_path):
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Corporation",
                "summary": "The ferry maker at the heart of the Gullport case.",
                "aliases": ["ACMX", "Acme Corp."]},
               {"slug": "share-fall", "kind": "event",
                "title": "Share fall on the day of the ruling",
                "summary": "On May 3, 2000, Acme shares fell 14.5% as the ruling loomed.",
                "fields": {"share_price_fall": "14.5%"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport v. Acme", entries) as router:
        reply = ask(router, "how much did ACMX stock drop the day of the ruling")
        assert reply.answered and "14.5%" in reply.text, reply.text


def test_a_budget_hole_is_a_shortfall(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Hired in 1999 to rescue the Gullport regatta, she closed its "
                           "projected shortfall.",
                "fields": {"shortfall_on_arrival": "$379 million projected shortfall"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport regatta", entries) as router:
        reply = ask(router, "how big was the budget hole holt inherited")
        assert reply.answered and "$379 million" in reply.text, reply.text


def test_who_was_the_contractor_that_asks_for_an_entry_of_that_kind(tmp_path):
    entries = [{"slug": "launch", "kind": "event", "title": "Launch of the Gullport ferry site",
                "summary": "The Gullport ferry booking site, built for the harbour board, crashed "
                           "on its first morning in October; the main site took weeks to fix.",
                "fields": {"date": "October 1"}, "aliases": ["ferry site", "booking site"]},
               {"slug": "acme-federal", "kind": "contractor", "title": "Acme Federal",
                "summary": "Acme Federal, the firm that built the core of the Gullport ferry site.",
                "fields": {"role": "built the ticketing core of the ferry site"}},
               {"slug": "tern-data", "kind": "contractor", "title": "Tern Data",
                "summary": "The firm that ran the site's data hub."},
               *fillers()]
    with small_pack(tmp_path, "Gullport ferry site", entries) as router:
        reply = ask(router, "who was the contractor that built the main ferry site")
        assert reply.answered and "Acme Federal" in reply.text, reply.text


def test_a_fact_named_for_what_came_next_is_later_life(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, an engineer at Acme, led the team that rescued the Gullport "
                           "booking site in late 2013.",
                "fields": {"role": "led the rescue of the booking site",
                           "next_job": "first head of the Gullport Digital Office, from 2014"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport booking site", entries) as router:
        reply = ask(router, "what happened to dana holt after the rescue?")
        assert reply.answered and "Digital Office" in reply.text, reply.text


def test_what_came_after_the_very_thing_asked_after_is_later_life(tmp_path):
    entries = [{"slug": "holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt led the gang that emptied the Gullport vault in 2003.",
                "fields": {"role": "leader of the gang", "sentence": "ten years"}},
               {"slug": "tern-bay-stop", "kind": "event", "title": "Holt stopped in Tern Bay",
                "summary": "About four months after her early release on parole in 2009, Holt "
                           "was pulled over in Tern Bay with diamonds in her car.",
                "fields": {"release": "Holt had been released early on parole in 2009"},
                "keywords": ["after prison", "parole", "out of jail"]},
               *fillers()]
    with small_pack(tmp_path, "Gullport vault heist", entries) as router:
        reply = ask(router, "what happened to holt after she got out on parole")
        assert reply.answered and "Tern Bay" in reply.text, reply.text


def test_by_how_much_a_contest_was_lost_asks_a_score(tmp_path):
    entries = [{"slug": "regatta-vote", "kind": "vote", "title": "Gullport loses the 1998 regatta",
                "summary": "On June 15, 1991, Tern Bay beat Gullport 46-42 in the final round of "
                           "the vote for the 1998 regatta.",
                "fields": {"date": "June 15, 1991", "winner": "Tern Bay"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt won the 2013 race for mayor of Gullport.",
                "fields": {"role": "Mayor of Gullport from January 1, 2014"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport regatta bid", entries) as router:
        reply = ask(router, "by how much did gullport lose to tern bay for 98")
        assert reply.answered and "46-42" in reply.text, reply.text
        # (a date is no margin)
        reply = ask(router, "by how much did holt win the 2013 mayor's race?")
        assert not reply.answered, reply.text


def test_what_the_thing_of_a_kind_was_called_is_its_title(tmp_path):
    entries = [{"slug": "tern-school", "kind": "gang", "title": "The School of Tern",
                "summary": "The gang of veteran thieves blamed for the Gullport vault heist, led "
                           "by Dana Holt.",
                "fields": {"led_by": "Dana Holt", "members": "Dana Holt, Sam Reyes, Lee Tran"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport vault heist", entries) as router:
        reply = ask(router, "what was the gang called?")
        assert reply.answered and "School of Tern" in reply.text, reply.text


def test_everyday_words_for_failing_writing_and_an_article(tmp_path):
    entries = [{"slug": "signup-bottleneck", "kind": "cause",
                "title": "Account registration bottleneck",
                "summary": "Visitors had to create an account before they could see fares, so "
                           "everyone hit the registration system at once.",
                "fields": {"why": "the browse-first feature was shelved before launch because it "
                                  "failed in testing"}},
               {"slug": "launch", "kind": "event", "title": "Launch of the Gullport ferry site",
                "summary": "The site went live on October 1 and stalled within hours.",
                "aliases": ["launch"]},
               {"slug": "gazette-feature", "kind": "media",
                "title": "Gazette: The Untold Story of the Gullport Vault",
                "summary": "Lee Tran's March 2009 Gazette feature, built on prison interviews.",
                "fields": {"author": "Lee Tran", "date": "March 2009"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport ferry site", entries) as router:
        reply = ask(router, "why did the registration step choke so badly at launch?")
        assert reply.answered and "shelved" in reply.text, reply.text
        reply = ask(router, "who wrote the gazette piece on the vault")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_a_short_form_before_a_number_and_a_hole_in_the_books(tmp_path):
    entries = [{"slug": "banned-uses", "kind": "provision", "title": "Banned uses (Article 5)",
                "summary": "Article 5 of the Gullport harbour code bans six uses of drones.",
                "fields": {"number": "6 banned uses"}, "aliases": ["Article 5"]},
               {"slug": "hole", "kind": "figure", "title": "Size of the hole",
                "summary": "The hole in Acme's accounts is put at about 14 billion euros.",
                "fields": {"amount": "about 14 billion euros"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour code", entries) as router:
        read = router.services.answerer.read("how many uses are banned under art 5")
        assert "article" in read.tokens, read.tokens
        reply = ask(router, "roughly how big was the hole in acme's books?")
        assert reply.answered and "14 billion" in reply.text, reply.text
        read = router.services.answerer.read("roughly how big was the hole in acme's books?")
        assert any("account" in c.alts for c in read.concepts if c.word == "books"), read
        # (a word that is no short form before a number stays: "what art was sold")
        assert "art" in router.services.answerer.read("what art was sold in 2020").tokens


def test_counting_people_aboard_and_miles_and_the_world(tmp_path):
    entries = [{"slug": "tern-blowout", "kind": "incident", "title": "Acme Ferries Tern blowout",
                "summary": "On May 3 a hatch blew out of the Tern, an Acme Ferries boat; it "
                           "returned to Gullport with no deaths.",
                "fields": {"outcome": "Return to Gullport; no one was killed",
                           "speed": "about 20 knots when the hatch blew out"},
                "aliases": ["Tern blowout"], "related": ["people-aboard", "acme-ferries"]},
               {"slug": "people-aboard", "kind": "incident",
                "title": "Passengers and crew of the Tern blowout",
                "summary": "The Tern carried 171 passengers and six crew members.",
                "fields": {"count": "177 people aboard (171 passengers and 6 crew)"},
                "related": ["tern-blowout"]},
               {"slug": "acme-ferries", "kind": "company", "title": "Acme Ferries",
                "summary": "The ferry line that ran the Tern.", "aliases": ["Acme"]},
               {"slug": "grounding", "kind": "regulation", "title": "Grounding of the Tern class",
                "summary": "On May 4 the harbour board grounded every boat of the Tern class.",
                "fields": {"date": "May 4", "count": "About 40 boats worldwide"}},
               *fillers()]
    with small_pack(tmp_path, "Tern blowout", entries) as router:
        # ("no one was killed" counts the dead, which "on the boat" does not ask)
        reply = ask(router, "how many people were on the acme boat when the hatch blew out")
        assert not reply.answered or "177" in reply.text, reply.text
        # (a count of people is no count of a unit)
        reply = ask(router, "how many miles do i need for an acme ferries companion fare lol")
        assert not reply.answered, reply.text
        reply = ask(router, "how many boats around the world were grounded?")
        assert reply.answered and "40 boats" in reply.text, reply.text
        read = router.services.answerer.read("how many boats around the world were grounded?")
        assert any("worldwid" in c.alts for c in read.concepts), read.concepts
    assert _a_unit("miles") and _a_unit("kg") and not _a_unit("critters")


def test_how_an_officials_part_ended_is_what_happened_to_them(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Gullport's harbour secretary from 2017, responsible for ferry fares.",
                "fields": {"role": "Harbour secretary, 2017-2019", "resigned": "18 December 2019"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Gullport's sports minister, whose ministry ran the cover-up.",
                "fields": {"role": "Minister of Sport", "ban": "Life ban from the regatta, 2017"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport fares affair", entries) as router:
        reply = ask(router, "what happened to dana holt")
        assert reply.answered and "18 December 2019" in reply.text, reply.text
        reply = ask(router, "what happened to reyes after the report came out?")
        assert reply.answered and "Life ban" in reply.text, reply.text
        # (but not of a time past their own fate)
        reply = ask(router, "what happened to holt after she resigned?")
        assert not reply.answered, reply.text
        # ("the gullport pm" is a prime minister; "at 9 pm" a time)
        assert "prime" in router.services.answerer.read("who was the gullport pm").tokens
        assert "prime" not in router.services.answerer.read("what happened at 9 pm").tokens


def test_leaving_a_post_after_an_event_is_told_by_the_event(tmp_path):
    entries = [{"slug": "review", "kind": "inquiry", "title": "Tern review of the Acme contract",
                "summary": "An independent review for the Acme board by Tern Audit, published on "
                           "28 September 2012; it found the staffing plan ineffective, and Dana "
                           "Holt and Sam Reyes resigned.",
                "fields": {"by": "Tern Audit, for the Acme board",
                           "publication_date": "28 September 2012"}},
               *fillers()]
    with small_pack(tmp_path, "Acme contract", entries) as router:
        reply = ask(router, "which acme execs quit after the tern review?")
        assert reply.answered and "Holt" in reply.text, reply.text
        # (but where someone went to live after it is no consequence the review tells)
        reply = ask(router, "where did holt go to live after the tern review?")
        assert not reply.answered, reply.text


def test_the_biggest_is_the_largest(tmp_path):
    entries = [{"slug": "fines", "kind": "figure", "title": "Total Gullport rate fines",
                "summary": "Banks paid about $9 billion in fines over the rigged Gullport rate.",
                "fields": {"total": "about $9 billion",
                           "largest_fine": "Acme Bank, $2.5 billion (April 23, 2015)"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport rate rigging", entries) as router:
        reply = ask(router, "biggest single gullport rate fine - which bank and how much?")
        assert reply.answered and "$2.5 billion" in reply.text, reply.text


def test_tins_are_cans_and_telling_someone_is_saying(tmp_path):
    entries = [{"slug": "can-limit", "kind": "law", "title": "Gullport two-can limit (2013)",
                "summary": "From March 1, 2013 Gullport limited anyone leaving the port to two "
                           "cans of infant formula.",
                "fields": {"limit": "two cans of infant formula per person"}},
               {"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "The port's spokesman, fired in April 2016 after telling a trade "
                           "magazine that no one sober would promise an opening date.",
                "fields": {"role": "press spokesman", "fired": "April 2016"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport formula rules", entries) as router:
        reply = ask(router, "how many tins of formula can u take out of gullport")
        assert reply.answered and "two cans" in reply.text, reply.text
    assert SHAPES["quote"].search("after telling a trade magazine that no one would")


def test_an_entry_answering_which_one_says_its_name(tmp_path):
    entries = [{"slug": "tern-film", "kind": "documentary", "title": "Tern (2017 documentary)",
                "summary": "A film by Lee Tran that began as an experiment and became the story "
                           "of Dana Holt's flight from Gullport. It won the Gullport Film Award.",
                "fields": {"subject_person": "Dana Holt"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport regatta doping", entries) as router:
        reply = ask(router, "which film about holt won the gullport film award")
        assert reply.answered and "Tern (2017 documentary)" in reply.text, reply.text
        # (not "which people": the fact naming them answers, not the entry's own name)
        reply = ask(router, "which film makers worked on the film about holt")
        assert not reply.text.startswith("Name: Tern"), reply.text


def test_who_held_a_post_the_best_entry_never_names_is_found_further_down(tmp_path):
    entries = [{"slug": "holt-inquiry", "kind": "inquiry", "title": "The Holt public inquiry",
                "summary": "The public inquiry was set up by the harbour minister shortly after "
                           "the Tern sinking. Hearings were held in Gullport and began in 1989, "
                           "ending in 1990 after 180 days of evidence from survivors and "
                           "managers; the public inquiry sat in two parts."},
               {"slug": "dana-holt", "kind": "person", "title": "Judge Dana Holt",
                "summary": "Dana Holt, a judge of the Gullport court, was appointed to lead the "
                           "inquiry into the sinking; she later chaired the inquiry into the "
                           "pier collapse.",
                "keywords": ["judge", "inquiry chair", "chaired the inquiry", "chair"]},
               *fillers()]
    with small_pack(tmp_path, "Tern sinking", entries) as router:
        reply = ask(router, "Who chaired the public inquiry?")
        assert reply.answered and "Holt" in reply.text, reply.text


def test_a_bounty_is_a_reward_and_delivered_is_bound_for(tmp_path):
    entries = [{"slug": "holt-manhunt", "kind": "event", "title": "Manhunt for Dana Holt",
                "summary": "Police offered a reward of 500 million won for Dana Holt, the largest "
                           "ever offered for a fugitive in Gullport."},
               {"slug": "tern-cargo", "kind": "event", "title": "The Tern's cargo",
                "summary": "The Tern carried crude oil from Tern Bay. The oil was bound for the "
                           "Acme refinery in Gullport."},
               *fillers()]
    with small_pack(tmp_path, "Tern sinking", entries) as router:
        reply = ask(router, "How large was the bounty on Dana Holt?")
        assert reply.answered and "500 million won" in reply.text, reply.text
        reply = ask(router, "Where was the oil meant to be delivered?")
        assert reply.answered and "Acme refinery" in reply.text, reply.text


def test_a_payoff_or_a_bail_asks_for_a_sum(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Acme's operations chief, who ran the Gullport contract day to day; "
                           "he resigned on 28 September 2012.",
                "fields": {"role": "operations chief", "resignation_date": "28 September 2012"}},
               {"slug": "holt-arrest", "kind": "event", "title": "Arrest of Dana Holt",
                "summary": "Dana Holt was arrested in Gullport in April 2022.",
                "fields": {"holt_bail": "$100 million bond ($5 million cash)"}},
               *fillers()]
    with small_pack(tmp_path, "Acme contract failure", entries) as router:
        reply = ask(router, "what was the payoff lee tran got?")
        assert not reply.answered, reply.text
        reply = ask(router, "what was dana holt's bail?")
        assert reply.answered and "$100 million" in reply.text, reply.text


def test_an_hourly_rate_is_a_sum_for_an_hour(tmp_path):
    entries = [{"slug": "guard-contract", "kind": "contract", "title": "Acme guard contract",
                "summary": "Gullport gave Acme the guard contract in 2010, worth up to "
                           "£284 million for 10,400 guards.",
                "fields": {"value": "up to £284 million", "guards": "10,400 guards"}},
               {"slug": "tern-crew", "kind": "figure", "title": "Tern crew pay",
                "summary": "The Tern's deckhands were paid £9 an hour.",
                "fields": {"deckhand_rate": "£9 an hour"}},
               *fillers()]
    with small_pack(tmp_path, "Acme guard contract", entries) as router:
        reply = ask(router,
                    "what hourly rate were acme's gullport guards paid under the contract?")
        assert not reply.answered, reply.text
        reply = ask(router, "what hourly rate were the tern deckhands paid?")
        assert reply.answered and "£9 an hour" in reply.text, reply.text
        # (an annual budget may be a budget whose fact names no period)
        assert ask(router, "what was the annual value of the acme guard contract?").answered


def test_paid_off_real_name_and_taken_off_a_list(tmp_path):
    entries = [{"slug": "holt-settlement", "kind": "settlement", "title": "Dana Holt settlement",
                "summary": "In 2008 Acme Papers paid Dana Holt about £700,000 in damages and "
                           "costs to settle her claim in secret.",
                "fields": {"amount": "about £700,000 in damages and legal costs"}},
               {"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran, born Sam Reyes, founded the Tern cult in 1984.",
                "fields": {"birth_name": "Sam Reyes", "founded": "the Tern cult, 1984"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Papers hacking", entries) as router:
        reply = ask(router, "how much was dana holt paid off?")
        assert reply.answered and "£700,000" in reply.text, reply.text
        reply = ask(router, "whats lee tran's real name")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text
    # "take the pier off the list": off the list is where from, and the pier is removed
    assert "take_off" in _rewrite("when did they take the pier off the list".split())
    assert "remove" in IDIOMS[("take", "off")]
    # (not "kick Acme off the board": kicking off starts something)
    assert "kick_off" not in _rewrite("why did they kick acme off the board".split())


def test_a_name_word_that_stems_as_a_small_word_is_not_held_by_it(tmp_path):
    # ("Wa" stems as "was" does)
    entries = [{"slug": "gull-cult", "kind": "group", "title": "Gull cult",
                "summary": "The Gull cult was founded in 1984 by Dana Holt and was renamed in "
                           "2000.",
                "fields": {"members": "It claimed over 9,000 members in 1995",
                           "successors": "Osprey no Wa (2007)"}},
               {"slug": "osprey-no-wa", "kind": "group", "title": "Osprey no Wa",
                "summary": "A splinter group founded in 2007 by Lee Tran, which says it has "
                           "rejected Holt."},
               *fillers()]
    with small_pack(tmp_path, "Gull cult attack", entries) as router:
        reply = ask(router, "how many members does osprey no wa have?")
        assert not reply.answered, reply.text


def test_a_sum_paid_so_far_is_not_a_fund_size(tmp_path):
    entries = [{"slug": "victim-fund", "kind": "fund", "title": "Tern victims' fund",
                "summary": "A court set up a $125 million fund for the Tern's victims in 2017, "
                           "run by Lee Tran.",
                "fields": {"funds": "$125 million", "administrator": "Lee Tran"}},
               {"slug": "pier-scheme", "kind": "scheme", "title": "Gullport pier scheme",
                "summary": "The pier scheme compensates traders; about $65 million paid by "
                           "early 2025.",
                "fields": {"amount_paid": "About $65 million paid by early 2025"}},
               *fillers()]
    with small_pack(tmp_path, "Tern sinking", entries) as router:
        reply = ask(router,
                    "how much has lee tran actually paid out of the tern victims fund so far?")
        assert not reply.answered, reply.text
        reply = ask(router, "how much has the gullport pier scheme paid out so far?")
        assert reply.answered and "$65 million" in reply.text, reply.text
        # (a sum agreed answers what was agreed)
        assert ask(router, "how big is the tern victims fund?").answered


def test_a_lady_or_a_guy_asked_is_any_person(tmp_path):
    entries = [{"slug": "harbour-board", "kind": "agency", "title": "Gullport Harbour Board",
                "summary": "The board licenses ferries in Gullport. It refused the Tern a "
                           "licence in 1961.",
                "fields": {"decision_by": "Ana Vellan, licensing officer",
                           "outcome": "The Tern was not licensed until 1998"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "The Gullport Harbour Board licensing officer who refused the Tern a "
                           "licence in 1961."},
               *fillers()]
    with small_pack(tmp_path, "Tern ferry", entries) as router:
        reply = ask(router, "who was the harbour board lady that refused the tern a licence?")
        assert reply.answered and "Ana Vellan" in reply.text, reply.text
    # (a body whose facts name no one: the person's own entry further down answers)
    del entries[0]["fields"]
    with small_pack(tmp_path / "plain", "Tern ferry", entries) as router:
        reply = ask(router, "who was the harbour board lady that refused the tern a licence?")
        assert reply.answered and "Ana Vellan" in reply.text, reply.text


def test_a_sum_of_the_year_asked_before_one_of_other_years(tmp_path):
    entries = [{"slug": "holt-settlement", "kind": "settlement",
                "title": "$4.85 billion Acme settlement (2007)",
                "summary": "On November 9, 2007 Acme agreed to pay $4.85 billion to resolve "
                           "the Tern lawsuits, without admitting fault.",
                "fields": {"date": "November 9, 2007", "amount": "$4.85 billion",
                           "interim_payments": "began August 2008; by July 31, 2009 over "
                                               "$1.23 billion had gone to claimants"}},
               *fillers()]
    with small_pack(tmp_path, "Tern lawsuits", entries) as router:
        reply = ask(router, "how much did acme pay to settle the tern suits in 2007?")
        assert reply.answered and "$4.85 billion" in reply.text, reply.text


def test_who_took_over_from_someone_is_not_their_predecessor(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran ran Acme for $1 a year from 2008 to 2009.",
                "fields": {"successor": "Sam Reyes", "role": "chief executive of Acme"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes ran Acme from August 2009 until he stepped down in 2014.",
                "fields": {"predecessor": "Lee Tran", "role": "chief executive of Acme"},
                "related": ["lee-tran"]},
               *fillers()]
    with small_pack(tmp_path, "Acme bailout", entries) as router:
        reply = ask(router, "who took over from sam reyes as ceo?")
        assert not reply.answered, reply.text
        reply = ask(router, "who took over from lee tran as ceo?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text
        reply = ask(router, "who ran acme before sam reyes?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_a_bodys_chief_from_a_later_year_did_not_hold_the_post_then(tmp_path):
    entries = [{"slug": "tern-air", "kind": "airline", "title": "Tern Air",
                "summary": "Gullport's national carrier operated flight GT4417 when it vanished "
                           "in March 2014; it was restructured in 2015.",
                "fields": {"ceo_from_2015": "Lee Tran, formerly of Acme Airways",
                           "restructuring": "A new company took over the airline in 2015"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Air flight GT4417 disappearance (March 2014)",
                    entries) as router:
        reply = ask(router, "who was the tern air ceo when the flight vanished?")
        assert not reply.answered, reply.text
        reply = ask(router, "who became tern air's ceo in 2015?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_a_remark_of_the_askers_own_is_not_split_into_questions():
    from handlers.parts import parts_and_asides

    assert parts_and_asides("how many died in the gullport fog? ive seen 4k and 12k both "
                            "quoted") == [("how many died in the gullport fog", False),
                                          ("ive seen 4k and 12k both quoted", True)]
    # ("...? date and time pls" still asks each of the question before it)
    assert parts_and_asides("when did the tank blow? date and time pls") == [
        ("when did the tank blow date", False), ("when did the tank blow time", False)]


def test_the_storys_own_place_need_not_be_named_by_an_entry(tmp_path):
    entries = [{"slug": "arrests", "kind": "figure", "title": "Arrests during the protests",
                "summary": "Police made 761 arrests over about six months of protests, from "
                           "August 2016 to February 2017.",
                "fields": {"total": "761 arrests over six months"}},
               {"slug": "veterans", "kind": "event", "title": "Veterans arrive",
                "summary": "About 2,000 veterans joined the camps at Gull Rock standing with "
                           "the protesters in December 2016.",
                "fields": {"number": "about 2,000 veterans"}},
               *fillers()]
    with small_pack(tmp_path, "Pipeline protests at Gull Rock (2016-2017)", entries) as router:
        reply = ask(router, "how many ppl got arrested at gull rock overall")
        assert reply.answered and "761 arrests" in reply.text, reply.text


def test_a_sentence_length_is_what_happened_too(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee M. Tran",
                "summary": "Acme's chief financial officer, who pleaded guilty in 2009 and "
                           "testified against Dana Holt.",
                "fields": {"role": "chief financial officer of Acme",
                           "maximum_sentence": "30 years",
                           "sentence_length": "five years in prison"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ponzi scheme", entries) as router:
        reply = ask(router, "what happened to lee tran?")
        assert reply.answered and "five years" in reply.text, reply.text


def test_a_known_short_form_typed_in_lower_case_is_spelt_out(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee M. Tran",
                "summary": "Acme's chief financial officer, who pleaded guilty in 2009.",
                "fields": {"role": "chief financial officer of Acme"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ponzi scheme", entries) as router:
        reply = ask(router, "who was acme's cfo?")
        assert reply.answered and "Lee M. Tran" in reply.text, reply.text


def test_a_distance_said_long_or_wide_is_no_depth(tmp_path):
    entries = [{"slug": "pier-hole", "kind": "event", "title": "Gullport pier collapse",
                "summary": "On February 7 a hole opened in the Gullport pier deck.",
                "fields": {"hole_size": "about 200 feet long and nearly the full 180-foot "
                                        "width of the deck"}},
               {"slug": "tern-wreck", "kind": "site", "title": "Tern wreck site",
                "summary": "The Tern lies 80 metres deep off Gull Island.",
                "fields": {"where": "off Gull Island"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport pier collapse", entries) as router:
        reply = ask(router, "how deep was the hole in the gullport pier?")
        assert not reply.answered, reply.text
        reply = ask(router, "how deep is the tern wreck?")
        assert reply.answered and "80 metres" in reply.text, reply.text


def test_a_lunch_spot_near_the_office_is_office_chat(tmp_path):
    entries = [{"slug": "harbour-agency", "kind": "agency", "title": "Gullport Harbour Agency",
                "summary": "The agency's Office of Harbour Safety, near the old pier, warned "
                           "Acme in 2001 about the Tern's engines; its officials spotted the "
                           "fault first, a good call, anyone agreed.",
                "fields": {"officials": "Lee Tran (Office of Harbour Safety)",
                           "warning_letter": "September 17, 2001"}},
               *fillers()]
    with small_pack(tmp_path, "Tern withdrawal", entries) as router:
        for text in ("anyone know a good ramen spot near the office?",
                     "what's a good lunch spot near the office"):
            reply = ask(router, text)
            assert not reply.answered, (text, reply.text)


def test_a_cup_final_is_sport_chat(tmp_path):
    entries = [{"slug": "miners-suit", "kind": "lawsuit", "title": "Miners' civil lawsuit",
                "summary": "31 of the 33 Gullport miners sued the state; the final ruling came "
                           "in 2018, when the court said the world had watched them.",
                "fields": {"first_ruling": "2018: the court ordered 80 million pesos"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport mine rescue", entries) as router:
        reply = ask(router, "who won the 2018 world cup final?")
        assert not reply.answered, reply.text


def test_the_money_a_sum_is_asked_in_is_no_word_the_store_must_use(tmp_path):
    # ("how much damage did it do, in yen?", "in $ terms": how to write the sum, not a thing)
    entries = [{"slug": "quake-damage", "kind": "figure", "title": "Damage from the quake",
                "summary": "The prefecture put direct damage at about ¥9.9 trillion, the "
                           "costliest disaster on record in Gullport.",
                "fields": {"cost": "about ¥9.9 trillion (about $100 billion)"}},
               {"slug": "acme-fraud", "kind": "event", "title": "The Acme fraud",
                "summary": "Acme sold about $7 billion of bogus deposits over 20 years."},
               *fillers()]
    with small_pack(tmp_path, "Gullport quake", entries) as router:
        for text, slug, sum_ in (("how much damage did the quake do in total, in yen?",
                                  "quake-damage", "¥9.9 trillion"),
                                 ("how much damage did the quake do, in US dollars?",
                                  "quake-damage", "$100 billion"),
                                 ("how big was the acme fraud in $ terms", "acme-fraud",
                                  "$7 billion")):
            reply = ask(router, text)
            assert reply.answered and reply.entries[0] == slug and sum_ in reply.text, (
                text, reply.text)


def test_in_front_of_says_where_not_what(tmp_path):
    # ("when did Holt testify in front of congress?": "in front of" is "before"; no "front"
    # the entry must hold)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "President of Acme from June 2009, who apologised in person to the "
                           "House harbour committee.",
                "fields": {"role": "President of Acme (from June 2009)",
                           "testified": "February 24, 2010, before the House harbour committee"}},
               {"slug": "front-office", "kind": "unit", "title": "Acme front office",
                "summary": "The front office of Acme answered the congress of pilots in 2011; "
                           "Dana Holt ran it."},
               {"slug": "holt-recall", "kind": "event", "title": "The Holt recall",
                "summary": "Dana Holt recalled 8 million Acme cars in 2010 after Holt's "
                           "engineers found sticking pedals."},
               *fillers()]
    with small_pack(tmp_path, "Acme recalls", entries) as router:
        reply = ask(router, "when did dana holt testify in front of congress")
        assert reply.answered and reply.entries[0] == "dana-holt" and (
            "February 24, 2010" in reply.text), reply.text


def test_a_fact_named_for_someones_quote_is_what_they_said(tmp_path):
    # ("what did Holt tell the MPs?": her `holt_quote`, its quote marks lost to the YAML that
    # wrote it, is what she said, though it names another body)
    entries = [{"slug": "holt-hearing", "kind": "event", "title": "Holt questioned by MPs",
                "summary": "On 19 July 2011 Dana Holt and Sam Reyes gave evidence to the harbour "
                           "committee; a protester threw a pie.",
                "fields": {"date": "19 July 2011",
                           "witnesses": "Dana Holt and Sam Reyes",
                           "holt_quote": "This is the most humble day of my life at Acme."}},
               *fillers()]
    with small_pack(tmp_path, "Gullport hacking", entries) as router:
        reply = ask(router, "what did dana holt tell the harbour committee?")
        assert reply.answered and "most humble day" in reply.text, reply.text


def test_tv_is_television(tmp_path):
    assert "television" in synonyms_of("tv")
    entries = [{"slug": "holt-address", "kind": "document",
                "title": "Holt's television address on the pier (October 22, 2012)",
                "summary": "Holt's nationally televised speech, which disclosed the cracks in "
                           "the pier and announced its closure.",
                "fields": {"date": "October 22, 2012, 7 p.m.", "duration": "about 18 minutes"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Mayor of Gullport from 2010 to 2014, who closed the north pier."},
               *fillers()]
    with small_pack(tmp_path, "Gullport pier closure", entries) as router:
        reply = ask(router, "When did holt go on TV to tell the town about the cracks?")
        assert reply.answered and "October 22, 2012" in reply.text, reply.text


def test_an_entry_of_the_kind_asked_names_it_in_its_title(tmp_path):
    # ("which building on harbour street survived?": a building's own entry gives its name in
    # its title, though its summary calls it "one of the few buildings")
    entries = [{"slug": "gull-tower", "kind": "building", "title": "Gull Water Tower",
                "summary": "The limestone tower on Harbour Street, finished in 1869, one of the "
                           "few buildings in the burned district to survive the fire.",
                "fields": {"built": "1869", "location": "806 Harbour Street"}},
               {"slug": "the-fire", "kind": "event", "title": "The Gullport fire",
                "summary": "The fire burned for two days in October 1871 and destroyed "
                           "17,500 buildings."},
               *fillers()]
    with small_pack(tmp_path, "Gullport fire", entries) as router:
        reply = ask(router, "which famous building on harbour street made it through the fire?")
        assert reply.answered and reply.entries[0] == "gull-tower", reply.text


def test_a_code_typed_joined_is_the_code_the_store_writes_apart(tmp_path):
    # ("who was the u2 pilot?" of a store that writes "U-2"; a fact named `u2_shootdown`
    # elsewhere keeps "u2" a known word, so only the rewriting finds the pilot)
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Harbour Air Force U-2 pilot shot down over Gull Island on October "
                           "27, 1962, the only person killed in the stand-off.",
                "fields": {"rank": "Major, Harbour Air Force", "aircraft": "U-2"}},
               {"slug": "black-saturday", "kind": "event", "title": "Black Saturday",
                "summary": "The worst day of the stand-off, October 27, 1962.",
                "fields": {"u2_shootdown": "a spy plane was downed over Gull Island",
                           "pilot_rescue": "none"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Island stand-off", entries) as router:
        reply = ask(router, "who was the u2 pilot that got shot down")
        assert reply.answered and reply.entries[0] == "lee-tran", reply.text


def test_a_mayor_removed_from_office_is_what_happened_to_him(tmp_path):
    # ("what happened to mayor Holt after all this?": a recall vote that removed him ends his
    # story, as a resignation or a sentence does)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was mayor of Gullport at the time of the crush; he "
                           "refused to resign and was never charged.",
                "fields": {"role": "Mayor of Gullport, 2004-2012",
                           "stance": "Refused calls to resign after the crush",
                           "removed_by": "Recall vote of Gullport's citizens on 12 February 2012"}},
               {"slug": "the-crush", "kind": "event", "title": "The Gullport crush",
                "summary": "21 people died in a crush at the Gullport festival in July 2010."},
               *fillers()]
    with small_pack(tmp_path, "Gullport festival crush", entries) as router:
        reply = ask(router, "what happened to mayor holt after all this")
        assert reply.answered and "Recall vote" in reply.text, reply.text


def test_after_the_story_itself_is_no_succession(tmp_path):
    # ("who chaired the rebuilding task force after Tern?" of a pack on storm Tern: in the
    # storm's wake, not who took over from someone called Tern)
    entries = [{"slug": "tern-task-force", "kind": "agency",
                "title": "Storm Tern Rebuilding Task Force",
                "summary": "Created on December 7, 2012 to coordinate rebuilding, chaired by "
                           "housing secretary Lee Tran.",
                "fields": {"created": "December 7, 2012", "chair": "Lee Tran, housing secretary"}},
               {"slug": "tern", "kind": "storm", "title": "Storm Tern",
                "summary": "Storm Tern struck Gullport on October 29, 2012."},
               *fillers()]
    with small_pack(tmp_path, "Storm Tern", entries) as router:
        reply = ask(router, "who chaired the federal rebuilding task force after Tern?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_lift_off_is_a_launch_and_philly_philadelphia(tmp_path):
    entries = [{"slug": "gx-61", "kind": "mission", "title": "GX-61, the first repair flight",
                "summary": "The shuttle Osprey's flight of December 2-13, 1993 that fixed the "
                           "telescope.",
                "fields": {"launch_date": "December 2, 1993, 4:27 a.m.",
                           "landing_date": "December 13, 1993"}},
               {"slug": "gull-convention", "kind": "event", "title": "The Gull Legion convention",
                "summary": "The Gull Legion's convention met in Philadelphia on July 21-24, 1976.",
                "fields": {"date": "July 21-24, 1976", "city": "Philadelphia"}},
               *fillers()]
    with small_pack(tmp_path, "Gull telescope", entries) as router:
        reply = ask(router, "when did gx-61 lift off")
        assert reply.answered and "December 2, 1993" in reply.text, reply.text
        reply = ask(router, "when was the gull legion convention in philly?")
        assert reply.answered and "July 21-24, 1976" in reply.text, reply.text


def test_a_tanker_is_a_ship(tmp_path):
    assert "ship" in synonyms_of("tanker")
    entries = [{"slug": "gull-atlantic", "kind": "research",
                "title": "Gull Atlantic CO2 tanker project",
                "summary": "An Acme research project, begun in 1979, that fitted a supertanker "
                           "with instruments to measure carbon dioxide in the air.",
                "fields": {"started": "1979", "ended": "1982",
                           "ship": "Gull Atlantic, a very large crude carrier sailing "
                                   "between Gullport and Tern Bay"}},
               {"slug": "acme", "kind": "company", "title": "Acme Oil",
                "summary": "The oil company whose scientists would measure CO2 in the air.",
                "aliases": ["Acme"]},
               *fillers()]
    with small_pack(tmp_path, "Acme climate research", entries) as router:
        reply = ask(router, "what was the name of the tanker acme used to measure co2?")
        assert reply.answered and "Ship: Gull Atlantic" in reply.text, reply.text


def test_the_highest_is_the_peak_and_recorded_asks_nothing_more(tmp_path):
    assert "peak" in synonyms_of("highest")
    entries = [{"slug": "share-price", "kind": "figure",
                "title": "Gull Company share price in 1720",
                "summary": "Gull stock stood at £128 in January 1720 and fell to £150 by the "
                           "end of September.",
                "fields": {"price_january_1720": "£128 a share",
                           "peak_price": "about £1,050 a share (June 1720)",
                           "price_22_august_1720": "£820 a share"}},
               {"slug": "harbour-toll", "kind": "figure", "title": "Human toll",
                "summary": "No one died directly, but 193 people, mostly children, developed "
                           "chloracne.",
                "fields": {"chloracne_cases": "193, mostly children",
                           "animals_dead": "3,300 animals within days"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Company bubble", entries) as router:
        reply = ask(router, "whats the highest the gull stock got to in 1720?")
        assert reply.answered and "£1,050" in reply.text.split("\n")[0], reply.text
        reply = ask(router, "How many chloracne cases were recorded?")
        assert reply.answered and "193" in reply.text, reply.text


def test_bringing_charges_is_suing_and_a_finding_is_what_a_body_said(tmp_path):
    entries = [{"slug": "regulator-suit", "kind": "case", "title": "Regulator v. Acme (2003)",
                "summary": "On March 19, 2003 the regulator sued Acme in federal court, alleging "
                           "it had overstated its earnings by $1.4 billion.",
                "fields": {"filed_date": "March 19, 2003",
                           "court": "US District Court, Gullport"}},
               {"slug": "regulator", "kind": "agency", "title": "The Harbour Regulator",
                "summary": "The regulator oversees listed companies in Gullport.",
                "aliases": ["regulator"]},
               {"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "A hospital chain based in Gullport."},
               {"slug": "board-inquiry", "kind": "inquiry", "title": "The Tern board inquiry",
                "summary": "The board's inquiry into the Tern sinking reported in May 2022.",
                "fields": {"chair": "Lee Tran",
                           "finding": "The Tern sank because her bow doors were left open"}},
               *fillers()]
    with small_pack(tmp_path, "Acme fraud", entries) as router:
        reply = ask(router, "When did the regulator first bring charges against Acme?")
        assert reply.answered and "March 19, 2003" in reply.text, reply.text
        reply = ask(router, "what did the board inquiry say about the tern?")
        assert reply.answered and "bow doors" in reply.text, reply.text


def test_called_now_asks_the_name_taken_later(tmp_path):
    entries = [{"slug": "acme-health", "kind": "company", "title": "Acme Health Corporation",
                "summary": "Acme Health was a Gullport hospital company founded in 1984 whose "
                           "accounting fraud came to light in 2003.",
                "fields": {"founded": "1984", "headquarters": "Gullport",
                           "later_name": "Tern Health (from January 2018)"}},
               {"slug": "the-family", "kind": "scheme", "title": "Filling the gap",
                "summary": "Finance staff who called themselves 'the family' faked Acme Health's "
                           "numbers each quarter."},
               {"slug": "gull-clinic", "kind": "company", "title": "Gull Clinic",
                "summary": "A clinic in Gullport that Acme Health bought in 1990."},
               *fillers()]
    with small_pack(tmp_path, "Acme Health fraud", entries) as router:
        reply = ask(router, "whats acme health called now?")
        assert reply.answered and "Tern Health" in reply.text.split("\n")[0], reply.text
        reply = ask(router, "what's gull clinic called nowadays?")
        assert not reply.answered, reply.text


def test_a_number_typed_without_its_comma_and_the_gop(tmp_path):
    entries = [{"slug": "span-change", "kind": "event", "title": "Main span lengthened (1900)",
                "summary": "In 1900 Lee Tran lengthened the Gull bridge's main span.",
                "fields": {"original_span": "1,600 ft", "new_span": "1,800 ft",
                           "reason": "Cheaper pier foundations in shallower water"}},
               {"slug": "convictions", "kind": "figure", "title": "Members convicted",
                "summary": "Seven members of the harbour council were convicted.",
                "fields": {"party_split": "6 Democrats and 1 Republican (Dana Holt)"}},
               *fillers()]
    with small_pack(tmp_path, "Gull bridge", entries) as router:
        reply = ask(router, "why did tran make the span 1800 ft instead of 1600")
        assert reply.answered and "shallower water" in reply.text, reply.text
        reply = ask(router, "who was the only GOP member convicted")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_a_messages_text_is_what_it_said(tmp_path):
    entries = [{"slug": "tran-telegram", "kind": "event",
                "title": "Tran's stop-work telegram (August 29, 1907)",
                "summary": "On the day of the collapse Lee Tran wired Acme to stop loading the "
                           "bridge; the warning came too late.",
                "fields": {"date": "August 29, 1907", "by": "Lee Tran", "sent_to": "Acme",
                           "text": "Add no more load to bridge till after due consideration.",
                           "outcome": "No order to stop work reached the crews"}},
               *fillers()]
    with small_pack(tmp_path, "Gull bridge", entries) as router:
        reply = ask(router, "what exactly did trans telegram say on the day it fell")
        assert reply.answered and "Add no more load" in reply.text.split("\n")[0], reply.text


def test_what_someone_died_of_needs_a_cause_of_death(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Director of the Gullport factory hospital, who reported the first "
                           "cases in 1956 and gave evidence shortly before his death.",
                "fields": {"role": "hospital director", "died": "1970"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "A Gullport girl who died in 1985 at the age of 9 of a rare form of "
                           "childhood leukemia.",
                "fields": {"died": "1985, at age 9"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport mercury poisoning", entries) as router:
        reply = ask(router, "what did dr lee tran die of")
        assert not reply.answered, reply.text
        reply = ask(router, "who was ana vellan and what did she die of")
        assert reply.answered and "leukemia" in reply.text, reply.text


def test_what_a_thing_is_called_before_a_clause_and_the_story_as_a_place(tmp_path):
    entries = [{"slug": "gull-tunnel", "kind": "place", "title": "Gull Street tunnel",
                "summary": "The road tunnel under the railway through which visitors reached "
                           "the festival ground; the crush happened at its ramp.",
                "fields": {"length": "about 400 m"}},
               {"slug": "gullfest", "kind": "company", "title": "Gullfest",
                "summary": "The company that organised the Gullport festival."},
               {"slug": "report", "kind": "report", "title": "Inquiry report",
                "summary": "The final report of the inquiry blamed the planning."},
               {"slug": "deaths", "kind": "figure", "title": "Death toll",
                "summary": "Twenty-one people died in the crush and 650 were hurt.",
                "fields": {"deaths": "21 people", "injured": "650"}},
               *fillers()]
    with small_pack(tmp_path, "Gullfest crush (Gullport, 2010)", entries) as router:
        reply = ask(router, "whats the tunnel called where it all happend")
        assert reply.answered and "Gull Street tunnel" in reply.text, reply.text
        reply = ask(router, "whats the final death toll at gullfest")
        assert reply.answered and "21 people" in reply.text, reply.text
        # (a thing no entry names, typed where the story happened, is still asked)
        assert not ask(router, "how pure was the air in the tunnel, like what percent?").answered


def test_the_story_itself_named_by_a_question_and_everyday_phrasal_verbs(tmp_path):
    entries = [{"slug": "takeover", "kind": "deal", "title": "Acme's takeover of Osprey",
                "summary": "Acme agreed in 2022 to buy Osprey for $69 billion.",
                "aliases": ["the merger", "the takeover"],
                "fields": {"price": "$95 a share"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "A federal judge in Gullport who heard the regulator's request to "
                           "halt the deal and denied it in July 2023.",
                "fields": {"court": "Gullport district court"}},
               {"slug": "holt-exit", "kind": "event", "title": "Acme ousts Dana Holt",
                "summary": "Acme's board ousted its chief executive Dana Holt in 2019.",
                "fields": {"date": "December 23, 2019",
                           "payment": "Holt left with no severance but stock worth $62 million",
                           "earlier_step": "The board had stripped Holt of the chair in October"}},
               {"slug": "wreckage", "kind": "event", "title": "First wreckage found",
                "summary": "A flap from the Osprey jet was found on a Tern Island beach.",
                "fields": {"date": "July 29, 2015", "where": "Tern Island"}},
               {"slug": "medic", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran, a doctor from Gullport, sedated each diver before the "
                           "swim out.",
                "fields": {"role": "Sedated the divers with ketamine"}},
               *fillers()]
    with small_pack(tmp_path, "Acme's takeover of Osprey", entries) as router:
        reply = ask(router, "who was the judge that turned down the request to halt the merger")
        assert reply.answered and "Ana Vellan" in reply.text, reply.text
        reply = ask(router, "what did holt walk away with when the board pushed her out?")
        assert reply.answered and "$62 million" in reply.text.split("\n")[0], reply.text
        reply = ask(router, "when did the first wreckage turn up")
        assert reply.answered and "July 29, 2015" in reply.text, reply.text
        reply = ask(router, "what did the doctor use to knock the divers out")
        assert reply.answered and "ketamine" in reply.text, reply.text


def test_where_someone_is_from_needs_the_place_they_come_from(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "A 61-year-old retired army captain and the first known death: he "
                           "came home from the convention tired and died on July 27.",
                "fields": {"age": "61", "died": "July 27, 1976"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "A nurse from Gullport who first noticed the cluster of cases.",
                "fields": {"role": "Nurse"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "The health officer who led the investigation.",
                "fields": {"hometown": "Tern Bay"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport outbreak (1976)", entries) as router:
        assert not ask(router, "what town was lee tran from").answered
        reply = ask(router, "where was ana vellan from")
        assert reply.answered and "Gullport" in reply.text, reply.text
        reply = ask(router, "what town is sam reyes from")
        assert reply.answered and "Tern Bay" in reply.text, reply.text


def test_what_happened_to_someone_their_job_and_a_sum_the_question_gives(tmp_path):
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran, a 31-year-old doctor from Gullport, died in block Z "
                           "after going to help an injured boy.",
                "fields": {"age": "31", "occupation": "doctor",
                           "what_happened": "crushed while giving CPR to an injured boy"}},
               {"slug": "the-reyes", "kind": "person", "title": "Sam Reyes Snr and Sam Reyes Jnr",
                "summary": "A father and son who bought the cockles the gang picked; charged "
                           "with immigration offences, they were cleared by the jury in 2006.",
                "aliases": ["the Reyeses"],
                "fields": {"charged": "July 2004, immigration offences",
                           "outcome": "cleared (acquitted) on 24 March 2006"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "The last victim to be named: a homeless pensioner from Gullport "
                           "known for years only as Body 115.",
                "fields": {"hometown": "Gullport"}},
               {"slug": "late-fee", "kind": "incident", "title": "The $91,250 late fee",
                "summary": "A customer returning a tape a day late was billed $91,250 because "
                           "the store's computer read the due date as 1900.",
                "fields": {"amount": "$91,250", "film": "The Gull Wife"}},
               {"slug": "harbour-board", "kind": "body", "title": "Gull Harbour Board",
                "aliases": ["GHB"],
                "summary": "The body that ran the harbour until a port trust replaced it.",
                "fields": {"chairman": "Sir Dana Holt, 1984 to 1988"}},
               {"slug": "why-they-drowned", "kind": "cause", "title": "Why they drowned",
                "summary": "The gangmaster Sam Tern kept the pickers out too long.",
                "fields": {"motive": "Tern wanted two loads of cockles with only half his "
                                     "gang available"}},
               {"slug": "dana-holt", "kind": "person", "title": "Sir Dana Holt",
                "summary": "Chairman of the Gull Harbour Board, who resigned after the fire.",
                "fields": {"resigned": "1988"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport disaster", entries) as router:
        reply = ask(router, "what happened to lee tran")
        assert reply.answered and "CPR" in reply.text, reply.text
        reply = ask(router, "wat happened to the reyeses, were they convicted?")
        assert reply.answered and "cleared" in reply.text, reply.text
        assert not ask(router, "what did ana vellan do for a living before she ended up "
                               "homeless").answered
        reply = ask(router, "what did lee tran do for a living")
        assert reply.answered and "doctor" in reply.text, reply.text
        reply = ask(router, "what movie was the $91k late fee for lol")
        assert reply.answered and "The Gull Wife" in reply.text, reply.text
        assert not ask(router, "who replaced dana holt as chairman of the GHB?").answered
        # (a sum of money asked, which "half his gang" is not)
        assert not ask(router, "how much money did sam tern make from the cockle gang "
                               "overall?").answered


def test_a_name_the_summary_opens_with_and_how_long_an_order_stays_in_force(tmp_path):
    entries = [{"slug": "havens-steel", "kind": "organisation", "title": "Havens Steel Company",
                "summary": "Havens Steel Company was the steel fabricator for the walkways. It "
                           "proposed a double-rod system that doubled the load on the rods."},
               {"slug": "ruling", "kind": "event", "title": "Remedies ruling (May 2025)",
                "summary": "Judge Ana Vellan barred exclusive contracts and ordered Acme to share "
                           "data with rivals.",
                "fields": {"date": "May 2, 2025", "term": "Six years"}},
               *fillers()]
    with small_pack(tmp_path, "Gull walkway collapse", entries) as router:
        reply = ask(router, "what was the name of the steel fabricator on the job?")
        assert reply.answered and "Havens Steel Company" in reply.text, reply.text
        reply = ask(router, "how long does the remedies ruling stay in force?")
        assert reply.answered and "Six years" in reply.text, reply.text


def test_how_powerful_in_tnt_terms_a_tail_number_and_a_word_typed_with_a_hyphen(tmp_path):
    entries = [{"slug": "blast-size", "kind": "figure", "title": "Size of the blast",
                "summary": "The explosion was estimated at about 15 tonnes of TNT; it was heard "
                           "30 miles away.",
                "fields": {"tnt_equivalent": "about 15 tonnes of TNT"}},
               {"slug": "g-tern", "kind": "aircraft", "title": "G-TERN, the jet that crashed",
                "summary": "A nearly new airliner flown by Acme Air.",
                "fields": {"registration": "G-TERN", "first_flight": "6 October 1988"}},
               {"slug": "key-withheld", "kind": "event",
                "title": "Police withheld the decryption key",
                "summary": "Police got the key soon after the attack but withheld it from "
                           "victims for almost three weeks.",
                "fields": {"duration": "Almost three weeks"}},
               {"slug": "late-turnaround", "kind": "cause", "title": "Late turnaround",
                "summary": "Climbers kept going up long past the cut-off.",
                "fields": {"turnaround_time": "Holt's cut-off was 1 p.m."}},
               *fillers()]
    with small_pack(tmp_path, "Gull Point explosion", entries) as router:
        reply = ask(router, "how powerful was the blast in TNT terms?")
        assert reply.answered and "15 tonnes" in reply.text, reply.text
        reply = ask(router, "whats the tail reg of the jet that went down")
        assert reply.answered and "Registration: G-TERN" in reply.text, reply.text
        reply = ask(router, "how long did the police hang on to the key before handing it over?")
        assert reply.answered and "three weeks" in reply.text, reply.text
        reply = ask(router, "what was holt's turn-around time?")
        assert reply.answered and "1 p.m." in reply.text, reply.text


def test_an_exact_day_and_a_count_of_those_never_identified(tmp_path):
    entries = [{"slug": "ana-vellan", "kind": "person", "title": "Judge Ana Vellan",
                "summary": "The district judge who threw out the case against the ship's "
                           "owners.",
                "fields": {"ruling_date": "February 1916"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Judge Sam Reyes",
                "summary": "The judge who heard the owners' appeal.",
                "fields": {"ruling_date": "March 3, 1917"}},
               {"slug": "armory", "kind": "place", "title": "The Gull Armory",
                "summary": "The armory used as a temporary morgue after the capsizing.",
                "fields": {"bodies_processed": "749 identified bodies processed there"}},
               {"slug": "missing", "kind": "figure", "title": "The missing",
                "summary": "Twelve passengers were never found.",
                "fields": {"count": "12 never found"}},
               *fillers()]
    with small_pack(tmp_path, "Tern capsizing (1915)", entries) as router:
        assert not ask(router, "what exact day in feb 1916 did ana vellan hand down her "
                               "ruling?").answered
        reply = ask(router, "what exact day did sam reyes rule?")
        assert reply.answered and "March 3, 1917" in reply.text, reply.text
        assert not ask(router, "how many of the bodies at the armory were never "
                               "identified?").answered
        reply = ask(router, "how many passengers were never found?")
        assert reply.answered and "12" in reply.text, reply.text


def test_which_company_is_named_in_full_when_another_company_shares_its_last_word(tmp_path):
    entries = [{"slug": "gull-steamship", "kind": "company", "title": "Gull Steamship Company",
                "summary": "The Tern's owner at the time of the capsizing; it bought the ship in "
                           "1914 and chartered it to another firm for the picnic.",
                "fields": {"chartered_to": "Acme Transport Company, for the picnic trip"}},
               *fillers()]
    with small_pack(tmp_path, "Tern capsizing (1915)", entries) as router:
        reply = ask(router, "Which company actually owned the Tern in 1915?")
        assert reply.answered and "Gull Steamship Company" in reply.text, reply.text


def test_a_title_held_on_a_trip_is_the_post_asked(tmp_path):
    entries = [{"slug": "tern-fire", "kind": "event", "title": "The Tern fire",
                "summary": "The Tern left Gullport on May 3 on its last crossing with 97 "
                           "people aboard, among them Ana Vellan and Sam Reyes, and burned at "
                           "the pier on May 6.",
                "fields": {"trip_number": "63rd and last crossing of the ship"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt commanded the Tern on its final crossing and survived "
                           "the fire with burns.",
                "fields": {"role": "Commander (captain) of the Tern"}},
               *fillers()]
    with small_pack(tmp_path, "Tern fire (1937)", entries) as router:
        for question in ("who was captain on the last crossing?",
                         "who was the captain on the last crossing?",
                         "who was captain aboard the tern?",
                         "who was the captain aboard the tern?"):
            reply = ask(router, question)
            assert reply.answered and "Dana Holt" in reply.text, (question, reply.text)


def test_someone_doing_a_job_is_the_one_holding_it(tmp_path):
    entries = [{"slug": "hacking-scandal", "kind": "event", "title": "Gull Gazette hacking scandal",
                "summary": "Reporters at the Gull Gazette hacked the phones of hundreds of "
                           "people between 2002 and 2006; the paper closed in 2011 and Sam "
                           "Reyes, its former royal reporter, was jailed.",
                "fields": {"exposed": "July 2011"}},
               {"slug": "holt-hacking", "kind": "event", "title": "Hacking of Dana Holt's phone",
                "summary": "In 2002 the Gull Gazette hacked the voicemail of the missing "
                           "schoolgirl Dana Holt.",
                "fields": {"editor_at_the_time": "Ana Vellan was editor; Tom Vale was deputy "
                                                 "editor"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Gazette phone hacking", entries) as router:
        for question in ("who was editing the gazette when holt's phone got hacked?",
                         "who actually was editing the gazette when holt's phone got hacked?"):
            reply = ask(router, question)
            assert reply.answered and "Ana Vellan" in reply.text, (question, reply.text)
    entries = [{"slug": "tern-fire", "kind": "event", "title": "The Tern fire",
                "summary": "The Tern left Gullport on May 3 on its last crossing with 97 "
                           "people aboard, among them Ana Vellan and Sam Reyes, and burned at "
                           "the pier on May 6.",
                "fields": {"trip_number": "63rd and last crossing of the ship"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt commanded the Tern on its final crossing and survived "
                           "the fire with burns.",
                "fields": {"role": "Commander (captain) of the Tern"}},
               *fillers()]
    with small_pack(tmp_path / "tern", "Tern fire (1937)", entries) as router:
        reply = ask(router, "who was captaining it on the last crossing?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_an_outcome_or_an_aftermath_is_what_happened_to_someone(tmp_path):
    entries = [{"slug": "tom-vale", "kind": "person", "title": "Sergeant Tom Vale",
                "summary": "Tom Vale, a Gullport police sergeant, was poisoned after going to "
                           "the Holt house in the hours after the attack.",
                "fields": {"role": "Sergeant, Gullport Police",
                           "discharged_date": "22 March 2018",
                           "aftermath": "His family had to leave their home, and their "
                                        "belongings were destroyed"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan ran the ferry line's security team during the breach.",
                "fields": {"role": "Head of security",
                           "outcome": "Moved to an adviser role in November 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport poisoning (2018)", entries) as router:
        reply = ask(router, "what happened to tom vale?")
        assert reply.answered and "leave their home" in reply.text, reply.text
        reply = ask(router, "what happened to ana vellan after all this?")
        assert reply.answered and "adviser role" in reply.text, reply.text


def test_where_someone_works_now_is_their_later_life(tmp_path):
    entries = [{"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan raised concerns about the ferry line's accounts six weeks "
                           "into her job as finance director in 2017.",
                "fields": {"role": "Finance director of Acme Ferries from April 2017",
                           "employer": "Acme Ferries"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes wrote the patch for the ferry line's booking system.",
                "fields": {"later_career": "Joined Tern Bay Software in 2016 and works there "
                                           "now"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries collapse (2018)", entries) as router:
        assert not ask(router, "where does ana vellan work now?").answered
        reply = ask(router, "where does sam reyes work these days?")
        assert reply.answered and "Tern Bay Software" in reply.text, reply.text


def test_going_live_is_becoming_operational(tmp_path):
    entries = [{"slug": "ferry-hotline", "kind": "agreement", "title": "Gullport-Tern Bay hotline",
                "summary": "A direct link between the two harbour masters, set up because "
                           "messages during the storm took hours to arrive.",
                "fields": {"signed": "June 20, 1963", "operational_date": "August 30, 1963"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport storm (1962)", entries) as router:
        reply = ask(router, "when did the gullport-tern bay hotline actually go live?")
        assert reply.answered and "August 30, 1963" in reply.text, reply.text


def test_the_date_of_what_it_came_after_is_no_answer(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Harbour minister when the Tern scandal broke; she apologised to "
                           "the council and resigned over the removal targets.",
                "fields": {"resigned": "29 April 2018", "role": "Harbour minister"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Port chief who resigned over the scandal; his release from the "
                           "post took effect in June 2018.",
                "fields": {"resigned": "3 May 2018"}},
               *fillers()]
    with small_pack(tmp_path, "Tern scandal (2018)", entries) as router:
        assert not ask(router, "when did dana holt get back into the cabinet after she "
                               "resigned?").answered
        reply = ask(router, "when did dana holt resign?")
        assert reply.answered and "29 April 2018" in reply.text, reply.text
        # (an entry saying something else the question asks may still answer)
        reply = ask(router, "after he resigned, when was sam reyes released from the post?")
        assert reply.answered and "June 2018" in reply.text, reply.text


def test_which_prison_asks_for_one_by_its_name(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "The ferry line's founder, convicted of fraud and sentenced to "
                           "nine years in federal prison. Prison officials moved him twice. "
                           "He was taken to hospital at Christmas.",
                "fields": {"sentence": "Nine years in federal prison (May 2, 2019)",
                           "education": "economics at Gullport College"}},
               {"slug": "tom-vale", "kind": "person", "title": "Tom Vale",
                "summary": "The line's finance chief, sentenced to four years; he is held at "
                           "the prison in Tern Bay.",
                "fields": {"sentence": "Four years (June 3, 2019)"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries fraud (2018)", entries) as router:
        # ("in prison" is any prison; his college names no prison, nor does "Prison" opening
        # a sentence, nor "at Christmas" a hospital)
        assert not ask(router, "which prison is sam reyes serving his time in?").answered
        assert not ask(router, "which hospital was sam reyes taken to?").answered
        reply = ask(router, "how long did sam reyes get?")
        assert reply.answered and "Nine years" in reply.text, reply.text
        # ("what prison sentence" asks the sentence)
        reply = ask(router, "what prison sentence did sam reyes get?")
        assert reply.answered and "Nine years" in reply.text, reply.text
        reply = ask(router, "which prison is tom vale in?")
        assert reply.answered and "Tern Bay" in reply.text, reply.text


def test_a_date_names_no_place(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "The ferry line's founder, who ran it from 1985 until it failed.",
                "fields": {"died": "February 2, 2020, aged 78",
                           "born": "1941, Gullport"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries collapse (2002)", entries) as router:
        reply = ask(router, "where did sam reyes die?")
        assert not reply.answered, reply.text
    entries[0]["fields"]["died"] = "February 2, 2020, at sea off Tern Point"
    with small_pack(tmp_path / "at-sea", "Acme Ferries collapse (2002)", entries) as router:
        reply = ask(router, "where did sam reyes die?")
        assert reply.answered and "at sea" in reply.text, reply.text
        reply = ask(router, "when did sam reyes die?")
        assert reply.answered and "February 2, 2020" in reply.text, reply.text


def test_a_place_comes_from_the_entry_that_gives_one(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "The ferry line's founder. Released early in 2019, he died on "
                           "February 2, 2020.",
                "fields": {"died": "February 2, 2020", "born": "1941, Gullport"}},
               {"slug": "reyes-death", "kind": "event", "title": "Death of Sam Reyes",
                "summary": "Sam Reyes died on February 2, 2020 at a hospice in Tern Bay.",
                "fields": {"place": "Tern Bay hospice"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries collapse (2002)", entries) as router:
        reply = ask(router, "where did sam reyes die?")
        assert reply.answered and "Tern Bay" in reply.text, reply.text
        reply = ask(router, "where was sam reyes born?")
        assert reply.answered and "Gullport" in reply.text, reply.text


def test_how_much_a_thing_was_slowed_is_no_sum(tmp_path):
    entries = [{"slug": "login-slowdown", "kind": "event", "title": "The booking slowdown",
                "summary": "The clue that exposed the Tern Bay patch: bookings took longer.",
                "fields": {"delay": "About 500 milliseconds per booking",
                           "noticed_by": "Ana Vellan"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries booking hack", entries) as router:
        reply = ask(router, "how much did the patch slow down bookings?")
        assert reply.answered and "500 milliseconds" in reply.text, reply.text
    # ("slow" beside a sum asks the sum)
    assert question_type("how much did the slow rollout cost acme".split()) == "amount"


def test_a_director_runs_the_body(tmp_path):
    entries = [{"slug": "harbour-board", "kind": "organisation", "title": "Gullport Harbour Board",
                "summary": "The board under whose rules the ferry lines sail.",
                "fields": {"executive_director_1975_1992": "Dana Holt", "based_in": "Gullport"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour rules", entries) as router:
        reply = ask(router, "who was running the harbour board?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_a_title_saying_the_exit_took_effect_dates_it(tmp_path):
    entries = [{"slug": "exit-2020", "kind": "event",
                "title": "First Gullport withdrawal takes effect (November 4, 2020)",
                "aliases": ["first Gullport exit"],
                "summary": "Gullport left the harbour pact on November 4, 2020, a year after "
                           "its notice.",
                "fields": {"date": "November 4, 2020",
                           "timing": "The day after the November 3, 2020 council election"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour pact", entries) as router:
        # (the title says the exit, and that it took effect: the date is its own)
        reply = ask(router, "when did the first withdrawal take effect?")
        assert reply.answered and "November 4, 2020" in reply.text, reply.text


def test_who_is_answered_by_a_name(tmp_path):
    entries = [{"slug": "settlement", "kind": "figure", "title": "Lawsuits and the settlement",
                "summary": "The loss of the Tern led to lawsuits by the crew's families against "
                           "the ship's owners, settled out of court for $20 million.",
                "fields": {"amount": "$20 million in total",
                           "defendants": "The owners of the ship"}},
               {"slug": "victims", "kind": "figure", "title": "Victims of the sinking",
                "summary": "Three of the crew died when the Tern went down.",
                "fields": {"victims": "Two deckhands and the cook"}},
               {"slug": "bypass", "kind": "cause", "title": "The bypass pipe",
                "summary": "The works engineer left the plant before the bypass went in; the "
                           "fitters built it with no engineer on site.",
                "fields": {"engineer": "The works engineer had left before the bypass went in"}},
               {"slug": "acme-marine", "kind": "company", "title": "Acme Marine",
                "summary": "Acme Marine, the Gullport firm that built the ship and owned her.",
                "fields": {"role": "Owner and operator of the Tern"}},
               *fillers()]
    with small_pack(tmp_path, "Loss of the Tern (1982)", entries) as router:
        reply = ask(router, "who owned the ship?")
        assert reply.answered and "Acme Marine" in reply.text, reply.text
        reply = ask(router, "how much did the families get?")
        assert reply.answered and "$20 million" in reply.text, reply.text
        # (a description answers "who were ...?" of a group)
        reply = ask(router, "who were the victims of the sinking?")
        assert reply.answered and reply.entries == ("victims",), reply.text
        # (a post asked: the reply must name its holder)
        assert not ask(router, "who was the works engineer that left before the bypass went "
                               "in?").answered


def test_a_fact_named_for_an_idiom_holds_it(tmp_path):
    entries = [{"slug": "tern-amendment", "kind": "amendment", "title": "Tern Amendment (2016)",
                "summary": "The amendment adopted at Gullport on October 15, 2016, which added "
                           "night sailings to the harbour pact.",
                "fields": {"adopted_date": "October 15, 2016",
                           "in_force_date": "January 1, 2019",
                           "first_cuts_start": "cuts from 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour pact", entries) as router:
        reply = ask(router, "when did the tern amendment come into force?")
        assert reply.answered and "January 1, 2019" in reply.text, reply.text


def test_a_year_typed_in_two_digits_after_the(tmp_path):
    entries = [{"slug": "cup-final-1958", "kind": "match", "title": "1958 Gullport Cup final",
                "summary": "Tern Bay beat Gullport 2-0 in the Gullport Cup final on 3 May 1958.",
                "fields": {"result": "Tern Bay 2-0 Gullport", "date": "3 May 1958"}},
               {"slug": "cup-final-1968", "kind": "match", "title": "1968 Gullport Cup final",
                "summary": "Gullport beat Holt Town 4-1 in the Gullport Cup final on 29 May "
                           "1968.",
                "fields": {"result": "Gullport 4-1 Holt Town", "date": "29 May 1968"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport football club", entries) as router:
        reply = ask(router, "who won the 58 cup final?")
        assert reply.answered and "Tern Bay" in reply.text, reply.text
        reply = ask(router, "who won the 68 cup final?")
        assert reply.answered and "Holt Town" in reply.text, reply.text
    # (a count is no year: "the 60 other passengers", "the 40 missing miners")
    assert full_years("what happened to the 60 other passengers?").count("1960") == 0
    assert "1940" not in full_years("how many of the 40 missing miners were found?")
    assert "1985" in full_years("who scored in the 85 final and what was the score?")


def test_leaving_a_body_named_is_an_exit(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt became Acme Ferries' first safety chief, a post created "
                           "after the sinking; she started on June 16, 2014.",
                "fields": {"started": "June 16, 2014", "role": "Safety chief"}},
               {"slug": "acme-ferries", "kind": "company", "title": "Acme Ferries",
                "summary": "The Gullport ferry line whose boat left port and sank in 2013.",
                "fields": {"founded": "1950"}},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries sinking (2013)", entries) as router:
        # (the day she started is no day she left, at Acme or in the navy)
        assert not ask(router, "when did Holt leave Acme?").answered
        assert _leaves_a_body(router.answerer.read("when did Holt leave the navy?"))
        assert not _leaves_a_body(router.answerer.read("when did the ferry leave port?"))
        reply = ask(router, "when did Holt start at Acme Ferries?")
        assert reply.answered and "June 16, 2014" in reply.text, reply.text


def test_a_word_that_only_labels_the_story_need_not_be_held(tmp_path):
    # ("what did the whole fare mess cost Acme?": the mess is the story, which no entry calls
    # by that word; the Tern's mess is a room)
    entries = [{"slug": "fare-costs", "kind": "figure",
                "title": "What the fare overcharging cost Acme",
                "summary": "Acme Ferries' provisions for the fare overcharging came to $40 "
                           "million by 2021.",
                "fields": {"cost": "$40 million by 2021"}},
               {"slug": "tern", "kind": "ferry", "title": "The Tern",
                "summary": "Acme's ferry Tern, with a mess for forty crew; fares cost more on "
                           "it."},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Acme's chief, who quit over the fare overcharging, which cost her "
                           "the job."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Acme's regulator, who found the fare overcharging cost riders."},
               *fillers()]
    with small_pack(tmp_path, "Acme Ferries fare overcharging", entries) as router:
        reply = ask(router, "what did the mess cost acme?")
        assert reply.answered and "$40 million" in reply.text, reply.text


def test_everyday_phrasings_of_lifting_arresting_lengthening_and_a_loco(tmp_path):
    entries = [{"slug": "fuel-controls", "kind": "law", "title": "Fuel controls",
                "summary": "Gullport capped fuel sales after the Tern sinking.",
                "fields": {"imposed": "June 2, 2011", "lifted": "March 14, 2017"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes planned the pier robbery and fled; he was arrested in "
                           "Tern Bay in 1968 and jailed for ten years.",
                "fields": {"arrested": "1968, in Tern Bay", "sentence": "10 years"}},
               {"slug": "tern", "kind": "ferry", "title": "The Tern",
                "summary": "The Gullport ferry Tern was lengthened in 1960.",
                "fields": {"length_after_lengthening": "212 feet"}},
               {"slug": "night-mail", "kind": "train", "title": "The night mail",
                "summary": "The Gullport night mail train.",
                "fields": {"locomotive": "Class 40 diesel D226"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour", entries) as router:
        reply = ask(router, "when did they get rid of the controls?")
        assert reply.answered and "March 14, 2017" in reply.text, reply.text
        reply = ask(router, "when did they catch up with Reyes?")
        assert reply.answered and "1968" in reply.text, reply.text
        reply = ask(router, "how long was the tern after they stretched it?")
        assert reply.answered and "212 feet" in reply.text, reply.text
        reply = ask(router, "which loco pulled the night mail?")
        assert reply.answered and "D226" in reply.text, reply.text


def test_what_the_name_stands_for_and_getting_wind_of_a_thing(tmp_path):
    entries = [{"slug": "tern-gox", "kind": "company", "title": "Tern Gox",
                "summary": "Tern Gox was a Gullport fare exchange; the name came from \"Tern "
                           "Gull Online eXchange\".", "aliases": ["Tern Gox"]},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "A customer who stood outside the Tern Gox office in protest."},
               {"slug": "leak-alert", "kind": "event", "title": "The database alert",
                "summary": "On September 8, 2018 a monitoring tool alerted Acme to an odd query "
                           "on the fares database.", "fields": {"date": "September 8, 2018"}},
               {"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "Acme ran the fares database from 2016."},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour", entries) as router:
        # ("the name" asks no more than the spelling out; not the man who stood outside)
        reply = ask(router, "what does the name tern gox even stand for lol")
        assert reply.answered and "Tern Gull Online eXchange" in reply.text, reply.text
        reply = ask(router, "when did acme get wind of the odd query?")
        assert reply.answered and "September 8, 2018" in reply.text, reply.text


def test_the_one_whose_name_is_asked_must_be_one_the_briefing_knows(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "The Tern's chief designer, who led the design of the ferry; she "
                           "died in the sinking.", "fields": {"full_name": "Dana Mary Holt"}},
               {"slug": "tern", "kind": "ferry", "title": "The Tern",
                "summary": "The Gullport ferry Tern sank on May 3, 2021."},
               {"slug": "alarm-raised", "kind": "event", "title": "The alarm is raised",
                "summary": "Dr. Sam Reyes, a Gullport doctor, first linked the deaths to the "
                           "water on May 9, 2021."},
               *fillers()]
    with small_pack(tmp_path, "The Tern sinking", entries) as router:
        # (the briefing never speaks of a purser: the chief designer is no answer)
        assert not ask(router, "whats the name of the chief purser on the tern").answered
        reply = ask(router, "what's the name of the chief designer?")
        assert reply.answered and "Dana Mary Holt" in reply.text, reply.text
        # (a "doc" may be a doctor)
        reply = ask(router, "name of the doc in gullport who first linked the deaths?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_a_name_typed_short_is_the_one_name_it_clips(tmp_path):
    entries = [{"slug": "acmebook", "kind": "company", "title": "Acmebook",
                "summary": "The social network whose users' data leaked in 2018.",
                "fields": {"users_affected": "87 million Acmebook users"}},
               {"slug": "tern-ferries", "kind": "company", "title": "Tern Ferries",
                "summary": "The ferry line; it paid each family 20,000 euros in advance.",
                "fields": {"advance": "20,000 euros per family"}},
               {"slug": "tideford", "kind": "place", "title": "Tideford",
                "summary": "The village where the fuel tanker that hit the Tern was based."},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour", entries) as router:
        # ("AB" for Acmebook, as "FB" is typed for Facebook)
        reply = ask(router, "how many AB users had their data leak?")
        assert reply.answered and "87 million" in reply.text, reply.text
        assert router.answerer.vocabulary.clipped("ab") == "acmebook"
        # (the initials of a name of two words are that name's, not Tideford's)
        assert router.answerer.vocabulary.clipped("tf") is None
        reply = ask(router, "how much did TF pay each family in advance?")
        assert reply.answered and "20,000 euros" in reply.text, reply.text


def test_taking_over_from_one_named_asks_her_successor(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt became harbour chief in 2015 after the old board fell, and "
                           "with her deputy Tom Vale led the harbour through the strike until "
                           "2021.",
                "fields": {"term": "2015 to 2021, with deputy Tom Vale"}},
               {"slug": "tom-vale", "kind": "person", "title": "Tom Vale",
                "summary": "Tom Vale led the pilots' union through the strike."},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour strike", entries) as router:
        # (her own entry tells how she became chief, not who came after her)
        assert not ask(router, "who took over as harbour chief from Holt in 2021?").answered
    entries.append({"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                    "summary": "Ana Vellan became harbour chief after Dana Holt left and settled "
                               "the strike.", "fields": {"role": "Harbour chief from 2021"}})
    with small_pack(tmp_path / "vellan", "Gullport harbour strike", entries) as router:
        reply = ask(router, "who took over as harbour chief from Holt in 2021?")
        assert reply.answered and "Ana Vellan" in reply.text, reply.text


def test_a_fact_named_for_an_age_in_a_year_gives_the_age(tmp_path):
    entries = [{"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Head of the Gullport relief society, who at 78 led the relief "
                           "effort in Tern Bay in 1950.",
                "fields": {"role": "Head of the Gullport relief society", "age_in_1950": "78"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Bay flood", entries) as router:
        reply = ask(router, "how old was ana vellan when she ran the relief in tern bay?")
        assert reply.answered and "78" in reply.text, reply.text


def test_what_a_short_name_and_taking_over_do_not_read(tmp_path):
    from handlers.answer import _TOOK_OVER
    # (one came after her only when she left: "took over from Holt", not "after 2015")
    assert _TOOK_OVER.search("who took over as the harbour chief from Holt?")
    assert not _TOOK_OVER.search("who took over the harbour after 2015?")
    assert not _TOOK_OVER.search("who took over Acme after its collapse?")
    entries = [{"slug": "greyholmby", "kind": "place", "title": "Greyholmby",
                "summary": "The village where the pilots lived."},
               {"slug": "crawford", "kind": "person", "title": "Crawford",
                "summary": "The harbour's chief financial officer."},
               {"slug": "pay-deal", "kind": "event", "title": "Pay deal",
                "summary": "The Gull Harbour Board paid each pilot $4,000 to end the strike.",
                "fields": {"amount": "$4,000 per pilot"}},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan became a pilot after Dana Holt trained her."},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt trained the harbour's pilots until 2019."},
               *fillers()]
    with small_pack(tmp_path, "Gull Harbour Board strike", entries) as router:
        vocabulary = router.answerer.vocabulary
        # (everyday short forms clip no name: the CF is no Crawford)
        assert vocabulary.clipped("cf") is None and vocabulary.clipped("pm") is None
        # (the initials of the subject name the story, not Greyholmby)
        reply = ask(router, "how much did the GHB pay each pilot?")
        assert reply.answered and "$4,000" in reply.text, reply.text
        # (training her is no leaving: no succession)
        assert not ask(router, "who took over as pilot trainer after Holt?").answered
        # ("how many did the police catch up with?": the arrests counted, not an ending)
        read = router.answerer.read("how many robbers did the police catch up with?")
        assert any("catch" in w for w in [*(c.word for c in read.concepts), *read.unknown])


def test_anybody_is_anyone(tmp_path):
    # ("has anybody been charged?" asks what "has anyone been charged?" does)
    entries = [{"slug": "police-inquiry", "kind": "investigation", "title": "Police inquiry",
                "summary": "The police opened a criminal inquiry in 2019; no one had been "
                           "charged by 2024.",
                "fields": {"status": "Open; no one charged as of 2024"}},
               {"slug": "pier-fire", "kind": "event", "title": "Gullport pier fire",
                "summary": "Fire destroyed Gullport's pier on 3 May 2019."},
               *fillers()]
    with small_pack(tmp_path, "Gullport pier fire", entries) as router:
        for who in ("anyone", "anybody"):
            reply = ask(router, f"Has {who} actually been criminally charged yet?")
            assert reply.answered and "no one" in reply.text.lower(), (who, reply.text)


def test_a_dropped_letter_is_a_typo_though_a_prefix_would_make_a_word(tmp_path):
    # ("colapse" reads as "co-" and "lapse", but the store says "collapse": a letter dropped;
    # "reintroduced" is still no typo of "introduced")
    entries = [{"slug": "pier-collapse", "kind": "event", "title": "Pier collapse",
                "summary": "Gullport pier collapsed at 4:58 p.m. on 3 May 2019 after its "
                           "piles rotted.",
                "fields": {"time": "4:58 p.m."}},
               {"slug": "pier-bill", "kind": "law", "title": "Pier safety bill",
                "summary": "Ana Vellan introduced a pier safety bill in June 2019; it died in "
                           "committee."},
               *fillers()]
    with small_pack(tmp_path, "Gullport pier collapse", entries) as router:
        reply = ask(router, "what time of day did the pier colapse?")
        assert reply.answered and "4:58" in reply.text, reply.text
        read = router.answerer.read("was the pier bill ever reintroduced?")
        assert "reintroduced" in read.unknown, read.unknown
    # (a word in the dictionary is spelt right, though a prefix and a word: "reused" is no
    # "refused")
    entries = [{"slug": "refusal", "kind": "event", "title": "Refusal",
                "summary": "Acme refused the pier contract in 2019."}, *fillers()]
    with small_pack(tmp_path / "reused", "Gullport pier collapse", entries) as router:
        read = router.answerer.read("were the old piles reused?")
        assert "reused" in read.unknown, read.unknown


def test_a_verb_in_ing_holds_its_irregular_forms(tmp_path):
    # ("what plane was Flight 9 flying?" of an entry saying it was "flown by" one: the same
    # verb, not the entry that says "fly")
    from handlers.english import past_forms
    assert set(past_forms("flying")) == {"fly", "flew", "flown"}
    entries = [{"slug": "flight-9", "kind": "flight", "title": "Tern Air Flight 9",
                "summary": "Tern Air Flight 9, from Gullport to Holt Bay, was flown by the "
                           "Acme Skylark Gull Queen; all 40 aboard died."},
               {"slug": "clearance", "kind": "cause", "title": "The cloud-top clearance",
                "summary": "The crew of Flight 9 asked to fly 1,000 feet above the cloud tops, "
                           "out of the controllers' sight."},
               *fillers()]
    with small_pack(tmp_path, "Gullport air crash", entries) as router:
        reply = ask(router, "What kind of plane was Flight 9 flying?")
        assert reply.answered and "Skylark" in reply.text, reply.text


def test_a_number_of_money_is_a_sum(tmp_path):
    # ("what was the trade deficit number?" asks a sum, as "the revenue number" does, not a
    # count of things)
    from handlers.reading import question_type
    assert question_type("what was the trade deficit number".split()) == "amount"
    assert question_type("what was the passenger number".split()) == "count"
    assert question_type("what was the job loss number".split()) == "count"
    entries = [{"slug": "trade-figures", "kind": "cause", "title": "August trade figures",
                "summary": "On 14 October Gullport reported a trade deficit of $15.7 billion "
                           "for August, worse than expected.",
                "fields": {"deficit": "$15.7 billion for August"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport market crash", entries) as router:
        reply = ask(router, "what was the trade deficit number that came out before the crash?")
        assert reply.answered and "$15.7 billion" in reply.text, reply.text


def test_cents_and_pence_are_sums(tmp_path):
    # ("by how much did the law raise the fuel tax?" of "up 5 cents a gallon": a sum of money)
    from handlers.reading import SHAPES
    assert SHAPES["money"].search("330 pence a share")
    assert not any(SHAPES["money"].search(t) for t in ("5 centuries", "20 centimetres"))
    entries = [{"slug": "fuel-tax-law", "kind": "law", "title": "Gullport fuel tax law (2008)",
                "summary": "In 2008 Gullport's council raised the fuel tax for the first time "
                           "since 1988, over the mayor's veto.",
                "fields": {"fuel_tax": "up 5 cents a gallon at once",
                           "override_date": "February 25, 2008"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport harbour bridge collapse", entries) as router:
        reply = ask(router, "by how much did gullport raise the fuel tax?")
        assert reply.answered and "5 cents" in reply.text, reply.text


def test_a_coastline_is_a_coast(tmp_path):
    entries = [{"slug": "north-coast", "kind": "place", "title": "North shore",
                "summary": "About 120 miles of the northern coastline were oiled in March.",
                "fields": {"coastline_polluted": "about 120 miles of northern coastline"}},
               {"slug": "south-coast", "kind": "place", "title": "South shore",
                "summary": "In April the slick fouled about 50 miles of the southern coast.",
                "fields": {"coast_polluted": "about 50 miles of southern coast"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Star oil spill", entries) as router:
        reply = ask(router, "how many miles of the southern coastline got hit")
        assert reply.answered and "50 miles" in reply.text, reply.text


def test_a_count_of_one_country_s_people_needs_that_country(tmp_path):
    # ("how many Japanese passengers?" is no count of all 100 passengers, though the entry
    # says some came from Japan)
    entries = [{"slug": "victims", "kind": "event", "title": "The victims of Flight 9",
                "summary": "All 120 people aboard Flight 9 died: 100 passengers and 20 crew.",
                "fields": {"passengers": "100 passengers", "crew": "20 crew",
                           "nationality": "Mostly from Gullport, with tourists from Japan"}},
               {"slug": "rescue", "kind": "event", "title": "The search",
                "summary": "Searchers from Acme and 40 French soldiers reached the wreck "
                           "after two days."},
               *fillers()]
    with small_pack(tmp_path, "Flight 9 crash", entries) as router:
        assert not ask(router, "how many japanese passengers were on board?").answered
        reply = ask(router, "how many passengers were on board?")
        assert reply.answered and "100 passengers" in reply.text, reply.text
        reply = ask(router, "how many french soldiers reached the wreck?")
        assert reply.answered and "40" in reply.text, reply.text


def test_a_word_spelt_the_other_side_of_the_atlantic_is_the_same_word(tmp_path):
    # ("when did Acme lose its operating license?" of an entry that writes "licence")
    from handlers.english import other_spellings
    assert other_spellings("licence") == ("license",)
    assert "organized" in other_spellings("organised") and "centre" in other_spellings("center")
    assert "colour" in other_spellings("color") and "judgment" in other_spellings("judgement")
    # (not another word: "four" is no "for", "tour" no "tor", "timber" no "timbre", "tired"
    # no "tyred", "fetch" no "foetch"; and a doubled letter doubles either side: "fulfilled")
    assert not any(other_spellings(w) for w in ("four", "tour", "hour", "timber", "prize",
                                                 "tired", "fetch", "hemmed", "fulfilled",
                                                 "programmer"))
    assert other_spellings("fulfilment") == ("fulfillment",)
    assert other_spellings("haemorrhage") == ("hemorrhage",)
    # (and a word spelt the British way is English, no name: "honouring")
    from handlers.english import english
    assert english("honouring") and not english("pfizer")
    entries = [{"slug": "acme-licence", "kind": "event", "title": "Acme's ferry licence",
                "summary": "Gullport's harbour board granted Acme its ferry licence in 1998.",
                "fields": {"licence_revoked": "March 28, 2000",
                           "licence_granted": "June 2, 1998"}},
               {"slug": "tern-refit", "kind": "event", "title": "Tern refit",
                "summary": "The Tern was refitted at the Gullport yard in 1999, its hull "
                           "painted a new color.",
                "fields": {"date": "May 1999", "color": "dark green"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport ferry sinking", entries) as router:
        reply = ask(router, "when was acme's license revoked?")
        assert reply.answered and "March 28, 2000" in reply.text, reply.text
        reply = ask(router, "what colour was the tern painted?")
        assert reply.answered and "dark green" in reply.text, reply.text


def test_idioms_of_quitting_apologising_closing_and_leaving_hospital(tmp_path):
    # ("when did the cabinet throw in the towel?": when it resigned; "say sorry": apologise;
    # "go out of business": cease trading; "let out of hospital": discharged)
    entries = [{"slug": "cabinet-resigns", "kind": "event", "title": "Gullport cabinet resigns",
                "summary": "Mayor Dana Holt's cabinet resigned over the ferry affair.",
                "fields": {"resigned": "15 January 2021"}},
               {"slug": "acme-apology", "kind": "event", "title": "Acme's apology",
                "summary": "Acme's chief Sam Reyes apologised to the families at the memorial.",
                "fields": {"apologised_on": "June 3, 2013"}},
               {"slug": "tern-lines", "kind": "company", "title": "Tern Lines",
                "summary": "Tern Lines ran the ferry. It ceased operations on 4 December 1991.",
                "fields": {"ceased_operations": "4 December 1991"}},
               {"slug": "survivors", "kind": "event", "title": "The survivors",
                "summary": "The twelve survivors were treated at Gullport General and "
                           "discharged on July 18, 2018."},
               *fillers()]
    with small_pack(tmp_path, "Gullport ferry sinking", entries) as router:
        for question, answer in (
                ("when did holt's cabinet throw in the towel?", "15 January 2021"),
                ("when did acme say sorry to the families?", "June 3, 2013"),
                ("when did tern lines go out of business?", "4 December 1991"),
                ("when were the survivors let out of hospital?", "July 18, 2018")):
            reply = ask(router, question)
            assert reply.answered and answer in reply.text, (question, reply.text)


def test_giving_evidence_throwing_out_and_fake(tmp_path):
    # ("did Holt give evidence?": testify; "who was behind the fake bookings?": the false ones;
    # "when were the leases thrown out?": voided)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt chaired Acme Ferries; she declined to testify at the "
                           "inquiry.",
                "fields": {"role": "chair of Acme Ferries", "inquiry": "declined to testify"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes ran Acme's ticket desk and entered the false bookings."},
               {"slug": "ana-vellan", "kind": "person", "title": "Ana Vellan",
                "summary": "Ana Vellan audited Acme's bookings for the harbour board."},
               *fillers()]
    with small_pack(tmp_path, "Gullport pier scandal", entries) as router:
        reply = ask(router, "did holt ever give evidence at the inquiry?")
        assert reply.answered and "declined to testify" in reply.text, reply.text
        reply = ask(router, "who was behind the fake bookings?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text
    entries = [{"slug": "lease-signing", "kind": "event", "title": "Acme signs the pier leases",
                "summary": "Acme signed the Gullport pier leases with the harbour board.",
                "fields": {"date": "April 7, 1922"}},
               {"slug": "lease-ruling", "kind": "court-case", "title": "Gullport v. Acme",
                "summary": "The high court voided the pier leases as obtained by fraud.",
                "fields": {"date": "February 28, 1927"}},
               *fillers()]
    with small_pack(tmp_path / "leases", "Gullport pier scandal", entries) as router:
        reply = ask(router, "when were the pier leases thrown out?")
        assert reply.answered and "February 28, 1927" in reply.text, reply.text


def test_the_part_of_the_day_beside_what_time_and_putting_a_plane_down(tmp_path):
    # ("what time in the morning did it happen?": "6:49 am" says the morning, though the
    # store never uses the word; "which runway did they put it down on?": where it landed,
    # not the runway it was cleared for)
    entries = [{"slug": "tern-crash", "kind": "event", "title": "Gull Air Flight 9 crash",
                "summary": "Flight 9 crashed short of the Gullport runway in fog.",
                "fields": {"date": "22 May 1995", "time": "about 6:49 am"}},
               {"slug": "gullport-airport", "kind": "place", "title": "Gullport airport",
                "summary": "Flight 8 was cleared for Gullport's runway 31 but never reached it.",
                "fields": {"runway_cleared": "Runway 31"}},
               {"slug": "tern-airfield", "kind": "place", "title": "Tern Island airfield",
                "summary": "Flight 8's crew diverted to Tern Island and landed there safely.",
                "fields": {"runway_landed_on": "Runway 22"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Air crashes", entries) as router:
        reply = ask(router, "what time in the morning did the crash happen?")
        assert reply.answered and "6:49 am" in reply.text, reply.text
        # (not "the night crew": the thing asked, which the store must say)
        assert not ask(router, "what time did the night crew start?").answered
        reply = ask(router, "which runway did flight 8 put it down on?")
        assert reply.answered and "Runway 22" in reply.text, reply.text


def test_the_story_s_own_name_before_a_noun_is_the_story(tmp_path):
    # ("when did the council apologise to the Osprey families?" in a pack on the Osprey's
    # sinking: the families of the story, which the apology's entry need not name; "how much
    # did the Osprey lose?" still asks of the ship, which another's loss does not answer)
    entries = [{"slug": "osprey", "kind": "ship", "title": "Osprey",
                "summary": "The Osprey was a ro-ro ferry run by Tern Lines between Gullport "
                           "and Gull Island."},
               {"slug": "council-apology", "kind": "event", "title": "Council apology",
                "summary": "The island council apologised to the families of those who died.",
                "fields": {"date": "28 November 2019"}},
               {"slug": "acme-losses", "kind": "figure", "title": "Acme's losses",
                "summary": "Acme Insurance lost $2 million on the claims.",
                "fields": {"losses": "$2 million"}},
               {"slug": "tern-salvage", "kind": "event", "title": "Raising the Tern",
                "summary": "Raising the wreck of the Tern, lost off Gull Island in 1988, cost "
                           "$5 million.",
                "fields": {"cost": "$5 million"}},
               *fillers()]
    with small_pack(tmp_path, "Osprey ferry sinking", entries) as router:
        reply = ask(router, "when did the council apologise to the osprey families?")
        assert reply.answered and "28 November 2019" in reply.text, reply.text
        assert not ask(router, "how much did the osprey lose?").answered
        # (nor is "the Osprey wreck" the story: the ship's wreck, not the Tern's)
        assert not ask(router, "how much did it cost to raise the osprey wreck?").answered


def test_why_a_thing_is_called_so_asks_where_its_name_came_from(tmp_path):
    # ("why is it called Gull Rock?": the field's `name_origin` first, not its purpose)
    entries = [{"slug": "gull-rock-scandal", "kind": "event", "title": "Gull Rock scandal",
                "summary": "Harbour secretary Dana Holt leased the Gull Rock oil field to Acme "
                           "for a bribe."},
               {"slug": "gull-rock-field", "kind": "place", "title": "Gull Rock oil field",
                "summary": "The federal oil field on Tern Island, set aside for the navy in "
                           "1915.",
                "fields": {"purpose": "an oil supply for the navy's ships",
                           "name_origin": "a nearby rock shaped like a gull"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Rock scandal", entries) as router:
        reply = ask(router, "why is it even called gull rock?")
        assert reply.answered and reply.text.startswith("Name origin: a nearby rock"), reply.text
        reply = ask(router, "why was the oil field set aside?")
        assert reply.answered and reply.text.startswith("Purpose:"), reply.text


def test_a_post_typed_in_capitals_gives_no_initial_of_its_own(tmp_path):
    # ("... facing lawmakers in DC": "Acme CEO" is no "AC", a short form inside a name gives
    # all its letters or none)
    from handlers.declines import spelt_out
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, chief executive of Tern Air, said the outage cost "
                           "the airline $500 million.",
                "aliases": ["Holt", "Dock CEO"]},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, an Acme vice-president, testified before a House panel "
                           "in September 2024 about the faulty update.",
                "fields": {"testified": "September 24, 2024, before a House subcommittee"}},
               *fillers()]
    with small_pack(tmp_path, "Acme update outage", entries) as router:
        entry = router.services.answerer._entries(["dana-holt"])["dana-holt"][0]
        assert spelt_out("DC", entry) is None and spelt_out("DCEO", entry) == "Dock CEO"
        reply = ask(router, "which acme exec testified in DC about the outage?")
        assert "Dana Holt" not in reply.text, reply.text
    # (a longer short form may still give its first letter: "ACME Harbour Board" is "AHB")
    board = {"slug": "board", "kind": "body", "title": "ACME Harbour Board", "summary": "A board."}
    assert spelt_out("AHB", from_content(board)) == "ACME Harbour Board"


def test_giving_up_a_case_drops_it_and_a_burgomaster_is_a_mayor(tmp_path):
    entries = [{"slug": "board-case", "kind": "case", "title": "The harbour board's case against "
                "the merger",
                "summary": "The harbour board sued to block Acme's purchase of Gull Lines in "
                           "2022; after losing on appeal it dismissed the case on May 22, 2025.",
                "fields": {"filed": "December 8, 2022", "dismissed": "May 22, 2025"}},
               {"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran was mayor of Gullport from 1994 to 2004 and led the "
                           "town's response to the blast."},
               *fillers()]
    with small_pack(tmp_path, "Acme purchase of Gull Lines", entries) as router:
        reply = ask(router, "when did the harbour board give up on its case against the merger?")
        assert reply.answered and "May 22, 2025" in reply.text, reply.text
        reply = ask(router, "who was the burgomaster of gullport at the time?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_the_subject_s_long_name_cut_short_is_the_story(tmp_path):
    # ("apologise over Mid Gulls": the pack's Mid Gullshire, cut short as "Staffs" is for
    # Staffordshire, and typed after "over" as after "in")
    entries = [{"slug": "tran-apology", "kind": "event", "title": "Lee Tran's apology",
                "summary": "On 6 February 2013 Premier Lee Tran told the assembly he was "
                           "truly sorry for the hospital's failings.",
                "fields": {"date": "6 February 2013", "by": "Premier Lee Tran"}},
               *fillers()]
    with small_pack(tmp_path, "Mid Gullshire hospital scandal", entries) as router:
        reply = ask(router, "on what date did Tran apologise in the assembly over Mid Gulls?")
        assert reply.answered and "6 February 2013" in reply.text, reply.text
        # (a word of the story in lower case, or one not cut from a subject word, is not it;
        # nor one cut short with no word of the subject beside it as the subject spells it)
        subject = _subject_words("Mid Gullshire hospital scandal")
        for text, story in (("on what date did Tran apologise over Mid Gulls?", True),
                            ("on what date did Tran apologise over mid gulls?", False),
                            ("on what date did Tran apologise over Mid Osprey?", False),
                            ("on what date did Tran apologise over Gulls County?", False)):
            read = router.services.answerer.read(text)
            read.subject = subject
            assert ("gulls" in _story_words(read)) is story, (text, _story_words(read))


def test_put_on_trial_a_member_of_congress_and_the_place(tmp_path):
    # ("were any of the people put on trial actually convicted?": tried; "a former member of
    # Congress" is a congressman; "how big was the place?" asks of the story's own venue)
    entries = [{"slug": "gullport-trial", "kind": "trial", "title": "The Gullport murder trial",
                "summary": "Five defendants were tried in Gullport from 2005 for killing Lee "
                           "Tran; all five were acquitted in June 2007.",
                "fields": {"verdict": "all five acquitted, June 2007"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, a doctor and former congressman from Gullport, was among "
                           "those killed in the collapse."},
               {"slug": "seating", "kind": "figure", "title": "Seating capacity",
                "summary": "The Tern Theatre had about 1,700 seats.",
                "fields": {"seats": "about 1,700"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Theatre collapse", entries) as router:
        reply = ask(router, "were any of the people put on trial in gullport for killing tran "
                            "actually convicted?")
        assert reply.answered and reply.entries[0] == "gullport-trial", reply.text
        reply = ask(router, "I read a former member of Congress died in the theatre - who was "
                            "that?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text
        reply = ask(router, "how big was the place, like how many seats?")
        assert reply.answered and "1,700" in reply.text, reply.text


def test_running_aground_and_a_firm_brought_in(tmp_path):
    # (a tanker that "ran aground" grounded; a salvor "brought in" was engaged or contracted)
    entries = [{"slug": "grounding", "kind": "event", "title": "The grounding",
                "summary": "The tanker Tern grounded on Gull Rock at 20:07 on 15 February "
                           "1996.",
                "fields": {"time": "about 20:07, 15 February 1996"}},
               {"slug": "osprey-salvage", "kind": "company", "title": "Osprey Salvage",
                "summary": "The Dutch salvage company Osprey Salvage was engaged to salvage the "
                           "Tern and refloated her on 21 February 1996.",
                "fields": {"based_in": "Rotterdam"}},
               *fillers()]
    with small_pack(tmp_path, "Tern oil spill", entries) as router:
        reply = ask(router, "when exactly did the tern run aground?")
        assert reply.answered and "20:07" in reply.text, reply.text
        reply = ask(router, "which salvage firm was brought in to get the tanker off the rocks?")
        assert reply.answered and "Osprey Salvage" in reply.text, reply.text


def test_setting_out_figuring_out_who_and_the_biggest_blast(tmp_path):
    # (a ferry that "set sail" from a port left it; to have "figured out who" did a thing is to
    # have named them; "the biggest blast" is the massive one, as a curator writes it)
    entries = [{"slug": "last-voyage", "kind": "event", "title": "The last voyage",
                "summary": "The Tern left the port of Gullport on the morning of 20 May 1987 "
                           "on her regular run to Osprey Bay.",
                "fields": {"route": "Gullport to Osprey Bay"}},
               {"slug": "naming", "kind": "event", "title": "Naming of the likely arsonist",
                "summary": "In 2022 a reporter's finding named the deckhand Sam Reyes as the "
                           "likely arsonist; he denied it."},
               {"slug": "blast", "kind": "event", "title": "The depot blast",
                "summary": "After smaller fires the stored fuel went up in a massive "
                           "explosion at about 16:10.",
                "fields": {"time": "about 16:10"}},
               *fillers()]
    with small_pack(tmp_path, "Tern ferry fire", entries) as router:
        reply = ask(router, "what port did the ferry set sail from?")
        assert reply.answered and "Gullport" in reply.text, reply.text
        reply = ask(router, "has anyone figured out who the arsonist was?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text
        reply = ask(router, "what time did the biggest blast go off")
        assert reply.answered and "16:10" in reply.text, reply.text


def test_a_scientist_and_a_bottom_line_lead_in(tmp_path):
    # (a geophysicist is a scientist; "bottom line for a briefing note:" only frames the
    # question, though "the line: ..." names a line)
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran, a geophysicist, warned in 2008 that the Gull fault could "
                           "produce a large earthquake; it did so in 2010.",
                "fields": {"warning": "a 2008 study finding the Gull fault could produce a "
                                      "magnitude 7 earthquake"}},
               {"slug": "probable-cause", "kind": "finding", "title": "Probable cause",
                "summary": "The board found that a fire in the forward hold brought the Tern "
                           "down.",
                "fields": {"cause": "fire in the forward hold from oxygen canisters"}},
               *fillers()]
    with small_pack(tmp_path, "Tern flight 12 crash", entries) as router:
        reply = ask(router, "which scientist warned before 2010 that the gull fault could "
                            "produce a major quake?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text
        reply = ask(router, "Bottom line for a briefing note: what did the board ultimately "
                            "say caused the crash?")
        assert reply.answered and "forward hold" in reply.text, reply.text


def test_the_story_s_flight_and_a_post_held_during_the_story(tmp_path):
    # ("the captain on the Tern flight": the story's own flight, which the captain's entry
    # need not name; "who chaired the board during the bailout?": the board's own entry,
    # whatever it says of the bailout, which only sets the scene)
    entries = [{"slug": "tern-airways", "kind": "company", "title": "Tern Airways",
                "aliases": ["Tern"],
                "summary": "Tern Airways was a low-fare airline founded in 1992.",
                "fields": {"president": "Sam Reyes", "founded": "1992"}},
               {"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran, 35, was the captain of Flight 12 and died in the crash.",
                "fields": {"role": "Captain of Flight 12"}},
               {"slug": "harbour-board", "kind": "agency", "title": "Harbour Deposit Board",
                "summary": "The deposit insurer, which paid the airline's creditors.",
                "fields": {"chairman": "Dana Holt", "board_member": "Ana Vellan"},
                "aliases": ["HXB"]},
               {"slug": "bailout-cost", "kind": "figure", "title": "Cost of the bailout",
                "summary": "The bailout of Tern Airways cost the deposit insurer about $1.1 "
                           "billion."},
               *({"slug": f"hdb-{n}", "kind": "event", "title": f"HXB {n}",
                  "summary": f"The HXB {n} of the creditors, chaired by its chairman."}
                 for n in ("review", "payout", "hearing", "audit", "vote")),
               *fillers()]
    with small_pack(tmp_path, "Tern Airways Flight 12 crash", entries) as router:
        reply = ask(router, "who was the captain on the tern flight")
        assert reply.answered and "Lee Tran" in reply.text, reply.text
        reply = ask(router, "Who chaired the HXB during the bailout?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_money_gotten_a_typed_story_name_and_after_that_film(tmp_path):
    # ("gotten" is got; a capitalised typo of a word of the story's name, where the story is
    # named, is that word, and "after the Tempest disaster" places the
    # answer in the story's wake, no successor; "after that 2013 film came out" sets a scene,
    # it does not ask what came later)
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran, a councillor, was said to have taken 10 shares and "
                           "received a $410 payment, which he called a loan.",
                "fields": {"accused_of": "Taking 10 shares and receiving $410"}},
               {"slug": "push-bar", "kind": "reform", "title": "Push bar exit",
                "summary": "The crush at locked doors led to the push bar, which opens a door "
                           "outward when pushed.",
                "fields": {"developed_by": "Sam Reyes and Ana Vellan"}},
               {"slug": "tempest-theatre", "kind": "place", "title": "Tempest Theatre",
                "aliases": ["the Tempest"],
                "summary": "The Tempest Theatre opened in Gullport in 1903."},
               {"slug": "film-petition", "kind": "event", "title": "The film and the petition",
                "summary": "A 2013 film led the families to petition the board to reopen the "
                           "case.",
                "fields": {"ruling": "the board denied the petition on March 9, 2015"}},
               *fillers()]
    with small_pack(tmp_path, "Tempest Theatre disaster", entries) as router:
        reply = ask(router, "tran - how much money was he supposed to have gotten?")
        assert reply.answered and "$410" in reply.text, reply.text
        for text in ("Who came up with the push bar after the Tempset disaster?",
                     "Who came up with the push bar after the Tempest disaster?"):
            reply = ask(router, text)
            assert reply.answered and "Sam Reyes" in reply.text, (text, reply.text)
        reply = ask(router, "did the board ever agree to reopen the case after that 2013 film "
                            "came out?")
        assert reply.answered and "March 9, 2015" in reply.text, reply.text


def test_the_name_of_a_thing_never_spoken_of_and_a_comma_not(tmp_path):
    # ("the name of Gullport's mayor" of a briefing that never speaks of a mayor: the town's
    # entry gives no such name, though its `named_for` gives one; "how many were injured, not
    # killed?" sets the killed aside, which the death toll counts)
    entries = [{"slug": "gullport", "kind": "place", "title": "Gullport",
                "summary": "Gullport was a farming town of about 29,000 people, buried by the "
                           "mudflow in 1985.",
                "fields": {"named_for": "Lee Tran, a founder of the colony",
                           "population": "about 29,000"}},
               {"slug": "death-toll", "kind": "figure", "title": "Death toll",
                "summary": "At least 571 people were killed in the theatre.",
                "fields": {"deaths": "at least 571 people"}},
               {"slug": "audience", "kind": "figure", "title": "Audience",
                "summary": "About 1,900 people were in the audience; many were hurt in the "
                           "crush.",
                "fields": {"audience": "about 1,900 people"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport mudflow", entries) as router:
        reply = ask(router, "what was the name of gullport's mayor in 1985")
        assert not reply.answered, reply.text
        reply = ask(router, "how many people were injured, not killed?")
        assert not reply.answered or "571" not in reply.text, reply.text
        # (", not to mention" adds, it sets nothing aside)
        read = router.services.answerer.read("how many were killed, not to mention hurt?")
        assert "hurt" in read.tokens, read.tokens
        # (the name of a thing the store speaks of is still given)
        reply = ask(router, "what was gullport named for?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_who_eventually_did_a_deed_and_a_foothold(tmp_path):
    # ("who eventually built the Gull dam?": the deed after an adverb of time, as after
    # "actually"; "how did the intruders first get a foothold?" asks how they got access)
    entries = [*_gull_dam(),
               {"slug": "intrusion", "kind": "event", "title": "The initial intrusion",
                "summary": "The intruders gained access through a link sent by instant message "
                           "to a harbour clerk, which loaded a web page that planted a "
                           "backdoor.",
                "fields": {"method": "a link in an instant message to a clerk"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who eventually built the gull dam?")
        assert reply.answered and "Acme Power" in reply.text, reply.text
        for text in ("how did the intruders first get a foothold?",
                     "how did the intruders get their foot in the door?"):
            reply = ask(router, text)
            assert reply.answered and "instant message" in reply.text, (text, reply.text)
    assert _deed(["who", "eventually", "bought", "acme"]) == "bought"
    assert _deed(["who", "first", "reported", "the", "leak"]) == "reported"


def test_who_ran_a_rescue_its_on_scene_commander(tmp_path):
    # ("who ran the rescue at the scene that night?": the captain whose role says he was the
    # rescue's on-scene commander, though no fact is named for a leader)
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Master of the ferry Osprey, which kept radio contact with the "
                           "sinking Tern; the coastguard made him on-scene commander of the "
                           "rescue at 02:05.",
                "fields": {"role": "captain of the Osprey; on-scene commander of the rescue",
                           "appointed_by": "the coastguard, at 02:05"}},
               {"slug": "rescue", "kind": "event", "title": "The rescue",
                "summary": "Ships and helicopters from three countries saved 119 people from "
                           "the water and life rafts."},
               {"slug": "storm", "kind": "event", "title": "The storm",
                "summary": "A storm blew through the night of the sinking, with waves of up "
                           "to six metres."},
               *fillers()]
    with small_pack(tmp_path, "Tern ferry sinking", entries) as router:
        reply = ask(router, "who ran the rescue at the scene that night?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_a_quarter_typed_short_a_union_leader_and_one_who_came_after(tmp_path):
    # ("Q4 2007" is the fourth quarter; "who led the union?" is its `leader`; "who took over
    # after Holt quit?" is the one whose own `predecessor` is Holt, not Holt herself; "all
    # countries combined" asks the total)
    entries = [{"slug": "writedowns", "kind": "cause", "title": "Mortgage exposure",
                "summary": "Acme Bank held large amounts of mortgage securities.",
                "fields": {"losses": "$1.9 billion writedown in the fourth quarter of 2007"}},
               {"slug": "union", "kind": "organization", "title": "Net makers' union",
                "summary": "Net makers who survived the factory collapses formed an "
                           "independent union in October 1985.",
                "fields": {"founded": "October 1985", "leader": "Ana Vellan, secretary general"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes became harbour secretary in 1986.",
                "fields": {"role": "harbour secretary", "took_office": "February 1986",
                           "predecessor": "Dana Holt, who resigned after criticism"}},
               {"slug": "toll", "kind": "figure", "title": "Death toll",
                "summary": "About 9,800 people were killed or went missing in 14 countries.",
                "fields": {"deaths": "about 9,800"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport quake", entries) as router:
        for text, expected in (("How much did Acme lose in Q4 2007?", "$1.9 billion"),
                               ("who led the net makers union that formed after the collapse",
                                "Ana Vellan"),
                               ("who took over as harbour secretary after Holt quit?",
                                "Sam Reyes")):
            reply = ask(router, text)
            assert reply.answered and expected in reply.text, (text, reply.text)
        # (a predecessor's entry is not who came after someone its own facts merely mention;
        # "Q1:" numbers a question, not a quarter)
        reply = ask(router, "who took over as harbour secretary after Reyes resigned?")
        assert not reply.answered or "Predecessor: Dana Holt" not in reply.text, reply.text
        assert spelt_short(["q1", "how", "much"], set()) == ["q1", "how", "much"]
        assert spelt_short(["in", "q4", "2007"], set()) == ["in", "fourth", "quarter", "2007"]
        read = router.services.answerer.read("death toll for the whole quake, all countries "
                                             "combined?")
        assert "combined" not in read.unknown, read.unknown


def test_one_who_predicted_it_warned_of_it(tmp_path):
    # ("somebody predicted a wave like this years before": a warning is a prediction)
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran, a retired weather chief, warned in 1998 that a great wave "
                           "could strike Gullport; he was ridiculed and ignored.",
                "fields": {"warning": "1998, a great wave could strike Gullport"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport wave", entries) as router:
        reply = ask(router, "Is it true somebody in Gullport predicted a wave like this years "
                            "before and nobody listened?")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_when_a_report_was_published_is_its_date(tmp_path):
    # ("when did the Tran commission publish its report?": the report's own date, though its
    # entry never says it was published)
    entries = [{"slug": "report", "kind": "inquiry", "title": "Report of the Tern Fire Commission",
                "summary": "The commission's 1974 report found the fire started by accident and "
                           "blamed a chain of failures.",
                "fields": {"year": "1974", "cause": "an accident in a disused kiosk"}},
               {"slug": "commission", "kind": "inquiry", "title": "Tern Fire Commission",
                "summary": "A commission of inquiry chaired by Judge Lee Tran, set up in August "
                           "1973.",
                "fields": {"chair": "Judge Lee Tran", "set_up": "August 1973"},
                "aliases": ["Tran commission"]},
               {"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "A judge who chaired the commission.", "aliases": ["Tran"]},
               *fillers()]
    with small_pack(tmp_path, "Tern fire", entries) as router:
        reply = ask(router, "When did the Tran commission publish its report?")
        assert reply.answered and "1974" in reply.text, reply.text


def test_profits_are_earnings(tmp_path):
    # ("what hit did losing the ship do to Acme's 2012 profits?": its earnings)
    entries = [{"slug": "acme-lines", "kind": "company", "title": "Acme Lines",
                "summary": "Acme Lines, the ferry company that owned the Tern.",
                "fields": {"losses": "$85 million to $95 million off Acme's 2012 earnings "
                                     "from the loss of the ship"}},
               *fillers()]
    with small_pack(tmp_path, "Tern ferry sinking", entries) as router:
        reply = ask(router, "What hit did Acme say losing the ship would do to its 2012 profits?")
        assert reply.answered and "$85 million" in reply.text, reply.text


def test_criminal_charges_brought_a_cause_pinned_down_and_a_claim_walked_back(tmp_path):
    # ("did anyone bring criminal charges?": charged; "did they pin down what lit it?":
    # determined; "did he ever walk that back?": retracted)
    entries = [{"slug": "charges", "kind": "case", "title": "Charges over the Tern",
                "summary": "In 2025 prosecutors charged the Tern's owners with conspiracy.",
                "fields": {"charged": "Acme Lines, 2025"}},
               {"slug": "ignition", "kind": "finding", "title": "Source of ignition",
                "summary": "The board determined that an arc from a frayed wire lit the fire.",
                "fields": {"source": "an arc from a frayed wire"}},
               {"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran told owners to stop sailing their Terns; he retracted the "
                           "advice hours later.",
                "fields": {"retracted": "the same afternoon"}},
               *fillers()]
    with small_pack(tmp_path, "Tern ferry fire", entries) as router:
        for text, expected in (("did prosecutors ever bring criminal charges against anyone?",
                                "Acme Lines"),
                               ("so did they ever pin down what actually lit the fire?",
                                "frayed wire"),
                               ("did Tran ever walk that advice back?", "retracted")):
            reply = ask(router, text)
            assert reply.answered and expected in reply.text, (text, reply.text)


def test_an_address_is_a_number_on_a_named_street(tmp_path):
    # ("what was the address of the house the agents wired up?": "12 Gull Lane NW", whatever
    # the fact is called)
    entries = [{"slug": "house", "kind": "place", "title": "The Gull Lane house",
                "summary": "Agents rented a house in Tern City and wired it with hidden cameras.",
                "fields": {"location": "12 Gull Lane NW, Tern City",
                           "used_for": "Taped meetings with officials"}},
               *fillers()]
    with small_pack(tmp_path, "Osprey sting", entries) as router:
        reply = ask(router, "what was the address of the tern city house the agents wired up")
        assert reply.answered and "12 Gull Lane" in reply.text, reply.text


def test_a_figure_dated_another_year_than_the_one_asked_is_no_answer(tmp_path):
    # ("how much did Acme pay to buy the pier back in 1968?": the summary says it bought the
    # pier in 1968, but the sums it gives are of 1994 and 1995)
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Holdings",
                "summary": "Acme Holdings, which bought the Tern pier in 1968 and its debts; it "
                           "paid the town $9 million in 1994 and the state $12 million in 1995.",
                "fields": {"payments": "$9 million to the town (1994); $12 million to the "
                                       "state (1995)",
                           "bought_pier": "1968"}},
               *fillers()]
    with small_pack(tmp_path, "Tern pier collapse", entries) as router:
        assert not ask(router, "how much did acme pay to buy the pier back in 1968?").answered
        reply = ask(router, "how much did acme pay the state in 1995?")
        assert reply.answered and "$12 million" in reply.text, reply.text


def test_doctors_are_physicians_and_btc_are_bitcoins(tmp_path):
    entries = [{"slug": "autopsies", "kind": "finding", "title": "The autopsies",
                "summary": "Post-mortems at the Gullport hospital found the crew died of cold.",
                "fields": {"number_of_physicians": "17 physicians",
                           "cause": "exposure"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "A guard who took coins from the exchange's wallets.",
                "fields": {"amount_stolen": "About 2,000 bitcoins, sold for $80,000"}},
               *fillers()]
    with small_pack(tmp_path, "Tern exchange", entries) as router:
        for text, expected in (("how many doctors did the autopsies", "17 physicians"),
                               ("how many btc did sam reyes steal?", "2,000 bitcoins")):
            reply = ask(router, text)
            assert reply.answered and expected in reply.text, (text, reply.text)


def test_last_words_ask_for_a_quote(tmp_path):
    entries = [{"slug": "trial", "kind": "case", "title": "The trial of Sam Reyes",
                "summary": "Sam Reyes never answered questions at his trial; at the verdict he "
                           "mumbled and had to be made to stand. He was hanged in 2018.",
                "fields": {"verdict": "guilty, 2004", "hanged": "July 2018",
                           "words": "He mumbled at the verdict and said nothing coherent"}},
               *fillers()]
    with small_pack(tmp_path, "Tern gas attack", entries) as router:
        assert not ask(router, "what were sam reyes's last words before the hanging").answered


def test_a_misspelt_word_whose_stem_the_store_knows_is_still_a_typo(tmp_path):
    # ("governer" is cut to "govern", as "government" is: a typo of "governor")
    entries = [{"slug": "lee-tran", "kind": "person", "title": "Lee Tran",
                "summary": "Lee Tran was Governor of Gull Island when the dam failed.",
                "fields": {"role_in_1976": "Governor of Gull Island"}},
               {"slug": "aid", "kind": "response", "title": "Government aid",
                "summary": "The federal government paid for the clean-up after the dam failed.",
                "fields": {"by": "the federal government"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Island dam failure", entries) as router:
        reply = ask(router, "who was governer of gull island when the dam broke")
        assert reply.answered and "Lee Tran" in reply.text, reply.text


def test_repute_and_short_forms_ask_nothing_of_their_own(tmp_path):
    # ("that infamous gold tap": how it is known, not which; "legit" is legitimate)
    entries = [{"slug": "spending", "kind": "scheme", "title": "Lavish spending",
                "summary": "Company money paid for Sam Reyes's flat, including a $6,000 gold tap.",
                "fields": {"gold_tap": "$6,000"}},
               {"slug": "tool", "kind": "malware", "title": "The HXB disk tool",
                "summary": "HXB is a legitimate, signed disk tool that the wiper abused to "
                           "write straight to disks.",
                "fields": {"status": "legitimate signed software"}},
               *fillers()]
    with small_pack(tmp_path, "Osprey looting", entries) as router:
        for text, expected in (("how much was that infamous gold tap lol", "$6,000"),
                               ("which legit signed tool did the wiper abuse", "HXB")):
            reply = ask(router, text)
            assert reply.answered and expected in reply.text, (text, reply.text)


def test_nationals_of_a_country_are_counted_by_its_fact(tmp_path):
    # ("how many German nationals died?": `germany: 37 Germans`, not the fact named
    # `united_states`, whose "united" the stemmer reads as "units", a count)
    entries = [{"slug": "nationalities", "kind": "figure", "title": "The dead by nationality",
                "summary": "The 80 dead came from four countries.",
                "fields": {"united_kingdom": "1 Briton", "united_states": "8 Americans",
                           "austria": "34 Austrians", "germany": "37 Germans"}},
               *fillers()]
    with small_pack(tmp_path, "Tern tunnel fire", entries) as router:
        reply = ask(router, "how many German nationals were among the victims?")
        assert reply.answered and "37 Germans" in reply.text, reply.text


def test_a_thing_made_public_with_its_name_between(tmp_path):
    entries = [{"slug": "toll-disclosed", "kind": "event", "title": "Death toll disclosed (1979)",
                "summary": "The number of dead was kept secret for three years; a state agency "
                           "first published it in November 1979.",
                "fields": {"date": "November 1979", "announced_by": "the state news agency"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport earthquake", entries) as router:
        reply = ask(router, "When did the government finally make the death toll public?")
        assert reply.answered and "November 1979" in reply.text, reply.text


def test_an_entry_named_for_a_deed_says_it_was_done(tmp_path):
    entries = [{"slug": "warning", "kind": "event", "title": "The warning in Gullport",
                "summary": "Before the flood reached Gullport, two officers rode through the "
                           "streets waking residents.",
                "fields": {"who": "Officers Lee Tran and Sam Reyes"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Dam collapse", entries) as router:
        reply = ask(router, "did anybody warn the people in gullport before the water got there?")
        assert reply.answered and "waking residents" in reply.text, reply.text


def test_a_figure_the_question_gives_is_no_answer(tmp_path):
    # ("how much did Osprey ask for before Acme paid the $3 million?": "$3 million" is what
    # the asker knows)
    entries = [{"slug": "ransom", "kind": "event", "title": "Acme's ransom payment",
                "summary": "Acme paid the Osprey gang a ransom of $3 million.",
                "fields": {"amount": "$3 million", "paid_by": "Acme"}},
               *fillers()]
    with small_pack(tmp_path, "Osprey ransomware attack", entries) as router:
        assert not ask(router, "How much did Osprey ask for before Acme paid the $3 million?"
                       ).answered
        reply = ask(router, "how much did Acme pay Osprey?")
        assert reply.answered and "$3 million" in reply.text, reply.text


def test_in_charge_of_is_led_and_going_into_service_is_opening(tmp_path):
    entries = [{"slug": "group", "kind": "organisation", "title": "Tern Working Group",
                "summary": "An informal coalition of researchers that blocked the worm's domains.",
                "fields": {"formed": "early 2009",
                           "led_by": "Lee Tran of Acme, who acted as its director"}},
               {"slug": "blocking", "kind": "response", "title": "Blocking the worm's domains",
                "summary": "The Tern Working Group blocked each day's domains in advance.",
                "fields": {"led_by": "Tern Working Group with the registries",
                           "method": "blocked every name before its date"}},
               {"slug": "funicular", "kind": "train", "title": "Gull Rock funicular",
                "summary": "A cable-hauled funicular opened in 1974, mostly in a tunnel.",
                "fields": {"opened": "1974", "length": "About 3.9 km"}},
               *fillers()]
    with small_pack(tmp_path, "Tern worm", entries) as router:
        for text, expected in (("Who was in charge of the Tern Working Group?", "Lee Tran"),
                               ("what year did the gull rock funicular first go into service",
                                "1974")):
            reply = ask(router, text)
            assert reply.answered and expected in reply.text, (text, reply.text)


def test_a_sum_paid_to_settle_is_given_by_an_entry_named_for_the_settlement(tmp_path):
    # ("how much did Acme pay out to settle the suit?": no one in the entry "settled", but it
    # is the suit whose keywords name the settlement)
    entries = [{"slug": "suit", "kind": "case", "title": "Riders' class action",
                "summary": "Riders sued the ferry line's banks; the suit recovered $7 million.",
                "fields": {"amount": "About $7 million recovered in total",
                           "payment": "Acme Bank $2.4 million, Gull Bank $2 million"},
                "keywords": ["class action", "settlement"]},
               *fillers()]
    with small_pack(tmp_path, "Tern ferry collapse", entries) as router:
        reply = ask(router, "how much did Acme Bank pay out to settle the riders' suit?")
        assert reply.answered and "$2.4 million" in reply.text, reply.text


def test_a_count_of_those_of_a_country_must_say_that_country(tmp_path):
    # ("how many of the passengers were French citizens?": not the whole count)
    entries = [{"slug": "crash", "kind": "event", "title": "Flight 12 crash",
                "summary": "Flight 12 broke up off Gull Rock, killing all 230 aboard, citizens "
                           "of nine countries.",
                "fields": {"deaths": "230 people (212 passengers and 18 crew)"}},
               {"slug": "inquiry", "kind": "inquiry", "title": "The inquiry",
                "summary": "French investigators joined the inquiry into the crash."},
               *fillers()]
    with small_pack(tmp_path, "Flight 12 crash", entries) as router:
        assert not ask(router, "how many of the passengers were french citizens").answered
        reply = ask(router, "how many passengers died?")
        assert reply.answered and "212 passengers" in reply.text, reply.text


def test_a_title_naming_its_owner_says_whose_sum_it_is(tmp_path):
    # ("how much did Acme itself pay the regulator?": "Acme's $50 million settlement", whose
    # fine does not name Acme again)
    entries = [{"slug": "settlement", "kind": "settlement",
                "title": "Acme's $50 million settlement (2006)",
                "summary": "Acme agreed to pay a $50 million penalty to settle the regulator's "
                           "charges.",
                "fields": {"fine": "$50 million civil penalty", "date": "April 17, 2006"}},
               {"slug": "auditor", "kind": "company", "title": "Gull & Co",
                "summary": "Acme's auditor, which paid $225 million to settle investors' claims.",
                "fields": {"payment": "$225 million to investors"}},
               {"slug": "acme", "kind": "company", "title": "Acme", "summary": "A conglomerate."},
               *fillers()]
    with small_pack(tmp_path, "Acme looting scandal", entries) as router:
        reply = ask(router, "how much did acme itself pay the regulator to settle the charges")
        assert reply.answered and "$50 million" in reply.text, reply.text


def test_how_much_notice_asks_a_time_ahead(tmp_path):
    entries = [{"slug": "alert", "kind": "system", "title": "Gullport quake alert",
                "summary": "An alert system that warns the city before shaking arrives.",
                "fields": {"warning_time": "about 60 seconds for a coastal quake",
                           "started": "1991"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport earthquake", entries) as router:
        reply = ask(router, "how much notice does the quake alert give people before the "
                            "shaking gets there?")
        assert reply.answered and "60 seconds" in reply.text, reply.text


def test_a_figure_asked_as_someones_must_be_theirs(tmp_path):
    # ("what was Osprey's closing price?": not Acme's, in an entry whose facts name Osprey
    # only as a rival)
    entries = [{"slug": "delisting", "kind": "event", "title": "Acme's last day of trading",
                "summary": "Acme's shares stopped trading on October 27 after the buyout.",
                "fields": {"closing_price": "$54.20 on October 27", "rival": "Osprey"}},
               {"slug": "osprey", "kind": "company", "title": "Osprey",
                "summary": "A rival ferry firm that bid for Acme."},
               *fillers()]
    with small_pack(tmp_path, "Acme buyout", entries) as router:
        assert not ask(router, "what was Osprey's closing price on its last day of trading"
                       ).answered
        reply = ask(router, "what was Acme's closing price on its last day of trading")
        assert reply.answered and "$54.20" in reply.text, reply.text


def test_a_count_of_the_dead_must_say_they_died(tmp_path):
    # ("how many soldiers died in the landing?": not "about 42,000 troops")
    entries = [{"slug": "landing", "kind": "operation", "title": "Operation Tern",
                "summary": "The secret deployment of troops to Gull Island in 1962.",
                "fields": {"troop_count": "about 42,000 soldiers on the island"}},
               {"slug": "raid", "kind": "event", "title": "The Gull Rock raid",
                "summary": "A night raid on the harbour at Gull Rock in 1963.",
                "fields": {"deaths": "12 soldiers", "date": "May 3, 1963"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Island crisis", entries) as router:
        assert not ask(router, "how many soldiers died during operation tern?").answered
        reply = ask(router, "how many soldiers were killed in the gull rock raid?")
        assert reply.answered and "12 soldiers" in reply.text, reply.text


def test_a_name_typed_without_its_accents_is_the_name(tmp_path):
    # ("what magnitude was the golport quake?" of "Gölport earthquake")
    assert stem("gölport") == stem("golport") and stem("İlport".casefold()) == stem("ilport")
    entries = [{"slug": "main-quake", "kind": "event", "title": "Gölport earthquake",
                "summary": "The shock that levelled the harbour district of Gölport at night.",
                "fields": {"magnitude": "Mw 7.4", "date": "17 August 1999"}},
               {"slug": "tern-quake", "kind": "event", "title": "Tern earthquake",
                "summary": "A second quake, three weeks later, on the Tern coast.",
                "fields": {"magnitude": "Mw 6.0", "date": "7 September 1999"}},
               *fillers()]
    with small_pack(tmp_path, "Gölport earthquake", entries) as router:
        reply = ask(router, "what magnitude was the golport quake?")
        assert reply.answered and "7.4" in reply.text and "6.0" not in reply.text, reply.text


def test_metres_written_m_are_a_length(tmp_path):
    # ("how long is the crest?": "1,066 m"; a sum in millions is no length)
    assert SHAPES["length"].search("Crest length: 1,066 m")
    assert SHAPES["length"].search("lies 40 m below the surface")
    for money in ("$5 m", "5m people", "NOK 40 m", "about 40 m kroner", "1.2 m passengers"):
        assert not SHAPES["length"].search(money), money
    entries = [{"slug": "dam", "kind": "facility", "title": "Gull Rock dam",
                "summary": "A concrete arch dam on the Tern river.",
                "fields": {"height": "242 m", "crest_length": "1,066 m"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Rock dam", entries) as router:
        reply = ask(router, "how high is the dam, and how long is the crest?")
        assert reply.answered and "242 m" in reply.text and "1,066 m" in reply.text, reply.text


def test_compared_to_asks_no_third_thing(tmp_path):
    # ("how fast was the Tern's doubling time compared to the Gull's?": both named, the word
    # for comparing unknown to the store)
    entries = [{"slug": "doubling-time", "kind": "figure", "title": "Doubling time",
                "summary": "The Tern worm's infected population doubled every 8.5 seconds.",
                "fields": {"tern_doubling_time": "about 8.5 seconds",
                           "gull_doubling_time": "about 37 minutes"}},
               {"slug": "tern", "kind": "worm", "title": "Tern worm",
                "summary": "A fast worm of 2003."},
               {"slug": "gull", "kind": "worm", "title": "Gull worm",
                "summary": "A slower worm of 2001, the usual yardstick."},
               *fillers()]
    with small_pack(tmp_path, "Tern worm", entries) as router:
        reply = ask(router, "how fast was the tern worm's doubling time compared to the gull "
                            "worm")
        assert reply.answered and "8.5 seconds" in reply.text, reply.text


def test_the_name_of_that_promo_is_its_entrys_title(tmp_path):
    # ("what was the name of that burger promo they were running?": "promo" is short for
    # "promotion", "that" starts no clause, and "they were running" is one)
    assert _thing_called("what was the name of that new ferry they ran".split()) == [
        "new", "ferry"]
    entries = [{"slug": "promotion", "kind": "event", "title": "Holt Burger promotion",
                "summary": "Acme was running a cut-price burger promotion when the outbreak "
                           "struck.",
                "fields": {"slogan": "So good it hurts", "when": "Winter 1992-93"}},
               *fillers()]
    with small_pack(tmp_path, "Acme outbreak", entries) as router:
        reply = ask(router, "what was the name of that burger promo they were running at the "
                            "time")
        assert reply.answered and "Holt Burger" in reply.text, reply.text


def test_getting_money_back_is_recovering_it(tmp_path):
    assert "executives" in synonyms_of("execs")
    entries = [{"slug": "acme-v-suppliers", "kind": "lawsuit",
                "title": "Acme's suit against its meat suppliers",
                "summary": "Acme sued the meat suppliers and in 1998 won a $58 million "
                           "settlement from them.",
                "fields": {"amount": "$58 million", "year": "1998"},
                "keywords": ["recovery from suppliers"]},
               {"slug": "traceback", "kind": "investigation", "title": "Traceback",
                "summary": "Inspectors traced the bad meat back to one plant and its "
                           "suppliers."},
               {"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "The burger chain at the heart of the outbreak."},
               *fillers()]
    with small_pack(tmp_path, "Acme outbreak", entries) as router:
        reply = ask(router, "did acme ever get money back from its meat suppliers? how much?")
        assert reply.answered and "$58 million" in reply.text, reply.text


def test_how_far_up_asks_a_height(tmp_path):
    entries = [{"slug": "vessel-jump", "kind": "figure", "title": "Reactor vessel jump",
                "summary": "The force of the steam explosion lifted the whole reactor vessel "
                           "out of its place until it hit the ceiling.",
                "fields": {"height": "9 feet 1 inch", "weight": "26,000 pounds"}},
               {"slug": "accident", "kind": "event", "title": "Gull reactor accident",
                "summary": "A steam explosion destroyed the Gull reactor; parts were thrown "
                           "across the building.",
                "fields": {"date": "January 3, 1961", "deaths": "3 operators"}},
               *fillers()]
    with small_pack(tmp_path, "Gull reactor accident", entries) as router:
        reply = ask(router, "how far up did the reactor vessel get thrown by the blast?")
        assert reply.answered and "9 feet" in reply.text, reply.text
    # (not "how far up river": a way along)
    assert _depth_words("how far up river did the ferry sail".split()) == set()
    assert _depth_words("how far up was it thrown".split()) == {"high", "up"}


def test_a_number_that_names_counts_nothing(tmp_path):
    # ("how many servers were infected?": not "UDP port 7070" nor "GX02-031"; but "stayed in
    # port 12 days" gives 12 days)
    entries = [{"slug": "advisory", "kind": "report", "title": "Harbour advisory HA-2003-04",
                "summary": "The advisory told administrators to patch with GX02-031, block UDP "
                           "port 7070 and reboot infected servers.",
                "fields": {"advice": "Apply GX02-031, filter UDP port 7070, reboot infected "
                                     "servers"}},
               {"slug": "infected-hosts", "kind": "figure", "title": "Number of infected hosts",
                "summary": "The worm infected at least 75,000 hosts worldwide.",
                "fields": {"total": "at least 75,000 hosts"}},
               {"slug": "tern", "kind": "ship", "title": "The Tern",
                "summary": "The cable ship that stayed in port 12 days while the worm spread."},
               *fillers()]
    with small_pack(tmp_path, "Tern worm", entries) as router:
        reply = ask(router, "roughly how many servers ended up infected?")
        assert reply.answered and "75,000" in reply.text, reply.text
        reply = ask(router, "how many days did the Tern stay in port?")
        assert reply.answered and "12 days" in reply.text, reply.text


def test_what_a_word_means_is_its_fact_named_meaning(tmp_path):
    entries = [{"slug": "holtgata", "kind": "scheme", "title": "Holtgata loss-hiding scheme",
                "summary": "From 1998 Acme moved loss-making assets into funds outside its "
                           "accounts.",
                "fields": {"meaning": 'Tern for "flying away": shifting losses elsewhere',
                           "started": "around 1998",
                           "effect_on_shares": "Acme's shares fell 80% when it came out"}},
               *fillers()]
    with small_pack(tmp_path, "Acme scandal", entries) as router:
        reply = ask(router, "holtgata - what does the word actually mean?")
        assert reply.answered and "flying away" in reply.text, reply.text
        # (what it meant for someone is its effect, not the word's meaning)
        reply = ask(router, "what did the holtgata scheme mean for acme's shares?")
        assert "flying away" not in reply.text.partition("\n")[0], reply.text


def test_someones_line_about_a_thing_is_their_words(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, counsel for the crews, attacked the harbour board's "
                           "policy and appealed the convictions.",
                "fields": {"statement": '"This is not fifty men on trial. This is the harbour '
                                        'on trial."'}},
               *fillers()]
    with small_pack(tmp_path, "Gullport mutiny trial", entries) as router:
        reply = ask(router, "What was Dana Holt's line about the harbour being on trial?")
        assert reply.answered and "harbour on trial" in reply.text, reply.text
    # (a line on a map is no saying)
    entries = [{"slug": "gull-rail", "kind": "company", "title": "Gull Rail",
                "summary": "The railway that ran trains along the north shore.",
                "fields": {"north_shore_line": "Tern Line, opened 1911"}},
               *fillers()]
    with small_pack(tmp_path / "rail", "Gullport railways", entries) as router:
        reply = ask(router, "what was Gull Rail's line on the north shore?")
        assert reply.answered and "Tern Line" in reply.text, reply.text


def test_a_temperature_is_found_below_the_entry_named_and_counts_nothing(tmp_path):
    # ("what temp was Acme cooking its burgers to?": the entry on undercooking, below Acme's
    # own; "how many patties were recalled?" is not answered by "cook them to 155°F")
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Burgers",
                "summary": "The burger chain whose burgers made hundreds ill.",
                "aliases": ["ACB"], "fields": {"owner": "Gull Foods"}},
               {"slug": "undercooking", "kind": "cause", "title": "Undercooked hamburgers",
                "summary": "Acme cooked its hamburgers to 140°F, not the 155°F the state "
                           "required.",
                "fields": {"cooked_to": "140°F internal temperature"}},
               {"slug": "recall", "kind": "event", "title": "Recall of Acme patties",
                "summary": "Acme stopped serving the suspect patties and recalled the unused "
                           "ones.",
                "fields": {"date": "January 18, 1993",
                           "cooking_change": "Restaurants told to cook patties to 155°F"}},
               {"slug": "tern", "kind": "ship", "title": "The Tern",
                "summary": "The supply ship that capsized in the storm.",
                "fields": {"list_degrees": "30° to port before she capsized"}},
               *fillers()]
    with small_pack(tmp_path, "Acme outbreak", entries) as router:
        reply = ask(router, "what temp was acme actually cooking its burgers to?")
        assert reply.answered and "140°F" in reply.text, reply.text
        assert not ask(router, "how many patties did acme end up recalling?").answered
        # (degrees of a list are no temperature: "30°" still counts)
        reply = ask(router, "how many degrees was the tern listing?")
        assert reply.answered and "30°" in reply.text, reply.text


def test_a_measure_counts_nothing_and_a_count_of_the_hurt_must_say_so(tmp_path):
    # ("how many torpedoes was it carrying?": not "650 mm" across; "how many passengers were
    # hurt?": not those aboard)
    entries = [{"slug": "torpedo", "kind": "weapon", "title": "Type 65 torpedo",
                "summary": "A large 650 mm torpedo carried by the Tern, driven by peroxide.",
                "fields": {"diameter": "650 mm", "length": "11 m"}},
               {"slug": "flight-12", "kind": "event", "title": "Flight 12 evacuation",
                "summary": "Flight 12 was evacuated down the slides after a battery fire.",
                "fields": {"people_aboard": "137 people (129 passengers and 8 crew)"}},
               {"slug": "crash", "kind": "event", "title": "Gull Rock crash",
                "summary": "A ferry hit the rocks off Gull Rock.",
                "fields": {"injured": "14 passengers hurt", "aboard": "210 passengers"}},
               *fillers()]
    with small_pack(tmp_path, "Tern submarine", entries) as router:
        assert not ask(router, "how many torpedoes was the tern carrying when it sank?"
                       ).answered
        assert not ask(router, "how many passengers were hurt going down the slides on "
                               "flight 12").answered
        reply = ask(router, "how many passengers were hurt in the gull rock crash?")
        assert reply.answered and "14 passengers" in reply.text, reply.text


def test_a_name_typed_without_accents_names_its_entry(tmp_path):
    # ("when did honore retire?" of "Russel Honoré"-like entries: the person named, and a deed
    # the store never speaks of is no date of the summary's)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana L. Hölt",
                "summary": "Dana Hölt ran the harbour board's response and arrived in Gullport "
                           "on May 3, 1999.",
                "fields": {"role": "Harbour master"}},
               {"slug": "board", "kind": "organisation", "title": "Gölport Harbour Board",
                "summary": "The board that runs the harbour.", "fields": {"founded": "1901"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport flood", entries) as router:
        assert not ask(router, "when did holt retire from the board").answered
        reply = ask(router, "when was the golport harbour board founded?")
        assert reply.answered and "1901" in reply.text, reply.text


def test_a_band_named_after_the_story_is_no_later_deed(tmp_path):
    # ("is the band actually named after this?": where its name came from, not something it
    # did after the story)
    entries = [{"slug": "gullrock-band", "kind": "organisation", "title": "Gulrokk (band)",
                "summary": "The metal band Gulrokk, formed in 1994, took its name from the Gull "
                           "Rock disaster with an extra k.",
                "aliases": ["Gulrokk"],
                "fields": {"name_origin": "From Gull Rock and its ferry disaster, spelt with "
                                          "an extra k", "founded": "1994"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Rock ferry disaster", entries) as router:
        reply = ask(router, "is gulrokk the band actually named after this??")
        assert reply.answered and "extra k" in reply.text, reply.text


def test_a_thing_lying_or_sitting_somewhere_is_only_placed(tmp_path):
    # ("how deep is the wreck lying?": its depth, no lying the store must speak of)
    entries = [{"slug": "sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The Tern broke in two and sank off Gull Rock on November 19, 2002.",
                "fields": {"depth": "more than 3,500 metres", "wreck": "two pieces of hull"}},
               {"slug": "acme-shed", "kind": "place", "title": "Acme shed 12",
                "summary": "The harbour shed where the seized fertiliser was stored for years.",
                "fields": {"quantity": "2,750 tonnes of fertiliser"}},
               *fillers()]
    with small_pack(tmp_path, "Tern oil spill", entries) as router:
        reply = ask(router, "how much fertiliser was actually sitting in shed 12?")
        assert reply.answered and "2,750 tonnes" in reply.text, reply.text
        reply = ask(router, "how deep is the wreck lying")
        assert reply.answered and "3,500 metres" in reply.text, reply.text


def test_how_deep_asks_a_length(tmp_path):
    # ("how deep is the wreck?": not "270 square miles" of slick, though the entry gives a
    # length of something else)
    entries = [{"slug": "osprey-disaster", "kind": "event", "title": "Osprey disaster",
                "summary": "On 18 March 1967 the tanker Osprey ran aground on Gull Rock; her "
                           "whole cargo was lost, and the wreck was bombed to burn the oil.",
                "fields": {"date": "18 March 1967",
                           "location": "Gull Rock, 15 miles off Gullport",
                           "cargo": "about 120,000 tons of crude oil",
                           "slick_size": "about 270 square miles (700 km2)",
                           "ended": "Wreck bombed by navy jets to burn the remaining oil"}},
               *fillers()]
    with small_pack(tmp_path, "Osprey oil spill", entries) as router:
        assert not ask(router, "how deep is the wreck?").answered
        reply = ask(router, "how big was the slick?")
        assert reply.answered and "270 square miles" in reply.text, reply.text


def test_a_short_form_everyone_knows_is_said_spelt_out(tmp_path):
    # ("what did the court order the ex-CFO to pay?" of a summary saying "chief financial
    # officer")
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, Acme's chief financial officer until 2006, refused the "
                           "board settlement; a Gullport court ordered her in December 2013 "
                           "to pay Acme €15 million.",
                "keywords": ["former CFO"],
                "fields": {"court_order": "€15 million in damages, Gullport court, "
                                          "December 10, 2013"}},
               *fillers()]
    with small_pack(tmp_path, "Acme bribery scandal", entries) as router:
        reply = ask(router, "what did the court order the ex-CFO to pay in 2013")
        assert reply.answered and "€15 million" in reply.text, reply.text


def test_ai_is_never_spelt_out_from_the_entries(tmp_path):
    # ("the EU AI Act" is artificial intelligence, not the "Accident Investigation" bureau a
    # fact names)
    entries = [{"slug": "bureau", "kind": "organisation", "title": "Gullport Air Safety Bureau",
                "summary": "Gullport's accident investigation body (GASB), which led the "
                           "inquiry into the collision.",
                "fields": {"report": "Final report, published May 2004"}},
               {"slug": "report", "kind": "investigation", "title": "GASB final report",
                "summary": "The bureau's final report, published in May 2004, named two causes.",
                "fields": {"recommendations": "Alarm advisories should take precedence; the "
                                              "alarm should reverse when one aircraft acts "
                                              "against it",
                           "by": "Gullport Bureau of Aircraft Accident Investigation (GBAI)"}},
               {"slug": "mandate", "kind": "measure", "title": "Alarm version mandate",
                "summary": "An EU regulation made the newer alarm version compulsory for "
                           "airliners from 2015.",
                "fields": {"rule": "EU Regulation 1332/2011"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Rock mid-air collision", entries) as router:
        assert not ask(router, "can you summarise the latest EU AI Act enforcement timeline"
                       ).answered


def test_an_order_to_each_of_several_is_no_saying(tmp_path):
    # ("what did the alarm tell each of the two crews to do?": the order, in any words, not a
    # quote)
    entries = [{"slug": "alarm", "kind": "equipment", "title": "Tern collision alarm",
                "summary": "The cockpit alarm fitted to both aircraft; it told the Osprey to "
                           "climb and the Tern to descend.",
                "fields": {"advisories": "Osprey climb, Tern descend, coordinated between "
                                         "the two aircraft"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Rock mid-air collision", entries) as router:
        reply = ask(router, "What exactly did the alarm tell each of the two crews to do?")
        assert reply.answered and "Osprey climb" in reply.text, reply.text


def test_that_night_is_the_storys_own_time(tmp_path):
    # ("did the ice that night cause the stall?": no entry need say the night)
    entries = [{"slug": "icing", "kind": "finding", "title": "Icing",
                "summary": "Flight 12 met light icing on its descent; the board found the ice "
                           "had a minimal effect and did not cause the stall.",
                "fields": {"finding": "Ice had a minimal effect on performance and did not "
                                      "cause the stall"}},
               {"slug": "crash", "kind": "event", "title": "Crash of Flight 12",
                "summary": "Flight 12 stalled and crashed into a house near Gullport at night "
                           "on February 12, 2009.",
                "fields": {"time": "10:17 pm", "deaths": "50"}},
               {"slug": "cause", "kind": "finding", "title": "Probable cause",
                "summary": "The captain's wrong response to the stall warning caused the crash.",
                "fields": {"cause": "The captain pulled back when the stick shaker activated"}},
               *fillers()]
    with small_pack(tmp_path, "Flight 12 crash", entries) as router:
        reply = ask(router, "did the ice that night actually cause the stall or not?")
        assert reply.answered and "did not cause the stall" in reply.text, reply.text


def test_one_of_several_is_no_count(tmp_path):
    # ("how big was the crowd?": "one of the disasters behind today's rules" gives no number)
    entries = [{"slug": "rules", "kind": "aftermath", "title": "Air show rules after Gull Rock",
                "summary": "Gull Rock is one of the disasters behind today's display rules, "
                           "which forbid manoeuvres over the crowd.",
                "fields": {"crowd_line": "Displays keep a set distance from the crowd line"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Rock air show disaster", entries) as router:
        assert not ask(router, "roughly how big was the crowd?").answered


def test_a_body_that_answers_who_is_named(tmp_path):
    # ("who actually owned the ship?" of a company's entry whose lines never say its name)
    entries = [{"slug": "gull-lines", "kind": "company", "title": "Gull Lines Inc.",
                "summary": "Liberian-registered company that owned the Tern; the ship was "
                           "managed from Athens.",
                "fields": {"owned": "the Tern"}},
               *fillers()]
    with small_pack(tmp_path, "Tern oil spill", entries) as router:
        reply = ask(router, "who actually owned the ship?")
        assert reply.answered and "Gull Lines" in reply.text, reply.text


def test_a_date_every_year_is_no_day_done_once(tmp_path):
    # ("when was the monument unveiled?": "every 4 October" is when the story is remembered)
    entries = [{"slug": "monument", "kind": "consequence", "title": "Gullmer disaster monument",
                "summary": "A memorial stands at the crash site around a tree that survived the "
                           "crash; the disaster is commemorated there every 4 October.",
                "fields": {"location": "Crash site, by the Gull flats",
                           "commemoration_date": "Every 4 October"}},
               {"slug": "crash", "kind": "event", "title": "Gullmer disaster",
                "summary": "On 4 October 1992 Flight 12 crashed into the Gull flats.",
                "fields": {"date": "4 October 1992"}},
               {"slug": "plaque", "kind": "consequence", "title": "Airline plaque",
                "summary": "The airline unveiled a plaque at its Gullport office in 1993.",
                "fields": {"unveiled": "1993"}},
               *fillers()]
    with small_pack(tmp_path, "Gullmer disaster (Flight 12, Gullport, 1992)", entries) as router:
        assert not ask(router, "when was the gullmer monument unveiled").answered
        reply = ask(router, "when is the disaster commemorated at the monument?")
        assert reply.answered and "4 October" in reply.text, reply.text


def test_how_long_the_jury_was_out_needs_its_deliberation(tmp_path):
    # ("how long was the jury out?": the time it deliberated, not the trial's "about six
    # months")
    entries = [{"slug": "trial", "kind": "case", "title": "Gullport bellwether trial",
                "summary": "The first civil jury trial against Acme ran for six months in 2022 "
                           "and ended in a mistrial.",
                "fields": {"duration": "About six months",
                           "outcome": "Mistrial in August 2022 after jurors deadlocked"}},
               {"slug": "holt-trial", "kind": "case", "title": "Holt fraud trial",
                "summary": "Dana Holt's month-long trial ended with a guilty verdict after about "
                           "4 hours of jury deliberation.",
                "fields": {"duration": "About a month of trial; about 4 hours of jury "
                                       "deliberation"}},
               *fillers()]
    with small_pack(tmp_path, "Acme water crisis", entries) as router:
        assert not ask(router, "how long did the jury deliberate in the bellwether trial "
                               "before they deadlocked?").answered
        reply = ask(router, "how long did the jury deliberate in the holt trial?")
        assert reply.answered and "4 hours" in reply.text, reply.text


def test_everyday_words_for_evacuating_waiting_and_fame(tmp_path):
    # ("had to leave their homes": evacuated; "sit around": wait; "a well-known expert": a
    # famous researcher)
    entries = [{"slug": "evacuation", "kind": "event", "title": "Evacuation of Gullport",
                "summary": "Police evacuated about 21,800 people from Gullport after the leak.",
                "fields": {"number_evacuated": "About 21,800 people"}},
               {"slug": "delay", "kind": "event", "title": "Delay after de-icing",
                "summary": "About 49 minutes passed between the end of de-icing and takeoff "
                           "while Flight 12 waited in line.",
                "fields": {"duration": "About 49 minutes"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, the famous epidemiologist who led the harbour board's "
                           "cholera research, died in the crash.",
                "fields": {"field": "Cholera research"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport derailment", entries) as router:
        reply = ask(router, "How many people had to leave their homes in Gullport?")
        assert reply.answered and "21,800" in reply.text, reply.text
        reply = ask(router, "how long did the jet sit around after de-icing before takeoff")
        assert reply.answered and "49 minutes" in reply.text, reply.text
        reply = ask(router, "I heard a well-known cholera expert died, who was that?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_what_kind_of_plane_asks_of_the_aircraft(tmp_path):
    # ("what kind of plane was it?": the pack's `aircraft` entry, not another flight's
    # "Aircraft: Boeing 767-200"; the kind asked is the plane, not "kind")
    entries = [{"slug": "c-gxyz", "kind": "aircraft", "title": "C-GXYZ (the Airbus A330-243)",
                "summary": "The aircraft was an Airbus A330-243 registered C-GXYZ, a twin-engine "
                           "widebody delivered to Gull Air in 1999.",
                "fields": {"model": "Airbus A330-243", "registration": "C-GXYZ"}},
               {"slug": "gull-air-12", "kind": "event", "title": "Gull Air 12",
                "summary": "Gull Air 12 ran out of fuel over the Atlantic and glided to Gull Rock "
                           "on August 24, 2001.",
                "fields": {"date": "August 24, 2001", "route": "Gullport to Lisbon"}},
               {"slug": "other-glider", "kind": "comparison",
                "title": "Comparison with the Tern glider",
                "summary": "Gull Air 12 is often compared with the 1983 Tern glider, a Boeing 767 "
                           "that ran out of fuel.",
                "fields": {"aircraft": "Boeing 767-200", "other": "Tern Air 143"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Air 12 glide (2001)", entries) as router:
        reply = ask(router, "what kind of plane was it")
        assert reply.answered and "A330" in reply.text, reply.text


def test_the_storys_own_name_is_no_name_the_answer_must_say(tmp_path):
    # ("who led the investigation into the Gull Air incident?": the office that led it, whose
    # entry never names Gull Air, not the airline's own chief)
    entries = [{"slug": "gull-air", "kind": "organisation", "title": "Gull Air",
                "summary": "Gull Air is a Gullport leisure airline that operated Flight 12 at the "
                           "time of the incident.",
                "fields": {"founded": "1986", "led_by": "Chief executive Dana Holt"}},
               {"slug": "tsib", "kind": "organisation",
                "title": "TSIB (Tern accident investigation office)",
                "summary": "Tern's accident investigation office led the investigation into the "
                           "incident because the landing happened on Tern soil; it published "
                           "the final report.",
                "fields": {"role": "Lead investigating authority (state of occurrence)",
                           "investigation": "Led the investigation of the incident"},
                "keywords": ["investigation", "lead investigators", "incident investigation"]},
               {"slug": "report", "kind": "investigation", "title": "TSIB final report",
                "summary": "The final report found a mismatched fuel line fitted during an "
                           "engine change.",
                "fields": {"published": "October 2004"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Air Flight 12 (2001 fuel-leak glide)", entries) as router:
        reply = ask(router, "who led the investigation into the Gull Air incident?")
        assert reply.answered and "Tern's accident investigation office" in reply.text, (
            reply.text)


def test_whether_anyone_died_may_be_said_below_the_entry_named(tmp_path):
    # ("did anybody die in the Gullport derailment?": the derailment's own entry never says;
    # one further down does, "no one died")
    entries = [{"slug": "derailment", "kind": "event", "title": "The Gullport derailment",
                "summary": "Just before midnight on November 10, 1979, Train 54 derailed in "
                           "Gullport; 24 of its 106 cars left the track.",
                "aliases": ["Gullport derailment", "the Gullport derailment"],
                "fields": {"date": "November 10, 1979", "cars_derailed": "24 of 106",
                           "deaths": "None", "time": "11:53 p.m. (a Saturday night)"}},
               {"slug": "miracle", "kind": "event", "title": 'The "Gullport Miracle"',
                "summary": "Despite the explosions, the chlorine leak and the mass evacuation, "
                           'no one died, and the orderly response became known as the '
                           '"Gullport Miracle".',
                "fields": {"deaths": "None", "name": "Gullport Miracle"},
                "related": ["derailment"]},
               {"slug": "explosions", "kind": "event", "title": "Propane explosions",
                "summary": "Propane cars exploded after the derailment, lighting the sky for "
                           "miles.",
                "fields": {"fireball": "Seen about 100 km away"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport train derailment and evacuation (1979)",
                    entries) as router:
        reply = ask(router, "did anybody actually die in the gullport derailment??")
        assert reply.answered and "no one died" in reply.text, reply.text


def test_the_storys_own_year_asks_no_entry_to_say_it(tmp_path):
    # ("who was the mayor of Gullbrook back in 2013?" of a pack on a 2013 explosion: the year
    # the pack's subject gives is every entry's, though the mayor's never writes it)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was the mayor of Gullbrook at the time of the explosion and "
                           "became the town's main public voice.",
                "fields": {"position": "Mayor of Gullbrook, Texas"}},
               {"slug": "explosion", "kind": "event", "title": "Gullbrook explosion",
                "summary": "On April 17, 2013 the Acme fertilizer plant in Gullbrook exploded, "
                           "killing 15 people.",
                "fields": {"date": "April 17, 2013", "deaths": "15"}},
               *fillers()]
    with small_pack(tmp_path, "Gullbrook fertilizer plant explosion (Gullbrook, Texas, 2013)",
                    entries) as router:
        reply = ask(router, "who was the mayor of gullbrook back in 2013")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_who_someone_turned_out_to_be_is_their_own_entry(tmp_path):
    # ("who turned out to be 'Gull'?": the person the nickname was found to belong to, whose
    # entry names no one else)
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Locksmith from Tern Bay identified in 2018 as 'Gull', the man with "
                           "the keys seen on the harbour cameras; he was jailed for 9 years.",
                "fields": {"known_as": "'Gull'", "sentence": "9 years"},
                "aliases": ["Gull"]},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Veteran burglar who led the Tern Bay vault raid; jailed for 7 years.",
                "fields": {"sentence": "7 years"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Bay vault burglary (2015)", entries) as router:
        reply = ask(router, "who turned out to be Gull?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_what_someone_received_is_held_where_the_thing_asked_is(tmp_path):
    # ("what sentence did Dana Holt end up with?": her entry's sentence; the verb only says
    # it came to her)
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Veteran burglar, 76 at the time of the Tern Bay vault raid, who took "
                           "part on the first night only and pleaded guilty.",
                "fields": {"plea": "Guilty to conspiracy to commit burglary",
                           "sentence": "6 years 3 months (March 2016)"},
                "related": ["sentencing", "first-night"]},
               {"slug": "sentencing", "kind": "event", "title": "Sentencing",
                "summary": "Dana Holt, Sam Reyes and Lee Park were sentenced in March 2016.",
                "fields": {"date": "March 2016"}},
               {"slug": "first-night", "kind": "event", "title": "The first night",
                "summary": "Dana Holt and Sam Reyes drilled through the vault wall on the first "
                           "night.",
                "fields": {"date": "2 April 2015"}},
               {"slug": "lee-park", "kind": "person", "title": "Lee Park",
                "summary": "Plumber who let the gang hand over bags of loot in his yard; he was "
                           "convicted and given a suspended sentence.",
                "fields": {"sentence": "21 months, suspended"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Bay vault burglary (2015)", entries) as router:
        for question in ("what sentence did dana holt end up with",
                         "what sentence did Dana Holt receive?"):
            reply = ask(router, question)
            assert reply.answered and "6 years 3 months" in reply.text, (question, reply.text)


def test_a_name_in_a_titles_brackets_is_not_needed_to_name_the_person(tmp_path):
    # ("who took over as CEO after Sam Reyes was fired?": "Predecessor: Sam Reyes as CEO"
    # names him, though his entry's title also gives his other name in brackets)
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes (Reyes Samuel)",
                "summary": "Sam Reyes co-founded Gull Coffee and was its chief executive until "
                           "the board fired him on May 12, 2020.",
                "fields": {"role": "Co-founder and chief executive", "fired": "May 12, 2020"},
                "aliases": ["Reyes Samuel"]},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt (Holt Dana)",
                "summary": "Dana Holt, a senior vice president, became acting CEO of Gull Coffee "
                           "on May 12, 2020 and led its recovery.",
                "fields": {"predecessor": "Sam Reyes as CEO; Lee Park as chairman",
                           "acting_ceo_from": "May 12, 2020"},
                "related": ["executives-fired"]},
               {"slug": "executives-fired", "kind": "event", "title": "Executives fired",
                "summary": "On May 12, 2020 the board fired CEO Sam Reyes and COO Ana Vellan.",
                "fields": {"date": "May 12, 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Coffee accounting scandal (2020)", entries) as router:
        reply = ask(router, "who took over as CEO after Sam Reyes was fired?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_taking_place_is_no_holding(tmp_path):
    # ("when did the Gullport Garden break-in take place?": when it happened; a building whose
    # basement "held" the vault is not where an event was held)
    def told(slug, title, summary, date):
        return {"slug": slug, "kind": "event", "title": title, "summary": summary,
                "fields": {"date": date}}
    entries = [{"slug": "break-in", "kind": "event", "title": "Gullport Garden vault burglary",
                "summary": "Over the Easter weekend of 2-5 April 2015 a gang broke into the vault "
                           "of Gullport Garden Safe Deposit Ltd and emptied 73 boxes; the "
                           "break-in was found on 7 April.",
                "fields": {"when": "Night of 2 April to early morning of 5 April 2015",
                           "boxes_opened": "73"}},
               {"slug": "gullport-garden", "kind": "place", "title": "Gullport Garden",
                "summary": "A street in London known for its jewellers.",
                "fields": {"district": "Holborn"}},
               {"slug": "vault-building", "kind": "place",
                "title": "12 Gullport Garden and its vault",
                "summary": "The office building at 12 Gullport Garden whose basement held the "
                           "safe deposit vault; the gang reached it down the lift shaft.",
                "fields": {"address": "12 Gullport Garden, London"},
                "aliases": ["12 Gullport Garden", "the vault"], "related": ["gullport-garden"]},
               told("first-night", "The first night", "On the first night of the break-in the "
                    "gang drilled through the vault wall at Gullport Garden.", "2 April 2015"),
               told("second-night", "The second night", "The gang came back to Gullport Garden "
                    "to finish the break-in.", "4 April 2015"),
               told("arrests", "Arrests", "Police arrested nine men over the Gullport Garden "
                    "break-in.", "19 May 2015"),
               {"slug": "film", "kind": "film", "title": "King of Gulls",
                "summary": "A 2018 film about the Gullport Garden break-in.",
                "fields": {"released": "2018"}},
               *fillers()]
    with small_pack(tmp_path, "Gullport Garden vault burglary (London, 2015)", entries) as router:
        reply = ask(router, "when exactly did the gullport garden break-in take place?")
        assert reply.answered and "Night of 2 April" in reply.text, reply.text


def test_what_kind_of_thing_is_answered_by_the_entry_that_is_one(tmp_path):
    # ("what kind of saw did they use to cut the bars?" of the entry "Gullmax GX40 cutting
    # saw": the entry is the saw asked of, and its title says which, though no fact does)
    entries = [{"slug": "gx40", "kind": "equipment", "title": "Gullmax GX40 cutting saw",
                "summary": "The industrial cutting saw the gang used to cut through the vault's "
                           "steel bars in under an hour.",
                "fields": {"maker": "Gullmax", "bars": "Six steel bars, 4 cm thick"},
                "aliases": ["GX40"], "keywords": ["saw", "cutting"]},
               {"slug": "vault", "kind": "place", "title": "The Tern Bay vault",
                "summary": "The basement vault behind six steel bars.",
                "fields": {"bars": "Six steel bars"}},
               *fillers()]
    with small_pack(tmp_path, "Tern Bay vault burglary (2015)", entries) as router:
        reply = ask(router, "what kind of saw did they use to cut the bars")
        assert reply.answered and "Gullmax GX40" in reply.text, reply.text


def test_an_entry_named_as_ones_settlement_gives_its_own_sum(tmp_path):
    # ("how much did Gullco itself have to pay the SEC to settle?" of "Gullco's SEC
    # settlement": a sum its name says Gullco paid, though its facts never name Gullco; its
    # `penalty` is the sum asked)
    entries = [{"slug": "gullco-settlement", "kind": "case", "title": "Gullco's SEC settlement",
                "summary": "On December 21, 2021, Gullco agreed to pay a $125 million civil "
                           "penalty to settle SEC charges that it misled investors.",
                "fields": {"date": "December 21, 2021", "penalty": "$125 million",
                           "admission": "settled without admitting or denying the SEC's "
                                        "findings"},
                "related": ["gullco", "reyes-charges"]},
               {"slug": "gullco", "kind": "company", "title": "Gullco",
                "summary": "Gullco is a truck start-up founded by Sam Reyes.",
                "fields": {"founded": "2014", "founder": "Sam Reyes"}},
               {"slug": "reyes-charges", "kind": "case", "title": "SEC charges against Sam Reyes",
                "summary": "The SEC charged Gullco's founder Sam Reyes with fraud in 2021.",
                "fields": {"date": "July 29, 2021", "sought": "Civil penalties and a bar"}},
               *fillers()]
    with small_pack(tmp_path, "Gullco fraud and Sam Reyes's conviction", entries) as router:
        reply = ask(router, "How much did Gullco itself have to pay the SEC to settle?")
        assert reply.answered and "Penalty: $125 million" in reply.text, reply.text


def test_an_entry_named_for_the_share_price_moving_gives_the_stocks_move(tmp_path):
    # ("how badly did the stock drop that day?" of "Share price collapse": its "Drop: 75.6% in
    # one day" is the stock's, though neither it nor the summary, which speaks of ADSs, says
    # "stock" or "share")
    entries = [{"slug": "collapse", "kind": "event", "title": "Share price collapse",
                "summary": "Gull Coffee's ADSs fell 75.6% on April 2, 2020, from $26.20 to $6.40, "
                           "after the company disclosed the fabricated sales.",
                "fields": {"date": "April 2, 2020", "drop": "75.6% in one day",
                           "close": "$6.40"},
                "aliases": ["Gull Coffee stock crash"]},
               {"slug": "ipo", "kind": "event", "title": "Gull Coffee IPO",
                "summary": "Gull Coffee listed on the Nasdaq in May 2019 at $17 a share.",
                "fields": {"price": "$17 per share", "date": "May 17, 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Coffee accounting scandal (2020)", entries) as router:
        reply = ask(router, "how badly did the stock drop on the day of the announcement")
        assert reply.answered and "75.6%" in reply.text, reply.text


def test_kicking_someone_off_a_body_removes_them(tmp_path):
    # ("when did shareholders kick Sam Reyes off the board?": removed him, no kick-off, no
    # start of anything)
    entries = [{"slug": "egm", "kind": "event", "title": "Chairman Sam Reyes voted out",
                "summary": "At an extraordinary general meeting on July 5, 2020 Gull Coffee's "
                           "shareholders removed founder Sam Reyes as chairman and director.",
                "fields": {"date": "July 5, 2020",
                           "removed": "Sam Reyes, chairman",
                           "meeting": "Extraordinary general meeting of shareholders"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes founded Gull Coffee in 2017 and chaired its board.",
                "fields": {"founded": "2017", "role": "Founder and chairman"}},
               {"slug": "launch", "kind": "event", "title": "Gull Coffee launch",
                "summary": "Gull Coffee started its expansion in October 2017, kicking off a "
                           "race for stores.",
                "fields": {"date": "October 2017"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Coffee accounting scandal (2020)", entries) as router:
        reply = ask(router, "When did shareholders kick Sam Reyes off the board?")
        assert reply.answered and "July 5, 2020" in reply.text, reply.text


def test_an_original_deal_asks_the_figure_before_the_change(tmp_path):
    # ("what % of Gullco was Acme supposed to own under the original deal?": "original", a word
    # no entry uses, places the figure before the deal changed; it asks no thing of its own)
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Motors",
                "summary": "The carmaker agreed in September 2020 to take a stake in Gullco and "
                           "build its pickup.",
                "fields": {"planned_stake": "11% of Gullco, worth $2 billion",
                           "outcome": "took no stake; the deal was cut back in November 2020"},
                "aliases": ["Acme"], "related": ["gullco"]},
               {"slug": "gullco", "kind": "company", "title": "Gullco",
                "summary": "Gullco is a truck start-up.", "fields": {"founded": "2014"}},
               *fillers()]
    with small_pack(tmp_path, "Gullco fraud (2020)", entries) as router:
        reply = ask(router, "what % of gullco was Acme supposed to own under the original deal")
        assert reply.answered and "11%" in reply.text, reply.text


def test_the_youngest_ones_age_is_no_victims_own(tmp_path):
    # ("how old was the youngest person who died at the Gull Club?": a victim's own age, "31",
    # is no answer unless the reply says whose it is; "the youngest victim, 17" is)
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "The band's guitarist, who died in the fire at the age of 31.",
                "fields": {"age_at_death": "31", "role": "Guitarist"}},
               {"slug": "victims", "kind": "event", "title": "The victims",
                "summary": "100 people died in the Gull Club fire, most of them fans of the band.",
                "fields": {"deaths": "100", "injured": "230"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Club nightclub fire (2003)", entries) as router:
        for question in ("How old was the youngest person who died at the Gull Club?",
                         "who was the oldest person killed in the fire?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)
        reply = ask(router, "how old was Sam Reyes when he died?")
        assert reply.answered and "31" in reply.text, reply.text
    entries[1]["fields"]["youngest_victim"] = "Ana Vellan, aged 17"
    with small_pack(tmp_path, "Gull Club nightclub fire (2003)", entries) as router:
        # (the story's own name is no person whose age is asked)
        for question in ("how old was the youngest victim?",
                         "How old was the youngest person who died at the Gull Club?"):
            reply = ask(router, question)
            assert reply.answered and "17" in reply.text, (question, reply.text)


def test_an_entry_named_for_another_year_is_not_of_the_storys_own(tmp_path):
    # ("what did the shares trade at when trading resumed in May 2020?" of a pack on a 2020
    # scandal: the story's own year is every entry's, but not one whose name gives only
    # another, "Gull Coffee's Nasdaq IPO (May 2019)", whose price is the IPO's)
    entries = [{"slug": "ipo", "kind": "event", "title": "Gull Coffee's Nasdaq IPO (May 2019)",
                "summary": "Gull Coffee listed its shares on the Nasdaq on May 17, 2019, raising "
                           "about $561 million.",
                "fields": {"date": "May 17, 2019", "price": "$17 per share"}},
               {"slug": "halt", "kind": "event", "title": "Trading halt",
                "summary": "The Nasdaq halted trading in Gull Coffee shares on April 7, 2020.",
                "fields": {"date": "April 7, 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Gull Coffee accounting scandal (2020)", entries) as router:
        reply = ask(router, "At what price did the shares trade when the Nasdaq let trading "
                            "resume in May 2020?")
        assert not reply.answered, reply.text
        reply = ask(router, "at what price did the shares list on the Nasdaq?")
        assert reply.answered and "$17" in reply.text, reply.text
