"""How the answerer reads everyday English a pack does not write: paraphrases and idioms that
hold in any subject, in a made-up harbour world."""

from tests.handlers.test_reading import ask, fillers, small_pack


def test_hit_someone_with_a_sum_is_a_penalty_imposed_not_a_blow(tmp_path):
    # "hit Acme Ferries with" a sum: a fine laid on it, not the storm that hit its pier
    entries = [{"slug": "acme-fine", "kind": "penalty", "title": "Harbour board penalty on Acme",
                "summary": "On May 3, 2021 the harbour board announced that Acme Ferries would "
                           "pay a $2 million penalty for sailing the Tern overloaded.",
                "fields": {"amount": "$2 million", "announced": "May 3, 2021"}},
               {"slug": "pier-storm", "kind": "event", "title": "North pier storm",
                "summary": "A storm hit the north pier, where Acme Ferries docks, and affected "
                           "its crossings for a week.",
                "fields": {"people_affected": "4,000 Acme Ferries passengers",
                           "damage": "Two berths"}},
               {"slug": "acme-ferries", "kind": "organisation", "title": "Acme Ferries",
                "summary": "Acme Ferries runs the crossings from Gullport to the north pier.",
                "fields": {"fleet": "Four ferries, the Tern among them"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what amount did the harbour board hit Acme Ferries with?")
        assert reply.answered and "$2 million" in reply.text, reply.text
        reply = ask(router, "how much was Acme Ferries hit with?")
        assert reply.answered and "$2 million" in reply.text, reply.text


def test_made_out_of_asks_a_material_a_fact_saying_made_from_gives(tmp_path):
    # "made out of" asks what the Tern was built from, which her `hull` says it was "made
    # from", not who built her
    entries = [{"slug": "tern", "kind": "ferry", "title": "The Tern",
                "summary": "The Tern is Acme Ferries' small night ferry, built at Gullport in "
                           "2015 for the north pier run.",
                "fields": {"built_by": "Gullport Yard, for Acme Ferries",
                           "hull": "A light shell made from cork and an old ferry's aluminium "
                                   "deck plates",
                           "launched": "May 3, 2015"}},
               {"slug": "acme-ferries", "kind": "organisation", "title": "Acme Ferries",
                "summary": "Acme Ferries runs the crossings from Gullport to the north pier.",
                "fields": {"fleet": "Four ferries, the Tern among them"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("what was the Tern actually made out of?", "what is the Tern made of?"):
            reply = ask(router, question)
            assert reply.answered and "cork" in reply.text.split("\n")[0], reply.text


def test_kids_are_boys_and_girls_as_well_as_children(tmp_path):
    # "the kids" who sailed are the school's boys, not the child-sized lifejackets
    entries = [{"slug": "school-trip", "kind": "event", "title": "Gullport school trip",
                "summary": "Twelve boys from Gullport school sailed on the Tern to the north "
                           "pier with their teacher.",
                "fields": {"date": "May 3, 2021", "teacher": "Dana Holt"}},
               {"slug": "lifejackets", "kind": "event", "title": "Child-sized lifejackets",
                "summary": "Acme Ferries put child-sized lifejackets aboard the Tern for the "
                           "north pier run.",
                "fields": {"date": "June 9, 2021"}, "aliases": ["kid-size lifejackets"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when exactly did the kids sail to the north pier?")
        assert reply.answered and "May" in reply.text, reply.text


def test_turning_an_age_that_day_says_whose_birthday_it_was(tmp_path):
    # "was turning 30 that day" is a birthday, though the fact never says the word; "turned
    # 90 degrees" is none
    entries = [{"slug": "tern-grounding", "kind": "event", "title": "Tern grounding",
                "summary": "The Tern ran aground off the north pier with six crew aboard.",
                "fields": {"crew": "Six crew, skipper Dana Holt among them",
                           "occasion": "Deckhand Sam Reyes was turning 30 that day, and the crew "
                                       "had a cake aboard",
                           "course": "The Tern turned 90 degrees to port before she struck",
                           "date": "May 3, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "whose birthday was it the day the Tern's crew ran aground?")
        assert reply.answered and "Sam Reyes" in reply.text.split("\n")[0], reply.text


def test_indicted_is_held_by_charged_and_a_vuln_by_a_vulnerability(tmp_path):
    # "indicted" may mean "charged" (not the other way: a charge may be a fee); "vuln" is the
    # short form of "vulnerability" everyone in security types
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, Gullport's harbour master, was charged with neglect "
                           "after the Tern sank.",
                "fields": {"charged": "Neglect of duty, June 2021"}},
               {"slug": "pier-flaw", "kind": "flaw", "title": "North pier gate flaw",
                "summary": "A vulnerability in the north pier's gate let anyone open it with "
                           "a default code; Acme Ferries' executives were told in 2020.",
                "fields": {"told": "Acme Ferries executives, March 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "was Dana Holt ever indicted?")
        assert reply.answered and "Neglect of duty" in reply.text, reply.text
        reply = ask(router, "what was the vuln in the gate?")
        assert reply.answered and "default code" in reply.text, reply.text


def test_the_government_may_mean_a_ministry(tmp_path):
    # "the government's price tag" is the ministry's estimate, not the grants the government
    # paid, though those name the government in so many words
    entries = [{"slug": "pier-estimate", "kind": "estimate", "title": "Estimated cost of the pier",
                "summary": "In May 2022 the transport ministry put the cost of rebuilding the "
                           "pier at $5 million.",
                "fields": {"total_cost": "$5 million, May 2022"}},
               {"slug": "pier-grants", "kind": "programme", "title": "Pier closure grants",
                "summary": "While the pier was shut the government paid ferry firms grants, at "
                           "a cost of $1 million a year.",
                "fields": {"paid_by": "The government", "cost": "$1 million a year"}},
               {"slug": "pier-review", "kind": "review", "title": "Pier review",
                "summary": "The government ordered a review of the pier's safety; its cost was "
                           "not published.",
                "fields": {"ordered_by": "The government, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what's the government's price tag for the pier?")
        assert reply.entries[:1] == ("pier-estimate",) and "$5 million" in reply.text, reply.text


def test_an_everyday_word_setting_the_scene_does_not_sink_what_is_asked(tmp_path):
    # "when she grazed the reef" only says when: the speed is asked, and a verb the pack never
    # writes in that clause is no reason to decline
    entries = [{"slug": "gull-reef", "kind": "place", "title": "Gull Reef",
                "summary": "Gull Reef is a line of rocks off the north pier, where the Tern "
                           "ran aground on May 3, 2021.",
                "fields": {"speed": "The Tern was making about 16 knots as she neared the "
                                    "rocks",
                           "depth": "Two metres at low tide"}},
               {"slug": "tern", "kind": "ferry", "title": "The Tern",
                "summary": "The Tern is Acme Ferries' small night ferry, built at Gullport in "
                           "2015 for the north pier run.",
                "fields": {"launched": "May 3, 2015"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how fast was she going when she grazed the rocks")
        assert reply.answered and "16 knots" in reply.text, reply.text
        # (an unknown word that asks is still counted in full: no speed of flying is given)
        reply = ask(router, "how fast was the Tern able to hydroplane?")
        assert not reply.answered, reply.text


def test_a_persons_entry_that_never_says_their_name_says_it_first(tmp_path):
    # the judge's summary says what she did, never who she is: a reply in plain text (the
    # console, `ask --json`) would leave out the very name "which judge" asks
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Judge Dana Holt",
                "summary": "Gullport magistrate who accepted Acme Ferries' guilty plea over the "
                           "Tern's sinking.",
                "fields": {"court": "Gullport Magistrates' Court", "plea_hearing": "May 3, 2021"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes skippered the Tern on the north pier run.",
                "fields": {"role": "Skipper of the Tern"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which judge took Acme's guilty plea?")
        assert reply.answered and reply.text.startswith("Name: Judge Dana Holt\n"), reply.text
        # (a reply that already says the name says it once)
        reply = ask(router, "who skippered the Tern?")
        assert reply.answered and "Name:" not in reply.text, reply.text


def test_a_word_written_with_a_hyphen_is_the_word_written_as_one(tmp_path):
    # "copilot" typed (a keyword of the entry), "co-pilot" written: the role asked is said
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, 27, was the co-pilot of the seaplane that crashed off "
                           "the north pier.",
                "fields": {"role": "co-pilot (first officer)", "age": "27"},
                "keywords": ["copilot"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who was the copilot of the seaplane?")
        assert reply.answered and "Sam Reyes" in reply.text, reply.text


def test_the_name_of_someone_asked_by_a_role_they_go_by_is_their_title(tmp_path):
    # "the skipper" is an alias of Dana Holt's entry: her name is what is asked, and her title
    # gives it, though no fact is named for a name
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, 34, skippered the Tern on the night she sank.",
                "fields": {"role": "Skipper", "age": "34"}, "aliases": ["the skipper"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what was the skipper's name?")
        assert reply.answered and reply.text.startswith("Name: Dana Holt"), reply.text


def test_a_plane_that_came_down_crashed(tmp_path):
    entries = [{"slug": "seaplane-crash", "kind": "event", "title": "Seaplane crash",
                "summary": "On May 3, 2021 the harbour seaplane crashed into the mudflats "
                           "east of the north pier.",
                "fields": {"location": "The mudflats east of the north pier, Gullport",
                           "date": "May 3, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "where exactly did it come down?")
        assert reply.answered and "mudflats" in reply.text.split("\n")[0], reply.text


def test_calling_the_channel_in_chat_markup_is_no_part_of_the_question(tmp_path):
    # "<!here>" as a chat writes it: whom the message calls, as "@here" is
    entries = [{"slug": "tern-sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The Tern sank off the north pier on May 3, 2021.",
                "fields": {"date": "May 3, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        plain = ask(router, "when did the Tern sink?")
        for called in ("<!here> <!channel> when did the Tern sink?",
                       "<@U123> <!subteam^S1|@ops> when did the Tern sink?"):
            reply = ask(router, called)
            assert reply.answered and reply.text == plain.text, reply.text


def test_two_parts_answered_from_one_entry_are_one_block(tmp_path):
    # both parts are the board's case against Acme: its title once, with the fact of each
    entries = [{"slug": "acme-case", "kind": "case", "title": "Harbour board case against Acme",
                "summary": "The harbour board sued Acme Ferries over the Tern's sinking.",
                "fields": {"filed": "May 20, 2024",
                           "maximum_penalty": "$250,000 per breach"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when was the harbour board's case against Acme filed, and "
                            "what's the maximum penalty per breach?")
        assert reply.answered and "May 20, 2024" in reply.text and "$250,000" in reply.text
        assert reply.text.count("harbour board sued Acme") == 1, reply.text
