"""How the answerer reads everyday English it was not given: idioms, the country "US", words
spelt right that the pack never uses, and "how many X" (a number must count X)."""

import contextlib
import copy

import pytest
import yaml

from content.entry import Entry
from content.loader import load_into, read_pack
from content.store import Store
from content.text import stem
from handlers.answer import _WRITING, Answerer, _done_by, _name_places, _own_verb
from handlers.declines import (
    _as_count,
    _counts,
    _died,
    _Profile,
    _rates,
    _role,
    _said_by,
    spelt_lower,
    spelt_out,
)
from handlers.english import derived, english, everyday, light, manner, respelt
from handlers.lexicon import IDIOMS, SHORT_FORMS, STOP
from handlers.messages import Request
from handlers.parts import lead_in, split_parts
from handlers.reading import (
    _ALL_RIGHT,
    _SHORT_SUM,
    SHAPES,
    Concept,
    Question,
    _counting,
    _deal_worth,
    _deed,
    _long_sum,
    _name_concept,
    _rate,
    _rewrite,
    _typed_as_acronym,
    _wanted,
    _without_exceptions,
    asks_for_group,
    causing,
    counted,
    question_type,
    synonyms_of,
)
from handlers.router import Router
from tests.conftest import NOW

# A made-up subject, so nothing here leans on the seed pack's words.
FERRY = {
    "subject": "Harbour ferry line",
    "kinds": {"service": "A ferry service", "person": "A person", "event": "What happened"},
}
ENTRIES = [
    {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
     "summary": "The night ferry crossed the bay until the council discontinued it.",
     "fields": {"ended": "March 3, 2021", "crossings": "About 4,000 crossings a year",
                "fuel": "It burned about 300 gallons of diesel a night"}},
    {"slug": "harbour-trust", "kind": "service", "title": "Harbour Trust",
     "summary": "The trust runs the piers and sells tickets in the US and Canada.",
     "fields": {"tickets": "Sold at 12 kiosks", "staff_note": "Mary Boies chairs it",
                "piers": "Two tugs collided at the east pier"}},
    {"slug": "pier-fire", "kind": "event", "title": "Pier fire",
     "summary": "A fire on pier two in 2019 closed the north landing.",
     "fields": {"when": "June 9, 2019", "damage": "$2 million to the landing",
                "rules": "An operator who ignores the Harbour Fire Code faces a fine",
                "witnesses": "Two sailors said they saw smoke first",
                "heat": "The fire burned at about 900 °F",
                "closure": "The north landing stayed shut for 40 hours",
                "cover": "Insurers paid $1.5 million of it, Quorvex Mutual the largest share"}},
    {"slug": "regatta", "kind": "event", "title": "75th Harbour Regatta",
     "summary": "The harbour's yearly boat race, held for the 75th time.",
     "fields": {"when": "August 2, 2026"}, "aliases": ["US Harbour Cup"]},
    {"slug": "cattle-barge", "kind": "service", "title": "Cattle barge",
     "summary": "Barges carried cattle across the bay.",
     "fields": {"count": "At least 6 barges moved on the line with cattle, barge 7 the largest",
                "herd": "The barges moved about 900 cattle",
                "weight": "About 90 tonnes empty",
                "fleet": "The line held its last cattle show in 1998"}},
    {"slug": "ex-pier-club", "kind": "service", "title": "Ex Pier Club",
     "summary": "A rowing club for retired pier staff, founded in 1988."},
    {"slug": "ana-ruiz", "kind": "person", "title": "Ana Ruiz",
     "summary": "Ana Ruiz testified for the council at the ferry inquiry.",
     "fields": {"testified": "May 2, 2022, before the inquiry"}, "related": ["ferry-inquiry"]},
    {"slug": "ferry-inquiry", "kind": "event", "title": "Ferry inquiry",
     "summary": "The council's inquiry into the night ferry's closure.",
     "fields": {"opened": "At noon on May 2, 2022, in the town hall"}},
    {"slug": "ferry-office", "kind": "service", "title": "Ferry office",
     "summary": "The office that runs the ferry timetable.",
     "fields": {"ferry_timetable": "The ferry timetable is set at the harbour office",
                "stand_in": "Tom Lee has run it on an interim basis since May"}},
]


@pytest.fixture
def router(tmp_path):
    (tmp_path / "pack.yaml").write_text(yaml.safe_dump(FERRY))
    for entry in ENTRIES:
        entry["sources"] = [{"title": "Harbour notes"}]
    (tmp_path / "entries.yaml").write_text(yaml.safe_dump({"entries": ENTRIES}))
    pack = read_pack(tmp_path)
    assert not pack.problems
    store = Store(tmp_path / "ferry.db")
    load_into(store, pack, NOW)
    yield Router(store)
    store.close()


def ask(router, text):
    return router.handle(Request(text=text, user="u1", now=NOW))


@contextlib.contextmanager
def small_pack(folder, subject: str, entries: list[dict]):
    """A router over a store holding only `entries` (each given a source), for one test; a
    second pack in the same test takes a folder of its own, made here."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.yaml").write_text(yaml.safe_dump({"subject": subject}))
    for entry in entries:
        entry["sources"] = [{"title": "Notes"}]
    (folder / "entries.yaml").write_text(yaml.safe_dump({"entries": entries}))
    store = Store(folder / "small.db")
    load_into(store, read_pack(folder), NOW)
    try:
        yield Router(store)
    finally:
        store.close()


def answered_only_with(folder, entries, question, field, value, expected):
    """`question` is declined while the first entry lacks `field`, and answered with
    `expected` once the field holds `value` (each in a pack of its own)."""
    with small_pack(folder, "Harbour ferries", entries) as router:
        assert not ask(router, question).answered
    entries[0].setdefault("fields", {})[field] = value
    with small_pack(folder / f"with-{field}", "Harbour ferries", entries) as router:
        reply = ask(router, question)
        assert reply.answered and expected in reply.text


def test_an_idiom_is_read_as_the_plain_word_the_pack_uses(router):
    reply = ask(router, "when did they pull the plug on the night ferry?")
    assert reply.answered and "March 3, 2021" in reply.text
    reply = ask(router, "when did Ana Ruiz take the stand?")
    assert reply.answered and "May 2, 2022" in reply.text


def test_a_phrasal_verb_is_read_around_its_object():
    assert _rewrite("when did they roll it back".split()) == ["when", "did", "they", "roll_back"]
    assert _rewrite("they rolled back the fare".split()) == ["they", "rolled_back", "the", "fare"]
    # around a noun with its article, which stays
    assert _rewrite("they rolled the fare back".split()) == ["they", "rolled_back", "the", "fare"]
    # (not before a preposition that opens the next phrase: "on behalf of", "over the strike")
    assert "took_over" not in _rewrite("who took the fall over the strike".split())


def test_how_long_wants_a_duration(router):
    reply = ask(router, "how long was the north landing shut after the pier fire?")
    assert reply.answered and "40 hours" in reply.text


def test_capital_us_is_the_country_and_lower_case_us_a_pronoun(router):
    answerer = router.answerer
    assert any("usa" in c.alts for c in answerer.read("who sells tickets in the US?").concepts)
    assert not any("usa" in c.alts for c in answerer.read("tell us about tickets").concepts)
    reply = ask(router, "who sells tickets in the U.S.?")
    assert reply.answered and reply.entries[0] == "harbour-trust"


def test_an_everyday_word_is_not_corrected_into_a_name(router):
    assert everyday("boxes") and not everyday("boies")
    question = router.answerer.read("how many boxes were sold?")
    assert "boxes" in question.unknown  # not "Boies", the only near word the store holds
    # A typo of a word the store holds is still repaired.
    assert not router.answerer.read("how many crosings a year?").unknown


def test_how_many_needs_a_number_of_the_thing_counted(router):
    assert counted("how many ferries crossed the bay".split()) == "ferries"
    assert counted("how many harbour kiosks were open".split()) == "kiosks"
    assert counted("how many oil covered birds were found".split()) == "birds"
    # (of what is named after "of": "how many of its checks did it fail")
    assert counted("how many of its checks did the ferry fail".split()) == "checks"
    assert counted("how many of the city s piers closed".split()) == "piers"
    assert counted("how many riders got caught in delta s mess".split()) == "riders"
    reply = ask(router, "how many crossings did the night ferry make a year?")
    assert reply.answered and "4,000" in reply.text
    # The entry holds a number (4,000 crossings) and the word "ferry", but no count of ferries.
    assert not ask(router, "how many ferries did the night ferry line run?").answered


def test_a_year_or_a_day_of_the_month_counts_nothing(router):
    # "May 2, 2022, before the inquiry": numbers beside "inquiry", but dates, not a count.
    assert not ask(router, "how many inquiries did Ana Ruiz appear before?").answered


def test_what_someone_said_needs_a_statement_of_theirs(router):
    reply = ask(router, "what did the sailors say about the pier fire?")
    assert reply.answered and "saw smoke" in reply.text
    # A statement by someone else is no answer, though its value holds the word "said".
    assert not ask(router, "what did the council say about the fire on pier two?").answered
    # "tell" and "told" ask for what was said too
    assert question_type("what did the council tell reporters".split()) == "said"
    assert not ask(router, "what did the council tell reporters about the fire on pier two?"
                   ).answered


def test_how_much_of_a_named_attribute_needs_that_attribute(router):
    assert ask(router, "how much damage did the pier fire do?").answered
    # "fine" names what is asked: the entry speaks of a fine but gives no amount for it, and
    # the $2 million is damage, not a fine.
    assert not ask(router, "how much was the fine for the pier fire?").answered


def test_a_declined_question_still_ranks_entries(router):
    found = Answerer(router.store).find("was the Zorblax pier fire reported?")
    assert found.declined and found.ranked and found.ranked[0] == "pier-fire"


def test_each_part_of_a_message_is_answered_or_declined_in_one_reply(router):
    reply = ask(router, "when did they pull the plug on the night ferry, and how much damage "
                        "did the pier fire do? And who won the lottery?")
    assert reply.answered
    assert "March 3, 2021" in reply.text and "$2 million" in reply.text
    assert '"who won the lottery": the briefing does not say' in reply.text


def test_a_fact_must_be_about_the_names_asked_of(router):
    assert ask(router, "how much damage did the pier fire do to the landing?").answered
    # Mary Boies is in the store (she chairs the trust), but the $2 million is not hers.
    assert not ask(router, "how much damage did Mary Boies do in the pier fire?").answered


def test_an_unknown_name_declines_but_chat_slang_does_not_sink_a_named_entry(router):
    assert ask(router, "was the night ferry discontinued, ngl?").answered
    assert not ask(router, "did the night ferry run on LNG?").answered


def test_how_cold_or_hot_needs_a_temperature(router):
    reply = ask(router, "how hot did the pier fire get?")
    assert reply.answered and "900" in reply.text
    # Dates and crossings are numbers, but no temperature.
    assert not ask(router, "how cold was it when the night ferry ended?").answered


def test_how_much_of_a_thing_wants_a_quantity_not_money(router):
    reply = ask(router, "how much diesel did the night ferry burn?")
    assert reply.answered and "300 gallons" in reply.text
    assert router.answerer.read("how much money did the night ferry make?").qtype == "amount"


@pytest.mark.parametrize("text", [" and on the pier", "? and on the pier", " and in", "and on",
                                  "?? and on x and on y and in z and by w", "", "?", " and "])
def test_odd_part_breaks_never_raise(router, text):
    assert split_parts(text)
    assert "wrong on my side" not in ask(router, text).text


def test_a_part_pointing_back_at_a_declined_part_is_declined_too(router):
    founds = router.answerer.find_all("did the Zephyr ferry ever run? when did it end?")
    assert [f.entry for f in founds] == [None, None]
    # Asked on its own, or after a part that was answered, the same words are answered.
    founds = router.answerer.find_all("what is the night ferry? when did it end?")
    assert all(f.entry is not None for f in founds)


def test_one_way_synonyms_hold_for_every_word_on_their_left():
    from handlers.reading import synonyms_of

    assert "exploded" in synonyms_of("blew") and "exploded" in synonyms_of("blown")
    assert "blew" not in synonyms_of("exploded")
    # a speech is remarks, a televised one aired
    assert "remarks" in synonyms_of("speech") and "aired" in synonyms_of("televised")
    assert "address" not in synonyms_of("speech")  # (a street address is no speech)
    assert "rejected" in synonyms_of("nixed")  # slang


def test_a_name_as_typed_is_not_rewritten_away(router):
    assert router.answerer.read("when is the 75th harbour regatta?").named == ["regatta"]
    assert router.answerer.read("who won the US Harbour Cup?").named == ["regatta"]


def test_an_acronym_the_pack_spells_out_is_read_as_its_words(router):
    reply = ask(router, "what happens to an operator who ignores the HFC?")
    assert reply.answered and "faces a fine" in reply.text
    # No entry sharing the question's words spells this one out: a name the store lacks.
    reply = ask(router, "what happens to an operator who ignores the QZX?")
    assert not reply.answered
    # typed mostly in capitals ("DoD") is typed as an acronym too; a word is not
    assert _typed_as_acronym("dod", "how many DoD staff?")
    assert _typed_as_acronym("hfc", "who ignores the HFC?")
    assert not _typed_as_acronym("dod", "how many Dod staff?")
    assert not _typed_as_acronym("inc", "Acme INc?")


def test_what_about_asks_the_part_before_of_something_else(router):
    founds = router.answerer.find_all("when did the night ferry end? and what about the pier fire")
    assert [f.entry and f.entry.slug for f in founds] == ["night-ferry", "pier-fire"]
    assert "June 9, 2019" in dict(founds[1].facts).get("when", "")


def test_what_about_in_a_thread_asks_the_last_question_of_something_else(router):
    def say(text, thread="T1"):
        return router.handle(Request(text=text, user="u1", now=NOW, thread=thread,
                                     reach="thread"))

    assert "March 3, 2021" in say("when did the night ferry end?").text
    reply = say("what about the pier fire?")
    assert reply.answered and "June 9, 2019" in reply.text
    # Another thread has no question to ask again: the entry it names, told in brief.
    assert "June 9, 2019" not in say("what about the pier fire?", thread="T2").text


def test_a_plus_sign_or_vs_joins_two_questions_and_number_of_counts(router):
    assert split_parts("when did the night ferry end + how many crossings a year?") == [
        "when did the night ferry end", "how many crossings a year"]
    assert split_parts("what did Smith & Jones say") == ["what did Smith & Jones say"]
    # "X vs Y" compares two questions when a question word follows; two things otherwise
    assert split_parts("who ran the ferry line in 2019 vs who runs it now?") == [
        "who ran the ferry line in 2019", "who runs it now"]
    assert split_parts("night ferry vs day ferry fares") == ["night ferry vs day ferry fares"]
    assert split_parts("how many staff does VS have?") == ["how many staff does VS have"]
    assert counted("total number of crossings of the night ferry".split()) == "crossings"
    reply = ask(router, "total number of crossings the night ferry made in a year?")
    assert reply.answered and "4,000" in reply.text


def test_a_year_the_entry_never_mentions_is_another_years_story(router):
    assert ask(router, "what closed the north landing in 2019?").answered
    assert not ask(router, "what closed the north landing in 2023?").answered  # in no entry
    assert not ask(router, "what closed the north landing in 2021?").answered  # in another


def test_how_many_shows_the_fact_that_counts_the_noun_asked(router):
    reply = ask(router, "how many cattle did the barges move?")
    assert reply.answered and "900 cattle" in reply.text
    # "barge 7" names a barge; it counts none
    assert _counts({"barg"}, "", "the line has 7 barges")
    assert not _counts({"barg"}, "", "barge 7 is the largest")


def test_a_noun_finds_the_verb_it_comes_from(router):
    # the pack says "collided"; the question says "collision"
    reply = ask(router, "where was the collision the Harbour Trust had?")
    assert reply.answered and "east pier" in reply.text


def test_what_the_reviewer_found_stays_fixed(router):
    # initials of lower-case words that happen to follow one another spell nothing
    assert not ask(router, "what happens to an operator who breaks the OWI?").answered
    # "number of" counts after "the", not in "a number of" or "the case number of"
    assert question_type("the number of crossings".split()) == "count"
    assert question_type("what is the case number of the pier fire".split()) != "count"
    assert counted("did a number of sailors see it".split()) is None
    # a short form inside a name stays as typed ("ex" is "former" elsewhere)
    assert ask(router, "what is the Ex Pier Club?").entries[:1] == ("ex-pier-club",)
    # "2000 sailors" is a count, not a year the store lacks
    found = router.answerer.find("did 2000 sailors see the pier fire?")
    assert "unknown" not in str(found.declined)


def test_a_number_that_names_a_thing_counts_nothing_in_a_field_named_for_it(router):
    # `barges: ...Barge 7...` is named for barges, but "Barge 7" names one; it counts none
    assert not _counts({"barg"}, "barges", "Mostly Barge 7 and its tugs")
    assert _counts({"barg"}, "barges", "About 6")


def test_last_year_and_this_week_say_when_not_what(router):
    # "last year" is no topic: with its words gone, the question is two words the pack lacks
    # and one it holds, and declines instead of being answered from the "last" crossing.
    assert not ask(router, "who won the cricket final last year?").answered
    question = router.answerer.read("what did the night ferry burn last year?")
    assert {c.word for c in question.concepts} >= {"burn"}
    assert not {"last", "year"} & {c.word for c in question.concepts}


def test_a_rare_word_of_the_question_picks_the_fact_over_a_common_one(router):
    # "ferry" and "timetable" name a field; "interim" and "basis", rarer, are in `stand_in`.
    reply = ask(router, "who runs the ferry timetable on an interim basis?")
    assert reply.answered and reply.text.splitlines()[0].startswith("Stand in: Tom Lee")


def test_an_irregular_verb_finds_its_other_tenses(router):
    question = router.answerer.read("when did the barge line hold its last cattle show?")
    assert "held" in next(c for c in question.concepts if c.word == "hold").forms
    reply = ask(router, "when did the barge line hold its last cattle show?")
    assert reply.answered and "1998" in reply.text


def test_how_heavy_or_deep_wants_the_fact_named_for_that_size(router):
    reply = ask(router, "how heavy is a cattle barge?")
    assert reply.answered and reply.text.splitlines()[0] == "Weight: About 90 tonnes empty"
    # No entry has a `depth`: "deep" is no unknown word, and the question is read on
    assert not router.answerer.read("how deep was the pier fire?").unknown


def test_a_clause_that_sets_the_scene_need_not_be_in_the_fact(router):
    # The `fuel` fact says nothing of the council, the bay or the crossings; the question's
    # clause after "before" only dates what is asked.
    reply = ask(router, "how much diesel did the night ferry burn a night before the council "
                        "discontinued the crossings of the bay?")
    assert reply.answered and "300 gallons" in reply.text


def test_an_idiom_the_store_lacks_counts_against_a_named_entry(router):
    # "drop out" and "step down" are meanings, not chat slang: nothing says Ana Ruiz did
    # either, and her entry holding her name does not answer it.
    assert not ask(router, "did Ana Ruiz drop out and step down?").answered


def test_the_scene_setting_clause_counts_less_when_picking_the_fact(router):
    # "where the north landing stayed shut" says which fire, not what is asked
    reply = ask(router, "what did the two sailors see first at the pier where the north "
                        "landing stayed shut for hours?")
    assert reply.answered and reply.text.splitlines()[0].startswith("Witnesses:")


def test_a_settlement_an_arrest_a_trial_or_a_resignation_needs_an_entry_that_has_one(router):
    # the inquiry's entries hold dates and witnesses, no outcome of any of these
    for question in ("did the ferry inquiry ever settle?",
                     "was anyone arrested over the pier fire?",
                     "when does the trial over the pier fire start?",
                     "when did Ana Ruiz step down?",
                     "who is replacing Ana Ruiz at the inquiry?"):
        assert not ask(router, question).answered, question
    # "settle on" is choosing, not a settlement
    assert IDIOMS[("settle", "on")][0] == "decide"
    assert "lawsuit" in IDIOMS[("class", "action")]  # one thing, not a class and an action
    assert {"guy", "heard"} <= STOP and "wait" not in STOP  # "how long did ships wait"
    assert "peak" in IDIOMS[("at", "the", "worst", "point")]
    assert "excluded" in IDIOMS[("left", "out")] and "deficit" in IDIOMS[("in", "the", "red")]
    assert "crisis" in synonyms_of("mess") and "problem" in synonyms_of("wrong")
    assert "raised" in synonyms_of("bumped")
    assert "derailed" in IDIOMS[("jumped", "the", "track")]
    assert "breached" in IDIOMS[("blow", "holes", "in")] and "burned" in synonyms_of("torched")
    assert "detectors" in synonyms_of("sensor") and "animals" in synonyms_of("critters")
    assert "penalty" in synonyms_of("fine") and "fine" in synonyms_of("penalty")
    assert SHORT_FORMS["temp"] == "temperature" and "venture" in synonyms_of("vc")
    assert "effective" in IDIOMS[("kicked", "in")] and "captain" in IDIOMS[("at", "the", "helm")]
    assert "arrived" in IDIOMS[("made", "it", "to")] and "breached" in IDIOMS[("blowing", "open")]
    assert "role" in synonyms_of("job") and "job" not in synonyms_of("role")
    assert "acquired" in IDIOMS[("took", "over")] and "earned" in IDIOMS[("raked", "in")]


def test_a_lawyer_or_a_brand_asked_for_needs_an_entry_that_has_one(router):
    # The inquiry entry has Ana Ruiz testifying, but no lawyer of hers
    assert not ask(router, "who was Ana Ruiz's lawyer at the ferry inquiry?").answered
    assert not ask(router, "what brand of diesel did the night ferry burn?").answered


def test_a_joining_word_may_give_its_letter_to_an_acronym():
    entry = Entry(slug="dot", kind="agency", title="Transport",
                  summary="The Department of Transportation waived the rules; a Department "
                          + "of " * 3000 + "Justice note followed.")
    assert spelt_out("dot", entry) == "Department of Transportation"
    assert spelt_out("dt", entry) == "Department of Transportation"
    assert spelt_out("doj", entry) is None  # thousands of "of"s: no deep recursion, no match


def test_an_acronym_is_spelt_from_an_entry_name_before_other_text(tmp_path):
    entries = [
        {"slug": "lawsuit", "kind": "legal", "title": "The airline's lawsuit",
         "summary": "The airline sued ClearStrike over the faulty update.",
         "fields": {"court": "Fulton County Superior Court", "filed": "October 25, 2024"}},
        {"slug": "clearstrike", "kind": "company", "title": "ClearStrike",
         "summary": "ClearStrike makes security software; its faulty update crashed computers.",
         "fields": {"reverted": "The update was reverted about 78 minutes later"}},
    ]
    company = Entry(slug="c", kind="company", title="ClearStrike", summary="")
    assert spelt_out("cs", company) == "ClearStrike"
    with small_pack(tmp_path, "An outage", entries) as router:
        # "CS" is the company's capitals, not "County Superior" in the court's name
        reply = ask(router, "how long was the faulty CS update live before it was reverted?")
        assert reply.entries == ("clearstrike",) and "78 minutes" in reply.text


def test_who_took_over_from_someone_asks_for_a_successor(router):
    # Ana Ruiz's entry names no one after her
    assert not ask(router, "who took over from Ana Ruiz at the inquiry?").answered
    assert not ask(router, "who succeeded Ana Ruiz at the inquiry?").answered
    assert not ask(router, "who took over running the harbour trust after its chair quit?").answered
    assert not ask(router, "who replaced Ana Ruiz at the inquiry?").answered
    assert _rewrite("who stepped in as manager".split())[1] == "stepped_in_as"


def test_how_much_of_a_name_picks_the_fact_that_holds_the_name(router):
    # `damage` matches "damage" and is named for "how much"; only `cover` speaks of Quorvex
    reply = ask(router, "how much was paid by Quorvex for the fire damage?")
    assert reply.answered and reply.text.splitlines()[0].startswith("Cover:")


def test_how_many_of_a_unit_finds_its_short_form(router):
    assert _counts(_counting("metres"), "widening", "Widened by 40 m along the south")
    assert _counts(_counting("miles"), "", "a line of about 5,500 mi")
    assert not _counts(_counting("metres"), "", "A budget of $40 m for the south")


def test_and_at_what_time_did_is_a_question_of_its_own(router):
    assert split_parts("who testified, and at what time of day did it open?") == [
        "who testified", "at what time of day did it open"]
    assert split_parts("did they win and in which court") == ["did they win and in which court"]
    reply = ask(router, "who is Ana Ruiz, and at what time of day did the inquiry open?")
    assert reply.answered and "At noon" in reply.text  # "noon" is a time of day


def test_a_follow_up_may_be_answered_by_an_entry_linked_to_the_one_talked_about(router):
    # After Ana Ruiz: her entry has no time; the inquiry it links to does.
    for question in ("when did it open?", "at what time of day did it open?"):
        found = router.answerer.find(question, ("ana-ruiz",))
        assert found.entry is not None and found.entry.slug == "ferry-inquiry", question


def test_a_month_of_a_year_asked_is_a_filter_like_the_year(router):
    assert ask(router, "what closed the north landing in June 2019?").answered
    assert not ask(router, "what closed the north landing in May 2019?").answered


def test_what_the_second_reviewer_found_stays_fixed(router):
    # "and in which court and who did they face": the check for a question of its own stays
    # inside its part
    assert split_parts("did they win and in which court and who did they face") == [
        "did they win and in which court", "who did they face"]
    # where, when and why: each keeps the ending
    assert len(split_parts("where and when and why did the night ferry stop?")) == 3
    # a money figure is no length, and a capital opening a sentence names nothing
    assert not _counts(_counting("miles"), "", "It cost $2m")
    assert not SHAPES["length"].search("It cost $2m")
    assert SHAPES["length"].search("a 400 metre hull")
    assert _counts(_counting("ships"), "", "Built in 1990. About 6 ships remain")
    # "who succeeded in" is about success, not a successor
    question = router.answerer.read("who succeeded in closing the landing?")
    assert "successor" not in question.out_of_scope


def test_a_misspelt_word_that_says_nothing_is_dropped(router):
    assert respelt("becuase") == "because" and respelt("finaly") == "finally"
    assert respelt("because") is None and respelt("ercot") is None  # English, or no near word
    question = router.answerer.read("when did the night ferry finaly end?")
    assert "finaly" not in question.unknown
    assert all(c.word != "finaly" for c in question.concepts)
    assert ask(router, "when did the night ferry finaly end?").answered
    # a word written as a name is never respelt away: it stays a name the store lacks
    assert "becuase" in router.answerer.read("what did Becuase say?").unknown_names


def test_everyday_paraphrases_of_chat():
    assert "fell" in synonyms_of("tanked") and "food" in synonyms_of("eat")
    assert "signed" in IDIOMS[("put", "pen", "to", "paper")]
    assert "computers" in synonyms_of("boxes") and "containers" in synonyms_of("boxes")
    assert SHORT_FORMS["prez"] == "president" and SHORT_FORMS["diff"] == "different"
    assert "like" in STOP  # "..., like what was wrong with it": chat filler
    # "who succeeded X as chief executive": an entry saying "succeeding X" or "CEO" holds it
    assert "succeeding" in synonyms_of("successor") and "ceo" in synonyms_of("chief")
    assert "resumed" in IDIOMS[("back", "in", "the", "air")]
    assert "approved" in synonyms_of("adopted")
    # "the vc shop telling its startups to yank their cash"
    assert "telling" in STOP
    assert "withdraw" in synonyms_of("yank") and "money" in synonyms_of("cash")
    assert "firms" in synonyms_of("shop") and "companies" in synonyms_of("startups")
    assert "acquired" in IDIOMS[("ended", "up", "with")]  # not the filler "ended up"
    assert SHORT_FORMS["ag"] == "attorney general" and SHORT_FORMS["evac"] == "evacuation"
    assert "breached" in IDIOMS[("blow", "open")] and "burned" in IDIOMS[("set", "alight")]
    assert "authorized" in IDIOMS[("gave", "the", "final", "ok")]
    assert "lifted" in IDIOMS[("allowed", "back")] and "visited" in IDIOMS[("show", "up")]
    assert "parent" in synonyms_of("owned") and "population" in synonyms_of("live")
    assert SHORT_FORMS["recs"] == "recommendations" and "children" in synonyms_of("kids")
    # charging someone is not leading them: only "in charge" means that
    assert "lead" not in synonyms_of("charge") and "lead" in IDIOMS[("in", "charge")]


def test_a_sentence_said_in_passing_is_answered_when_it_can_be_never_declined(router):
    reply = ask(router, "when did the night ferry end? need it for a slide")
    assert reply.answered and "March 3, 2021" in reply.text
    assert "slide" not in reply.text and "does not say" not in reply.text
    # a sentence that asks ("...? who runs the trust?") is still a question of its own
    assert len(split_parts("when did the night ferry end? who runs the harbour trust?")) == 2
    # the first sentence is never an aside, however it reads
    assert split_parts("who was it? i think it was the night ferry")
    assert ask(router, "night ferry? asking for my boss").answered


def test_a_fact_from_another_entry_must_say_it_is_about_the_entry_named(tmp_path):
    entries = [
        {"slug": "ardent", "kind": "ship", "title": "Ardent",
         "summary": "The Ardent is a container ship that ran aground in the canal.",
         "fields": {"length": "400 m", "owner": "Blue Line"}},
        {"slug": "canal-works", "kind": "project", "title": "Canal works",
         "summary": "Crews built a second channel to widen the canal.",
         "fields": {"cost": "About $8 billion to build", "opened": "August 6, 2015"},
         "related": ["ardent"]},
        {"slug": "oil-prices", "kind": "impact", "title": "Oil prices",
         "summary": "Oil prices rose while the canal was blocked.",
         "fields": {"rise": "Up 6% the day after the grounding"}, "related": ["ardent"]},
    ]
    with small_pack(tmp_path, "A canal", entries) as router:
        assert not ask(router, "how much did it cost to build the Ardent?").answered
        assert "$8 billion" in ask(router, "how much did the canal works cost to build?").text
        # a name that only sets the scene need not be in the fact
        reply = ask(router, "how much did oil prices rise after the Ardent ran aground?")
        assert reply.answered and "6%" in reply.text


def test_what_an_acronym_stands_for_whatever_else_the_store_or_question_holds(tmp_path):
    entries = [
        {"slug": "hsb", "kind": "agency", "title": "Harbour Safety Board",
         "summary": "The Harbour Safety Board (HSB) investigates accidents.",
         "aliases": ["HSB"]},
        {"slug": "stand-down", "kind": "event", "title": "Safety stand-down",
         "summary": "The port paused work for a day-long stand-down.", "related": ["hsb"]},
        {"slug": "port-authority", "kind": "agency", "title": "Port Authority",
         "summary": "The Port Authority runs the port."},
    ]
    with small_pack(tmp_path, "A harbour", entries) as router:
        for question in ("sorry dumb q but what does hsb stand for",  # "stand": a store word
                         "In the context of the Port Authority, what does the acronym HSB "
                         "refer to?"):  # two names: the acronym is the one asked
            reply = ask(router, question)
            assert reply.entries == ("hsb",) and "Harbour Safety Board" in reply.text, question


def test_the_names_of_someone_need_a_fact_that_names_them(router):
    assert question_type("whats the name of the person who chairs it".split()) == "names"
    reply = ask(router, "what's the name of the person who chairs the harbour trust?")
    assert reply.answered and "Mary Boies" in reply.text
    # the fact counts the sailors but names none; the summary's own names do not count
    assert not ask(router, "what are the names of the two sailors who saw smoke first?").answered


def test_the_year_asked_picks_among_the_entries_that_mention_it(tmp_path):
    entries = [
        {"slug": "rolling-blackouts", "kind": "event", "title": "Rolling blackouts",
         "summary": "Rolling blackouts cut power to Texas customers during the storm.",
         "aliases": ["rolling blackouts"],
         "fields": {"customers": "About 4.5 million customers lost power",
                    "blackouts": "Rolling blackouts began on February 15, 2021"}},
        {"slug": "freeze-2011", "kind": "event", "title": "The 2011 freeze",
         "summary": "An earlier cold snap in Texas in 2011.",
         "fields": {"outages": "Controlled outages hit 3.2 million customers"}},
    ]
    with small_pack(tmp_path, "A power crisis", entries) as router:
        # the entry on blackouts outranks the one of the year asked, which alone can say
        reply = ask(router, "did Texas have rolling blackouts in 2011 too? how many customers "
                            "got hit that time?")
        assert reply.entries == ("freeze-2011",) and "3.2 million" in reply.text
        # the entry answered from comes first in the ranking, whatever retrieval put first
        found = router.answerer.find("did Texas have rolling blackouts in 2011 too?")
        assert found.entry.slug == "freeze-2011" and found.ranked[0] == "freeze-2011"


def test_how_many_times_asks_how_often_whatever_is_counted(tmp_path):
    entries = [
        {"slug": "warning-light", "kind": "event", "title": "Earlier warning lights",
         "summary": "A cabin pressure warning light had come on before the blowout.",
         "aliases": ["warning light"],
         "fields": {"count": "3 earlier flights with the warning light",
                    "when": "December 7, 2023"}},
    ]
    with small_pack(tmp_path, "A blowout", entries) as router:
        reply = ask(router, "how many times did the warning light come on before the blowout?")
        assert reply.answered and "3 earlier flights" in reply.text


def test_money_asked_in_plain_words_is_held_by_a_sum(tmp_path):
    entries = [
        {"slug": "payout", "kind": "business", "title": "Payout to the airline",
         "summary": "The maker paid Northern Air for the revenue it lost during the grounding.",
         "aliases": ["airline payout"],
         "fields": {"amount": "About $160 million", "when": "First quarter of 2024"}},
        {"slug": "airline", "kind": "company", "title": "Northern Air",
         "summary": "Northern Air flies the grounded jets.", "aliases": ["Northern Air"],
         "related": ["payout"]},
        {"slug": "passenger-fund", "kind": "business", "title": "Passenger fund",
         "summary": "Volunteers lent a hand and a fund collected money to cover hotel bills for "
                    "the passengers.", "fields": {"raised": "4,000 donations"}},
    ]
    with small_pack(tmp_path, "A grounding", entries) as router:
        # "money" and "cover" are words of another entry; "$160 million" is the money asked
        reply = ask(router, "roughly what did the maker hand Northern Air to cover the money "
                            "it lost during the grounding?")
        assert reply.entries == ("payout",) and "$160 million" in reply.text


def test_a_figure_in_a_fact_that_names_what_the_question_names_answers_it(tmp_path):
    entries = [
        {"slug": "gp-practices", "kind": "impact", "title": "GP practices and the Medi system",
         "summary": "The outage knocked out Medi, the records system most GP practices use.",
         "aliases": ["GP surgeries", "Medi"],
         "fields": {"system": "Medi, used by about 58% of UK GP practices",
                    "impact": "No access to patient notes or bookings"}},
        {"slug": "hospitals", "kind": "impact", "title": "Hospitals",
         "summary": "Clinical software in hospitals went down in the outage.",
         "fields": {"upgrades": "Postponed"}},
        {"slug": "banks", "kind": "impact", "title": "Banks",
         "summary": "Banks in the UK and abroad lost card payments.",
         "fields": {"share": "About 10% of card payments failed"}},
    ]
    with small_pack(tmp_path, "An outage", entries) as router:
        # the share's fact names GP surgeries and Medi, though not "clinical software"
        reply = ask(router, "what percentage of GP surgeries in the UK use that Medi clinical "
                            "software that went down?")
        assert reply.answered and "58%" in reply.text


def test_what_a_question_counts_and_whether_it_wants_a_list():
    assert question_type("what exact time did the burn start".split()) == "clock"
    assert question_type("what was the lowest temperature in the city".split()) == "temperature"
    assert question_type("what was the date of the vote".split()) == "when"
    assert question_type("what was the engineer s name on the crew".split()) == "names"
    assert "chief" in synonyms_of("ceo") and "executive" not in synonyms_of("ceo")
    # people, whatever they are called ("a population of 900", "12 sailors")
    assert counted("how many people live in the village".split()) == "people"
    assert counted("how many fish dying after the spill".split()) == "fish"
    assert counted("how many herring died".split()) == "herring"
    assert "first" not in _rewrite("why did they walk out in the first place".split())
    # "who made it" may be who built it; "made a claim" is no building
    assert "built" in synonyms_of("made") and "made" not in synonyms_of("build")
    assert "seats" in synonyms_of("sitting")  # "was anyone sitting next to it": the seats
    assert "crew" in synonyms_of("sailors")  # "how many sailors were on board": its crew
    # the stemmer cuts "internal" and "international" alike; only a form of a word shares its
    # synonyms
    assert "global" not in synonyms_of("internal") and "fell" in synonyms_of("tanked")
    assert asks_for_group("which companies are testing it".split(), "which")
    assert not asks_for_group("which parent company owns it".split(), "which")


def test_an_idiom_is_kept_beside_a_word_that_only_shares_a_stem_with_it(tmp_path):
    entries = [
        {"slug": "chief", "kind": "person", "title": "Fire chief",
         "summary": "The fire chief authorized the burn; local officials agreed.",
         "fields": {"decision": "authorized the burn on February 6"}},
    ]
    with small_pack(tmp_path, "A derailment", entries) as router:
        # "official" and "authorize" share a stem; the idiom is still its own idea
        words = {c.word for c in router.answerer.read(
            "which local official gave the final ok for the burn?").concepts}
        assert {"official", "gave_the_final_ok"} <= words


def test_another_entry_may_name_the_entry_asked_about_by_its_full_name(tmp_path):
    entries = [
        {"slug": "fra", "kind": "agency", "title": "Federal Railroad Administration",
         "summary": "The FRA writes rail safety rules.", "aliases": ["FRA"]},
        {"slug": "crew-rule", "kind": "policy", "title": "Two-person crew rule",
         "summary": "The Federal Railroad Administration's rule on crew size.",
         "fields": {"date": "April 2, 2024",
                    "requires": "at least two crew members on most freight trains"},
         "related": ["fra"]},
    ]
    with small_pack(tmp_path, "A derailment", entries) as router:
        reply = ask(router, "when did the FRA finalize the rule requiring 2-person crews?")
        assert reply.entries == ("crew-rule",) and "April 2, 2024" in reply.text


def test_a_figure_that_leaves_a_name_out_is_not_about_it(tmp_path):
    entries = [
        {"slug": "losses", "kind": "impact", "title": "Losses",
         "summary": "An insurer estimated what the outage cost large companies, excluding Acme.",
         "fields": {"total": "About $5.4 billion in losses for large companies, excluding Acme"}},
        {"slug": "acme", "kind": "company", "title": "Acme",
         "summary": "Acme makes the operating system the update crashed.", "related": ["losses"]},
    ]
    with small_pack(tmp_path, "An outage", entries) as router:
        assert not ask(router, "how much did Acme itself lose from the outage?").answered
        assert ask(router, "how much did large companies lose from the outage?").answered


def test_a_state_code_typed_in_capitals_is_the_state(tmp_path):
    entries = [
        {"slug": "grid-law", "kind": "policy", "title": "Senate Bill 3",
         "summary": "The Texas law that made power plants winterize.",
         "fields": {"penalty": "Up to $1 million a day for each violation"}},
    ]
    with small_pack(tmp_path, "A power crisis", entries) as router:
        reply = ask(router, "whats the max penalty under the new TX law?")
        assert reply.answered and "$1 million" in reply.text
        # in a message all in capitals, or lower case, two letters are not read as a state
        words = {c.word for c in router.answerer.read("WHAT IS THE TX LAW").concepts}
        assert "texas" not in words
    assert SHORT_FORMS["vm"] == "virtual machine" and "freed" in IDIOMS[("came", "loose")]
    entries = [
        {"slug": "general-average", "kind": "legal", "title": "General average",
         "summary": "The owner declared GA, sharing the salvage cost with cargo owners.",
         "aliases": ["GA declaration"], "fields": {"declared_by": "The ship's owner"}},
    ]
    (tmp_path / "ga").mkdir()
    with small_pack(tmp_path / "ga", "A canal", entries) as router:
        # the content's own "GA" is not Georgia
        assert ask(router, "Who declared GA?").entries == ("general-average",)


def test_a_name_the_summary_gives_is_what_the_whole_entry_is_about(tmp_path):
    entries = [
        {"slug": "rebuilt-phone", "kind": "product", "title": "Rebuilt phone",
         "summary": "The rebuilt phone went on sale only in Korea in July 2017.",
         "fields": {"price": "About $610", "units": "400,000 made"}},
        {"slug": "korea-office", "kind": "company", "title": "Korea office",
         "summary": "The maker's office in Korea."},
    ]
    with small_pack(tmp_path, "A recall", entries) as router:
        reply = ask(router, "what did the rebuilt phone cost in Korea?")
        assert reply.answered and "$610" in reply.text


def test_a_slashed_short_form_is_one_word(router):
    question = router.answerer.read("how long was the north landing w/o power b/c of the fire?")
    assert not {"w", "o", "b", "c"} & {*question.unknown, *(c.word for c in question.concepts)}


def test_how_heavy_or_how_tall_wants_a_measure_of_that_kind(tmp_path):
    entries = [
        {"slug": "rig", "kind": "machine", "title": "The drill rig",
         "summary": "A truck-mounted rig that drilled the rescue hole.",
         "fields": {"hole_size": "A hole about 70 cm across", "depth": "About 620 m"}},
        {"slug": "capsule", "kind": "machine", "title": "The capsule",
         "summary": "The capsule that hoisted the miners.",
         "fields": {"weight": "About 420 kg", "height": "About 4 metres"}},
    ]
    with small_pack(tmp_path, "A rescue", entries) as router:
        assert not ask(router, "how heavy is the drill rig?").answered  # 70 cm is no weight
        assert "420 kg" in ask(router, "how heavy was the capsule?").text
        assert "620 m" in ask(router, "how deep did the drill rig go?").text
        assert "4 metres" in ask(router, "how tall was the capsule?").text
        # "how high" may be a price or a toll: no unit is asked of it
        assert ask(router, "how high did the drill rig go?").answered


def test_how_old_wants_an_age(tmp_path):
    entries = [
        {"slug": "chair", "kind": "person", "title": "Ola Rabe",
         "summary": "Ola Rabe chairs the canal authority.", "aliases": ["Rabe"],
         "fields": {"role": "Chairman since August 2019"}},
        {"slug": "canal", "kind": "place", "title": "The canal",
         "summary": "The canal links the two seas.", "fields": {"opened": "November 1869"}},
        {"slug": "pilot", "kind": "person", "title": "Sam Lund",
         "summary": "Sam Lund, 63, piloted the first ship through.", "aliases": ["Lund"],
         "fields": {"age": "63"}},
    ]
    with small_pack(tmp_path, "A canal", entries) as router:
        assert not ask(router, "how old is Ola Rabe?").answered  # 2019 is no age
        assert "63" in ask(router, "how old is Sam Lund?").text
        # an opening, a building or a founding dates a thing's age
        assert "1869" in ask(router, "how old is the canal?").text


def test_how_many_units_of_something_wants_a_count_of_that_thing(tmp_path):
    entries = [
        {"slug": "plant-outages", "kind": "event", "title": "Plant outages",
         "summary": "Power plants failed in the freeze while demand set a record.",
         "fields": {"demand": "A record of more than 69,000 MW on February 14",
                    "gas": "About 28,000 MW of gas plants were offline"}},
    ]
    with small_pack(tmp_path, "A power crisis", entries) as router:
        assert not ask(router, "how many MW of wind capacity went offline in the freeze?").answered
        reply = ask(router, "how many MW of gas plants went offline in the freeze?")
        assert reply.answered and "28,000" in reply.text


def test_what_a_question_sets_aside_is_not_what_it_asks(tmp_path):
    entries = [
        {"slug": "deal", "kind": "legal", "title": "The settlement",
         "summary": "The owners settled with the canal authority in July.",
         "fields": {"amount": "Not disclosed; reported near $540 million",
                    "tug": "A 75-tonne tug was handed over as part of the deal"}},
        {"slug": "fund", "kind": "legal", "title": "Crew fund",
         "summary": "Money raised for the stranded crew."},
    ]
    with small_pack(tmp_path, "A canal", entries) as router:
        reply = ask(router, "what did the canal authority get in the settlement besides money?")
        # not read as asking for the money: the sum is not the answer
        assert reply.entries == ("deal",) and "$540 million" not in reply.text
    assert _without_exceptions("who else besides the federal agencies will test".split()) == (
        "who else will test".split())
    # "came apart from" is no exception
    assert "fuselage" in _without_exceptions("when did it come apart from the fuselage".split())
    # "beyond" is a limit in time or place more often than an exception
    assert "october" in _without_exceptions("did the strike go beyond october".split())


def test_fine_as_in_all_right_asks_for_no_penalty(router):
    reply = ask(router, "when did the night ferry end? ballpark is fine")
    assert reply.answered and "March 3, 2021" in reply.text and "Fire Code" not in reply.text
    reply = ask(router, "how many crossings did the night ferry make when the piers were fine?")
    assert reply.answered and "4,000" in reply.text
    # fining is a fine, which no fact of the night ferry holds
    assert not ask(router, "did the council end up fining the night ferry?").answered
    # only "fine" as all right at the end of a clause: not "fine-tuned", "the fine with X"
    assert _ALL_RIGHT.sub(" ", "are fine-tuned models covered") == "are fine-tuned models covered"
    assert _ALL_RIGHT.sub(" ", "is fine particulate matter banned") == (
        "is fine particulate matter banned")
    assert "end-to-end" in _ALL_RIGHT.sub(" ", "is end-to-end encryption required?")


def test_how_long_in_miles_wants_a_length_not_a_time(tmp_path):
    entries = [
        {"slug": "bay-route", "kind": "service", "title": "Bay route",
         "summary": "The ferry route across the bay.",
         "fields": {"crossing": "Each crossing takes about 40 minutes",
                    "length": "About 12 miles from pier to pier"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that ran the route at night until 2021, some miles from town.",
         "fields": {"service": "Ran for 30 years, with crossings every two hours"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "how long is the bay route, end to end in miles?")
        assert reply.answered and "12 miles" in reply.text
        assert "40 minutes" in ask(router, "how long does a crossing on the bay route take?").text
        assert not ask(router, "how long was the night ferry, in miles?").answered
    assert question_type("how long did it take to sail the 12 miles".split()) == "duration"


def test_a_remark_after_a_declined_question_is_not_answered_on_its_own(router):
    reply = ask(router, "what did the night ferry's last ticket cost? same as the harbour trust")
    assert not reply.answered and "Harbour Trust" not in reply.text
    # after an answered question the remark is still answered when it can be
    reply = ask(router, "when did the night ferry end? need it for a slide")
    assert reply.answered and "March 3, 2021" in reply.text


def test_where_a_vessel_is_registered_is_its_flag(tmp_path):
    entries = [
        {"slug": "bay-queen", "kind": "service", "title": "Bay Queen",
         "summary": "The largest ferry on the line, built in 1998.",
         "fields": {"flag": "Panama", "owner": "Harbour Trust"}},
        {"slug": "harbour-trust", "kind": "service", "title": "Harbour Trust",
         "summary": "The trust that runs the piers."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "what country was the bay queen actually registered in?")
        assert reply.answered and "Panama" in reply.text


def test_a_president_or_chair_answers_who_heads_and_a_fact_named_for_the_question_comes_first(
        tmp_path):
    entries = [
        {"slug": "pilots-guild", "kind": "service", "title": "Pilots Guild",
         "summary": "The harbour pilots' union; it reached an early deal with the trust in June.",
         "fields": {"president": "Mara Quill", "tentative_deal": "June 3, 2023",
                    "members": "About 300 pilots"}},
        {"slug": "tug-works", "kind": "service", "title": "Tug Works",
         "summary": "The yard that repairs the harbour's tugs.",
         "fields": {"founded": "1961, by Abel Stone and Rosa Kemp",
                    "ceo": "Dan Holt", "president": "Lena Ortiz",
                    "chair": "Abel Stone Jr."}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert "Mara Quill" in ask(router, "who was heading up the pilots guild when they cut "
                                           "their early deal?").text
        reply = ask(router, "who founded tug works?")
        assert reply.answered and "Rosa Kemp" in reply.text.split("\n")[0]
        # the one who heads or runs a body is its president or chair
        assert ask(router, "who's the head of the pilots guild rn").text.startswith(
            "President: Mara Quill")


def test_another_entrys_date_is_not_the_date_of_what_is_asked(tmp_path):
    entries = [
        {"slug": "harbour-pipe", "kind": "service", "title": "Harbour pipeline",
         "summary": "The fuel line that runs under the harbour to the north landing.",
         "fields": {"length": "About 3 miles"}},
        {"slug": "pipe-order", "kind": "event", "title": "Pipeline safety order",
         "summary": "After the Harbour pipeline leak, the council's order created a review "
                    "board for the line.",
         "fields": {"date": "May 12, 2021", "board": "Five members"}},
        {"slug": "leak-review", "kind": "event", "title": "Review board hearings",
         "summary": "The board's public hearings on the leak, which start in the summer.",
         "fields": {"date": "June 1, 2021"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert not ask(router, "what year was the harbour pipeline originally built?").answered
        # the date of the entry the question names is the date of what it names
        reply = ask(router, "when did the pipeline safety order create the review board?")
        assert reply.answered and "May 12, 2021" in reply.text
        # and so is the date of the entry a question that names nothing finds
        reply = ask(router, "when do the public hearings kick off?")
        assert reply.answered and "June 1, 2021" in reply.text


def test_the_place_an_entry_is_based_in_describes_the_whole_entry(tmp_path):
    entries = [
        {"slug": "bay-coop", "kind": "service", "title": "Bay Electric Cooperative",
         "summary": "The power co-op that went bankrupt after the storm.",
         "fields": {"based_in": "Morrow, Ohio", "bill": "$1.9 billion from the grid operator",
                    "region": "Also sells power to Dayton"}},
        {"slug": "grid-operator", "kind": "service", "title": "Grid operator",
         "summary": "The operator of the state's grid.", "fields": {"role": "Runs the market"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "how much did the grid operator bill that Morrow power co-op?")
        assert reply.answered and "$1.9 billion" in reply.text
        # a place it only serves is not where it is
        assert not ask(router, "how much did the grid operator bill that Dayton co-op?").answered


def test_clocking_a_reading_is_recording_it_not_asking_the_time(tmp_path):
    entries = [
        {"slug": "pier-sensor", "kind": "service", "title": "Pier heat sensor",
         "summary": "The sensor on pier two that watches the fuel store.",
         "fields": {"reading": "It recorded 180 degrees just before the fire"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "what temp did the pier sensor clock right before the fire?")
        assert reply.answered and "180 degrees" in reply.text


def test_what_it_cost_to_build_is_not_a_claim_someone_made(tmp_path):
    entries = [
        {"slug": "bay-queen", "kind": "service", "title": "Bay Queen",
         "summary": "The largest ferry on the line.", "fields": {"flag": "Panama"}},
        {"slug": "salvage-claim", "kind": "event", "title": "Salvage claim",
         "summary": "The salvors made a claim against the Bay Queen's owners after the grounding.",
         "fields": {"amount": "Up to about $35 million"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert not ask(router, "how much did it cost to build the bay queen?").answered
        assert ask(router, "how much did the salvors claim from the bay queen's owners?").answered


def test_the_thing_asked_for_is_never_chat_to_look_past(router):
    # the noun after "what", or two choices offered, that the store has never seen: a fact the
    # briefing does not hold, even about an entry the question names
    assert not ask(router, "what processor does the night ferry use?").answered
    # (two of them offered as one: "what processor / chipset")
    assert _wanted("chipset", "what processor chipset did it run on".split(),
                   ["processor", "chipset"])
    assert not ask(router, "was the night ferry's engine a wartsila or a caterpillar?").answered
    # a word that only modifies the noun, or says the kind of answer, is not what is asked
    assert ask(router, "when did the night ferry end? need it for a slide").answered
    assert question_type("what cut of the fares does the trust keep".split()) == "percent"
    assert question_type("by what margin did the council vote".split()) == "percent"
    # only right after "what": "the budget cut", "the margin of victory" are not shares
    assert question_type("what was the budget cut".split()) == "what"
    # a verb after "what", or a number offered as a choice, is not a fact asked for
    assert not _wanted("drove", "what drove the ferry closure".split(), ["drove"])
    assert not _wanted("4", "did 4 or 6 ferries stop".split(), ["4", "6"])


def test_a_sum_written_short_is_the_sum_facts_write(tmp_path):
    entries = [
        {"slug": "fare-fund", "kind": "service", "title": "Fare relief fund",
         "summary": "The fund the council set up to repay riders after the ferry stopped.",
         "fields": {"amount": "$600 million", "cap": "Each rider could get up to $250,000"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "was the $250k cap on the fare relief fund ever raised?")
        assert reply.answered and "$250,000" in reply.text
        assert "$600 million" in ask(router, "how big was the $600M fare relief fund?").text
    # only after a currency: "30m" may be metres, "401k" a plan, "a 5k race" a distance
    for text in ("30m deep", "my 401k", "a 5k race"):
        assert _SHORT_SUM.sub(_long_sum, text) == text
    assert _SHORT_SUM.sub(_long_sum, "US$30bn") == "US$30 billion"


def test_who_replaced_someone_is_answered_by_who_replaced_them(tmp_path):
    entries = [
        {"slug": "sam-holt", "kind": "person", "title": "Sam Holt",
         "summary": "Sam Holt chaired the harbour board until 2020.",
         "fields": {"replaced_by": "Ivy Chen, from June 2020"}},
        {"slug": "harbour-board", "kind": "service", "title": "Harbour board",
         "summary": "The board that runs the harbour."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert "Ivy Chen" in ask(router, "who replaced Sam Holt as chair?").text


def test_a_judge_or_a_settlement_asked_for_needs_an_entry_that_mentions_one(tmp_path, router):
    assert not ask(router, "did the council end up settling over the pier fire?").answered
    entries = [
        {"slug": "ferry-suit", "kind": "event", "title": "Ferry operator's suit",
         "summary": "The ferry operator sued the council in the county court in 2021.",
         "fields": {"court": "County court, filed March 2021"}},
        {"slug": "pier-case", "kind": "event", "title": "Pier fire case",
         "summary": "Judge Ada Moss heard the pier fire case in 2022.",
         "fields": {"court": "County court"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert not ask(router, "which judge is hearing the ferry operator's suit?").answered
        assert "Ada Moss" in ask(router, "which judge heard the pier fire case?").text


def test_won_is_a_win_and_wont_is_will_not(router):
    question = router.answerer.read("who won the 75th harbour regatta?")
    assert "won" in question.unknown or any(c.word == "won" for c in question.concepts)
    question = router.answerer.read("the night ferry won't sail again, will it?")
    assert "won" not in question.unknown and all(c.word != "won" for c in question.concepts)


def test_a_name_that_opens_a_fact_is_a_name(tmp_path):
    entries = [
        {"slug": "sam-holt", "kind": "person", "title": "Sam Holt",
         "summary": "Sam Holt was the night ferry's last captain; his daughter was born at sea.",
         "fields": {"daughter": "Marisol, born on May 2, 2010, aboard the ferry",
                    "crew": "Two deckhands and a cook"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "what was the name of Sam Holt's daughter?")
        assert reply.answered and "Marisol" in reply.text
        # a fact opening with an English word, or with a name the question says, names no one
        assert not ask(router, "what were the names of Sam Holt's crew?").answered


def test_hitting_theaters_is_a_release(tmp_path):
    entries = [
        {"slug": "delayed-films", "kind": "event", "title": "Films held back by the ferry strike",
         "summary": "The ferry strike pushed the harbour documentary from 2023 into 2024.",
         "fields": {"harbour_documentary": "Moved from November 3, 2023 to March 15, 2024 "
                                           "(later released March 1, 2024)",
                    "why": "Its crew could not cross the bay"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night, until May 2023."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "when did the harbour documentary end up hitting theaters?")
        assert reply.answered and "March 1, 2024" in reply.text


def test_a_who_fact_names_someone(tmp_path):
    entries = [
        {"slug": "phone-fire", "kind": "event", "title": "Phone fire on the night ferry",
         "summary": "A phone began smoking in a rider's pocket on the night ferry at Pier 4; "
                    "all 75 riders got off unhurt.",
         "fields": {"date": "October 5, 2016",
                    "who": "Rider Tomas Vrell, whose phone was a week old",
                    "evacuated": "75 riders and crew, no injuries"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "whats the name of the guy whose phone started smoking on the "
                            "ferry at pier 4")
        assert reply.answered and "Tomas Vrell" in reply.text


def test_caught_up_in_is_affected(tmp_path):
    entries = [
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The night ferry stopped for three days after the pier fire.",
         "fields": {"riders": "About 12,000 riders affected"}},
        {"slug": "fare-checks", "kind": "service", "title": "Fare checks",
         "summary": "Inspectors caught 40 fare dodgers on the day ferry in 2021."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "how many people got caught up in the ferry stoppage?")
        assert reply.answered and "12,000" in reply.text


def test_a_kind_word_in_a_value_is_no_fact_of_that_kind(tmp_path):
    # "paid" in a summary is no `payment` field: the summary's sum is not the fee asked
    entries = [
        {"slug": "tide-club", "kind": "service", "title": "Tide Club",
         "summary": "Tide Club riders paid spot fares directly; when fares hit $900 a trip "
                    "some got bills of thousands of dollars.",
         "fields": {"model": "Charged riders the spot fare for a monthly membership fee"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert not ask(router, "how much was tide club's monthly membership fee?").answered


def test_the_entry_titled_for_what_is_asked_gives_its_date(tmp_path):
    entries = [
        {"slug": "final-findings", "kind": "event",
         "title": "Harbour board findings on the blaze and the fuse box",
         "summary": "At a meeting at Pier 4 the fire was traced to a failed fuse box.",
         "fields": {"date": "June 25, 2024", "cause": "A failed fuse box"}},
        {"slug": "pier-fire", "kind": "event", "title": "Pier fire",
         "summary": "A fire on pier two closed the north landing.",
         "fields": {"date": "June 9, 2019"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # the question names the fire, but the findings' own entry is what it is about
        reply = ask(router, "on what date did the board give its findings on the pier fire?")
        assert reply.answered and "June 25, 2024" in reply.text


def test_a_country_and_its_adjective_are_one_word(tmp_path):
    entries = [
        {"slug": "ferry-partners", "kind": "service", "title": "Ferry line partners",
         "summary": "Two firms, one of them Australian, share the ferry line with the council.",
         "fields": {"shares": "Quorvex held 25% and Tansho Marine held 10%",
                    "payments": "Tansho Marine, a unit of Japan's Hatori, paid the council "
                                "$1.1 billion in 2011"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night; it sold tickets in Canada too.",
         "fields": {"riders": "About 4,000 riders a year"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "how much did the Japanese partner end up paying the council?")
        assert reply.answered and "$1.1 billion" in reply.text
        # a country the entry does not mention still declines, though English has its adjective
        assert not ask(router, "how many riders did the night ferry carry in "
                               "australia?").answered


def test_random_says_nothing(router):
    question = router.answerer.read("lol what random stuff burned in the pier fire")
    assert "random" not in question.unknown and "random" not in question.out_of_scope
    assert ask(router, "lol what random stuff burned in the pier fire").answered


def test_who_of_someone_named_needs_someone_else_named(tmp_path):
    entries = [
        {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
         "summary": "Dana Holt ran the harbour department when the night ferry stopped; she "
                    "resigned in 2016.",
         "fields": {"role": "Director of the Harbour Department, 2011 to 2016"}},
        {"slug": "sam-vell", "kind": "person", "title": "Sam Vell",
         "summary": "Sam Vell chaired the harbour board.",
         "fields": {"replaced_by": "Ivy Chen, from June 2020",
                    "ferry_owner": "the city council owns his ferry"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # her own entry says who she was, not who came after her
        assert not ask(router, "who took over as director of the harbour department after "
                               "Dana Holt resigned?").answered
        assert ask(router, "who is Dana Holt?").answered
        # only who came before or after: the owner of a firm may be "the city council"
        assert ask(router, "who owns Sam Vell's ferry?").answered
        assert "Ivy Chen" in ask(router, "who replaced Sam Vell as chair?").text


def test_a_rare_term_after_a_possessive_is_what_is_asked(router):
    # the question names the ferry, but its draught is a fact the briefing does not hold
    assert not ask(router, "what was the night ferry's draught when it last sailed?").answered
    tokens = "what was the night ferry s draught when it sailed".split()
    assert _wanted("draught", tokens, ["draught"])
    # an everyday word there may be what a fact says in other words ("its job": its role)
    assert not _wanted("job", "what was the night ferry s job".split(), ["job"])


def test_a_date_answers_with_what_its_sentence_says(tmp_path):
    entries = [
        {"slug": "harbour-order", "kind": "event", "title": "Harbour safety order",
         "summary": "The mayor signed the harbour safety order on May 12, 2021, while the night "
                    "ferry was still stopped. It also creates a harbour review board.",
         "fields": {"signed_by": "Mayor Ada Quell"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night.",
         "fields": {"riders": "About 4,000 riders a year"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # the order's date is when it was signed, not when the ferry was built
        assert not ask(router, "what year was the night ferry originally built?").answered
        # the entry a question is about keeps its whole summary
        assert "May 12, 2021" in ask(router, "when was the harbour safety order signed?").text


def test_a_number_counts_what_follows_its_of(tmp_path):
    entries = [
        {"slug": "tide-club", "kind": "service", "title": "Tide Club",
         "summary": "A ferry club whose riders paid spot fares.",
         "fields": {"bills": "Some riders were charged thousands of dollars for a week of trips",
                    "boats": "Riders could board any of 12 boats"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert not ask(router, "how many riders did Tide Club have?").answered
    assert _counts({"rider"}, "riders", "About 4,000")
    assert _counts({"rider"}, "", "thousands of riders lost their passes")


def test_hitting_or_crashing_into_something_is_a_collision(tmp_path):
    entries = [
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The night ferry crossed the bay until 2021; it was the line's biggest boat.",
         "fields": {"crossings": "About 4,000 crossings a year", "built": "1988"}},
        {"slug": "pier-collision-2019", "kind": "event",
         "title": "Night ferry's 2019 pier collision",
         "summary": "In 2019 the night ferry collided with the east pier while docking.",
         "fields": {"date": "February 2, 2019", "damage": "A dented bow"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        for text in ("has the night ferry hit anything before?",
                     "had the night ferry crashed into anything before?"):
            assert ask(router, text).entries == ("pier-collision-2019",)


def test_a_short_form_in_brackets_is_spelt_out_by_the_name_before_it(tmp_path):
    entries = [
        {"slug": "harbour-office", "kind": "service", "title": "Harbour Office",
         "summary": "The office that licensed the ferries; it was renamed OBFT in 2019.",
         "fields": {"renamed": "Office of Boats, Ferries, and Tides (OBFT) in 2019"},
         "aliases": ["OBFT"]},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "what does OBFT stand for?")
        assert "Office of Boats, Ferries, and Tides" in reply.text


def test_a_short_form_is_spelt_out_by_capitalised_words_that_spell_it(tmp_path):
    # the title holds the short form itself ("The TRV ferry"), a fact the words it stands for
    entries = [
        {"slug": "trv-ferry", "kind": "service", "title": "The TRV ferry",
         "summary": "The TRV-90 is a ferry design used on the night crossing.",
         "fields": {"name": "Tern Relief Vessel, the yard's 1990 design"}, "aliases": ["TRV"]},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "what does TRV even stand for?")
        assert "Stands for: Tern Relief Vessel" in reply.text


def test_a_baby_girl_is_a_daughter(tmp_path):
    entries = [
        {"slug": "tam-rell", "kind": "person", "title": "Tam Rell",
         "summary": "Tam Rell became a father while the night ferry was stranded at sea.",
         "fields": {"daughter": "Oriane, born on May 2, 2010, while he was at sea"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night; it was once stranded at sea."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "whats the name of the baby girl one of the crew had while stranded?")
        assert reply.answered and "Oriane" in reply.text


def test_each_of_two_asks_one_question_of_each(tmp_path):
    assert split_parts("When did Mayor Quell and Ivy Chen each visit the pier?") == [
        "When did Mayor Quell visit the pier", "When did Ivy Chen visit the pier"]
    assert split_parts("when did the council and the trust sue each other?") == [
        "when did the council and the trust sue each other"]
    entries = [
        {"slug": "ada-quell", "kind": "person", "title": "Ada Quell",
         "summary": "Mayor Ada Quell visited the burnt pier on June 10, 2019.",
         "fields": {"visit": "June 10, 2019"}},
        {"slug": "ivy-chen", "kind": "person", "title": "Ivy Chen",
         "summary": "Ivy Chen, who chairs the harbour board, visited the pier on July 1, 2019.",
         "fields": {"visit": "July 1, 2019"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        reply = ask(router, "When did Ada Quell and Ivy Chen each visit the pier?")
        assert "June 10, 2019" in reply.text and "July 1, 2019" in reply.text


def test_compensation_or_a_downgrade_asked_for_needs_an_entry_that_mentions_one(router, tmp_path):
    assert not ask(router, "did the pier fire victims get any compensation from the "
                           "council?").answered
    assert not ask(router, "did anyone downgrade the harbour trust after the pier fire?").answered
    entries = [
        {"slug": "fire-payouts", "kind": "event", "title": "Pier fire payouts",
         "summary": "The council made payouts to injured riders after the pier fire.",
         "fields": {"payouts": "$2 million to injured riders in 2020"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # a payout is compensation in other words
        assert "$2 million" in ask(router, "how much compensation did the injured riders "
                                           "get?").text


def test_a_class_action_asked_for_needs_an_entry_with_a_lawsuit(router, tmp_path):
    assert not ask(router, "was there a class action over the pier fire?").answered
    entries = [
        {"slug": "rider-suit", "kind": "event", "title": "Riders' suit over the pier fire",
         "summary": "Riders sued the council over the pier fire in 2020; the lawsuit settled.",
         "fields": {"filed": "March 2020", "settled": "$2 million in 2022"}},
        {"slug": "pier-fire", "kind": "event", "title": "Pier fire",
         "summary": "A fire on pier two in 2019 closed the north landing."},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert ask(router, "was there a class action over the pier fire?").answered


EVERYDAY_WORDS_PACK = [
    {"slug": "pier-ruling", "kind": "event", "title": "Pier fire ruling",
     "summary": "The county court ruled on the pier fire case in 2022.",
     "fields": {"recused": "Judge Ada Moss, who had advised the council",
                "ruling": "The operator's plea deal was rejected on May 3, 2022"}},
    {"slug": "ferry-audit", "kind": "event", "title": "Ferry safety audit",
     "summary": "Inspectors audited the ferry operator after the pier fire.",
     "fields": {"result": "The operator failed 33 of 89 safety checks"}},
    {"slug": "rider-impact", "kind": "event", "title": "Riders and the stoppage",
     "summary": "The stoppage stranded riders on both shores.",
     "fields": {"share": "12% of all riders affected",
                "overseas": "Australian riders on the Sydney exchange boat were stranded too"}},
    {"slug": "harbour-note", "kind": "event", "title": "Note from the stranded crew",
     "summary": "The stranded crew sent a note ashore in a bottle.",
     "fields": {"written_by": "Tam Rell, in red ink"}},
    {"slug": "ferry-salvage", "kind": "event", "title": "Ferry salvage",
     "summary": "Tugs raised the sunken ferry in 2020.",
     "fields": {"cost": "About $3 million"}},
    {"slug": "ferry-derailment", "kind": "event", "title": "Ferry ramp derailment",
     "summary": "The ferry's loading train derailed on the ramp in 2018.",
     "fields": {"bound_for": "Port Ardel"}},
    {"slug": "hull-tests", "kind": "event", "title": "Ferry hull tests",
     "summary": "Inspectors tested the ferry hull in 2021.",
     "fields": {"findings": "Two cracks near the bow"}},
]


@pytest.mark.parametrize(("question", "word", "expected"), [
    ("when did the court throw out the operator's plea deal?", "throw_out", "May 3, 2022"),
    ("how many safety checks did the ferry operator flunk?", "flunk", "33 of 89"),
    ("what share of riders got hit by the stoppage?", "hit", "12%"),
    ("were any aussie riders stranded?", "aussie", "Australian"),
    ("who handwrote the note from the stranded crew?", "handwrote", "Tam Rell"),
    ("what was the total bill for the ferry salvage?", "bill", "$3 million"),
    ("when did the ferry loading train crash?", "crash", "2018"),
    ("what did inspectors find when they were poking at the ferry hull?", "poking",
     "Two cracks"),
])
def test_everyday_words_find_what_the_facts_say(tmp_path, question, word, expected):
    with small_pack(tmp_path, "Harbour ferry line", EVERYDAY_WORDS_PACK) as router:
        read = router.answerer.read(question)
        # the word is read as words the facts use, not left as one the store lacks
        assert word not in read.unknown and any(c.word == word for c in read.concepts)
        reply = ask(router, question)
        assert reply.answered and expected in reply.text


def test_tossing_a_deal_is_rejecting_it():
    assert {"dismissed", "rejected"} <= set(synonyms_of("tossed"))


def test_what_number_asks_for_a_number(tmp_path):
    entries = [
        {"slug": "harbour-order", "kind": "event", "title": "Harbour safety order",
         "summary": "The mayor is expected to sign the harbour safety order this week.",
         "fields": {"signer": "Mayor Ada Quell", "status": "Drafted; not yet signed"}},
        {"slug": "ferry-order", "kind": "event", "title": "Ferry fares order",
         "summary": "The council's order on ferry fares.",
         "fields": {"number": "Council Order 114", "signed": "March 2, 2020"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        assert not ask(router, "what's the harbour safety order's official number?").answered
        assert "Order 114" in ask(router, "what's the ferry fares order's number?").text
    assert question_type("what was the number one complaint about the ferry".split()) == "what"


def test_who_is_the_role_needs_an_answer_that_says_the_role(tmp_path):
    assert _role("who are the members of the review panel".split()) == "members"
    assert _role("who was the first rescuer sent down the shaft".split()) == "rescuer"
    assert _role("who was the ferry s underwriter".split()) == "underwriter"
    assert _role("who was brought in to run it".split()) is None  # no role asked
    assert _role("who was the exec that fronted it".split()) is None  # anyone in charge
    assert _role("who was the first to report the leak".split()) is None
    entries = [
        {"slug": "fire-ruling", "kind": "event", "title": "Pier fire ruling",
         "summary": "Judge Ada Moss ruled on the pier fire case in 2022.",
         "fields": {"oversight": "A review panel to enforce the ruling", "judge": "Ada Moss"}},
        {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
         "summary": "The ferry that crossed the bay at night.",
         "fields": {"captain": "Sam Holt, from 2015", "insurer": "Quorvex Mutual"}},
    ]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # the ruling sets up the panel but names no member of it
        assert not ask(router, "who are the members of the review panel from the pier fire "
                               "ruling?").answered
        assert "Sam Holt" in ask(router, "who was the captain of the night ferry?").text
        # an underwriter is an insurer
        assert "Quorvex" in ask(router, "who was the night ferry's underwriter?").text


def test_a_sum_a_year_or_a_date_is_no_count(tmp_path):
    entries = [{"slug": "quay-collapse", "kind": "event", "title": "Quay collapse",
                "summary": "The old quay fell into the harbour in 2018.",
                "fields": {"when": "April 4, 2018", "repair": "$3 million to rebuild it"}},
               {"slug": "quay-crowd", "kind": "event", "title": "Quay crowd",
                "summary": "Crowds watched the tall ships at the quay.",
                "fields": {"crowd": "About 4,000 people watched"}}]
    with small_pack(tmp_path, "Harbour quay", entries) as router:
        assert not ask(router, "how many were hurt when the old quay collapsed?").answered
        reply = ask(router, "how many people turned out to watch the ships?")
        assert reply.answered and "4,000" in reply.text
        # money counted is money: "how many dollars" takes a sum
        for text, kept in (("how many dollars did it cost?", True),
                           ("how many were hurt?", False)):
            question = router.answerer.read(text)
            assert ("$3 million" in _as_count("repair: $3 million", question)) is kept


def test_a_clause_inside_the_question_does_not_say_the_kind_asked():
    assert question_type("what was the vote count when the quay collapsed".split()) == "count"
    assert question_type("what was the toll when the bridge opened".split()) == "what"
    assert question_type("what date did the quay collapse".split()) == "when"


def test_a_name_in_the_packs_subject_describes_every_entry(tmp_path):
    entries = [{"slug": "strike-inquiry", "kind": "event", "title": "Strike inquiry",
                "summary": "Prosecutors looked into the ferry strike and closed the inquiry.",
                "fields": {"closed": "Prosecutors closed the inquiry on May 3, 2021"}},
               {"slug": "ferry-strike", "kind": "event", "title": "Ferry strike",
                "summary": "Crews in Lisbon and Porto, Portugal, stopped the ferries for a week.",
                "fields": {"began": "June 9, 2019"}}]
    with small_pack(tmp_path, "Ferry strike in Portugal, 2019", entries) as router:
        reply = ask(router, "when did Portuguese prosecutors close the strike inquiry?")
        assert reply.answered and "May 3, 2021" in reply.text
        # a name neither the entry nor the subject gives is still another story
        assert not ask(router, "when did Spanish prosecutors close the strike inquiry?").answered


def test_what_a_short_form_stands_for_is_read_where_the_pack_writes_it_out(tmp_path):
    entries = [{"slug": "ferry-radio", "kind": "service", "title": "Ferry radio",
                "summary": "Every ferry carries a radio and a beacon.",
                "fields": {"beacon": "An automatic identification system (AIS) transponder"}},
               {"slug": "harbour-office", "kind": "service", "title": "Harbour office",
                "summary": "The office tracks every AIS signal in the bay."}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what does AIS stand for?")
        assert reply.answered and "automatic identification system" in reply.text
        assert reply.entries == ("ferry-radio",)
        assert not ask(router, "what does XQT stand for?").answered


def test_a_short_form_joined_by_an_ampersand_is_read_whole(tmp_path):
    entries = [{"slug": "ferry-cover", "kind": "service", "title": "Ferry cover",
                "summary": "The ferry line insures its boats with the Harbour Club.",
                "fields": {"cover": "Protection and indemnity (P&I) cover for harm to others"}},
               {"slug": "harbour-club", "kind": "service", "title": "Harbour Club",
                "summary": "A mutual insurer; it writes P&I cover for ferries."}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what does P&I stand for?")
        assert reply.answered and "Protection and indemnity" in reply.text
        assert reply.entries == ("ferry-cover",)
        # the short form asked, not another one the question mentions
        reply = ask(router, "what does HSB stand for in the P&I report?")
        assert "indemnity" not in reply.text


def test_a_short_form_inside_an_entrys_name_is_spelt_out_from_its_facts(tmp_path):
    entries = [{"slug": "harbour-club", "kind": "service", "title": "Harbour P&I Club",
                "aliases": ["P&I insurer"], "summary": "A mutual insurer of the ferry line.",
                "fields": {"role": "Protection and indemnity (P&I) insurer for harm to others"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what does P&I stand for in 'Harbour P&I Club'?")
        assert reply.answered and "Protection and indemnity" in reply.text
    # a short form joined by "&" elsewhere in the question is not the one asked
    entries = [{"slug": "safety-board", "kind": "body", "title": "Safety board",
                "aliases": ["HSB", "Harbour Safety Board"],
                "summary": "The board that checks the ferries."}]
    with small_pack(tmp_path / "board", "Harbour ferries", entries) as router:
        reply = ask(router, "what does HSB stand for in R&D?")
        assert reply.answered and "Harbour Safety Board" in reply.text


def test_a_typo_of_a_word_is_no_name_the_fact_must_give(tmp_path):
    entries = [{"slug": "pier-fire", "kind": "event", "title": "Pier fire",
                "summary": "A fire on the pier in 2019 closed the landing.",
                "fields": {"damage": "$2 million to the landing"}},
               {"slug": "harbour-trust", "kind": "event", "title": "Harbour trust",
                "summary": "The trust wanted the pier rebuilt and asked the council for money."}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "wantd" is "wanted" mistyped, not a name the damage fact leaves out
        reply = ask(router, "how much damage did the pier fire do that the trust wantd fixed?")
        assert reply.answered and "$2 million" in reply.text


def test_the_role_asked_of_a_named_body_is_that_bodys(tmp_path):
    assert _role("who s the captain of the night ferry".split()) == "captain"  # "who's"
    assert _role("who s the parent company of the ferry line".split()) is None  # any body
    line = [{"slug": slug, "kind": "service", "title": slug.title(), "summary": summary}
            for slug, summary in (("fares", "Fares on the Bay Ferry Line rose in 2020."),
                                  ("crews", "Crews of the Bay Ferry Line struck in 2021."),
                                  ("timetable", "The Bay Ferry Line sails every hour."))]
    entries = [{"slug": "bay-ferry-line", "kind": "service", "title": "Bay Ferry Line",
                "summary": "The Bay Ferry Line runs boats across the bay.",
                "fields": {"route": "Across the bay to the north landing"}},
               {"slug": "ana-ruiz", "kind": "service", "title": "Ana Ruiz",
                "summary": "Ana Ruiz chairs the Harbour Trust.",
                "fields": {"role": "Chairman of the Harbour Trust since 2019",
                           "background": "Former vice-chairman of the pier board"}}, *line]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who's the chairman of the harbour trust?")
        assert reply.answered and "Ana Ruiz" in reply.text
        # the trust's chairman is not the ferry line's
        assert not ask(router, "who's the chairman of the bay ferry line?").answered


def test_a_yes_no_question_about_a_kind_of_fact_asks_for_that_fact(router):
    assert question_type("is there a launch date for the new ferry yet".split()) == "when"
    assert question_type("was there a cost given for the repairs".split()) == "amount"
    assert question_type("is the night ferry still running".split()) == "yesno"
    # the ferry office's entry gives no date of a new ferry
    assert not ask(router, "is there a launch date for the new ferry timetable yet?").answered


def test_a_figure_asked_for_a_period_needs_a_figure_for_that_period(router):
    assert _rate("how much a month") == "month" and _rate("$40 million annually") == "year"
    assert _rate("$9 billion per-day") == "day" and _rate("$400 million an hour") == "hour"
    assert _rate("a year after the fire") is None and _rate("in 2019") is None
    reply = ask(router, "how much diesel did the night ferry burn each night?")
    assert reply.answered and "300 gallons" in reply.text
    # the fuel fact is a night's: it gives no figure for a week
    assert not ask(router, "how much diesel did the night ferry burn per week?").answered


def test_a_figure_asked_for_each_thing_needs_a_figure_for_that_thing(tmp_path):
    assert _rate("what was oil trading at per barrel", asked=True) == "barrel"
    assert _rate("how many rode per the council's count", asked=True) is None  # according to
    entries = [{"slug": "ferry-fares", "kind": "service", "title": "Ferry fares",
                "summary": "Fares paid for the crossings.",
                "fields": {"fare": "$4 per passenger", "revenue": "$2 million in 2019"}},
               {"slug": "ferry-fuel", "kind": "service", "title": "Ferry fuel",
                "summary": "The ferries burn diesel.",
                "fields": {"diesel": "About 300,000 gallons burned in 2019",
                           "spend": "$900,000 on diesel in 2019"}},
               {"slug": "harbour-code", "kind": "service", "title": "Harbour code",
                "summary": "The harbour code sets the rules for boats in the bay.",
                "fields": {"fine": "Up to $5,000 per breach",
                           "appeals": "A penalty may be appealed to the council"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did the ferry charge per passenger?")
        assert reply.answered and "$4" in reply.text
        # a year's diesel bill is no price of a gallon
        assert not ask(router, "what did diesel for the ferries cost per gallon?").answered
        # a fine is a penalty: the fact asked, though it does not say "penalty"
        reply = ask(router, "how much is the maximum penalty per breach of the harbour code?")
        assert reply.answered and "$5,000" in reply.text


def test_what_the_third_reviewer_found_stays_fixed(tmp_path):
    for text in ("is there a time limit for refund claims", "was the price cap lifted",
                 "did the second goal count", "does the price include tax"):
        assert question_type(text.split()) == "yesno"
    assert question_type("what was that date again".split()) == "when"
    for text in ("per reports, what did the league fine them", "what was it, per its lawyer",
                 "how many crew walked out a week into the strike"):
        assert _rate(text, asked=True) is None
    question = Question(text="how many people live there", qtype="count", concepts=[],
                        unknown=[], named=[], group=False, out_of_scope=[], unknown_names=[])
    assert "1800" in _as_count("1800 residents live near the plant", question)
    assert "209" not in _as_count("$209 billion in assets, signed in 2019", question)
    entries = [{"slug": "acme", "kind": "service", "title": "Acme",
                "summary": "Acme runs three plants in the valley.",
                "fields": {"wages": "Plant workers are paid $18 an hour",
                           "staff": "1800 residents work at the plants"}},
               {"slug": "clinic", "kind": "service", "title": "Valley clinic",
                "summary": "The clinic leads the local inquiry into the fumes.",
                "fields": {"budget": "$4 million a year"}},
               {"slug": "town-council", "kind": "service", "title": "Town council",
                "summary": "The council meets each spring.",
                "fields": {"budget": "$2 million for 2024"}}]
    with small_pack(tmp_path, "Valley plants", entries) as router:
        # "annual" asks a year's figure, which a fact need not say is one; not a year's for a
        # month
        reply = ask(router, "what was the annual budget of the town council?")
        assert reply.answered and "$2 million" in reply.text
        assert not ask(router, "how much is the clinic's monthly budget?").answered
        # a plant someone "runs" is no chief executive's pay, a clinic that "leads" no chair's
        assert not ask(router, "how much is the ceo paid?").answered
        assert not ask(router, "how much does the chairman get paid?").answered
        reply = ask(router, "how many people work at the plants?")
        assert reply.answered and "1800" in reply.text


def test_three_facts_as_close_as_each_other_are_all_shown(tmp_path):
    entries = [{"slug": "bay-ferry", "kind": "service", "title": "Bay ferry",
                "summary": "The ferry crosses the bay.",
                "fields": {"fares": "Adults ride for 4 pounds", "tolls": "Cars pay a 2 pound toll",
                           "fees": "Bikes carry a 1 pound fee"}},
               {"slug": "harbour", "kind": "service", "title": "Harbour",
                "summary": "The harbour has two piers."}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what does the bay ferry charge in fares, tolls and fees?")
        assert all(fact in reply.text for fact in ("4 pounds", "2 pound toll", "1 pound fee"))


def test_a_fact_half_as_close_as_the_best_is_shown_beside_it(tmp_path):
    entries = [{"slug": "bay-ferry", "kind": "service", "title": "Bay ferry",
                "summary": "The ferry crosses the bay.",
                "fields": {"fares": "Adult fares rose to 4 pounds in the winter timetable",
                           "tolls": "Cars pay a 2 pound toll"}},
               {"slug": "harbour", "kind": "service", "title": "Harbour",
                "summary": "The harbour has two piers and a winter timetable."}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what were the winter timetable fares and tolls on the bay ferry?")
        assert "4 pounds" in reply.text and "2 pound toll" in reply.text


def test_what_the_fourth_reviewer_found_stays_fixed(tmp_path):
    for text, kind in (("was there a date announced for the signing", "when"),
                       ("has a date been set", "when"), ("was it the first time", "yesno"),
                       ("is there a time limit for refunds", "yesno")):
        assert question_type(text.split()) == kind
    assert _rate("how much a night in july", asked=True) == "night"
    assert _rate("what is the fee per class", asked=True) == "class"
    question = Question(text="how many people came", qtype="count", concepts=[],
                        unknown=[], named=[], group=False, out_of_scope=[], unknown_names=[])
    assert "5" not in _as_count("On May 5 the plant closed", question)
    assert "2000" in _as_count("a crowd of 2000", question)
    # a fact further from the best one is shown only when it says something asked that the
    # facts before it do not: not a second fact about the winter
    entries = [{"slug": "bay-ferry", "kind": "service", "title": "Bay ferry",
                "summary": "The ferry crosses the bay.",
                "fields": {"fares": "Adult fares rose to 4 pounds in 2019",
                           "timetable": "The winter timetable starts in November",
                           "crew": "Twelve crew run the winter ferry"}},
               {"slug": "harbour", "kind": "service", "title": "Harbour",
                "summary": "The harbour has two piers."}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what are the winter fares?")
        assert "4 pounds" in reply.text and "November" not in reply.text


def test_the_money_shape_reads_sums_and_a_long_run_of_spaces_alike():
    money = SHAPES["money"]
    for text, found in (("5 million dollars", True), ("5  dollars", True), ("5 bn euros", True),
                        ("$5", True), ("5 meters", False), ("12 people", False)):
        assert bool(money.search(text)) is found
    assert money.search("1" + " " * 50_000 + "x") is None  # one pass over the spaces


def test_a_why_question_is_answered_with_the_reason(tmp_path):
    entries = [{"slug": "mara-holt", "kind": "person", "title": "Mara Holt",
                "summary": "Mara Holt chairs the harbour board.",
                "fields": {"ruling": "Rejected the night ferry plan on May 3, 2021",
                           "role": "Chair of the harbour board"},
                "related": ["plan-rejected"]},
               {"slug": "plan-rejected", "kind": "event", "title": "Night ferry plan rejected",
                "summary": "The harbour board turned down the night ferry plan.",
                "fields": {"ruling": "Night ferry plan rejected",
                           "reason": "The pier lights could not be fixed in time",
                           "chair": "Mara Holt, harbour board"},
                "related": ["mara-holt"]}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # her own entry ranks first and says what she did, not why
        reply = ask(router, "why did Mara Holt turn down the plan?")
        assert reply.answered and "pier lights" in reply.text
        assert reply.entries == ("plan-rejected",)


def test_who_was_running_a_body_is_its_head_not_another_bodys(tmp_path):
    entries = [{"slug": "ferry-managers", "kind": "company", "title": "Bay Ship Management",
                "summary": "Bay Ship Management ran the stranded ferry day to day.",
                "fields": {"led_by": "Chief executive Ian Dorn", "role": "Ran the ferry"}},
               {"slug": "lena-voss", "kind": "person", "title": "Lena Voss",
                "summary": "Lena Voss spoke for the tug firm that freed the ferry.",
                "fields": {"role": "Chief executive of Harbour Tugs since 2015"},
                "related": ["harbour-tugs"]},
               {"slug": "harbour-tugs", "kind": "company", "title": "Harbour Tugs",
                "summary": "Harbour Tugs freed the stranded ferry with four tugs.",
                "related": ["lena-voss"]}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who was running harbour tugs when they freed the ferry?")
        assert reply.answered and "Lena Voss" in reply.text


def test_a_country_typed_in_lower_case_is_still_a_name(tmp_path):
    entries = [{"slug": "ferry-recall", "kind": "event", "title": "Ferry engine recall",
                "summary": "The maker recalled ferry engines after two fires.",
                "fields": {"units": "About 40 engines in the US"}}]
    with small_pack(tmp_path, "Ferry engine recall", entries) as router:
        assert ask(router, "how many engines were recalled in the US?").answered
        assert not ask(router, "how many engines were recalled in the uk?").answered
        assert not ask(router, "how many engines were recalled in japan?").answered


def test_the_names_asked_are_names_the_question_does_not_give(tmp_path):
    entries = [{"slug": "pier-collision", "kind": "event", "title": "Collision at the pier",
                "summary": "The ferry struck the pier in fog on May 3, 2019.",
                "fields": {"crew": "Two Harbour Board pilots were on the bridge"}}]
    with small_pack(tmp_path, "Harbour Board ferry collision (2019)", entries) as router:
        assert not ask(router, "what were the names of the two pilots on the bridge?").answered
    entries[0]["fields"]["crew"] = "Harbour Board pilots Dana Holt and Ian Dorn were on the bridge"
    with small_pack(tmp_path / "named", "Harbour Board ferry collision (2019)", entries) as router:
        reply = ask(router, "what were the names of the two pilots on the bridge?")
        assert reply.answered and "Dana Holt" in reply.text


def test_who_sits_on_a_panel_asks_for_its_members(tmp_path):
    entries = [{"slug": "fare-ruling", "kind": "ruling", "title": "Fare ruling",
                "summary": "Judge Dana Holt capped ferry fares and set up a panel to check them.",
                "fields": {"judge": "Dana Holt",
                           "oversight": "A fares panel to check the ruling is kept"}}]
    with small_pack(tmp_path, "Harbour ferry fares", entries) as router:
        assert not ask(router, "who sits on the fares panel?").answered
    entries[0]["fields"]["panel_members"] = "Ian Dorn, Lena Voss and Mara Holt"
    with small_pack(tmp_path / "named", "Harbour ferry fares", entries) as router:
        reply = ask(router, "who sits on the fares panel?")
        assert reply.answered and "Ian Dorn" in reply.text


def test_a_clause_that_sets_the_scene_does_not_set_the_kind_of_fact(tmp_path):
    entries = [{"slug": "ferry-sinking", "kind": "event", "title": "Ferry sinking",
                "summary": "The night ferry sank in the bay; all 40 aboard were saved.",
                "fields": {"date": "May 3, 2019",
                           "captain": "Ian Dorn, master of the night ferry"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when the ferry sank, who was the captain?")
        assert reply.answered and "Ian Dorn" in reply.text and "May 3" not in reply.text


def test_one_of_englishs_most_common_words_weighs_less_in_what_an_entry_must_hold(tmp_path):
    entries = [{"slug": "crew-rule", "kind": "rule", "title": "Two-person ferry crew rule",
                "summary": "The harbour office required two deckhands on every ferry from "
                           "April 2, 2024.",
                "fields": {"date": "April 2, 2024", "rule": "Two deckhands on every ferry"}},
               {"slug": "harbour-office", "kind": "body", "title": "Harbour office",
                "summary": "The office keeps the piers open and makes the timetable."}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "make" and "keep" are the store's words, not the rule's; they say little
        reply = ask(router, "when did they make ferries keep deckhands at the piers?")
        assert reply.answered and "April 2, 2024" in reply.text
        assert not ask(router, "when did they close the timetable office at the piers?").answered


def test_starting_again_is_resuming(tmp_path):
    entries = [{"slug": "ferry-strike", "kind": "event", "title": "Night ferry strike",
                "summary": "Crews stopped the night ferry sailing in a pay strike.",
                "fields": {"started": "May 3, 2019", "crews": "40 crews stopped sailing"}},
               {"slug": "ferry-return", "kind": "event", "title": "Night ferry back in service",
                "summary": "Inspectors cleared the night ferry after the strike.",
                "fields": {"outcome": "The night ferry resumed sailing on June 9, 2019"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the night ferry start sailing again?")
        assert reply.answered and "June 9, 2019" in reply.text
        # "again" as in "remind me"
        assert "begin" in router.answerer.read("remind me, when did the strike begin again?").tokens


def test_what_a_thing_is_called_asks_for_its_name(tmp_path):
    entries = [{"slug": "ferry-order", "kind": "event", "title": "New ferry order",
                "summary": "The harbour board ordered a new car ferry after the sinking.",
                "fields": {"ship": "A new 40-car ferry to be delivered in 2026"}}]
    answered_only_with(tmp_path, entries, "what's the new car ferry called?", "name",
                       "The new ferry is to be named Puffin Star", "Puffin Star")


def test_a_number_that_names_something_counts_nothing(tmp_path):
    entries = [{"slug": "ferry-lawsuits", "kind": "event", "title": "Ferry lawsuits",
                "summary": "Passengers sued the harbour board after the sinking.",
                "fields": {"who": "Route 9 ferry passengers, against the harbour board"}}]
    answered_only_with(tmp_path, entries, "how many passengers have sued?", "count",
                       "About 40 passengers of Route 9 have sued", "About 40")


def test_a_rank_counts_nothing(tmp_path):
    entries = [{"slug": "ferry-line", "kind": "company", "title": "Bay Ferry Line",
                "summary": "The bay's 3rd-largest ferry line, founded in 1983; it went bust in "
                           "2020.",
                "fields": {"size": "The 12th-biggest fleet in the country"}}]
    question = "how many people worked at the bay ferry line when it went bust?"
    answered_only_with(tmp_path, entries, question, "staff",
                       "About 400 people worked for the line", "About 400")
    # an ordinal that counts still counts
    entries = [{"slug": "crumb-co", "kind": "company", "title": "Crumb Bakery",
                "summary": "The harbour's bakery.",
                "fields": {"prize": "Won the Golden Loaf for the 5th time in 2024"}}]
    with small_pack(tmp_path / "fifth", "Harbour ferries", entries) as router:
        reply = ask(router, "how many times has Crumb Bakery won the Golden Loaf?")
        assert reply.answered and "5th time" in reply.text


def test_a_suit_or_an_appeal_the_briefing_never_records_is_not_answered(tmp_path):
    entries = [{"slug": "fare-ruling", "kind": "ruling", "title": "Fare ruling",
                "summary": "Judge Dana Holt found the ferry line overcharged and capped fares.",
                "fields": {"ruling": "Fares capped at $4 on May 3, 2021",
                           "judge": "Dana Holt"}},
               {"slug": "ferry-line", "kind": "company", "title": "Bay Ferry Line",
                "summary": "The company that runs the bay's ferries; it sued the harbour board "
                           "in 2018 over pier fees."}]
    with small_pack(tmp_path, "Harbour ferry fares", entries) as router:
        assert ask(router, "when did Dana Holt cap the fares?").answered
        assert not ask(router, "did the ferry line appeal the fare ruling?").answered
        assert not ask(router, "did passengers sue over the fare ruling?").answered


def test_how_often_asks_for_a_frequency(tmp_path):
    entries = [{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "The night ferry crosses the bay to Gull Island; it began on "
                           "May 3, 2019.",
                "fields": {"began": "May 3, 2019", "frequency": "Every 20 minutes until midnight"}},
               {"slug": "pier-drill", "kind": "event", "title": "Pier fire drills",
                "summary": "The harbour office drills pier crews for fires.",
                "fields": {"drills": "Run four times a year"}},
               {"slug": "pier-levy", "kind": "event", "title": "Pier levy",
                "summary": "The harbour office charges ferry lines a levy for pier repairs.",
                "fields": {"levy": "Billed to ferry lines quarterly from 2020"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how often do ferry lines pay the pier levy?")
        assert reply.answered and "quarterly" in reply.text
        reply = ask(router, "how often does the night ferry run?")
        assert reply.answered and "Every 20 minutes" in reply.text and "Began" not in reply.text
        reply = ask(router, "how often are the fire drills?")
        assert reply.answered and "four times a year" in reply.text
        # "a quarter of" is a share, not a frequency
        assert question_type("how often does the ferry sail".split()) == "often"
        assert not SHAPES["frequency"].search("carries a quarter of the bay's commuters")
        # a date is no frequency
        entries[0]["fields"].pop("frequency")
    with small_pack(tmp_path / "no-frequency", "Harbour ferries", entries) as router:
        assert not ask(router, "how often does the night ferry run?").answered


def test_what_someone_wrote_asks_for_their_words(tmp_path):
    entries = [{"slug": "captain-letter", "kind": "event", "title": "The captain's letter",
                "summary": "The night ferry's captain sent a letter to the harbour board after the "
                           "sinking; the letter was made public in May 2019.",
                "fields": {"published": "May 2019, by the harbour board"}}]
    answered_only_with(tmp_path, entries,
                       "what did the captain write in his letter to the board?", "letter",
                       '"We sailed blind in the fog," the captain wrote', "sailed blind")


def test_a_part_asking_only_for_a_kind_of_fact_asks_it_of_the_part_before(tmp_path):
    entries = [{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "The night ferry crosses the bay to Gull Island; it began on "
                           "May 3, 2019.",
                "fields": {"began": "May 3, 2019", "status": "Running nightly"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the briefing never says the harbour board sued: nor on what date, nor its status
        for follow_on in ("what date?", "whats the status"):
            reply = ask(router, f"did the harbour board sue the night ferry? {follow_on}")
            assert not reply.answered, follow_on
        reply = ask(router, "when did the night ferry begin? whats the status")
        assert reply.answered and "Running nightly" in reply.text


def test_has_it_filed_yet_asks_whether_it_was_filed(tmp_path):
    entries = [{"slug": "ferry-appeal", "kind": "event", "title": "The ferry line's appeal",
                "summary": "The ferry line said it would appeal the harbour board's fine to the "
                           "Bay Court.",
                "fields": {"court": "The Bay Court"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "has the ferry line filed its appeal at the Bay Court yet?").answered
        # not a yes/no question: the suit's court, whether or not a filing is recorded
        reply = ask(router, "which court was the ferry line's appeal filed in?")
        assert reply.answered and "Bay Court" in reply.text
    entries[0]["fields"]["filed"] = "June 2, 2019"
    with small_pack(tmp_path / "filed", "Harbour ferries", entries) as router:
        reply = ask(router, "has the ferry line filed its appeal at the Bay Court yet?")
        assert reply.answered and "June 2, 2019" in reply.text
    # a filing told in other words
    entries[0]["fields"] = {"court": "The Bay Court", "submitted": "June 2, 2019"}
    with small_pack(tmp_path / "submitted", "Harbour ferries", entries) as router:
        reply = ask(router, "has the ferry line filed its appeal at the Bay Court yet?")
        assert reply.answered and "June 2, 2019" in reply.text


def test_a_name_that_only_sets_the_scene_may_be_anywhere_in_the_entry(tmp_path):
    entries = [{"slug": "fleet-growth", "kind": "event", "title": "Ferry fleet growth",
                "summary": "The ferry line's fleet more than doubled in two years.",
                "fields": {"fleet": "From 4 boats (2019) to 9 boats (2021)",
                           "cause": "A tourist boom in the Brexa festival years"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how big was the ferry fleet before brexa took off?")
        assert reply.answered and "4 boats" in reply.text
    entries[0]["fields"].pop("cause")  # the entry never says Brexa
    with small_pack(tmp_path / "no-brexa", "Harbour ferries", entries) as router:
        assert not ask(router, "how big was the ferry fleet before brexa took off?").answered
    # a year is asked of the fact, however it is introduced
    entries = [{"slug": "day-ferry", "kind": "service", "title": "Day ferry",
                "summary": "The day ferry crosses the bay by day.",
                "fields": {"crossings": "300 a month in 2019", "new_boat": "Arrived in 2021"}}]
    with small_pack(tmp_path / "years", "Harbour ferries", entries) as router:
        assert not ask(router, "how many crossings did the day ferry make during 2021?").answered


def test_a_distance_a_field_names_as_a_length_is_no_width(tmp_path):
    entries = [{"slug": "harbour-channel", "kind": "place", "title": "Harbour channel",
                "summary": "The dredged channel of about 12 km that ferries use to reach the "
                           "bay.",
                "fields": {"length": "About 12 km (7.5 miles)"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "how wide is the harbour channel?").answered
    entries[0]["summary"] += " It is 300 m wide at its mouth."
    with small_pack(tmp_path / "wide", "Harbour ferries", entries) as router:
        reply = ask(router, "how wide is the harbour channel?")
        assert reply.answered and "300 m wide" in reply.text
    # a distance no field names as another size may be the one asked
    entries = [{"slug": "gull-light", "kind": "place", "title": "Gull Point lighthouse",
                "summary": "A 40-metre stone tower on Gull Point, lit since 1880."}]
    with small_pack(tmp_path / "tall", "Harbour ferries", entries) as router:
        reply = ask(router, "how tall is the gull point lighthouse?")
        assert reply.answered and "40-metre" in reply.text


def test_an_entry_named_only_to_set_the_scene_is_not_what_is_asked(tmp_path):
    entries = [{"slug": "harbour-act", "kind": "law", "title": "Harbour Act",
                "summary": "The Harbour Act of 2019 sets safety rules for ferry crews and their "
                           "drills.",
                "fields": {"passed": "May 3, 2019"}},
               {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "The night ferry crosses the bay to Gull Island."},
               {"slug": "drill-crews", "kind": "group", "title": "Drill crews",
                "summary": "Two pier crews, Blue Watch and Red Watch, run the drills on every "
                           "ferry.",
                "fields": {"crews": "Blue Watch and Red Watch"}, "related": ["night-ferry"]},
               *({"slug": f"other-{i}", "kind": "event", "title": title, "summary": summary}
                 for i, (title, summary) in enumerate([
                     ("Gull Island pier", "The pier on Gull Island where the night ferry docks."),
                     ("Fare rise", "Fares rose to $4 in 2020."),
                     ("Harbour board", "The board that runs the harbour and its piers."),
                     ("Fog season", "Fog closes the bay most mornings in November.")]))]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "under the Harbour Act" only sets the scene: the act's own entry is not asked about
        reply = ask(router, "which crews run the drills on the night ferry under the Harbour Act?")
        assert reply.answered and "Blue Watch" in reply.text


def test_how_long_something_has_been_around_asks_since_when(tmp_path):
    entries = [{"slug": "ferry-guild", "kind": "group", "title": "Ferry Guild",
                "summary": "The union of the bay's ferry crews; it bargained for them in the "
                           "2019 strike.",
                "fields": {"founded": "1982", "members": "About 400 crew"}},
               {"slug": "ferry-strike", "kind": "event", "title": "Ferry strike",
                "summary": "A 40-day strike by the ferry crews in 2019.",
                "fields": {"duration": "40 days"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how long has the ferry guild been around?")
        assert reply.answered and "1982" in reply.text and "40 days" not in reply.text
        # "around" as "about" asks no age
        reply = ask(router, "have the ferry guild members been around 400 crew?")
        assert reply.answered and "400" in reply.text and "1982" not in reply.text


def test_did_it_ever_actually_happen_needs_an_entry_that_says_so(tmp_path):
    entries = [{"slug": "pier-deal", "kind": "event", "title": "Pier deal",
                "summary": "In 2020 the ferry line offered to buy Gull Island pier from the "
                           "harbour board for $2 million.",
                "fields": {"offer": "$2 million, made in May 2020",
                           "seller": "The harbour board"}},
               {"slug": "ferry-line", "kind": "company", "title": "Bay Ferry Line",
                "summary": "The company that runs the bay's ferries."},
               *({"slug": f"other-{i}", "kind": "event", "title": title, "summary": summary}
                 for i, (title, summary) in enumerate([
                     ("Night ferry", "The night ferry crosses the bay to Gull Island."),
                     ("Fare rise", "Fares rose to $4 in 2020."),
                     ("Harbour board", "The board that runs the harbour and its piers."),
                     ("Fog season", "Fog closes the bay most mornings in November.")]))]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # an offer is on record, a closing is not
        assert not ask(router, "did the pier deal ever actually close?").answered
    entries[0]["fields"]["closed"] = "June 2, 2021"
    with small_pack(tmp_path / "closed", "Harbour ferries", entries) as router:
        reply = ask(router, "did the pier deal ever actually close?")
        assert reply.answered and "June 2, 2021" in reply.text
    # an outcome told in other words ("settled" for "resolved")
    entries += [{"slug": "ferry-strike", "kind": "event", "title": "Ferry strike",
                 "summary": "Ferry crews walked out in March 2024. The strike was settled on "
                            "April 9."},
                {"slug": "port-board", "kind": "group", "title": "Port board",
                 "summary": "The port board resolved to finish the new quay by 2027."}]
    with small_pack(tmp_path / "settled", "Harbour ferries", entries) as router:
        reply = ask(router, "was the ferry strike ever resolved?")
        assert reply.answered and "April 9" in reply.text


def test_who_is_hosting_asks_for_a_host(tmp_path):
    entries = [{"slug": "ferry-gala", "kind": "event", "title": "Ferry gala",
                "summary": "The harbour board moved its ferry gala from May to June 2021 because "
                           "of the strike; Mayor Dana Holt opened it.",
                "fields": {"new_date": "June 5, 2021", "opened_by": "Mayor Dana Holt"}}]
    answered_only_with(tmp_path, entries, "who ended up hosting the ferry gala in june?", "host",
                       "Radio presenter Sam Ortiz", "Sam Ortiz")
    # only "who" asks for a host: "when is the board hosting the gala?" asks when
    entries[0]["fields"].pop("host")
    with small_pack(tmp_path / "when", "Harbour ferries", entries) as router:
        reply = ask(router, "when is the harbour board hosting the ferry gala?")
        assert reply.answered and "June 5, 2021" in reply.text


def test_stand_for_reads_the_short_form_before_it_and_the_sources(tmp_path):
    entries = [{"slug": "hsb-act", "kind": "law", "title": "HSB Act", "aliases": ["HSB"],
                "summary": "A 2019 law that paid $4 million for the new pier.",
                "fields": {"amount": "$4 million"},
                "sources": [{"title": "Notes", "quote": "The Harbour Safety and Berthing (HSB) "
                                                        "Act paid for the pier."}]},
               {"slug": "fare-rise", "kind": "event", "title": "Fare rise",
                "summary": "Fares rose to $4 in 2020."}]
    folder = tmp_path
    (folder / "pack.yaml").write_text(yaml.safe_dump({"subject": "Harbour ferries"}))
    entries[1]["sources"] = [{"title": "Notes"}]
    (folder / "entries.yaml").write_text(yaml.safe_dump({"entries": entries}))
    store = Store(folder / "small.db")
    load_into(store, read_pack(folder), NOW)
    try:
        # the rest of the question ("that paid for the pier") only says which HSB
        reply = ask(Router(store), "what does HSB stand for in the HSB Act that paid for the pier?")
        assert reply.answered and "Harbour Safety and Berthing" in reply.text
    finally:
        store.close()


def test_a_saying_in_a_when_clause_asks_for_no_quote():
    assert question_type("what was the vote when the court said the fare was legal".split()) \
        == "what"
    assert question_type("what did the mayor say when the pier closed".split()) == "said"
    assert question_type("what was said at the inquiry".split()) == "said"


@pytest.mark.parametrize(("question", "expected"), [
    ("how much are they clawing back?", "$2 million"),
    ("which judge is handling the suits?", "Dana Holt"),
])
def test_everyday_words_for_recovering_money_and_presiding(tmp_path, question, expected):
    entries = [{"slug": "dock-levy", "kind": "event", "title": "Dock levy",
                "summary": "The harbour trust will recover the cost of the pier repairs from "
                           "the ferry lines.",
                "fields": {"amount": "$2 million over two years"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is the county judge who presides over the pier fire "
                           "lawsuits.",
                "fields": {"court": "Gull County Court"}},
               {"slug": "harbour-trust", "kind": "body", "title": "Harbour trust",
                "summary": "The trust runs the piers and handles complaints."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, question)
        assert reply.answered and expected in reply.text


@pytest.mark.parametrize("asked, measured, fact, question, expected", [
    # ("how hard", "how badly": a figure, as "how big" is; not the hard hats of the crews)
    ("how hard did the shares fall", "how badly was the pier hit",
     "Tern Lines shares fell 8% the day the storm closed the harbour.",
     "how hard did the shares drop in the storm?", "8%"),
    ("how strong were the gusts", "how steep can the fine get",
     "Gusts reached 60 mph the night the gale closed the harbour.",
     "how strong were the gusts in the gale?", "60 mph"),
])
def test_how_hard_or_how_strong_asks_how_much(tmp_path, asked, measured, fact, question,
                                              expected):
    assert question_type(asked.split()) == "quantity"
    assert question_type(measured.split()) == "quantity"
    word = question.split()[1]
    entries = [{"slug": "harbour-event", "kind": "event", "title": "Storm at the harbour",
                "summary": fact},
               {"slug": "pier-crews", "kind": "event", "title": "Pier crews",
                "summary": f"{word.capitalize()} crews wore hard hats to rebuild the pier."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert word not in {c.word for c in router.answerer.read(question).concepts}
        reply = ask(router, question)
        assert reply.answered and expected in reply.text


def test_what_a_voucher_is_worth_is_the_sum_it_was_issued_for(tmp_path):
    entries = [{"slug": "storm-vouchers", "kind": "event", "title": "Storm vouchers",
                "summary": "After the storm the harbour trust sent stranded riders fare vouchers.",
                "fields": {"amount": "$5 each"}},
               {"slug": "tern-lines", "kind": "company", "title": "Tern Lines",
                "summary": "The ferry company that runs the night crossings."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much were those fare vouchers worth?")
        assert reply.answered and "$5" in reply.text
        # (a company's worth is a valuation, which no entry gives)
        assert not ask(router, "how much is tern lines worth?").answered


def test_someone_who_located_a_thing_found_it(tmp_path):
    entries = [{"slug": "anchor-search", "kind": "event", "title": "Anchor search",
                "summary": "Divers searched the bay for the Tern's lost anchor from March 2 "
                           "to March 9, 2024.",
                "fields": {"found": "March 9, 2024, under the east pier"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "please confirm the date on which divers located the lost anchor")
        assert reply.answered and "March 9, 2024" in reply.text
        # ("where is X located" asks where it stands, which the entry does not say)
        assert not ask(router, "where is the anchor search office located?").answered


def test_knocking_the_power_out_is_an_outage(tmp_path):
    entries = [{"slug": "pier-outage", "kind": "event", "title": "Pier outage",
                "summary": "Ice on the lines caused a power outage at the east pier in January."},
               {"slug": "tern-crash", "kind": "event", "title": "Tern crash",
                "summary": "The Tern knocked a buoy loose in the fog."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "did ice actually knock the power out?")
        assert reply.answered and reply.entries[0] == "pier-outage"


def test_a_phrasal_verb_is_held_by_its_own_verb(tmp_path):
    assert "send" in _own_verb("sent_out") and not _own_verb("pull_the_plug")
    entries = [{"slug": "storm-vouchers", "kind": "event", "title": "Storm vouchers",
                "summary": "After the storm the harbour trust sent stranded riders fare vouchers.",
                "fields": {"amount": "$5 each"}},
               {"slug": "harbour-trust", "kind": "body", "title": "Harbour trust",
                "summary": "The trust runs the piers and distributed new timetables."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much were the vouchers sent out after the fire?")
        assert reply.answered and "$5" in reply.text
        # (a verb the entry does not use is not held by it)
        assert not ask(router, "how much were the vouchers handed out after the fire?").answered


def test_a_word_asking_for_a_limit_is_held_by_a_limit_on_the_thing_asked(tmp_path):
    entries = [{"slug": "drill-act", "kind": "law", "title": "Drill Act",
                "summary": "The law that made ferry operators run fire drills.",
                "fields": {"fine": "Up to $50,000 per missed drill"}},
               {"slug": "tern", "kind": "boat", "title": "Tern",
                "summary": "The Tern's skipper set its maximum speed at 20 knots after it was "
                           "hit by a storm."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what's the maximum fine a skipper can face for a drill?")
        assert reply.answered and "$50,000" in reply.text
    # (not a fine with no limit given)
    entries[0]["fields"]["fine"] = "$50,000 for each missed drill"
    with small_pack(tmp_path / "flat", "Harbour ferries", entries) as router:
        assert not ask(router, "what's the maximum fine a skipper can face for a drill?"
                       ).answered


def test_a_word_asking_for_a_shape_is_held_by_a_fact_of_that_shape(tmp_path):
    entries = [{"slug": "harbour-act", "kind": "law", "title": "Harbour Act",
                "summary": "The 2019 law that made ferry operators run fire drills.",
                "fields": {"passed": "May 3, 2019"}},
               *({"slug": f"other-{i}", "kind": "event", "title": title, "summary": summary}
                 for i, (title, summary) in enumerate([
                     ("Fare rise", "Fares rose to $4 in 2020."),
                     ("Harbour board", "The board that runs the harbour and its piers."),
                     ("Fog season", "Fog closes the bay most mornings in November.")]))]
    answered_only_with(tmp_path, entries,
                       "what's the biggest fine an operator can get under the harbour act?",
                       "fine", "Up to $50,000 per missed drill", "$50,000")
    # "what range": two sums or shares, from one to the other
    entries[0] = {"slug": "storm-losses", "kind": "event", "title": "Storm losses",
                  "summary": "What the 2020 storm cost the harbour's boat owners."}
    question = "what range did insurers give for the storm's insured losses?"
    answered_only_with(tmp_path / "range", entries, question,
                       "insured_losses", "$4 million to $9 million, by insurers' estimates",
                       "$4 million to $9 million")
    # (not years, a date, a vote, a score or weeks)
    for i, value in enumerate(["Paid by insurers over 2019-2020", "Paid by insurers on 2021-03-04",
                               "Settled by insurers 7 to 2 in a vote of the board",
                               "Insurers paid claims in 3-4 weeks"]):
        entries[0]["fields"]["insured_losses"] = value
        with small_pack(tmp_path / f"not-{i}", "Harbour ferries", entries) as router:
            assert not ask(router, question).answered, value


def test_an_adjective_in_ic_finds_its_noun_in_y(tmp_path):
    assert derived("economy") == ["economic"] and derived("strategic") == ["strategy"]
    entries = [{"slug": "strike-losses", "kind": "event", "title": "Strike losses",
                "summary": "What the 2019 ferry strike cost the harbour towns.",
                "fields": {"economic_losses": "About $40 million in lost trade"}},
               *({"slug": f"other-{i}", "kind": "event", "title": title, "summary": summary}
                 for i, (title, summary) in enumerate([
                     ("Ferry strike", "A 40-day strike by the ferry crews in 2019."),
                     ("Fare rise", "Fares rose to $4 in 2020."),
                     ("Harbour board", "The board that runs the harbour and its piers."),
                     ("Fog season", "Fog closes the bay most mornings in November.")]))]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "roughly what did the strike end up costing the local economy?")
        assert reply.answered and "$40 million" in reply.text


FILLERS = [("Fare rise", "Fares rose to $4 in 2020."),
           ("Harbour board", "The board that runs the harbour and its piers."),
           ("Gull Island pier", "The pier on Gull Island where the ferries dock.")]


def fillers() -> list[dict]:
    """Three entries on other things, so a small pack's word statistics are not one entry's."""
    return [{"slug": f"other-{i}", "kind": "event", "title": title, "summary": summary}
            for i, (title, summary) in enumerate(FILLERS)]


def test_what_town_asks_a_place_unless_it_is_a_town_in_a_place_named(tmp_path):
    # "what town", "what village", "at what spot" ask a place, as "which city" does
    assert question_type("what town did she run the ferry office in".split()) == "where"
    assert question_type("at what spot did the fire start".split()) == "where"
    # ... but "what town in Gullshire" asks a town the briefing must name as one
    assert question_type("what town in gullshire is he from".split()) != "where"
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is the former Gullport ferry master who ran the ferry "
                           "office for 20 years.",
                "fields": {"role": "Ferry master; chair of the harbour users' group"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, a deckhand from Gullshire, was the only crew member "
                           "not from the harbour.",
                "fields": {"home": "Gullshire, the county north of the harbour"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what town did Dana Holt run the ferry office in")
        assert reply.answered and "Gullport" in reply.text
        assert not ask(router, "What town in Gullshire is Sam Reyes from?").answered


def test_which_people_did_something_takes_the_members_named(tmp_path):
    # "which hosts teamed up ...": people are asked (a phrasal verb after the word for them,
    # as a past verb does), and a fact named `members` naming them answers, before a fact
    # that holds more of the question's words and names only one of them
    entries = [{"slug": "harbour-show", "kind": "event", "title": "Harbour radio show",
                "summary": "During the ferry strike, radio hosts ran a podcast to pay the "
                           "striking crews.",
                "fields": {"podcast": "Harbour Talk, launched by radio host Dana Holt on May "
                                      "2, 2023",
                           "members": "Dana Holt, Sam Reyes and Ana Ruiz"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which radio hosts teamed up on that podcast to pay the crews?")
        assert reply.answered and reply.text.startswith("Members: Dana Holt")


def test_a_common_word_the_store_never_uses_counts_for_less_in_a_yes_no(tmp_path):
    # "big" is one of English's most common words: unseen, it weighs as a share of a word
    # against what the named entry holds, as it does in the unknown-words check
    entries = [{"slug": "clock-tower", "kind": "event", "title": "Harbour clock tower",
                "summary": "The harbour clock tower, from 1890, was scorched in the pier fire "
                           "but survived.",
                "fields": {"status": "Scorched but survived; repaired by May 2024"},
                "aliases": ["clock tower"]},
               {"slug": "ferry-crew", "kind": "event", "title": "Ferry crew",
                "summary": "The crews make two crossings a day to Gull Island."},
               {"slug": "ferry-fares", "kind": "event", "title": "Ferry fares",
                "summary": "Fares make up most of the line's income."},
               {"slug": "moorings", "kind": "event", "title": "Moorings",
                "summary": "Boats moor below the clock tower at dusk."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "did the big clock tower make it or not")
        assert reply.answered and "survived" in reply.text


def test_a_name_given_as_an_example_of_a_group_does_not_own_its_figure(tmp_path):
    entries = [{"slug": "stranded-boats", "kind": "event", "title": "Stranded boats",
                "summary": "The storm stranded boats in several harbours, including the Tern "
                           "at Gull Island and the Puffin.",
                "fields": {"losses": "About $2 million across the harbour board's fleet"}},
               *fillers()]
    # the fleet's $2 million is not what the Tern lost
    answered_only_with(tmp_path / "1", entries, "how much did the Tern lose in the storm?",
                       "tern", "The Tern lost $40,000 in repairs", "$40,000")
    # nor, when the summary itself gives the group's figure, what it cost
    entries = [{"slug": "new-boats", "kind": "event", "title": "New boats",
                "summary": "The ferry line bought four boats, including the Tern, for $2 million "
                           "in 2020.",
                "fields": {"cost": "$2 million for four boats"}},
               *fillers()]
    answered_only_with(tmp_path / "2", entries, "how much did the Tern cost?", "tern",
                       "The Tern cost $400,000", "$400,000")


def test_a_name_in_a_list_of_three_does_not_own_the_group_figure(tmp_path):
    entries = [{"slug": "tern", "kind": "boat", "title": "Tern",
                "summary": "The Tern is the ferry line's oldest boat, built in 1988."},
               {"slug": "storm-day", "kind": "event", "title": "Storm day",
                "summary": "Boats were hit hard: Tern, Puffin and Gannet stayed in port on May "
                           "2, and 40 crossings were cancelled across the harbour that day.",
                "fields": {"cancellations": "40 crossings cancelled across the harbour"}},
               *fillers()]
    # the harbour's 40 are not the Tern's, though the summary names the Tern
    answered_only_with(tmp_path, entries, "how many crossings did the Tern cancel?",
                       "cancellations", "12 crossings on May 2", "12 crossings")
    # (a word opening the sentence is no name of the list: "Meanwhile, Ogden and Shelby ...")
    entries = [{"slug": "bus-deal", "kind": "event", "title": "Joint bus contract",
                "summary": "Meanwhile, Ogden and Shelby signed a joint bus contract worth $4 "
                           "million."}, *fillers()]
    with small_pack(tmp_path / "linkers", "Harbour towns", entries) as router:
        assert ask(router, "how much was the Ogden bus contract worth?").answered


def test_the_number_of_a_numbered_name_tells_it_from_its_series(tmp_path):
    mark7 = {"slug": "mark-7", "kind": "boat", "title": "Mark 7 ferry", "aliases": ["Mark 7"],
             "summary": "The Mark 7 is the ferry line's 2019 boat, built at Gull Island.",
             "fields": {"cost": "$2 million", "seats": "300"}}
    # a Mark 8 the briefing never mentions is another boat of the series, not the Mark 7
    entries = [copy.deepcopy(mark7), *fillers()]
    answered_only_with(tmp_path / "1", entries, "how much did the Mark 8 cost?",
                       "mark_8_cost", "The Mark 8 cost $3 million", "$3 million")
    # (a date is no series: "Sept '21" is not another of an entry called "September 2 storm")
    entries = [{"slug": "storm", "kind": "event", "title": "September 2 storm",
                "aliases": ["September 2", "September 2 2021"],
                "summary": "The storm that stopped the ferries on September 2, 2021.",
                "fields": {"cancelled": "40 crossings"}}, *fillers()]
    with small_pack(tmp_path / "3", "Harbour ferries", entries) as router:
        assert ask(router, "how many crossings did the storm cancel in sept '21?").answered
        # (nor a figure: "$2.5 million" read as "2 5" is no sequel to "September 2 2021")
        assert router.answerer._other_of_series("did it cost 2 5 million".split()) == []
    # nor does an entry of its own for the Mark 8 make the Mark 7's figure its own
    entries = [{"slug": "mark-8", "kind": "boat", "title": "Mark 8 ferry", "aliases": ["Mark 8"],
                "summary": "The Mark 8 is the boat that followed the Mark 7 in 2022."},
               copy.deepcopy(mark7), *fillers()]
    answered_only_with(tmp_path / "2", entries, "how much did the Mark 8 cost?",
                       "cost", "$3 million", "$3 million")


def test_who_found_one_thing_is_not_who_found_another(tmp_path):
    entries = [{"slug": "lost-anchor", "kind": "object", "title": "Lost anchor",
                "summary": "The bow anchor of the ferry, torn away in the 2020 storm.",
                "aliases": ["the anchor"], "fields": {"weight": "About 900 kg"}},
               {"slug": "found-bag", "kind": "event", "title": "Bag found after the storm",
                "summary": "A bag that fell from the Tern was found on a beach and handed in.",
                "fields": {"who": "Sam Reyes found it"}, "related": ["lost-anchor"]},
               *fillers()]
    # the man who found the bag is not who found the anchor
    answered_only_with(tmp_path, entries,
                       "who was the guy who found the anchor after the storm?",
                       "found_by", "Dana Holt found it off Gull Island", "Dana Holt")
    # (a body of people in everyday words is someone: "the city council voted")
    entries = [{"slug": "pier-vote", "kind": "event", "title": "Pier budget cut",
                "summary": "The city council voted 5-4 to cut the pier budget by a fifth."},
               *fillers()]
    with small_pack(tmp_path / "council", "Harbour ferries", entries) as router:
        assert ask(router, "who voted to cut the pier budget?").answered


def test_what_about_takes_the_place_of_a_plural_and_a_bare_dash_is_no_lead_in():
    from handlers.parts import _without_lead_in
    from handlers.reading import _plural

    # "the bonus for the teachers, and what about the nurses?": the teachers, not the bonus
    assert not _plural("bonus") and not _plural("status") and _plural("teachers")
    assert _without_lead_in("- - when did the night ferry end?").endswith("end?")


def test_a_who_inside_the_question_is_no_role_nor_its_kind(router):
    # "the guy who discovered it": "guy" is anyone, and a verb after "who" is no role
    assert _role("who was the guy who discovered the anchor".split()) is None
    assert question_type("what happens to an operator who ignores the rule".split()) == "what"
    # "discovered" is "found", and a price tag is a price
    assert "found" in synonyms_of("discovered")
    assert router.answerer.read("what's the price tag on the night ferry?").qtype == "amount"


def test_a_count_of_people_counts_a_crew(tmp_path):
    entries = [{"slug": "tern-sinking", "kind": "event", "title": "Tern sinking",
                "summary": "The Tern sank off Gull Island in the storm of May 2020.",
                "fields": {"rescued_by": "The Gull Island lifeboat"}},
               *fillers()]
    # "40 people aboard" counts the crew and workers on it
    answered_only_with(tmp_path, entries, "how many crew were on the Tern when it sank?",
                       "aboard", "40 people", "40 people")
    # (not any people for workers: "40 people injured" may be riders)
    assert "peopl" not in _counting("workers") and "peopl" in _counting("crew")


def test_what_about_another_group_asks_the_part_before_of_it(tmp_path):
    entries = [{"slug": "deckhand-vote", "kind": "event", "title": "Deckhand pay vote",
                "summary": "The union's deckhands voted on the 2021 pay offer in May.",
                "aliases": ["deckhands' pay vote"],
                "fields": {"result": "88% of deckhands voted yes"}},
               {"slug": "pilot-vote", "kind": "event", "title": "Harbour pilot pay vote",
                "summary": "The harbour pilots voted on their own offer a week later.",
                "aliases": ["pilots' pay vote"],
                "fields": {"result": "64% of pilots voted yes"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        founds = router.answerer.find_all(
            "what share of the deckhands voted yes on their pay offer, and what about the "
            "pilots?")
        assert [f.entry.slug for f in founds] == ["deckhand-vote", "pilot-vote"]


def test_a_name_saying_which_thing_is_meant_leaves_the_thing_asked_about(tmp_path):
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Lines", "aliases": ["Acme"],
                "summary": "Acme Lines is the harbour's biggest ferry operator, founded in "
                           "1988, with six boats and its own pier on Gull Island.",
                "fields": {"founded": "1988", "owner": "The Holt family",
                           "depot": "Gull Island"},
                "related": ["pier-crash"]},
               {"slug": "pier-crash", "kind": "event", "title": "Pier crash",
                "summary": "One of the Acme boats hit the pier in fog on May 2, 2021.",
                "fields": {"speed": "About 18 knots", "injured": "Four passengers"},
                "related": ["acme"]},
               *fillers()]
    # "the Acme ferry": a ferry of Acme's, whose crash has an entry of its own
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how fast was the Acme ferry going when it hit the pier?")
        assert reply.answered and "18 knots" in reply.text


def test_a_past_form_of_a_common_verb_is_as_light_as_the_verb():
    # "when he took the sip" says little more than "when he take the sip" would
    assert light("take") and light("took") and light("gave") and light("made")
    assert not light("sipped") and not light("ferry")


def test_who_led_it_finds_who_chaired_it(tmp_path):
    entries = [{"slug": "harbour-panel", "kind": "body", "title": "Harbour safety panel",
                "summary": "The panel the mayor set up in 2020 to review the pier fire.",
                "fields": {"members": "Five members, picked by the mayor in May 2020",
                           "called_for": "A review of the pier rules and a fire drill register",
                           "conclusion": "What went wrong lies with the harbour board",
                           "co_chairs": "Dana Holt and Sam Reyes"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("who led the panel the mayor set up to review what went wrong at the "
                         "pier?", "who ran the panel the mayor set up to review the pier fire?"):
            reply = ask(router, question)
            assert reply.answered and "Dana Holt" in reply.text


def test_who_ran_it_before_someone_asks_for_their_predecessor(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is the president of the Harbour Trust.",
                "fields": {"role": "President of the Harbour Trust (since 2009)",
                           "previous_job": "Head of operations at Quorvex Shipping"}},
               {"slug": "harbour-trust", "kind": "body", "title": "Harbour Trust",
                "summary": "The trust runs the piers, led by president Dana Holt.",
                "fields": {"president": "Dana Holt (since 2009)",
                           "members": "The ferry line, the Gull Island council and the port"}},
               *fillers()]
    # the trust's entry names only Dana Holt, and her previous job is no predecessor: no
    # answer; her predecessor's name is one even in everyday words
    for i, question in enumerate(("who ran the harbour trust before Dana Holt?",
                                  "who ran the harbour trust before dana holt took over?")):
        answered_only_with(tmp_path / str(i), copy.deepcopy(entries), question,
                           "predecessor", "Grace Baker", "Grace Baker")


def test_the_entry_named_answers_what_a_field_of_its_own_is_named_for(tmp_path):
    entries = [{"slug": "harbour-trust", "kind": "body", "title": "Harbour Trust",
                "summary": "The trust that runs the piers, the tugs and the ferry tickets, "
                           "founded by the council in 1921 and rebuilt after the pier fire.",
                "fields": {"headquarters": "Old Customs House, North Landing",
                           "founded": "1921, by the harbour council",
                           "president": "Dana Holt", "staff": "About 300 people",
                           "budget": "$12 million a year, mostly from ticket sales and fees",
                           "piers": "Six piers and the two tug berths on the north side",
                           "fleet": "Four tugs, two pilot boats and a fire boat"}},
               {"slug": "pier-summit", "kind": "event", "title": "Pier summit",
                "summary": "A meeting the ferry line hosted at its headquarters with the "
                           "Harbour Trust and the other pier owners.",
                "fields": {"where": "Ferry line headquarters, Gull Island",
                           "guests": "The Harbour Trust, the tug owners and the council"}},
               *({**filler, "summary": f"{filler['summary']} The Harbour Trust had its say."}
                 for filler in fillers())]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "where is the Harbour Trust headquartered?")
        assert reply.entries == ("harbour-trust",) and "Old Customs House" in reply.text


def test_a_count_of_burns_counts_burn_injuries(tmp_path):
    entries = [{"slug": "pier-fire", "kind": "event", "title": "Pier fire",
                "summary": "A fire on the east pier in 2019 closed the north landing; the "
                           "injured were taken to the Gull Island clinic.",
                "fields": {"when": "June 9, 2019", "damage": "$2 million to the landing"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "how many burn injuries were there in the pier fire?",
                       "burns", "Three reports of burns, none serious", "Three reports")


def test_the_name_of_a_person_is_a_name_not_a_place_or_a_firm(tmp_path):
    entries = [{"slug": "phone-fires", "kind": "event", "title": "Phone fires",
                "summary": "Reports of phones catching fire grew through the autumn.",
                "fields": {"notable": "A Bay Ferries boat was evacuated at North Landing; a van "
                                      "was destroyed by fire in Gull Island"}},
               *fillers()]
    question = "whats the name of the guy whose van burned up in gull island?"
    answered_only_with(tmp_path / "1", copy.deepcopy(entries), question, "van_owner",
                       "Dana Holt, a ferry mechanic", "Dana Holt")
    # a name in everyday words is a name all the same
    answered_only_with(tmp_path / "2", entries, question, "van_owner",
                       "Grace Baker, a ferry mechanic", "Grace Baker")


def test_what_someone_went_on_to_do_or_did_before_asks_what_came_then(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was president of the Harbour Trust when the pier burned; "
                           "she left the trust in 2012.",
                "fields": {"role": "President of the Harbour Trust, 2004 to 2012"}},
               *fillers()]
    answered_only_with(tmp_path / "1", copy.deepcopy(entries), "what did dana holt go on to do "
                       "after she left the trust?", "afterwards", "Ran the Gull ferry", "Gull")
    # and what she did before it, what came earlier
    answered_only_with(tmp_path / "2", copy.deepcopy(entries), "what did dana holt do before "
                       "she became president of the trust?", "career", "A tug pilot from 1990",
                       "tug pilot")
    # ... or before she took over
    answered_only_with(tmp_path / "3", entries, "what did dana holt do before she took over "
                       "the trust?", "career", "A tug pilot from 1990", "tug pilot")


def test_a_box_office_is_a_figure_the_entry_must_give(tmp_path):
    entries = [{"slug": "ferry-film", "kind": "film", "title": "The Night Ferry (film)",
                "summary": "A 2019 film about the night ferry, shot on the east pier and "
                           "released in May 2019 after a delay.",
                "fields": {"released": "May 3, 2019", "director": "Dana Holt"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "how did the night ferry film do at the box office?",
                       "gross", "$40 million worldwide", "$40 million")


def test_a_year_given_as_since_when_does_not_date_the_fact(tmp_path):
    entries = [{"slug": "ferry-strike", "kind": "event", "title": "Ferry strike",
                "summary": "The ferry crews struck for 40 days in 2023, the first ferry strike "
                           "since 1998.",
                "fields": {"duration": "40 days", "firsts": "First strike since 1998",
                           "crews": "About 300 crew members walked out"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "how long did the 1998 ferry strike last?").answered
        reply = ask(router, "how long did the 2023 ferry strike last?")
        assert reply.answered and "40 days" in reply.text
        reply = ask(router, "was it the first ferry strike since 1998?")
        assert reply.answered and "since 1998" in reply.text


def test_everyday_words_for_what_a_pack_says_plainly(tmp_path):
    entries = [{"slug": "rescue-cage", "kind": "thing", "title": "Rescue cage",
                "summary": "The steel cage the harbour crane lifted the divers out in.",
                "fields": {"built_by": "The navy yard at Gull Island", "weight": "About 420 kg"}},
               {"slug": "tug-union", "kind": "body", "title": "Tug union",
                "summary": "The union of tug crews, an affiliate of the dockers' union.",
                "fields": {"negotiator": "Dana Holt, who bargained with the harbour board"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question, expected in [
                ("who manufactured the cage they hauled the divers up in?", "navy yard"),
                ("who sat across the table for the tug crews?", "Dana Holt")]:
            reply = ask(router, question)
            assert reply.answered and expected in reply.text, question


def test_who_came_after_someone_is_a_succession_a_fact_states(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was chief executive of the ferry line from 2001 to 2010.",
                "fields": {"role": "Chief executive, 2001 to 2010",
                           "later": "Became chairman of the Port of Gull Island"}},
               {"slug": "ferry-line", "kind": "company", "title": "Ferry line",
                "summary": "The company that runs the night ferry.",
                "fields": {"chief_executive": "Sam Reyes until 2010",
                           "chair": "Mary Boies"}},
               *fillers()]
    question = "who ran the ferry line after Sam Reyes?"
    with small_pack(tmp_path / "1", "Harbour ferries", copy.deepcopy(entries)) as router:
        # where he went next, and the line's chair, are no successor
        assert not ask(router, question).answered
    entries.append({"slug": "ana-ruiz", "kind": "person", "title": "Ana Ruiz",
                    "summary": "Ana Ruiz has run the ferry line since 2010.",
                    "fields": {"predecessor": "Sam Reyes"}})
    with small_pack(tmp_path / "2", "Harbour ferries", copy.deepcopy(entries)) as router:
        reply = ask(router, question)
        assert reply.answered and reply.entries == ("ana-ruiz",)
    # one of her kind linked to her may say it by its dates alone
    entries[-1]["fields"] = {"role": "Chief executive, since 2010"}
    entries[0]["related"] = ["ana-ruiz"]
    entries[0]["fields"]["role"] = "Chief executive of the ferry line, 2001 to 2010"
    with small_pack(tmp_path / "3", "Harbour ferries", [e for e in entries
                                                       if e["slug"] != "ferry-line"]) as router:
        reply = ask(router, "who was chief executive of the ferry line before Ana Ruiz?")
        assert reply.answered and reply.entries == ("sam-reyes",)


def test_everyday_phrases_for_a_hearing_and_an_earlier_job(tmp_path):
    entries = [{"slug": "ana-ruiz", "kind": "person", "title": "Ana Ruiz",
                "summary": "Ana Ruiz, the ferry line's operations chief, testified at the "
                           "harbour hearing in May 2022.",
                "fields": {"role": "Operations chief of the ferry line"}},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", copy.deepcopy(entries)) as router:
        reply = ask(router, "who from the ferry line appeared before lawmakers?")
        assert reply.answered and "Ana Ruiz" in reply.text
    answered_only_with(tmp_path / "2", entries, "what was ana ruiz's job "
                       "before she went to work for the ferry line?", "earlier_job",
                       "Tug pilot at Gull Island", "Tug pilot")


def test_a_lead_in_saying_what_the_answer_is_for_is_no_part_of_it(router):
    # "budget" would ask for a budget the entry does not give
    reply = ask(router, "for the budget slide: when did the night ferry stop?")
    assert reply.answered and "March 3, 2021" in reply.text


def test_the_man_or_woman_asked_about_is_no_topic_word(tmp_path):
    entries = [{"slug": "regatta-2026", "kind": "event", "title": "2026 regatta",
                "summary": "The ferry crews' regatta, won by the night ferry's boat.",
                "fields": {"top_scorer": "Dana Holt, 27 points", "when": "August 2, 2026"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for who in ("man", "woman"):
            reply = ask(router, f"what's the name of the {who} who scored 27 points?")
            assert reply.answered and "Dana Holt" in reply.text


def test_who_came_before_a_name_no_entry_has_is_a_succession_too(tmp_path):
    entries = [{"slug": "crew-illness", "kind": "event", "title": "Crew illness",
                "summary": "Twelve sailors, including captain Lee Marsh, fell ill in 2023.",
                "fields": {"when": "March 2023"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "who was captain before Lee Marsh?",
                       "previous_captain", "Sam Reyes, whom Lee Marsh replaced in 2021",
                       "Sam Reyes")


def test_who_did_it_finds_the_one_whose_role_it_is(tmp_path):
    entries = [{"slug": "ferry-film", "kind": "film", "title": "The Night Ferry (film)",
                "summary": "A 2019 documentary about the night ferry.",
                "fields": {"released": "May 3, 2019", "director": "Dana Holt"}},
               *fillers()]
    assert "director" in derived("directed") and "regulator" in derived("regulated")
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what's the name of the guy who directed the night ferry film?")
        assert reply.answered and "Dana Holt" in reply.text


def test_how_fast_ranks_an_entry_with_a_speed_first(tmp_path):
    entries = [{"slug": "tern", "kind": "boat", "title": "Tern",
                "summary": "A boat on the east pier run.", "fields": {"speed": "About 12 knots"}},
               {"slug": "puffin", "kind": "boat", "title": "Puffin",
                "summary": "A boat on the east pier run.",
                "fields": {"seats": "300 seats, 40 of them on deck"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # retrieval alone (the unknown place declines the question after ranking) puts the
        # boat with a speed first
        found = router.answerer.find("how fast is the boat on the east pier run in Zorbia?")
        assert found.ranked[:2] == ("tern", "puffin") and found.entry is None


def test_words_setting_the_scene_in_time_tell_entries_apart_less(tmp_path):
    entries = [{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "The night ferry crosses the bay to Gull Island.",
                "fields": {"cargo": "Mail and about 40 passengers a night",
                           "speed": "about 12 knots"}},
               {"slug": "fog-season", "kind": "event", "title": "Fog season",
                "summary": "Fog rolls in over the bay most mornings in November and holds the "
                           "ferries at the pier."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "when the November fog rolled in" only says when: the ferry's entry is what is asked,
        # and retrieval puts it first (neither entry holds an amount, so the reply declines)
        found = router.answerer.find("how much did the night ferry carry when the November fog "
                                     "rolled in?")
        assert found.ranked[0] == "night-ferry" and found.entry is None


def test_when_did_it_actually_happen_needs_an_entry_that_says_so(tmp_path):
    entries = [{"slug": "pier-deal", "kind": "event", "title": "Pier deal",
                "summary": "In 2020 the ferry line offered to buy Gull Island pier from the "
                           "harbour board for $2 million.",
                "fields": {"date": "May 12, 2020 (offer made)", "price": "$2 million"}},
               {"slug": "north-landing", "kind": "place", "title": "North landing",
                "summary": "The harbour board voted to close the north landing in 2019."},
               *fillers()]
    # "actually" doubts it happened: the offer's date is no closing date
    answered_only_with(tmp_path, entries, "when did the pier deal actually close?", "closed",
                       "June 2, 2021", "June 2, 2021")


def test_how_many_people_wants_a_count_of_people(tmp_path):
    entries = [{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "The night ferry crosses the bay to Gull Island.",
                "fields": {"crossings": "About 4,000 crossings a year"}},
               *fillers()]
    # 4,000 crossings are no people; 14 engineers and sailors are, whatever they are called
    answered_only_with(tmp_path, entries, "how many people are on the night ferry?", "crew",
                       "12 sailors and 2 engineers", "12 sailors")


def test_how_much_does_it_weigh_asks_a_weight_not_money(tmp_path):
    entries = [{"slug": "ferry-anchor", "kind": "part", "title": "Ferry anchor",
                "summary": "The night ferry's anchor, replaced in 2021 for $40,000.",
                "fields": {"cost": "$40,000"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "how much does the ferry anchor weigh?", "weight",
                       "About 2 tonnes", "2 tonnes")


def test_washington_is_the_government_unless_the_content_names_it(tmp_path):
    entries = [{"slug": "fare-approval", "kind": "rule", "title": "Fare approval",
                "summary": "Ferry operators need no government approval to raise fares; they "
                           "only give the harbour board 30 days' notice.",
                "fields": {"notice": "30 days"}},
               *fillers()]
    question = "do ferry operators need approval from Washington to raise fares?"
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, question)
        assert reply.answered and "30 days" in reply.text
    # a pack that names the place reads it as the place
    entries.append({"slug": "washington-pier", "kind": "place", "title": "Washington pier",
                    "summary": "The pier on Washington Street."})
    with small_pack(tmp_path / "named", "Harbour ferries", entries) as router:
        assert "washington" in router.answerer.read(question).tokens


def test_testifying_is_no_quote_of_what_was_said(tmp_path):
    entries = [{"slug": "ana-ruiz", "kind": "person", "title": "Ana Ruiz",
                "summary": "Ana Ruiz ran the night ferry for ten years.",
                "fields": {"hearing": "Testified before the ferry inquiry on May 2, 2022"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "what did Ana Ruiz say at the ferry inquiry?",
                       "statement", 'Testified that the ferry "was never safe at night"',
                       "never safe at night")


def test_a_number_the_question_gives_is_no_count(tmp_path):
    entries = [{"slug": "harbour-office", "kind": "service", "title": "Harbour office",
                "summary": "During the fog the harbour office took 999 calls from the piers.",
                "fields": {"calls": "999 calls were rerouted to the office's own line"}},
               *fillers()]
    # "999 calls" names the calls, it does not count them
    answered_only_with(tmp_path, entries, "how many 999 calls went unanswered at the harbour "
                       "office?", "unanswered", "About 40 calls went unanswered", "About 40")


def test_a_writing_task_is_no_question_unless_it_is_about_an_entry(tmp_path):
    entries = [{"slug": "delay-notice", "kind": "service", "title": "Delay notice",
                "summary": "Each week the harbour office staff help write a message about ferry "
                           "delays for the next week.",
                "fields": {"posted": "Every Monday"}},
               {"slug": "timetable", "kind": "service", "title": "Timetable",
                "summary": "Ana Ruiz helps write the ferry timetable each spring."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "can you help me write an out-of-office message for next week?")
        assert not reply.answered
        reply = ask(router, "write me a summary of the delay notice")
        assert reply.answered and "message about ferry" in reply.text


def test_pinning_it_on_someone_is_blaming_them():
    tokens = _rewrite("what day did the marshal pin it on the kiosk".split())
    assert "pin_it_on" in tokens and "responsible" in synonyms_of("pin_it_on")


def test_going_public_is_disclosing():
    tokens = _rewrite("when did the ferry line first go public about the leak".split())
    assert "go_public" in tokens and "disclosed" in synonyms_of("go_public")


# Misreadings a review found in this round's rules, each in a small pack of its own.
REVIEWED = [
    # a field named for the people counts them: "how many people live there" (rule of people)
    ([{"slug": "gull-island", "kind": "place", "title": "Gull Island",
       "summary": "A small island served by the night ferry.",
       "fields": {"residents": "About 1,400", "area": "6 square miles"}}],
     "how many people live on Gull Island?", "About 1,400"),
    # "the biggest delay" is not held by a speed limit
    ([{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
       "summary": "The night ferry crosses the bay to Gull Island.",
       "fields": {"delays": "Fog delays it most weeks in November",
                  "limit": "A maximum of 12 knots in the bay"}}],
     "what was the biggest delay the night ferry had?", None),
    # "stand for when it comes to fares" asks what the group believes
    ([{"slug": "pfa", "kind": "body", "title": "Pier Fishing Association", "aliases": ["PFA"],
       "summary": "Anglers who fish from the town's piers.",
       "fields": {"position_on_fares": "Opposes the 2020 fare rise"}}],
     "what does the PFA stand for when it comes to fares?", "Opposes the 2020 fare rise"),
    # a word the store never uses weighs against "actually" no more than usual
    ([{"slug": "rebuild", "kind": "event", "title": "Library rebuild",
       "summary": "The town library closed in 2022 for a two-year rebuild and reopened on May 4, "
                  "2024.",
       "fields": {"closed": "May 1, 2022", "reopened": "May 4, 2024"}}],
     "when did the library actually reopen to readers?", "May 4, 2024"),
    # the scene of a time clause still picks the entry that holds it as well
    ([{"slug": "ridership", "kind": "service", "title": "Ferry ridership",
       "summary": "The morning ferry carries about 900 passengers a day.",
       "fields": {"passengers": "About 900 a day on the morning ferry",
                  "carried": "330,000 passengers in 2021"}},
      {"slug": "bridge-closure", "kind": "event", "title": "Bridge closure",
       "summary": "While the harbour bridge was shut for repairs in 2022, the morning ferry "
                  "carried about 2,500 passengers a day.",
       "fields": {"shut": "April to September 2022"}}],
     "how many passengers did the morning ferry carry a day when the bridge was shut?", "2,500"),
    # containers are no people
    ([{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
       "summary": "The night ferry crosses the bay.",
       "fields": {"containers": "Up to 40 a night", "crossings": "About 4,000 a year"}}],
     "how many people are on the night ferry?", None),
    # a title that is the long form spells the short form out
    ([{"slug": "hpa", "kind": "body", "title": "Harbour Pilots Association", "aliases": ["HPA"],
       "summary": "The body of licensed harbour pilots.", "fields": {"members": "32 pilots"}},
      {"slug": "pilot-rules", "kind": "rule", "title": "Pilot rules",
       "summary": "Every ship over 100 metres must take an HPA pilot."}],
     "what does HPA stand for in the new pilot rules?", "Harbour Pilots Association"),
    # "once the council said ..." is a clause: the board's deed is asked, not a quote
    ([{"slug": "night-ferry", "kind": "service", "title": "Night ferry",
       "summary": "The council voted to end the night ferry in 2021.",
       "fields": {"board_response": "The harbour board asked the council to keep one late "
                                    "crossing on Fridays"}}],
     "what did the harbour board do once the council said the night ferry would end?",
     "one late crossing"),

    ([{"slug": "island-star", "kind": "vessel", "title": "Island Star",
       "summary": "The new ferry on the east pier run.",
       "fields": {"speed": "Top speed of 18 knots", "built": "2023"}},
      {"slug": "collision", "kind": "event", "title": "East pier collision",
       "summary": "In 2024 the new ferry struck the east pier at about 9 knots in thick fog.",
       "fields": {"date": "January 12, 2024"}}],
     "how fast was the new ferry going in fog?", "9 knots"),
]


REVIEWED_ROUND_TWO = [
    # a penalty kick is no punishment
    ([{"slug": "cup-final", "kind": "event", "title": "Harbour cup final",
       "summary": "Portside beat the Gulls 2-1; Sam Reyes was sent off late on.",
       "fields": {"penalty": "Portside were awarded a penalty in the 80th minute",
                  "sent_off": "Sam Reyes, for a second yellow card"}}],
     "what punishment did the harbour cup final referee hand out?", None),
    # "and more rain" ends no list: Gullport, Ohio is where the damage was
    ([{"slug": "april-storm", "kind": "event", "title": "April storm",
       "summary": "The April storm flooded Gullport, Ohio, and more rain fell the next day; "
                  "damage in the town reached $90 million."}],
     "how much damage did the April storm do in Gullport?", "$90 million"),
    # "the company said" is Acme's statement when the question asks what Acme said
    ([{"slug": "heater-recall", "kind": "event", "title": "Acme heater recall",
       "summary": "Acme recalled 40,000 heaters in May.",
       "fields": {"statement": "The company said no serious injuries had been reported."}}],
     "what did Acme say about the heater recall?", "no serious injuries"),
]


# Everyday words for what a pack says plainly (each answered only with the lexicon's reading)
EVERYDAY_WORDS = [
    ([{"slug": "pier-funding", "kind": "funding", "title": "Funding for the new pier",
       "summary": "The federal government will pay the whole cost of the new east pier.",
       "fields": {"share": "100% federal cost share"}}],
     "is uncle sam footing the bill for the new pier? what share?", "100%"),
    ([{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
       "summary": "Dana Holt ran the harbour trust's accounts until 2023.",
       "fields": {"plea": "Guilty to two counts of fraud (May 2, 2024)",
                  "sentence": "Two years' probation (October 9, 2024)"}}],
     "what punishment did Dana Holt receive?", "probation"),
    ([{"slug": "acme-shares", "kind": "company", "title": "Acme Ferries shares",
       "summary": "Acme Ferries' shares are listed on the harbour exchange.",
       "fields": {"listing": "Harbour exchange since 2011",
                  "price": "About $22 on May 6; under $5 by May 9"}}],
     "what were acme ferries shares trading at?", "$22"),
    ([{"slug": "tern-model", "kind": "product", "title": "Tern kayak",
       "summary": "Acme's Tern kayak went on sale in May; retailers in the harbour stocked it "
                  "first.",
       "fields": {"retailers": "Harbour Outdoors and Gull Island Sports",
                  "price": "$899 at launch"}}],
     "what did the Tern kayak retail for when it came out?", "$899"),
    # locked up is in prison
    ([{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
       "summary": "Dana Holt ran the harbour trust's accounts until 2023.",
       "fields": {"plea": "Guilty to two counts of fraud (May 2, 2024)",
                  "sentence": "Two years in prison (October 9, 2024)"}}],
     "how long is Dana Holt locked up for?", "Two years"),
    # on board is aboard, not a board of directors
    ([{"slug": "tern-sinking", "kind": "event", "title": "Tern sinking",
       "summary": "The Tern sank off Gull Island in May 2021.",
       "fields": {"aboard": "42 passengers and 5 crew were aboard"}},
      {"slug": "harbour-board", "kind": "body", "title": "Harbour board",
       "summary": "The harbour board sets ferry fares; its board members met after the Tern "
                  "sank.", "fields": {"members": "Seven board members, led by Sam Reyes"}}],
     "how many people were on board the Tern when it sank?", "42 passengers"),
    # a monthly ceiling is a cap for a month
    ([{"slug": "sailing-cap", "kind": "rule", "title": "Limit on Acme's sailings",
       "summary": "After the pier fire the harbour board limited Acme's ferry sailings.",
       "fields": {"cap": "No more than 38 sailings a month until the pier is repaired"}}],
     "what monthly ceiling did the board slap on acme's sailings?", "38 sailings"),
    # a uni is a university
    ([{"slug": "hull-study", "kind": "study", "title": "Hull study",
       "summary": "Engineers studied the Tern's hull after it sank.",
       "fields": {"led_by": "Professor Grace Hill of Gullport University"}}],
     "which uni did the engineer who studied the Tern's hull come from?", "Gullport University"),
    # a train that went off the track derailed
    ([{"slug": "ramp-cart", "kind": "event", "title": "Ramp cart derailment",
       "summary": "The ferry's loading cart derailed on the Gullport ramp in 2018.",
       "fields": {"speed": "About 9 mph"}}],
     "how fast was the cart going when it went off the track?", "9 mph"),
    # houses are homes
    ([{"slug": "gull-island-fire", "kind": "event", "title": "Gull Island fire",
       "summary": "A brush fire swept the north of Gull Island in August.",
       "fields": {"homes_destroyed": "19 homes destroyed"}}],
     "how many houses burned in the Gull Island fire?", "19 homes"),
    # a Brit is British; dying is dying
    ([{"slug": "yachtswoman", "kind": "person", "title": "Grace Hill",
       "summary": "Grace Hill, a British yachtswoman, died when the Tern sank.",
       "fields": {"company": "Chair of Hill Marine"}},
      {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
       "summary": "Sam Reyes, an American diver, died when the Tern sank.",
       "fields": {"company": "Chair of Reyes Salvage"}},
      {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
       "summary": "Dana Holt, a British sailor, survived the sinking of the Tern.",
       "fields": {"company": "Chair of Holt Yachts"}}],
     "the brit who ended up dying on the Tern - which company did she chair?", "Hill Marine"),
    # a final one is the last; a wiped record was overwritten; a judge put on the bench was
    # appointed; one who sat out a case recused
    ([{"slug": "tern-search", "kind": "event", "title": "Search for the Tern's crew",
       "summary": "Divers searched for the Tern's missing crew for three weeks.",
       "fields": {"first_found": "May 4: two deckhands",
                  "last_found": "May 21: the cook, Dana Holt"}}],
     "when did divers find the final missing crew member?", "May 21"),
    ([{"slug": "tern-recorder", "kind": "event", "title": "The Tern's voyage recorder",
       "summary": "The Tern carried a voyage data recorder.",
       "fields": {"bridge": "Bridge audio and radar were both recorded",
                  "status": "Overwritten after 12 hours, before anyone saved it"}}],
     "did the Tern's bridge audio get wiped?", "Overwritten after 12 hours"),
    ([{"slug": "grace-hill-judge", "kind": "person", "title": "Judge Grace Hill",
       "summary": "Grace Hill is the Gullport judge hearing the Tern case.",
       "fields": {"courtroom": "She sits on the Gullport bench in Courtroom 3",
                  "appointed": "By Governor Sam Reyes in 2014"}}],
     "when was Judge Grace Hill put on the bench?", "2014"),
    ([{"slug": "tern-appeal", "kind": "event", "title": "Tern appeal ruling",
       "summary": "The harbour appeals court threw out Acme's appeal over the Tern in 2022.",
       "fields": {"panel": "Judges Grace Hill, Sam Reyes, Ada Moss and Tam Rell sat on it",
                  "recused": "Judge Dana Holt, a former Acme director"}}],
     "which judge sat out the Tern appeal?", "Dana Holt"),
    # "how fast was it moving": the verb is the speed asked, not an entry about moving it
    ([{"slug": "tern-pier-strike", "kind": "event", "title": "The Tern strikes the east pier",
       "summary": "The ship Tern lost steering and struck the east pier of Gullport harbour.",
       "fields": {"speed": "About 7 knots at impact", "date": "May 3, 2021"}},
      {"slug": "tern-moved", "kind": "event", "title": "The Tern refloated and moved",
       "summary": "Tugs moved the Tern off the pier and towed her to the Gull Island yard.",
       "fields": {"date": "June 2, 2021", "how": "Moved at high tide by three tugs"},
       "aliases": ["Tern moved", "moving the Tern"], "keywords": ["moved", "towed"]}],
     "how fast was the ship moving when it smacked into the pier?", "7 knots"),
    # "who wrote the report?": its `by` says who did
    ([{"slug": "tern-review", "kind": "review", "title": "The harbour board's review of the Tern",
       "summary": "The harbour board's report on the Tern, released in May, blamed poor "
                  "maintenance and found inspectors were short-staffed.",
       "fields": {"date": "May 2, 2022", "by": "Chief inspector Dana Holt",
                  "cause": "Poor maintenance of the steering gear"}},
      {"slug": "fares-letter", "kind": "event", "title": "Letter on fares",
       "summary": "Sam Reyes wrote to the harbour board in June asking it to freeze fares.",
       "fields": {"date": "June 3, 2022"}}],
     "Who wrote the harbour board's report on why the Tern sank?", "Dana Holt"),
    # the calls or meetings a question comes up in frame it, as a memo or a deck does
    ([{"slug": "pier-repairs", "kind": "program", "title": "East pier repair programme",
       "summary": "The harbour board is replacing the rotten timber piles of the east pier.",
       "fields": {"replaced": "212 piles replaced by May 2024", "cost": "$4 million"}},
      {"slug": "budget", "kind": "budget", "title": "Harbour budget",
       "summary": "The harbour board's budget for 2024 infrastructure.",
       "fields": {"total": "$30 million"}},
      {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
       "summary": "The night ferry keeps running to Gull Island, and calls for a second boat "
                  "keep coming from islanders.",
       "fields": {"since": "2019"}}],
     "Since the pier repairs keep coming up in our infrastructure calls, how many piles had the "
     "board actually replaced by May?", "212 piles"),
    # "Acme's new ferry": an entry of the pack's kind `ferry` is one, and is the one asked of
    ([{"slug": "island-plan", "kind": "plan", "title": "Gull Island service plan",
       "summary": "Acme and the harbour board plan to roll out a new boat to Gull Island next "
                  "year.",
       "fields": {"partners": "Acme and the harbour board", "start": "2025"}},
      {"slug": "tern", "kind": "ferry", "title": "The Tern",
       "summary": "The Tern is Acme's new fast boat, meant to carry 300 passengers at a time.",
       "fields": {"builder": "Gullport Yards",
                  "purpose": "To carry 300 passengers to Gull Island in 20 minutes"}}],
     "what is Acme's new ferry meant to do?", "300 passengers"),
    # "what did Acme pay to buy ...?": the sum it bought the firm for is what it paid
    ([{"slug": "tern-boats", "kind": "company", "title": "Tern Boats",
       "summary": "Tern Boats built the harbour's first fast ferry, the Swift; Acme has owned "
                  "it since 2019.",
       "fields": {"founder": "Sam Reyes, in 2004",
                  "acquired": "Acme bought Tern Boats for $12 million in 2019"}},
      {"slug": "swift", "kind": "ferry", "title": "The Swift",
       "summary": "The Swift was the harbour's first fast ferry, built by Tern Boats in 2006.",
       "fields": {"speed": "32 knots"}},
      {"slug": "acme", "kind": "company", "title": "Acme Ferries",
       "summary": "Acme Ferries runs the Gull Island service.", "fields": {"ceo": "Dana Holt"}},
      {"slug": "crew-pay", "kind": "event", "title": "Crew pay deal",
       "summary": "The harbour company raised crew pay by 3% in 2023.", "fields": {"rise": "3%"}}],
     "what did Acme pay to buy the company that originally made the Swift?", "$12 million"),
    # "what was Dana Holt's quote ...?": words in quotes are one, whatever the fact calls them
    ([{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
       "summary": "Dana Holt, Acme's chair, led the fight for the pier and spoke for the firm "
                  "after each ruling.",
       "fields": {"role": "Chair of Acme",
                  "on_the_block": "Called the May block \"the darkest day in our forty years on "
                                  "the harbour\""}},
      {"slug": "crew-quote", "kind": "event", "title": "Crew statement",
       "summary": "The crew's union put out a quote about pay in May 2022.",
       "fields": {"rise": "3%"}}],
     "what was dana holt's quote after the council killed the pier in may?", "darkest day"),
    # "where is it being held?": a place is asked, whatever the pack calls holding it
    ([{"slug": "tern-launch", "kind": "event", "title": "Launch of the Tern",
       "summary": "Acme launches the Tern with a ceremony on May 2.",
       "fields": {"venue": "Gullport Yards, berth 4"}}],
     "where is the ceremony being held?", "Gullport Yards"),
    ([{"slug": "tern-launch", "kind": "event", "title": "Launch of the Tern",
       "summary": "Acme launches the Tern with a ceremony on May 2.",
       "fields": {"venue": "Gullport Yards, berth 4"}}],
     "where will acme host the ceremony?", "Gullport Yards"),
    # English idioms: coming out of bankruptcy, being in effect
    ([{"slug": "acme-filing", "kind": "event", "title": "Acme Ferries' bankruptcy filing",
       "summary": "Acme Ferries filed for bankruptcy protection on May 2, 2024.",
       "fields": {"filed": "May 2, 2024", "court": "Gullport bankruptcy court"}},
      {"slug": "acme-exit", "kind": "event", "title": "Acme Ferries' new start",
       "summary": "Acme Ferries exited bankruptcy under a court-approved plan.",
       "fields": {"exited": "June 9, 2025"}}],
     "when was acme formally out of bankruptcy?", "June 9, 2025"),
    ([{"slug": "night-ban", "kind": "rule", "title": "Night sailing ban",
       "summary": "The ferry law bans night sailings without radar; the ban applies from "
                  "February 2, 2025.",
       "fields": {"applies": "February 2, 2025"}}],
     "from what date was the night sailing ban actually in effect?", "February 2, 2025"),
    # "what did X say the paintings were worth?": a sum asked, not a quote
    ([{"slug": "gull-museum", "kind": "organization", "title": "Gull Island Museum",
       "summary": "The city-owned Gull Island Museum holds the harbour's paintings.",
       "fields": {"appraisal": "Gullport Auctions valued the city-bought paintings at $45 "
                               "million to $86 million"}}],
     "what did the auctioneers say the city's paintings at the museum were worth?",
     "$45 million"),
    # what someone was paid is their salary
    ([{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
       "summary": "Dana Holt, a harbour lawyer, ran the Harbour Trust for the state from 2013 "
                  "to 2014.",
       "fields": {"role": "Manager of the Harbour Trust", "salary": "$90,000 a year"}}],
     "how much was dana holt getting paid to run it for the state?", "$90,000"),
    # Everyday words for a pack's: a penalty may be a fine, a cop police
    ([{"slug": "ferry-bill-draft", "kind": "law", "title": "The 2021 draft ferry law",
       "summary": "The 2021 draft of the ferry law set rules for night sailings.",
       "fields": {"fines": "Up to $30,000 for each breach"}}],
     "what was the maximum penalty in the 2021 draft of the ferry law?", "$30,000"),
    ([{"slug": "pension-vote", "kind": "event", "title": "Pension vote",
       "summary": "Retired harbour workers voted on the pension deal by mail.",
       "fields": {"police_and_fire": "82% of retired police and fire members in favour",
                  "general": "73% of other retirees in favour"}}],
     "what % of retired cops backed the pension deal?", "82%"),
    # "the max penalty ... under the new law": a fact named for the penalty (`fine`), when no
    # fact says "penalty", before one that only shares the question's other words
    ([{"slug": "winter-rules", "kind": "policy", "title": "Winter rules for boats",
       "summary": "The 2021 law made winter checks mandatory for every harbour boat.",
       "fields": {"before": "No mandatory checks; a 2011 law only asked boats to report their "
                            "winter preparations",
                  "fine": "Up to $1 million per violation"}}],
     "what's the max penalty a boat can get for skipping the winter checks under the new law?",
     "$1 million"),
]


@pytest.mark.parametrize(("entries", "question", "expected"),
                         [*REVIEWED, *REVIEWED_ROUND_TWO, *EVERYDAY_WORDS])
def test_reviewed_misreadings_stay_mended(tmp_path, entries, question, expected):
    entries = [*entries, *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, question)
        assert reply.answered == (expected is not None), reply.text
        assert expected is None or expected in reply.text


def test_a_yes_no_question_asks_whether_the_unseen_thing_happened(tmp_path):
    # "has anybody been charged over the fire?": the store never says "charged", so it cannot
    # say whether anyone was, though the question names the fire's own entry
    entries = [{"slug": "gull-island-fire", "kind": "event", "title": "Gull Island fire",
                "summary": "The Gull Island fire of August 8 burned 40 homes after a power "
                           "line sparked dry brush.",
                "fields": {"date": "August 8, 2023", "cause": "A downed power line"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "Has anybody been criminally charged over the Gull Island fire?"
                       ).answered
        assert ask(router, "did a power line start the Gull Island fire?").answered
    # "a bunch of", "a couple of", "all the way" say nothing; offloading shares is selling them
    assert _rewrite("did he sell a bunch of shares a couple of weeks before".split()) == [
        "did", "he", "sell", "shares", "weeks", "before"]
    assert "couple" in _rewrite("what did a couple from gull island run".split())
    assert _rewrite("does it go all the way up to gullport".split()) == [
        "does", "it", "go", "up", "to", "gullport"]
    assert "sold" in synonyms_of("offloaded")


def test_how_long_in_pages_asks_for_pages(tmp_path):
    # "how long is the review, page-wise?": its pages, not a date or a duration
    assert question_type("how long is the pier review page wise".split()) == "pages"
    assert question_type("how long is the pier review in pages".split()) == "pages"
    assert question_type("how long did the pier review take".split()) == "duration"
    assert question_type("how long did it take to write the 90 page review".split()) == (
        "duration")
    assert SHAPES["pages"].search("A 90-page report")
    assert not SHAPES["length"].search("A 12-page timetable")
    entries = [{"slug": "pier-review", "kind": "review", "title": "Pier safety review",
                "summary": "The harbour board's pier safety review came out on May 3, 2022.",
                "fields": {"by": "The harbour board", "length": "A 90-page report"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how long is the pier safety review, page-wise?")
        assert reply.answered and "90-page" in reply.text


def test_whose_deed_a_by_fact_gives():
    # "who wrote the report?" asks who did the deed after "who"; a fact named `by` or
    # `written_by` says who, one named `played_by` says who did something else
    assert _deed("who wrote the report".split()) == "wrote"
    assert _deed("who actually signed it".split()) == "signed"
    assert _deed("who is the chair".split()) is None
    assert _deed("who runs the ferry".split()) is None
    assert _deed("who red flagged it".split()) is None
    assert _deed("who speed tested it".split()) is None

    def profile(fields):
        return _Profile(Entry(slug="x", kind="review", title="X", summary="X.", fields=fields))

    assert _done_by("wrote", profile({"by": "Dana Holt"}))
    assert _done_by("wrote", profile({"written_by": "Dana Holt"}))
    assert not _done_by("directed", profile({"played_by": "Grace Hill"}))
    assert not _done_by("wrote", profile({"cause": "Poor maintenance"}))


def test_a_fact_named_for_the_doer_answers_who_did_it(tmp_path):
    # "who wrote the play?": a fact named `writer` says who, before one that names people
    # who did something else (`cast`); "who directed it?": `director`
    entries = [{"slug": "tern-play", "kind": "event", "title": "The Tern (stage play)",
                "summary": "A stage play about the sinking of the harbour ferry Tern.",
                "fields": {"cast": "Sam Reyes (the captain), Ana Ruiz (the mate)",
                           "writer": "Dana Holt", "director": "Grace Hill",
                           "date": "May 2, 2024"}}]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who wrote the Tern play?")
        assert reply.answered and "Dana Holt" in reply.text and "Sam Reyes" not in reply.text
        reply = ask(router, "who directed the Tern play?")
        assert reply.answered and "Grace Hill" in reply.text and "Sam Reyes" not in reply.text


def test_reviewed_readings_of_words():
    assert question_type("what did the mayor once say about the ferry".split()) == "said"
    assert question_type("what has the mayor since said about the ferry".split()) == "said"
    assert derived("specific") == [] and derived("relic") == []
    assert derived("allergic") == ["allergy"]
    assert "listed" in synonyms_of("go_public")  # a company going public is listed
    assert _WRITING.match("hey, can you help me to write a note for the team")
    # who acted in someone's place, stood or filled in for them, is who was acting
    assert "in_his_place" in _rewrite("who was acting in his place".split())
    assert "acting" in synonyms_of("in_her_place")
    assert "acting" in synonyms_of("stood_in_for")
    # what was hauled out or carted away was removed (not hoisted, as a hauled load is)
    assert "hauled_out" in _rewrite("how much rubble got hauled out of gullport".split())
    assert "removed" in synonyms_of("carted_away")
    # a firm that called it quits or packed it in stopped or suspended what it did
    assert "call_it_quits" in _rewrite("when did acme call it quits".split())
    assert "suspended" in synonyms_of("called_it_a_day")
    assert "pack_it_in" not in _rewrite("how did they pack it in the hold".split())
    # who put their names to a letter signed it; what one chalked it up to is what one blamed
    assert "signed" in synonyms_of("put_their_names_to")
    assert "chalk_it_up_to" in _rewrite("what did reyes chalk it up to".split())
    assert "blamed" in synonyms_of("chalk_it_up_to")


def test_how_cold_asks_a_temperature_of_the_cold(tmp_path):
    entries = [{"slug": "storm-losses", "kind": "impact", "title": "Storm losses",
                "aliases": ["Gullport estimate"],
                "summary": "The Gullport chamber put the losses of the February storm at "
                           "$40 million, most of it on Gullport's waterfront.",
                "fields": {"losses": "$40 million (Gullport chamber estimate)"}},
               {"slug": "cold-snap", "kind": "event", "title": "February cold snap",
                "summary": "A week of record cold froze the harbour and stopped the ferries; "
                           "the cold was the worst in decades.",
                "fields": {"coldest": "Gullport fell to -4 degrees on February 9, its "
                                      "coldest since 1961"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the cold picks the entry, and a word the pack never uses ("zero") is one of three
        reply = ask(router, "how cold did it get in gullport? heard it went below zero")
        assert reply.answered and "-4 degrees" in reply.text, reply.text
        found = router.answerer.find("how cold did it get in gullport? heard it went "
                                     "below zero")
        assert found.entry is not None and found.entry.slug == "cold-snap", found.declined


def test_an_amount_of_money_counts_no_one(tmp_path):
    entries = [{"slug": "rescue-fund", "kind": "response", "title": "Harbour rescue fund",
                "summary": "Three ferry lines put money into a fund to keep the night crossings "
                           "running after the storm.",
                "fields": {"members": "Acme Ferries and Tern Lines ($2.5 million each); "
                                      "Gull Island Co. ($1 million)"}},
               *fillers()]
    # "$2.5 million each" is what each member gave, not how many people the fund has
    answered_only_with(tmp_path, entries, "how many people are members of the rescue fund?",
                       "member_count", "3 ferry lines", "3 ferry lines")


def test_a_fact_named_for_the_word_asked_answers_of_its_own_entry(tmp_path):
    entries = [{"slug": "east-pier", "kind": "asset", "title": "East pier",
                "summary": "The east pier carries the island ferries' car deck and the harbour "
                           "road; it stood until the storm of 2024.",
                "fields": {"opened": "May 2, 1998",
                           "traffic": "About 4,000 cars a day on the harbour road"}},
               {"slug": "channel", "kind": "event", "title": "Channel reopening",
                "summary": "The channel reopened in stages: a first lane opened in April, a "
                           "second opened in May, and the port was open to all ships in June.",
                "fields": {"reopened": "June 10, 2024"}},
               {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "The night ferry opens again each spring.",
                "fields": {"opens": "April 1 each year"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "opened" is the event asked, though "traffic" weighs more than "open"
        reply = ask(router, "what year did the east pier first open to traffic?")
        assert reply.answered and "1998" in reply.text, reply.text


def test_a_lead_in_naming_what_the_message_is_for_is_not_required_of_the_answer(tmp_path):
    entries = [{"slug": "acme-strike-cost", "kind": "impact", "title": "Acme's strike cost",
                "summary": "In May Acme Ferries told investors the strike would cut its yearly "
                           "profit by about $2 million.",
                "fields": {"losses": "About $2 million of yearly profit"}},
               {"slug": "pier-works", "kind": "event", "title": "Pier works",
                "summary": "Building the new pier's north side did financial damage to the "
                           "fish market, the harbour board said."},
               *fillers()]
    question = ("Since I'm building a slide on the financial damage to the harbour side, how "
                "much did Acme Ferries tell investors the walkouts would cut from its profit?")
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, question)
        assert reply.answered and "$2 million" in reply.text, reply.text
        # a lead-in that is no one's slide or memo is part of what is asked
        assert not ask(router, "Since the wharf rebuilt its slide on the harbour side, how "
                               "much did Acme Ferries tell investors about it?").answered


def test_a_hedge_after_who_does_not_hide_the_role_asked(tmp_path):
    entries = [{"slug": "ferry-ruling", "kind": "ruling", "title": "Ferry ruling",
                "summary": "In May Judge Sam Reyes barred Acme Ferries from exclusive pier "
                           "contracts.",
                "fields": {"oversight": "A technical panel to watch the ferry deal",
                           "judge": "Sam Reyes"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the panel's members are not given: the judge who set it up is no answer
        for question in ("who sits on the technical panel watching the ferry deal?",
                         "who actually sits on the technical panel watching the ferry deal?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)


def test_a_list_that_ends_with_and_others_names_members_of_a_group(tmp_path):
    entries = [{"slug": "strike-losses", "kind": "impact", "title": "Strike losses",
                "summary": "The strike stopped crossings run by Acme, Tern Lines, Puffin "
                           "Ferries and others.",
                "fields": {"losses": "About $2 million across the harbour"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the harbour's $2 million is not what Tern Lines lost
        assert not ask(router, "how much did Tern Lines lose in the strike?").answered
        reply = ask(router, "how much was lost across the harbour in the strike?")
        assert reply.answered and "$2 million" in reply.text, reply.text


def test_what_one_person_said_is_no_answer_to_what_another_said(tmp_path):
    entries = [{"slug": "pier-hearing", "kind": "proceeding",
                "title": "Council hearing on the pier",
                "summary": "A May 2024 council hearing where Acme's Sam Reyes apologized for the "
                           "pier collapse.",
                "fields": {"chair": "Councillor Grace Hill, chair of the harbour committee",
                           "what_was_said": "Reyes apologized, said Acme was deeply sorry and "
                                            "took responsibility"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # (a name in everyday words: "grace hill")
        assert not ask(router, "what did grace hill say to the acme guy at the hearing?").answered
        reply = ask(router, "what did sam reyes say at the pier hearing?")
        assert reply.answered and "deeply sorry" in reply.text, reply.text


def test_a_remark_of_the_askers_set_off_by_a_dash_is_not_required_of_the_answer(tmp_path):
    entries = [{"slug": "tern-sale", "kind": "event", "title": "Sale of the Tern",
                "summary": "Acme Ferries bought the Tern from the island trust in 2023.",
                "fields": {"price": "$1.2 million"}},
               {"slug": "harbour-master", "kind": "person", "title": "Harbour master",
                "summary": "The harbour master's office forwards every notice to the director "
                           "of the port."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "Before I forward this to the director - roughly what did Acme pay "
                            "for the Tern?")
        assert reply.answered and "$1.2 million" in reply.text, reply.text
        # a request's own topic before a colon is part of what is asked
        assert lead_in("Please summarise the port's notices: who forwards them?") == (
            set(), set())


@pytest.mark.parametrize("question", [
    "For my memo on the Oakdale ferry strike: when did it end?",  # an unknown name
    "I'm writing a memo about the trolley strike - when did it end?",  # an unknown topic
    "For my memo on the night ferry's CEO: who is it?",  # a thing the pack never gives
    "I heard the night ferry ended in 2019 - is that right?",  # the claim asked about
    "🙂 🙂, when did the night ferry end?",  # a lead-in of no words
])
def test_a_lead_in_that_is_the_topic_of_a_short_question_is_part_of_it(router, question):
    reply = ask(router, question)
    assert "went wrong" not in reply.text
    assert not reply.answered or "2019" not in question, reply.text
    if "2019" not in question and "🙂" not in question:
        assert not reply.answered, reply.text


def test_everyday_words_for_going_bust_watching_owing_and_giving():
    def plain(text: str, at: int) -> list[str]:
        return synonyms_of(_rewrite(text.split())[at])

    assert "bankruptcy" in plain("when did acme go bust", 3)
    assert "monitor" in plain("who keeps tabs on acme", 1)
    assert "settlement" in plain("what did acme pay to end the court fight", 5)
    assert "settle" in plain("when did acme end the legal battle", 3)
    assert "announced" in plain("who made it public", 1)
    assert "delay" in plain("what was the hold up", 3)
    assert "delayed" in plain("why was the launch held up", 4)
    assert "debt" in synonyms_of("owe")
    assert "foundation" in synonyms_of("philanthropy")


def test_a_request_for_a_brief_on_something_asks_about_it(router):
    from handlers.parts import _without_lead_in

    assert _without_lead_in("Please provide a short brief on the night ferry's last "
                            "crossing.") == "the night ferry's last crossing."
    assert _without_lead_in("Could you give me a quick rundown of the night ferry: when did "
                            "it end?") == "the night ferry: when did it end?"
    reply = ask(router, "Please provide a short brief on the night ferry's last crossing.")
    assert reply.answered, reply.text
    # only at the start: a later request is a question of its own
    later = "When was the Tern built? Please give me a summary of the fare rise."
    assert _without_lead_in(later) == later


@pytest.mark.parametrize(("question", "expected"), [
    ("which ferry line went belly-up after the storm?", "Chapter 11"),
    ("who can get their hands on the new harbour charts?", "licensed pilots"),
])
def test_everyday_idioms_of_failing_and_getting(tmp_path, question, expected):
    entries = [{"slug": "puffin-line", "kind": "company", "title": "Puffin Line",
                "summary": "The Puffin Line filed for bankruptcy after the storm.",
                "fields": {"bankruptcy": "Filed for Chapter 11 on March 3, 2024"}},
               {"slug": "tern-lines", "kind": "company", "title": "Tern Lines",
                "summary": "Tern Lines, the other ferry line, went on sailing after the storm "
                           "and took over the Puffin Line's routes."},
               {"slug": "harbour-charts", "kind": "product", "title": "New harbour charts",
                "summary": "The harbour board's new charts of the east channel.",
                "fields": {"access": "Only licensed pilots, through the board's portal"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, question)
        assert reply.answered and expected in reply.text, reply.text


def test_him_in_a_later_part_is_the_person_the_part_before_named(tmp_path):
    # "..., and who stepped in after him?": him is Dana Holt, whom the first part named, not
    # the board whose entry answered it
    entries = [{"slug": "trust-board", "kind": "body", "title": "Harbour trust board",
                "summary": "The harbour trust's board oversees the ferries and the pier.",
                "fields": {"fired_director": "Voted on March 3, 2021 to dismiss director "
                                             "Dana Holt"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the harbour trust until the board dismissed her.",
                "fields": {"successor": "Sam Reyes became interim director in April 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour trust", entries) as router:
        reply = ask(router, "When did the trust board dismiss Dana Holt, and who stepped in as "
                            "interim director after her?")
        assert reply.answered and "March 3, 2021" in reply.text and "Sam Reyes" in reply.text
    # her is the person who answered the part before, not a company it named
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt keeps Acme Lines' books.",
                "fields": {"joined": "Joined Acme Lines in March 2015",
                           "salary": "$90,000 a year"}},
               {"slug": "acme-lines", "kind": "company", "title": "Acme Lines",
                "summary": "Acme Lines runs the harbour ferries.",
                "fields": {"ceo_salary": "The chief executive's salary is $400,000 a year"}},
               *fillers()]
    with small_pack(tmp_path / "2", "Harbour trust", entries) as router:
        reply = ask(router, "When did Dana Holt join Acme Lines, and what is her salary?")
        assert "$90,000" in reply.text and "$400,000" not in reply.text


def test_he_in_a_later_part_is_the_person_a_who_part_answered_with(tmp_path):
    # "Who skippered the Tern ..., and how old was he?": he is the skipper the first part's
    # answer names, not the boat whose entry answered it
    entries = [{"slug": "tern", "kind": "vessel", "title": "The Tern",
                "summary": "The Tern was the Gull Island ferry that sank in May 2021.",
                "fields": {"skipper": "Sam Reyes was at the helm on her last crossing",
                           "built": "1988, in Gullport"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, 54, skippered Gull Island ferries for twenty years.",
                "fields": {"age": "54 at the time of the sinking"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "Who skippered the Tern on its last crossing, and how old was he?")
        assert reply.answered and "Sam Reyes" in reply.text and "54" in reply.text, reply.text
    # several people in that answer: he is none of them in particular
    entries[0]["fields"]["skipper"] = "Sam Reyes and Grace Hill shared the helm"
    entries.insert(1, {"slug": "grace-hill", "kind": "person", "title": "Grace Hill",
                       "summary": "Grace Hill, 31, is a Gull Island ferry mate.",
                       "fields": {"age": "31 at the time of the sinking"}})
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "Who skippered the Tern on its last crossing, and how old was he?")
        assert "54" not in reply.text and "31" not in reply.text, reply.text


def test_a_common_word_the_store_never_uses_counts_for_less_than_a_rarer_one(tmp_path):
    # "trying" is one of English's most common words: with "exposure" it is no longer half
    # of what the question asks, and the entry holding the rest answers
    entries = [{"slug": "limitation-claim", "kind": "case", "title": "Limitation claim",
                "summary": "The Tern's owners went to court after the Gull Island sinking.",
                "fields": {"limit": "The owners asked the court to limit their liability "
                                    "to $44 million"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what figure are the owners trying to limit their exposure to?")
        assert reply.answered and "$44 million" in reply.text, reply.text
        # two rarer words the store never uses still sink it
        reply = ask(router, "what figure are the owners hoping to limit their exposure to?")
        assert not reply.answered, reply.text


def test_a_lead_in_phrase_does_not_hide_what_kind_of_fact_is_asked(tmp_path):
    # "under the harbour safety act, how often ...": a frequency is asked, which the act's
    # scope does not give, as in "how often ... under the harbour safety act?"
    entries = [{"slug": "harbour-act", "kind": "law", "title": "Harbour Safety Act",
                "summary": "The Harbour Safety Act of 2021 set new rules for the Gull Island "
                           "ferries after the Tern sank.",
                "fields": {"signed": "June 2021, by Gov. Sam Reyes",
                           "scope": "Ferry inspections, crew training and winter checks"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("under the harbour safety act, how often are ferries inspected?",
                         "during the winter checks, how often are ferries inspected?"):
            reply = ask(router, question)
            assert not reply.answered, reply.text
        entries[0]["fields"]["inspections"] = "Each ferry is inspected every November"
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "under the harbour safety act, how often are ferries inspected?")
        assert reply.answered and "every November" in reply.text, reply.text


def test_a_speed_is_asked_in_a_unit_of_speed(tmp_path):
    # "what was the Tern's top speed?": a speed in knots or miles an hour, not a fact that
    # says "up to speed"
    entries = [{"slug": "tern", "kind": "vessel", "title": "The Tern",
                "summary": "The Tern was the Gull Island ferry that sank in May 2021.",
                "fields": {"crew_training": "Acme said new crews were brought up to speed "
                                            "in a week",
                           "timetable": "Acme pulled the Tern from the timetable within "
                                        "two hours of the sinking"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("what was the Tern's top speed?",
                         "how fast was the Tern going when it sank?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)
        # "how fast did they ...": how soon, which a speed is not needed for
        reply = ask(router, "how fast did Acme pull the Tern from the timetable?")
        assert reply.answered and "two hours" in reply.text, reply.text
    entries[0]["fields"]["speed"] = "About 14 knots when she struck the reef"
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "how fast was the Tern going when it sank?")
        assert reply.answered and "14 knots" in reply.text, reply.text


def test_the_date_something_began_does_not_say_when_it_ended(tmp_path):
    entries = [{"slug": "tern-inquiry", "kind": "investigation", "title": "Tern inquiry",
                "summary": "The harbour board opened an inquiry into the Tern's sinking on May "
                           "3, 2021.",
                "fields": {"started": "May 3, 2021", "led_by": "Grace Hill",
                           "findings": "Will be published once the wreck is raised"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("when will the Tern inquiry publish its findings?",
                         "when were the Tern inquiry's findings published?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)
        reply = ask(router, "when did the Tern inquiry begin?")
        assert reply.answered and "May 3, 2021" in reply.text, reply.text
    entries[0]["fields"]["findings"] = "To be published by March 2023"  # (a date now)
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "when will the Tern inquiry publish its findings?")
        assert reply.answered and "March 2023" in reply.text, reply.text


def test_whom_a_message_addresses_is_not_what_it_asks(tmp_path):
    # "@everyone what is the Tern?" asks what "what is the Tern?" asks: the word after "@" is
    # whom the message is for, not a word of the question ("everyone aboard" is no pull)
    entries = [{"slug": "tern", "kind": "vessel", "title": "The Tern",
                "summary": "The Tern was the Gull Island ferry that sank in May 2021.",
                "fields": {"built": "1988, in Gullport",
                           "deaths": "None: everyone aboard was rescued by the coast guard"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        plain = ask(router, "what is the Tern?")
        assert plain.answered and "everyone" not in plain.text, plain.text
        for question in ("@everyone what is the Tern?", "@here @sam.reyes what is the Tern?"):
            assert ask(router, question).text == plain.text, question


def test_a_shortened_title_before_a_name_is_the_title(tmp_path):
    entries = [{"slug": "harbour-response", "kind": "event", "title": "Harbour response",
                "summary": "The joint response to the Tern's sinking at Gull Island.",
                "fields": {"led_by": "Rear Adm. Dana Holt of the coast guard"}},
               {"slug": "pier-closure", "kind": "event", "title": "Pier closure",
                "summary": "Gov. Sam Reyes ordered the Gullport pier closed in May 2021."},
               {"slug": "salvage-claim", "kind": "case", "title": "Tern salvage claim",
                "summary": "The salvors' claim against the Tern's owners for raising her.",
                "fields": {"ruling": "No binding contract: Mr Justice Grace Hill, March 2023"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who was the admiral running the harbour response?")
        assert reply.answered and "Dana Holt" in reply.text
        reply = ask(router, "which governor ordered the Gullport pier closed?")
        assert reply.answered and "Sam Reyes" in reply.text
        reply = ask(router, "which judge ruled on the Tern salvage claim?")
        assert reply.answered and "Grace Hill" in reply.text


def test_words_in_a_row_that_an_entry_is_named_by_pull_that_entry(tmp_path):
    # "acme's new night ferry service": the entry whose keyword says "night ferry service",
    # before a group entry that holds each of those words apart
    entries = [
        {"slug": "acme-lines", "kind": "company", "title": "Acme Lines",
         "summary": "Acme Lines runs the harbour's ferries and is building a new ferry for "
                    "night crossings with the harbour board.",
         "fields": {"founded": "1998, in Gullport"}},
        {"slug": "board-partners", "kind": "group",
         "title": "Harbour partners: ferry builders and service sponsors",
         "summary": "Acme Lines works with the harbour board on its new ferry's launch; Gull "
                    "Island Sports and Tern Outfitters sponsor the night regatta.",
         "fields": {"members": "Acme Lines, Gull Island Sports and Tern Outfitters",
                    "acme": "Partnership with the harbour board on the new ferry's launch"}},
        {"slug": "night-star", "kind": "vessel", "title": "Night Star",
         "summary": "The Night Star is Acme Lines' forthcoming vessel for crossings after dark.",
         "fields": {"purpose": "Carrying riders between Gullport and Gull Island after dark"},
         "keywords": ["night ferry service"]},
        *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what is acme's new night ferry service supposed to do?")
        assert reply.entries[:1] == ("night-star",)


def test_a_name_the_pack_hardly_uses_is_as_common_as_what_it_names(tmp_path):
    # "the ferry" is in no entry's text, but the Tern it names is in every one: "youngest"
    # says whose entry is asked, not the rare phrase "the ferry"
    entries = [{"slug": "tern", "kind": "vessel", "title": "Tern", "aliases": ["the ferry"],
                "summary": "The Tern was Acme's night boat between Gullport and Gull Island "
                           "until she sank on May 3.",
                "fields": {"owner": "Acme", "built": "1998"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, 19, was the youngest passenger on the Tern.",
                "fields": {"age": "19"}},
               {"slug": "tern-sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The Tern sank off Gull Island on May 3 in a storm."},
               {"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "Acme ran the Tern on the night crossing to Gull Island."},
               {"slug": "inquiry", "kind": "event", "title": "Tern inquiry",
                "summary": "An inquiry into the loss of the Tern opened in June."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who was the youngest on the ferry?")
        assert reply.answered and reply.entries[0] == "dana-holt"


def test_a_number_joined_to_the_next_word_counts_only_that_word(tmp_path):
    # "a one-time $300 payment" is no count of the riders beside it; a "three-day" pass counts
    # days
    entries = [{"slug": "relief-fund", "kind": "program", "title": "Tern relief fund",
                "summary": "Acme's relief fund gave stranded riders a one-time $300 payment "
                           "after the Tern sank.",
                "fields": {"pass": "A three-day ferry pass for each stranded rider"}},
               *fillers()]
    with small_pack(tmp_path / "days", "Harbour ferries", entries) as router:
        reply = ask(router, "how many days was the relief fund's ferry pass good for?")
        assert reply.answered and "three-day" in reply.text
    answered_only_with(tmp_path, entries, "how many riders got the relief fund's payment?",
                       "paid", "1,200 riders paid by June", "1,200")
    # ... but "40-odd passengers" still counts passengers
    entries = [{"slug": "rescue", "kind": "event", "title": "Tern rescue",
                "summary": "Fishing boats picked up 40-odd passengers after the Tern sank."},
               *fillers()]
    with small_pack(tmp_path / "odd", "Harbour ferries", entries) as router:
        reply = ask(router, "how many passengers did the fishing boats pick up?")
        assert reply.answered and "40-odd" in reply.text


def test_words_that_only_look_back_or_ask_to_be_agreed_with_are_no_topic(tmp_path):
    entries = [{"slug": "night-ferry", "kind": "event", "title": "Night ferry",
                "summary": "Acme won the right to run the night ferry and brought back the "
                           "late sailing in 2019."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        def topic(text):
            return {c.word for c in router.answerer.read(text).concepts}
        assert topic("was the late sailing run back in 2019, right?") == {
            "late", "sailing", "run", "2019"}
        assert "back" not in topic("the night ferry came back in May, right?")
        # ... but "back" and "right" may be what is asked
        assert "back" in topic("was the late sailing back in Gullport by 2019?")
        assert "right" in topic("did the night ferry turn right?")
        assert "right" in topic("who won the right to run the night ferry?")


def test_whose_officer_a_question_asks_for_is_named_by_the_fact_not_the_summary(tmp_path):
    # Gull Lines' chief executive is its own, though its summary names Acme
    entries = [{"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "Acme owns the Tern and two other ferries."},
               {"slug": "gull-lines", "kind": "company", "title": "Gull Lines",
                "summary": "Gull Lines runs the island ferries and chartered the Tern from Acme.",
                "fields": {"ceo": "Grace Hill since 2018"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "who is Acme's chief executive?",
                       "ceo", "Sam Reyes since 2015", "Sam Reyes")
    with small_pack(tmp_path / "gull", "Harbour ferries", entries) as router:
        reply = ask(router, "who is Gull Lines' ceo?")
        assert reply.answered and "Grace Hill" in reply.text
    # a possessive that names no officer ("Gull Island's ferries") may be answered from the
    # summary that names Gull Island
    entries = [{"slug": "acme", "kind": "company", "title": "Acme",
                "summary": "Acme ran the Tern, the night ferry to Gull Island, until 2020.",
                "fields": {"owner": "Dana Holt"}},
               {"slug": "gull-island", "kind": "place", "title": "Gull Island",
                "summary": "Gull Island lies two miles off Gullport."},
               *fillers()]
    with small_pack(tmp_path / "island", "Harbour ferries", entries) as router:
        reply = ask(router, "who ran Gull Island's ferry?")
        assert reply.answered and "Acme" in reply.text


def test_a_fact_named_for_the_thing_a_what_question_asks_gives_it(tmp_path):
    # "What was the turnout ...?": the `turnout` fact, not one holding more of the question's
    # words about an older vote
    entries = [{"slug": "crew-vote", "kind": "event", "title": "Ferry crews' contract vote",
                "summary": "Gullport ferry crews voted to approve their new contract in May.",
                "fields": {"result": "81% approved",
                           "turnout": "38% of members",
                           "comparison": "74% of members approved the 2020 contract "
                                         "(27% turnout)"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "What was the turnout when crews voted to approve the contract?")
        assert reply.answered and "38% of members" in reply.text, reply.text
        assert "27% turnout" not in reply.text


def test_a_size_joined_to_a_noun_is_no_width_unless_it_says_so(tmp_path):
    # "a 40-foot dredger" says how long the dredger is, not how wide the channel is
    entries = [{"slug": "gull-channel", "kind": "place", "title": "Gull Island channel",
                "summary": "The Gull Island channel was dug in 1990 by a 40-foot dredger.",
                "fields": {"length": "About 2 km"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "how wide is the Gull Island channel?",
                       "dug_to", "A 60-foot-wide cut, 2 km long", "60-foot-wide")


def test_going_under_is_failing_or_sinking(tmp_path):
    entries = [{"slug": "gull-lines", "kind": "company", "title": "Gull Lines",
                "summary": "Gull Lines ran ferries to Gull Island from 1988.",
                "fields": {"founded": "1988, in Gullport", "failed": "March 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did Gull Lines go under?")
        assert reply.answered and "March 2020" in reply.text and "1988, in" not in reply.text


def test_a_boat_that_went_down_sank(tmp_path):
    entries = [{"slug": "tern", "kind": "vessel", "title": "The Tern",
                "summary": "The Tern was the night ferry to Gull Island.",
                "fields": {"built": "May 1988, in Gullport", "sank": "May 3, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the Tern go down?")
        assert reply.answered and "May 3, 2021" in reply.text and "1988" not in reply.text


def test_the_thing_a_what_question_asks_is_read_past_an_owners_name():
    from handlers.reading import _asked_thing
    assert _asked_thing("what was the fare".split()) == {"fare"}
    # "the Tern's top speed": the top speed, not the Tern
    assert _asked_thing("what was the tern s top speed".split()) == {"top", "speed"}
    assert _asked_thing(["what"]) == frozenset()


def test_releasing_findings_is_publishing_them(tmp_path):
    # the day an inquiry started is not when it releases its findings (a product's release
    # is still its launch)
    entries = [{"slug": "tern-inquiry", "kind": "inquiry", "title": "Tern inquiry",
                "summary": "The harbour board inquiry into the loss of the Tern; its findings "
                           "are awaited.",
                "fields": {"started": "May 3, 2021", "led_by": "Grace Hill"}},
               {"slug": "kayak-tests", "kind": "event", "title": "Kayak tests",
                "summary": "Acme tested its kayak before the release; its findings went to "
                           "retailers."},
               *fillers()]
    answered_only_with(tmp_path, entries,
                       "when is the Tern inquiry expected to release its findings?",
                       "findings_due", "Spring 2024", "Spring 2024")


def test_what_follows_about_says_which_saying_not_what_is_asked(tmp_path):
    # "where did she say that about ...?": where she said it, not only what she said
    entries = [{"slug": "grace-hill", "kind": "person", "title": "Grace Hill",
                "summary": "Grace Hill, Acme's chair, defended the fare rise in March.",
                "fields": {"statement": "Fares would have to rise by a third to keep the "
                                        "ferries running every hour",
                           "where": "A post on Acme's website"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "where did Grace Hill say that thing about fares having to rise "
                            "to keep the ferries running?")
        assert reply.answered and "A post on Acme's website" in reply.text, reply.text


def test_a_figure_is_of_whom_its_fact_is_named_for(tmp_path):
    entries = [
        {"slug": "retailer-failures", "kind": "event",
         "title": "Power retailers that failed after the storm",
         "summary": "Two harbour power retailers, Gull Power and Tern Energy, went bankrupt "
                    "after the storm's grid bills.",
         "fields": {"gull_power": "Chapter 11 on March 1, after about $2.1 billion in grid bills",
                    "tern_energy": "Chapter 11 on March 9"}},
        {"slug": "gull-island-outage", "kind": "event", "title": "Gull Island outage",
         "summary": "A storm cut power to Gull Island for four days in February.",
         "fields": {"people_affected": "About 4,000 people, nearly all the island",
                    "dates": "February 14-18"}},
        {"slug": "pier-deal", "kind": "deal", "title": "Pier sale deadline",
         "summary": "Acme and the harbour board extended the pier sale to October 18 and raised "
                    "the break fee.",
         "fields": {"new_fee": "$3.5 million if the sale was ended after August 29 and $4.5 "
                               "million if ended after September 15"}},
        {"slug": "crew-pay", "kind": "event", "title": "Crew pay deal",
         "summary": "The harbour company raised crew pay by 3% in 2023 and said it owed crews "
                    "back pay.",
         "fields": {"rise": "3%"}},
        # (a word capitalised only to open a title or a sentence is no name: "Refunds ...")
        {"slug": "refunds", "kind": "event", "title": "Refunds after the sinking",
         "summary": "Refunds went to riders of Acme Ferries after the sinking.",
         "fields": {"refunds": "$2 million in total"}},
        *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # a fact named for Gull Power gives Gull Power's bills, not Tern Energy's
        assert "$2.1 billion" in ask(router, "how much did Gull Power owe for grid bills after "
                                             "the storm?").text
        assert not ask(router, "how much did Tern Energy owe for grid bills after the storm?"
                       ).answered
        assert "$2 million" in ask(router, "how much did Acme Ferries refund after the sinking?"
                                   ).text
        # a sum is what would have been owed, whatever the fact calls it
        assert "$4.5 million" in ask(router, "how much would Acme have owed the board for "
                                             "walking away from the pier in late September?").text


def test_taking_someone_to_court_is_suing_them():
    assert _rewrite("when did the board take acme to court".split())[-1] == "to_court"
    assert "sued" in synonyms_of("to_court")


def test_the_thing_asked_of_a_named_entry_is_no_chat_word(tmp_path):
    # "Acme's deckhands' union reps": what is asked of Acme, words the store never uses, counts
    # against the answer though the question names Acme; "collapse" is still forgiven
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Ferries",
                "summary": "Acme Ferries cancelled 700 sailings in the week after the storm as "
                           "its crew tracking broke down; recovery took five days.",
                "fields": {"cancelled": "700 sailings",
                           "statement": "Acme said it was \"deeply sorry\" for the crew tracking "
                                        "failure"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert "deeply sorry" in ask(router, "What did Acme say about the tracking collapse?").text
        assert not ask(router, "What did Acme's deckhands' union reps say about the tracking "
                               "collapse?").answered


def test_what_is_asked_of_a_named_entry_another_entry_gives_only_when_it_names_it(tmp_path):
    # "the safety score for the Swift": the Tern's score is no answer, though the two are linked
    ferries = [
        {"slug": "swift", "kind": "ferry", "title": "The Swift",
         "summary": "The Swift is Acme's older ferry on the Gull Island run.",
         "fields": {"built": "2006"}, "related": ["tern"]},
        {"slug": "tern", "kind": "ferry", "title": "The Tern",
         "summary": "The Tern is Acme's new fast ferry.",
         "fields": {"safety": "Safety score of 9.1 in the 2023 survey"}, "related": ["swift"]},
        {"slug": "swift-refit", "kind": "event", "title": "Swift refit",
         "summary": "The Swift was refitted at Gullport Yards in 2019.",
         "fields": {"cost": "$2 million"}},
        {"slug": "swift-crew", "kind": "event", "title": "Swift crew dispute",
         "summary": "The Swift's crew struck for a day in 2021.", "fields": {"days": "One"}},
        *fillers()]
    with small_pack(tmp_path / "ferries", "Harbour ferries", ferries) as router:
        assert not ask(router, "what's the safety score for the Swift?").answered
        assert "9.1" in ask(router, "what's the safety score for the Tern?").text
    # What something arose from ("over the sinking") and the pack's own subject need no mention
    sinking = [
        {"slug": "swift-sinking", "kind": "event", "title": "Swift sinking",
         "summary": "The Swift sank off Gull Island in May 2022.",
         "fields": {"date": "May 3, 2022"}},
        {"slug": "swift-refit", "kind": "event", "title": "Swift refit",
         "summary": "The Swift was refitted at Gullport Yards after the sinking.",
         "fields": {"cost": "$2 million"}},
        {"slug": "swift-crew", "kind": "event", "title": "Swift crew dispute",
         "summary": "The Swift's crew struck for a day after the sinking.",
         "fields": {"days": "One"}},
        {"slug": "penalties", "kind": "legal", "title": "Penalties for Acme",
         "summary": "The harbour board fined Acme and suspended its master's licence.",
         "fields": {"fine": "$400,000", "licence": "Suspended for two years"},
         "related": ["swift-sinking"]}]
    # "why did Acme freeze fares?" asks the freeze's reasons, which need not name Acme
    freeze = [
        {"slug": "acme", "kind": "company", "title": "Acme Ferries",
         "summary": "Acme Ferries runs the Gull Island service.", "fields": {"ceo": "Dana Holt"},
         "related": ["fare-freeze"]},
        {"slug": "acme-strike", "kind": "event", "title": "Acme strike",
         "summary": "Acme's deckhands struck for a week in 2023.", "fields": {"days": "Seven"}},
        {"slug": "fare-freeze", "kind": "decision", "title": "Fare freeze",
         "summary": "Fares were frozen for 2024.",
         "fields": {"reason": "To win back riders lost in the strike"}, "related": ["acme"]},
        *fillers()]
    with small_pack(tmp_path / "freeze", "Harbour ferries", freeze) as router:
        assert "win back riders" in ask(router, "why did Acme freeze fares?").text
    brought = "what penalties did the Swift sinking bring for Acme?"
    with small_pack(tmp_path / "harbour", "Harbour ferries", sinking) as router:
        assert ask(router, "what penalties were handed out over the Swift sinking?").entries == (
            "penalties",)
        assert not ask(router, brought).answered
    with small_pack(tmp_path / "sinking", "The Swift sinking", sinking) as router:
        assert ask(router, brought).entries == ("penalties",)


def test_pushing_for_something_is_seeking_it():
    assert _rewrite("how long had the prosecutors been pushing for".split())[-1] == "pushing_for"
    assert "sought" in synonyms_of("pushing_for")


def test_a_saying_is_of_the_speaker_asked_sentence_by_sentence(tmp_path):
    # Dana Holt's words, in a summary whose next sentence names Piet van der Berg, are no
    # saying of his; a speaker of three words keeps the small "van der" of the entry's text
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt chaired Acme Ferries until 2024; she hailed the pier deal "
                           "of May 2023 as \"a new dawn\". She quit after a clash with harbour "
                           "chief Piet van der Berg.",
                "fields": {"role": "Chair of Acme Ferries (2019 to 2024)",
                           "successor": "The chair passed to Sam Reyes under harbour chief "
                                        "Piet van der Berg"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did van der Berg say when the pier deal was announced?")
        assert not reply.answered, reply.text
        reply = ask(router, "what did Dana Holt say when the pier deal was announced?")
        assert reply.answered and "a new dawn" in reply.text, reply.text
    # a saying may end its sentence inside the quotation marks; a speaker may be four words
    entries[0]["summary"] = ("Dana Holt chaired Acme Ferries until 2024; she hailed the pier "
                             "deal of May 2023 as \"a new dawn.\" She quit after a clash with "
                             "harbour chief Piet van der Berg.")
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "what did Piet van der Berg say about the pier deal?")
        assert not reply.answered, reply.text
    # a role ("the harbour chief") is no name the facts must repeat
    entries = [{"slug": "pier-deal", "kind": "deal", "title": "Pier deal",
                "summary": "Harbour chief Piet Vander took office in May. Vander called the "
                           "pier deal \"a disaster\".",
                "fields": {"signed": "May 2, 2023"}},
               *fillers()]
    with small_pack(tmp_path / "3", "Harbour ferries", entries) as router:
        reply = ask(router, "what did the harbour chief say about the pier deal?")
        assert reply.answered and "a disaster" in reply.text, reply.text


def test_a_rate_asked_is_a_share_and_a_vote_count_a_number(tmp_path):
    assert question_type("what interest rate did acme offer on the notes".split()) == "percent"
    # a rate may be a sum ("$450 an hour"); an interest rate asked in passing asks nothing
    assert question_type("what rate did the pier lawyers charge".split()) == "amount"
    assert question_type("when did the bank raise its interest rate".split()) == "when"
    assert question_type("when was the vote count finished".split()) == "when"
    entries = [{"slug": "acme-notes", "kind": "deal", "title": "Acme's offer to its lenders",
                "summary": "Acme offered its pier lenders new notes with an interest rate set "
                           "in June 2013.",
                "fields": {"notes": "About $2 million in new notes for the pier lenders"}},
               *fillers()]
    # the sum of the notes is no interest rate
    answered_only_with(tmp_path / "1", copy.deepcopy(entries), "what interest rate did acme "
                       "offer on the $2 million in notes?", "interest", "4.5% a year", "4.5%")
    entries = [{"slug": "council-vote", "kind": "event", "title": "Council vote on the pier",
                "summary": "The city council approved the pier settlement in October 2014."},
               *fillers()]
    answered_only_with(tmp_path / "2", entries, "what was the council's vote count on the pier "
                       "settlement?", "vote", "7 to 2", "7 to 2")
    # a rate in basis points is a share
    assert SHAPES["percent"].search("13.4 basis points") and SHAPES["percent"].search("9 bps")
    entries = [{"slug": "harbour-levy", "kind": "policy", "title": "Harbour levy",
                "summary": "The harbour board bills ferry lines a levy to rebuild the pier.",
                "fields": {"rate": "13.4 basis points a quarter"}},
               *fillers()]
    with small_pack(tmp_path / "3", "Harbour ferries", entries) as router:
        reply = ask(router, "what rate is the board charging on the levy?")
        assert reply.answered and "13.4 basis points" in reply.text, reply.text


def test_a_tally_counts_the_noun_before_it(tmp_path):
    assert counted("what was the official death count from the storm".split()) == "death"
    assert counted("what was the final vote tally".split()) == "vote"
    # (words that say which tally, not what it counts)
    assert counted("whats the latest tally on pier repairs".split()) is None
    assert counted("what did acme count as a loss".split()) is None
    # a number of something else (the ferries, the day) is no count of the votes
    entries = [{"slug": "pier-settlement", "kind": "event", "title": "Pier settlement approved",
                "summary": "The city council approved the pier settlement on 14 October 2014.",
                "fields": {"ferries": "3 ferries will use the rebuilt pier"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "what was the council's vote count when it passed "
                       "the pier settlement?", "vote", "7 in favour, 2 against", "7 in favour")


def test_jail_and_prison_are_one(tmp_path):
    assert "prison" in synonyms_of("jailed") and "jail" in synonyms_of("imprisoned")
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, the Gullport harbour master, was convicted of fraud in "
                           "2010 and jailed.",
                "fields": {"conviction": "Fraud, at Gullport Crown Court in 2010",
                           "sentence": "15 months in prison"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how long was dana holt jailed for?")
        assert reply.answered and "15 months" in reply.text, reply.text


def test_an_idiom_an_entry_writes_is_read_as_a_questions_is(tmp_path):
    # "in force" in the entry holds what "come into force" asks, though neither says "start"
    entries = [{"slug": "pier-bylaw", "kind": "law", "title": "Gullport pier bylaw",
                "summary": "The Gullport pier bylaw bans night mooring at the old pier.",
                "fields": {"passed": "Voted through by the council in March 2024",
                           "date": "In force on 3 May 2024"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what date did the pier bylaw actually come into force?")
        assert reply.answered and "3 May 2024" in reply.text, reply.text
    # only idioms that mean one thing wherever written: a pier that "held up" withstood the
    # storm, which delayed nothing
    held = _Profile(Entry(slug="storm", kind="event", title="Storm",
                          summary="The rebuilt pier held up well in the storm.",
                          fields={"law": "In force since 2024"})).all
    assert "delay" not in held and "effect" in held


def test_a_nickname_names_its_entry(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "aliases": ['Dana "Kiki" Holt'],
                "summary": "Dana Holt captained the Tern and took command of the harbour patrol "
                           "in May 2021.",
                "fields": {"patrol": "Took over the harbour patrol on 3 May 2021"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "aliases": ['Sam "Red" Reyes'],
                "summary": "Sam Reyes took over the harbour patrol from Kiki in 2023.",
                "fields": {"took_over": "Took over the harbour patrol from Kiki in June 2023"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert router.answerer.vocabulary.names_in("when did kiki holt quit".split()) == [
            (2, 4, "dana-holt")]
        assert router.answerer.vocabulary.names_in(["kiki"]) == [(0, 1, "dana-holt")]
        # (an everyday word does not name anyone alone: 'Sam "Red" Reyes' is not the red pier)
        assert router.answerer.vocabulary.names_in(["red"]) == []
        reply = ask(router, "when did Kiki take over the harbour patrol?")
        assert reply.answered and "3 May 2021" in reply.text, reply.text


def test_a_sentence_or_a_director_asked_is_one_the_entry_gives(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, the Gullport harbour master, pleaded guilty to fraud in "
                           "2010.",
                "fields": {"conviction": "Pleaded guilty to fraud at Gullport Crown Court"}},
               {"slug": "deckhand-theft", "kind": "event", "title": "Deckhand theft case",
                "summary": "A Tern deckhand served a sentence of 40 hours' community work for "
                           "theft."},
               *fillers()]
    answered_only_with(tmp_path / "1", entries, "what sentence did dana holt get after she "
                       "pleaded guilty?", "sentence", "15 months in prison", "15 months")
    entries = [{"slug": "tern-film", "kind": "event", "title": "The Tern (film)",
                "summary": "A film about the Tern's last crossing, made by Gull Pictures and "
                           "shown in 2024.",
                "fields": {"producer": "Gull Pictures, for Harbour TV"}},
               *fillers()]
    answered_only_with(tmp_path / "2", entries, "who directed the film about the tern?",
                       "director", "Sam Reyes", "Sam Reyes")


def test_office_chatter_is_declined_unless_the_briefing_is_about_it(tmp_path):
    entries = [{"slug": "pier-crane", "kind": "event", "title": "Pier crane repair",
                "summary": "The broken pier crane was fixed on 3 May 2024, before the deadline "
                           "the harbour board set.",
                "fields": {"fixed": "3 May 2024", "deadline": "10 May 2024"}},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", entries) as router:
        for chatter in ("anyone know if the printer on 3 is fixed yet?",
                        "what's the deadline for Q3 expense reports again?",
                        "is the coffee machine on 3 still broken or did facilities fix it"):
            assert not ask(router, chatter).answered, chatter
        assert ask(router, "when was the pier crane fixed?").answered
    entries[0]["fields"]["expenses"] = "$40,000 in repair expenses"
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "what were the expenses for the pier crane repair?")
        assert reply.answered and "$40,000" in reply.text, reply.text


def test_a_yes_no_question_weighs_the_deed_no_entry_holds_as_a_rare_word(tmp_path):
    # "did acme fire anyone?": the firing, which no entry holds, weighs more than the name
    # every entry mentions, so the entry on Acme is no answer
    entries = [{"slug": "acme", "kind": "company", "title": "Acme Ferries",
                "summary": "Acme Ferries runs the Gullport night ferry and owned the pier that "
                           "collapsed in 2023.",
                "fields": {"chief_executive": "Dana Holt", "founded": "1983"}},
               *({"slug": f"acme-{i}", "kind": "event", "title": f"Acme {what}",
                  "summary": f"Acme's {what} at Gullport, in {2015 + i}."}
                 for i, what in enumerate(["fare rise", "new ferry", "strike", "timetable",
                                           "harbour lease", "ticket office", "pier repair",
                                           "crew training"])),
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", copy.deepcopy(entries)) as router:
        reply = ask(router, "did acme fire anyone over this?")
        assert not reply.answered, reply.text
    entries[0]["fields"]["fired"] = "Acme fired two pier engineers after the collapse"
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "did acme fire anyone over this?")
        assert reply.answered and "two pier engineers" in reply.text, reply.text


def test_everyday_words_for_the_government_a_bottom_line_and_hitting():
    def plain(text: str, at: int) -> list[str]:
        return synonyms_of(_rewrite(text.split())[at])

    assert "federal" in synonyms_of("government")  # ("the feds", "the govt": the government)
    assert "government" not in synonyms_of("federal")
    assert "profit" in plain("what was the hit to acme's bottom line", 6)
    assert "struck" in synonyms_of("hit")


def test_a_preposition_is_no_topic_a_fact_must_hold(tmp_path):
    # "who was behind the closure?": the entry says who closed it, never "behind"
    entries = [{"slug": "pier-closure", "kind": "event", "title": "Closure of the north pier",
                "summary": "The harbour board closed the north pier in March 2024 after a "
                           "survey found rot in its piles.",
                "fields": {"closed_by": "Dana Holt, the harbour master"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who was the harbour official behind the north pier closure?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_early_or_late_in_a_month_is_said_by_the_date_a_fact_gives(tmp_path):
    entries = [{"slug": "pier-closure", "kind": "event", "title": "Closure of the north pier",
                "summary": "The harbour board closed the north pier on 4 March 2024 after a "
                           "survey found rot in its piles.",
                "fields": {"reason": "Rot in the piles, found by a survey"}},
               {"slug": "early-ferry", "kind": "service", "title": "Early ferry",
                "summary": "The early ferry leaves Gullport at 5:40 and is late most days."},
               {"slug": "gull-crane", "kind": "event", "title": "Crane at Gull Island",
                "summary": "A crane dropped its load at Gull Island in mid-June."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("why was the north pier crane dropped in early March?",
                         "why was the north pier crane dropped in late 2024?"):
            reply = ask(router, question)
            assert reply.answered and "Rot in the piles" in reply.text, (question, reply.text)
        # (only at a month's or a year's edge: "the early ferry" is a ferry)
        read = router.answerer._read("why was the early ferry late in March?", ())
        assert not any(c.soft for c in read.concepts if c.word in ("early", "late"))


def test_what_something_sold_or_was_charged_for_asks_a_price(tmp_path):
    entries = [{"slug": "tern-sale", "kind": "event", "title": "Sale of the Tern",
                "summary": "Acme sold the old ferry Tern to a Gullport scrapyard in June 2024.",
                "fields": {"date": "June 2024", "price": "$1.2 million"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("what did acme sell the tern for?", "what did acme charge for the tern?"):
            reply = ask(router, question)
            # the price comes first, not the date of the sale
            assert reply.answered and "$1.2 million" in reply.text.split("\n")[0], (
                question, reply.text)
    with small_pack(tmp_path / "2", "Harbour ferries", fillers()) as router:
        for accused in ("what was dana holt charged for", "what was dana holt charged with"):
            assert router.answerer._read(accused, ()).qtype != "amount", accused
        assert router.answerer._read("what was the tern sold for", ()).qtype == "amount"


def test_everyday_slang_for_cancelling_imposing_blocking_admitting_and_tracking():
    def plain(text: str, at: int) -> list[str]:
        return synonyms_of(_rewrite(text.split())[at])

    assert "quashed" in synonyms_of("wiped")  # "a conviction wiped out"
    assert "imposed" in synonyms_of("slapped") and "blocked" in synonyms_of("jammed")
    assert "food" in synonyms_of("grub") and "mother" in synonyms_of("mom")
    assert "writers" in synonyms_of("screenwriters")
    assert "renamed" in synonyms_of("rebadged") and "leaders" in synonyms_of("ringleaders")
    assert "fell" in synonyms_of("dipped") and "share" in synonyms_of("slice")
    assert "pleaded" in plain("how many counts did acme cop to", 5)
    assert "contributed" in plain("who chipped in for the pier", 1)
    assert "monitoring" in synonyms_of("tracking")
    assert "undisclosed" in synonyms_of("hidden") and "secretly" in synonyms_of("quietly")
    assert "grounded" in synonyms_of("parked") and "protect" in synonyms_of("shield")
    assert "bank" in synonyms_of("lender") and "shareholders" in synonyms_of("investors")
    assert "chatbot" in synonyms_of("bot")
    assert "carried" in synonyms_of("hauling")  # "how many boxes was the ship hauling?"
    # (not a place: "lunch spots", "the spot where the ship stuck")
    assert "found" not in synonyms_of("spots") and "found" not in synonyms_of("spot")


def test_who_asks_first_for_the_fact_named_for_who(tmp_path):
    # "who put out the figure?": the fact named for who did (`estimate_by`), not the one that
    # holds more of the question's words about the figure
    entries = [{"slug": "crossings", "kind": "event", "title": "Crossings on the north pier route",
                "summary": "Ferries on the north pier route were counted in a harbour board "
                           "report in 2024.",
                "fields": {"figure": "About 4,000 crossings a year put out on the north pier "
                                     "route, says the harbour board",
                           "estimate_by": "Dana Holt, in a harbour board report"}},
               {"slug": "pier-talks", "kind": "event", "title": "Talks on the north pier",
                "summary": "Acme Ferries and the harbour board met to talk about the north "
                           "pier's future in May 2024.",
                "fields": {"talks": "Acme Ferries executives and the harbour board joined talks "
                                    "on the north pier in May 2024",
                           "members": "Sam Reyes, Lee Park"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who at the harbour board put out the 4,000 crossings figure?")
        assert reply.answered and reply.text.startswith("Estimate by: Dana Holt"), reply.text
        # ("which" before a word for people asks who too)
        reply = ask(router, "which acme ferries executives joined the talks on the north pier?")
        assert reply.answered and reply.text.startswith("Members: Sam Reyes"), reply.text


def test_how_someone_described_or_justified_something_asks_their_words(tmp_path):
    assert question_type("how did dana holt justify the fare rise".split()) == "said"
    assert question_type("how did the board describe the deal".split()) == "said"
    assert question_type("how did the tern get to gull island".split()) == "how"
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is the chief executive of Acme Ferries.",
                "fields": {"role": "Chief executive of Acme Ferries, which put up its fares in "
                                   "2024",
                           "statement": '"Higher fares were the only way to keep the Tern '
                                        'sailing," she said'}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how did dana holt justify putting up fares?")
        assert reply.answered and "the only way" in reply.text.split("\n")[0], reply.text


def test_a_fact_named_for_the_end_asked_dates_it(tmp_path):
    # "when will it be finished": `completion`, not the date the work began
    entries = [{"slug": "north-pier-works", "kind": "event", "title": "North pier works",
                "summary": "The harbour board is widening and deepening the north pier's berth.",
                "fields": {"work_started": "Dredging of the north pier's berth began in May 2024",
                           "completion": "July 2025"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when is the work to deepen the north pier's berth expected to be "
                            "finished?")
        assert reply.answered and "July 2025" in reply.text.split("\n")[0], reply.text


def test_a_singular_is_english_when_its_plural_is(tmp_path):
    # ("guideline" is written less often than "guidelines": no name a fact must hold)
    assert english("guideline") and not english("gullport")
    entries = [{"slug": "fare-rules", "kind": "event", "title": "Fare rules at the north pier",
                "summary": "Acme Ferries lost about $40,000 a day while the new fare rules "
                           "applied at the north pier."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much was acme losing each day the guideline applied?")
        assert reply.answered and "$40,000" in reply.text, reply.text


def test_how_much_of_a_rarer_english_stuff_asks_a_quantity(tmp_path):
    # "how much asphalt": tonnes of it, not dollars, though the word is no everyday one
    entries = [{"slug": "pier-paving", "kind": "event", "title": "Paving the north pier",
                "summary": "Acme Ferries paved the north pier in May 2024.",
                "fields": {"asphalt": "About 40 tonnes, laid over two nights"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much asphalt did acme lay on the north pier?")
        assert reply.answered and "40 tonnes" in reply.text, reply.text


def test_a_word_in_the_clause_that_sets_the_scene_is_not_asked_for(tmp_path):
    # "When the harbour chief spoke ...": the chief only says which saying is meant; "what
    # did the harbour chief call it" would ask for one
    entries = [{"slug": "fare-hearing", "kind": "event", "title": "Council hearing on fares",
                "summary": "In May 2024 Dana Holt told the Gullport council the fare rise "
                           "was 'long overdue'.",
                "fields": {"date": "May 14, 2024", "witness": "Dana Holt"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "When the harbour chief spoke to the council in May 2024, how did "
                            "she describe the fare rise?")
        assert reply.answered and "long overdue" in reply.text, reply.text


def test_who_a_figure_is_according_to_sets_the_scene(tmp_path):
    entries = [{"slug": "pier-rating", "kind": "event", "title": "North pier load rating",
                "summary": "According to Sam Reyes, the north pier was rated for only 40 "
                           "tonnes, far short of the ferries' loads.",
                "fields": {"rating": "40 tonnes", "raised_by": "Sam Reyes, in 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # (what is asked is a load, not who: the source is no "who" question, and the
        # former employee no staff asked for)
        reply = ask(router, "According to the former pier employee who raised alarms in 2019, "
                            "what load was the north pier rated for?")
        assert reply.answered and "40 tonnes" in reply.text, reply.text
        # (the source at the end, "according to the harbour master's survey", sets the scene
        # too: a fact giving the share need not name it)
        read = router.answerer._read("what share of crossings ran late according to the harbour "
                                     "master's survey?", ())
        assert {"harbour", "master", "survey"} <= read.background


def test_what_a_deal_was_worth_is_the_sum_agreed(tmp_path):
    entries = [{"slug": "pier-lease", "kind": "event", "title": "Gull Island pier lease",
                "summary": "Acme Ferries leased the Gull Island pier from the harbour board in "
                           "2021.",
                "fields": {"cost": "$2 million over 10 years"}},
               {"slug": "tern", "kind": "service", "title": "The ferry Tern",
                "summary": "The Tern, Acme's oldest ferry, is worth less than its engines."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much was the gull island pier lease deal worth?")
        assert reply.answered and "$2 million" in reply.text, reply.text
        # (what a company is worth is a valuation, which no cost gives)
        assert not ask(router, "how much is acme ferries worth?").answered


def test_etc_ends_what_is_counted():
    assert counted("how many fish etc died in the storm".split()) == "fish"


def test_a_later_part_that_names_nothing_prefers_the_entry_the_part_before_answered(tmp_path):
    entries = [{"slug": "deckhand-strike", "kind": "event", "title": "Deckhand strike",
                "summary": "Acme Ferries deckhands walked out for six weeks in 2023.",
                "fields": {"ended": "May 9, 2023"}, "related": ["deckhand-ratification"]},
               {"slug": "deckhand-ratification", "kind": "event", "title": "Deckhand contract",
                "summary": "The contract that ended the deckhand strike.",
                "fields": {"result": "78% of members voted yes on the deal"}},
               {"slug": "pilot-vote", "kind": "event", "title": "Harbour pilot pay vote",
                "summary": "Harbour pilot members voted on their own pay deal at Gullport.",
                "fields": {"vote": "Members voted yes: 91% of the pilots backed the deal"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "the deal" is the one that ended the strike: the entry linked to the strike's
        founds = router.answerer.find_all(
            "when did the deckhand strike end, and what share of members voted yes on the deal?")
        assert [f.entry.slug for f in founds] == ["deckhand-strike", "deckhand-ratification"]
        # (a part that says whose vote it asks of is its own question)
        founds = router.answerer.find_all(
            "when did the deckhand strike end, and what share of the harbour pilots voted yes "
            "on their deal?")
        assert [f.entry.slug for f in founds] == ["deckhand-strike", "pilot-vote"]


def test_a_later_part_pointing_at_that_figure_prefers_an_entry_that_holds_it(tmp_path):
    entries = [{"slug": "pier-sale", "kind": "event", "title": "North pier sale",
                "summary": "Acme Ferries bought the north pier from Gullport.",
                "fields": {"price": "$2 million, paid in May 2022"},
                "related": ["sam-reyes", "dana-holt"]},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, Gullport's harbour master, was a witness at the council "
                           "hearing on the ferry timetable.",
                "fields": {"witness": "Council hearing, March 2021"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, Acme's finance chief, was a witness at the council "
                           "hearing where she said Acme paid $2 million for the pier in May 2022."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "that number" is the $2 million the part before was answered with
        founds = router.answerer.find_all(
            "how much did Acme pay for the north pier, and which witness let that number out?")
        assert [f.entry.slug for f in founds] == ["pier-sale", "dana-holt"]
        # (a part that does not point back at it is asked of the witnesses as ranked)
        founds = router.answerer.find_all(
            "how much did Acme pay for the north pier, and which witness spoke at the hearing on "
            "the ferry timetable?")
        assert [f.entry.slug for f in founds] == ["pier-sale", "sam-reyes"]


def test_a_fact_that_denies_the_thing_asked_does_not_say_which(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the Acme Ferries ticket office until the fraud trial.",
                "fields": {"sentence": "Time served, no prison (May 2, 2024)"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "no prison" names the prison asked only to say there was none
        assert not ask(router, "which prison is Dana Holt serving her time in?").answered
        # (the question that denies it too is answered: "never jailed" of "no prison")
        reply = ask(router, "what sentence did Dana Holt get, given she was sent to no prison?")
        assert reply.answered and "Time served" in reply.text, reply.text
        # (nor a yes/no question, which the denial answers)
        reply = ask(router, "did Dana Holt go to prison?")
        assert reply.answered and "no prison" in reply.text, reply.text


def test_what_was_planned_or_sought_is_no_answer_to_how_it_ended(tmp_path):
    entries = [{"slug": "salvage-claim", "kind": "event", "title": "Tern salvage claim",
                "summary": "The tug crews claimed a salvage reward for refloating the Tern.",
                "fields": {"amount": "The crews could claim up to about $3 million",
                           "fine": "$200,000 (proposed) against Acme Ferries"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "could claim up to $3 million" says what might be awarded, not what was
        assert not ask(router, "how much did the court end up awarding the tug crews for the "
                               "Tern salvage claim?").answered
        assert not ask(router, "how much were the tug crews eventually awarded for the Tern "
                               "salvage?").answered
        assert not ask(router, "how much was Acme Ferries ultimately fined?").answered
        # (asked without the ending, the claim is the answer)
        reply = ask(router, "how much could the tug crews claim for the Tern salvage?")
        assert reply.answered and "$3 million" in reply.text, reply.text
    # (the month May is no maybe)
    entries[0]["fields"] = {"fine": "$200,000, paid by Acme Ferries in May 2024"}
    with small_pack(tmp_path / "paid", "Harbour ferries", entries) as router:
        reply = ask(router, "how much was Acme Ferries fined in the end?")
        assert reply.answered and "$200,000" in reply.text, reply.text


def test_a_price_asked_is_a_sum_of_money(tmp_path):
    entries = [{"slug": "new-bridge", "kind": "event", "title": "New Gull Island bridge",
                "summary": "Gullport is building a bridge to Gull Island, with a fare for each "
                           "crossing, to replace the ferry Tern.",
                "fields": {"opening": "Targeted for 2028, later pushed to 2030"}},
               {"slug": "acme-shares", "kind": "event", "title": "Acme Ferries shares",
                "summary": "Acme Ferries shares fell about 60% on 9 March after the Tern sank.",
                "fields": {"old_bridge": "The fare on the old bridge was $4 each way"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # an opening date, or a fall of 60%, is no price
        assert not ask(router, "what will the fare be on the new Gull Island bridge once it "
                               "opens?").answered
        assert not ask(router, "what was Acme Ferries' share price at the close on 9 "
                               "March?").answered
        reply = ask(router, "what was the fare on the old bridge?")
        assert reply.answered and "$4" in reply.text, reply.text
        # (what the shares did, a fall, is no price asked)
        reply = ask(router, "what did the price of Acme Ferries shares do on 9 March?")
        assert reply.answered and "60%" in reply.text, reply.text


def test_the_near_topic_checks_leave_ordinary_answers_alone(tmp_path):
    entries = [{"slug": "tern-sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The ferry Tern sank off Gull Island in 2023.",
                "fields": {"death_toll": "14 dead",
                           "payout": "$4 million to the families, half what they had sought"}},
               {"slug": "harbour-fines", "kind": "event", "title": "Harbour board fines",
                "summary": "The harbour board fined Acme Ferries and waived some fees in 2024.",
                "fields": {"fine": "$5,000, not the maximum fine of $50,000",
                           "fees_waived": "Late fees waived for residents over 65",
                           "chief": "Sam Reyes, since Dana Holt is no longer chief"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question, expected in (
                ("what was the death toll when the tern sank?", "14 dead"),
                ("what fees did the harbour board waive?", "Late fees"),
                ("what fine did the harbour board give acme ferries?", "$5,000"),
                ("who is the harbour board chief now?", "Sam Reyes"),
                ("how much did the tern families eventually get?", "$4 million")):
            reply = ask(router, question)
            assert reply.answered and expected in reply.text, (question, reply.text)
        read = router.answerer._read("what did prosecutors charge dana holt for?", ())
        assert read.qtype != "amount"


def test_a_continent_is_found_by_the_adjective_the_pack_uses(tmp_path):
    entries = [{"slug": "acme-ferries", "kind": "event", "title": "Acme Ferries",
                "summary": "Acme Ferries runs the night crossings from Gullport.",
                "fields": {"routes": "Every port outside the European Union"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which ports outside Europe does Acme Ferries sail to?")
        assert reply.answered and "outside the European Union" in reply.text


def test_two_words_typed_as_one_are_the_words_the_pack_uses(tmp_path):
    entries = [{"slug": "pier-camera", "kind": "event", "title": "North pier camera",
                "summary": "The harbour board put a web cam on the north pier in 2020.",
                "fields": {"installed": "May 4, 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who put up the webcam?")
        assert reply.answered and "harbour board" in reply.text


def test_coming_out_of_bankruptcy_is_its_exit_not_its_filing(tmp_path):
    entries = [{"slug": "acme-filing", "kind": "event", "title": "Acme Ferries' filing",
                "summary": "Acme Ferries filed for bankruptcy in Gullport on March 3, 2019.",
                "fields": {"date": "March 3, 2019"}},
               {"slug": "acme-exit", "kind": "event", "title": "Acme Ferries' restructuring ends",
                "summary": "The court approved the plan; Acme Ferries exited its restructuring.",
                "fields": {"date": "June 9, 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did acme ferries come out of bankruptcy?")
        assert reply.answered and "June 9, 2020" in reply.text


def test_a_figure_asked_in_the_perfect_tense_is_of_what_was_done(tmp_path):
    entries = [{"slug": "gull-island-homes", "kind": "event", "title": "Gull Island housing",
                "summary": "After the 2023 storm Gullport planned new homes on Gull Island.",
                "fields": {"units": "450 homes planned for about 1,500 residents",
                           "fund": "A $20 million fund for the north pier repairs"}},
               {"slug": "tern-claims", "kind": "event", "title": "Tern claims",
                "summary": "Acme Ferries set up a claims office after the Tern sank.",
                "fields": {"claims_paid": "$3 million paid to 200 families by June 2024"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # 450 homes planned are not homes rebuilt, nor is a fund's size what it has spent
        assert not ask(router, "how many homes have actually been rebuilt on Gull Island so "
                               "far?").answered
        assert not ask(router, "how much of the north pier fund has been spent so far?").answered
        # nor is a plan whether the homes have been rebuilt
        assert not ask(router, "have the Gull Island homes been rebuilt yet?").answered
        # a fact saying the deed answers: "paid" for "how much has Acme paid"
        reply = ask(router, "how much has Acme Ferries paid on Tern claims so far?")
        assert reply.answered and "$3 million" in reply.text, reply.text
        # (what might have been, or "have" as the main verb, asks no deed done)
        reply = ask(router, "how many homes did Gullport have planned on Gull Island?")
        assert reply.answered and "450" in reply.text, reply.text


def test_a_lead_in_naming_a_section_of_a_brief_only_frames_the_question(tmp_path):
    entries = [{"slug": "tern-refit", "kind": "event", "title": "Refit of the Tern",
                "summary": "Acme Ferries refitted the Tern at Gullport in 2024.",
                "fields": {"cost": "$3 million, paid by Acme Ferries",
                           "finished": "June 4, 2024"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # ("for the finance section of the brief:" says what the answer is for, not what it
        # must hold; "please confirm" asks, as "tell me" does)
        reply = ask(router, "For the finance section of the brief: how much was the refit?")
        assert reply.answered and "$3 million" in reply.text, reply.text
        reply = ask(router, "please confirm the refit date")
        assert reply.answered and "2024" in reply.text, reply.text


def test_everyday_words_for_a_pause_a_jet_and_setting_up_find_the_plain_ones(tmp_path):
    entries = [{"slug": "crossing-pause", "kind": "event", "title": "Gullport crossing pause",
                "summary": "Acme Ferries paused Gullport crossings for a day of safety training "
                           "on May 3, 2024.",
                "fields": {"date": "May 3, 2024"}},
               {"slug": "charter-warnings", "kind": "event",
                "title": "Warnings on the charter plane",
                "summary": "A cabin warning light came on during three earlier flights of the "
                           "charter plane that flew Dana Holt to Gull Island.",
                "fields": {"count": "3 earlier flights with a warning light"}},
               {"slug": "relief-fund", "kind": "organization", "title": "Gull Island relief fund",
                "summary": "Sam Reyes launched the Gull Island relief fund in 2023, paying $500 a "
                           "month to families of the Tern's crew.",
                "fields": {"payment": "$500 a month per family"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question, expected in (
                ("when did the crossings halt?", "May 3, 2024"),  # paused
                ("were there warning signs on the jet?", "3 earlier flights"),  # the plane
                ("who set up the fund?", "Sam Reyes")):  # launched it
            reply = ask(router, question)
            assert reply.answered and expected in reply.text, (question, reply.text)


def test_what_a_thing_is_called_may_be_its_entry_title(tmp_path):
    entries = [{"slug": "gannet", "kind": "event", "title": "Operation Gannet",
                "summary": "The harbour police's investigation of ticket fraud at Gullport.",
                "fields": {"started": "May 4, 2020", "led_by": "Dana Holt"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what's the police operation into the ticket fraud called?")
        assert reply.answered and "Operation Gannet" in reply.text
        # (not what the one who led it is called, nor any other operation)
        for question in ("what's the police operation's lead detective called?",
                         "what is the head of the police operation called?",
                         "what was the new police operation called?"):
            assert not ask(router, question).answered, question


def test_a_span_answers_how_long_but_a_time_of_day_must_be_of_what_is_asked(tmp_path):
    entries = [{"slug": "tern-last-crossing", "kind": "event", "title": "The Tern's last crossing",
                "summary": "The ferry Tern left Gullport for Gull Island in fog; the harbour "
                           "stopped hearing from her at sea and she was found the next day.",
                "fields": {"date": "June 3, 2023",
                           "departed": "From the north pier at Gullport",
                           "contact_lost": "About 40 minutes into the crossing",
                           "found": "Drifting off Gull Island, towed free at 15:05 the next day"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # a span is the kind of fact "how long" asks, whatever words it says it in
        reply = ask(router, "how long was the Tern at sea before Gullport stopped hearing "
                            "from her?")
        assert reply.answered and "40 minutes" in reply.text, reply.text
        # ... but a time of day may be of anything that day: "towed free at 15:05" says
        # nothing of her being back in the harbour
        assert not ask(router, "what time was the Tern back in the harbour?").answered


def test_how_many_counts_each_of_two_nouns_joined_by_and(tmp_path):
    entries = [{"slug": "ferry-inquiry-report", "kind": "event",
                "title": "Ferry inquiry final report",
                "summary": "The harbour board's ferry inquiry published its final report on "
                           "the Tern sinking in 2024.",
                "fields": {"released": "March 4, 2024",
                           "members": "5 members, chaired by Dana Holt",
                           "length": "212 pages",
                           "findings": "31 findings",
                           "recommendations": "18 recommendations"}},
               {"slug": "pier-review", "kind": "event", "title": "North pier safety review",
                "summary": "A 2021 review of the north pier made recommendations on railings "
                           "and lighting.",
                "fields": {"recommendations": "Railings and lighting"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the recommendations are counted as the findings are, not a lesser fact beside them
        reply = ask(router, "When the harbour board's panel published its final report, how "
                            "many findings and recommendations did it make?")
        assert reply.answered and "31 findings" in reply.text, reply.text
        assert "18 recommendations" in reply.text, reply.text


def test_a_fact_naming_a_person_answers_who(tmp_path):
    entries = [{"slug": "pier-closure", "kind": "event", "title": "North pier closure",
                "summary": "Gullport closed the north pier to ferries on May 2, 2022 after "
                           "cracks were found.",
                "fields": {"date": "May 2, 2022",
                           "decided_by": "Gullport's harbour managers, not the elected council",
                           "harbour_master_at_closure": "Dana Holt",
                           "reason": "Cracks in the pier's supports"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the managers decided, but the question asks for someone by name
        reply = ask(router, "who was running Gullport's harbour when they closed the north "
                            "pier?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_a_fact_with_the_shape_asked_comes_before_one_that_only_describes(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, co-chief executive of Acme Ferries, publicly blamed the "
                           "deckhands' proposed payment, a per-crossing \"levy\", for the "
                           "breakdown of pay talks.",
                "fields": {"role": "Co-chief executive of Acme Ferries",
                           "joined": "2019",
                           "on_levy": "Called the union's per-crossing levy \"a step too far\" "
                                      "(May 2024)"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the words that say who he is ("Acme Ferries' co-chief executive") fill his role; what
        # he said, in quotes, is the fact asked and comes first
        reply = ask(router, "How did Acme Ferries' co-chief executive characterize the "
                            "deckhands' proposed per-crossing payment?")
        assert reply.answered, reply.text
        assert reply.text.index("a step too far") < reply.text.index("Role:"), reply.text


def test_an_entry_titled_for_what_is_asked_is_about_it_in_every_fact(tmp_path):
    entries = [{"slug": "crew-strike-vote", "kind": "event",
                "title": "Ferry crews' strike authorization vote",
                "summary": "Acme Ferries deckhands voted in April 2023 ahead of pay talks.",
                "fields": {"date": "April 17, 2023",
                           "result": "91.4% in favor",
                           "ballots": "812 ballots"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "result: 91.4% in favor" says nothing of a strike, but its entry is the vote asked
        reply = ask(router, "what % of ferry crews voted to authorize a strike?")
        assert reply.answered and "91.4%" in reply.text, reply.text


def test_a_name_of_several_words_is_held_by_an_entry_that_splits_them(tmp_path):
    # "Witnesses at the 2019 Gullport inquiry" is about what "the 2019 inquiry" names, though
    # the two words are not in a row there; Sam Reyes's entry, which says "2019 inquiry", is not
    # what is asked
    entries = [{"slug": "ferry-inquiry", "kind": "event", "title": "Gull Island ferry inquiry",
                "aliases": ["2019 inquiry"],
                "summary": "The harbour board's inquiry into the loss of the Tern sat in Gullport "
                           "through the spring of 2019.",
                "related": ["inquiry-witnesses"]},
               {"slug": "inquiry-witnesses", "kind": "person",
                "title": "Witnesses at the 2019 Gullport inquiry",
                "summary": "Those who testified included the Tern's crew, Acme Ferries managers "
                           "and harbour staff.",
                "fields": {"members": "Dana Holt (harbour master, first witness); Sam Reyes "
                                      "(Acme Ferries chief); the Tern's mate"},
                "related": ["ferry-inquiry", "sam-reyes"]},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, chief of Acme Ferries, testified at the 2019 inquiry about "
                           "the first crossings of the Tern from the north pier.",
                "fields": {"inquiry": "Testified at the 2019 inquiry on the Tern's first year"},
                "related": ["inquiry-witnesses"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who testified first at the 2019 inquiry?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text
        # (a name ending in a number is found only whole: "Tern 2" is no Tern beside a 2)
        concept = Concept("tern 2", ("tern", "2"), frozenset({"tern", "2"}), slug="tern-2",
                          number="2")
        profile = _Profile(Entry(slug="x", kind="event", title="The Tern",
                                 summary="The Tern made 2 crossings."))
        assert _name_places(concept, profile) == []


def test_a_short_form_inside_a_name_is_spelt_out_where_a_fact_says_what_it_stands_for(tmp_path):
    entries = [{"slug": "gft-7", "kind": "event", "title": "Acme GFT-7 ferry",
                "summary": "Acme's fast ferry on the Gull Island run since 2019.",
                "aliases": ["GFT-7"],
                "fields": {"name_meaning": "GFT stands for Gull Ferry Transit; 7 is its hull "
                                           "number"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("what does GFT stand for in GFT-7?", "what does GFT stand for?"):
            reply = ask(router, question)
            assert reply.answered and "Stands for: Gull Ferry Transit" in reply.text


def test_an_average_asked_is_answered_only_by_a_figure_said_to_be_one(tmp_path):
    entries = [{"slug": "tern-fares", "kind": "event", "title": "Fares on the Tern",
                "summary": "Acme Ferries sets the fares on the Tern between Gullport and Gull "
                           "Island.",
                "fields": {"fare": "$4 for a single crossing from the north pier"}},
               {"slug": "harbour-dues", "kind": "event", "title": "Harbour dues",
                "summary": "Gullport's harbour dues are above the average for the coast."},
               *fillers()]
    # one crossing's fare is no average fare
    answered_only_with(tmp_path, entries, "what's the average fare on the Tern?",
                       "average_fare", "$3.20 a crossing on average, with passes", "$3.20")


def test_words_asked_as_said_are_answered_only_by_words_in_quotes(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is Gullport's harbour master.",
                "fields": {"on_strike": "Said the ferry strike would end within the week"}},
               *fillers()]
    # an account of what she said is not her own words
    answered_only_with(tmp_path, entries,
                       "what did Dana Holt say about the ferry strike, in her own words?",
                       "quote", '"The Tern will sail by Friday," she said of the strike',
                       "sail by Friday")


def test_what_a_deed_came_to_is_not_answered_by_what_was_only_sought(tmp_path):
    entries = [{"slug": "tern-salvage", "kind": "event", "title": "Salvage of the Tern",
                "summary": "Gull Island crews refloated the Tern off the north pier.",
                "fields": {"outcome": "The crews may claim a salvage award, to be set by the "
                                      "harbour court"}},
               *fillers()]
    # "may claim" says what could be sought, not what the court set
    answered_only_with(tmp_path, entries,
                       "What salvage award did the harbour court eventually set for the crews?",
                       "award", "The harbour court set the salvage award at $2 million for the "
                       "crews", "$2 million")


def test_who_ended_up_doing_a_deed_is_answered_only_by_a_fact_of_that_deed(tmp_path):
    entries = [{"slug": "tern-sale", "kind": "event", "title": "Sale of the Tern",
                "summary": "Acme Ferries put the Tern up for sale in 2023.",
                "fields": {"led_by": "Harbour master Dana Holt ran the auction"}},
               {"slug": "pier-deal", "kind": "event", "title": "North pier deal",
                "summary": "Sam Reyes agreed to buy the north pier from Gullport in 2022."},
               *fillers()]
    # whoever ran the sale is not who bought
    answered_only_with(tmp_path / "who", entries, "who ended up buying the Tern?",
                       "bought_by", "Sam Reyes, for $1 million in 2024", "Sam Reyes")
    entries = [{"slug": "tern-strike", "kind": "event", "title": "Tern crew strike",
                "summary": "The Tern's crew struck against Acme Ferries for a week over wages.",
                "fields": {"talks": "Acme Ferries met the striking crew at Gullport"}},
               {"slug": "mooring-dues", "kind": "event", "title": "North pier mooring dues",
                "summary": "Sam Reyes paid the harbour board for mooring at the north pier."},
               *fillers()]
    # "did ... end up paying": only a fact saying it paid can say
    answered_only_with(tmp_path / "yesno", entries,
                       "did Acme Ferries end up paying the striking crew?",
                       "deal", "Acme Ferries paid each striking crew member $200", "$200")


def test_a_figure_asked_in_dollars_is_answered_only_by_a_sum_of_money(tmp_path):
    entries = [{"slug": "tern-strike", "kind": "event", "title": "Tern crew strike",
                "summary": "The Tern's crew struck against Acme Ferries for a week over pay.",
                "fields": {"impact": "Some crossings to Gull Island were cancelled"}},
               {"slug": "gullport-budget", "kind": "event", "title": "Gullport harbour budget",
                "summary": "Gullport's harbour budget counts every dollar of dues."},
               *fillers()]
    # cancelled crossings are no dollar figure
    answered_only_with(tmp_path, entries,
                       "what was the dollar hit to Acme Ferries from the Tern strike?",
                       "hit", "The strike cost Acme Ferries $3 million in lost fares",
                       "$3 million")


def test_a_saying_that_opens_a_reported_clause_asks_what_was_found(tmp_path):
    entries = [{"slug": "board-report", "kind": "document",
                "title": "Harbour board report on the Tern",
                "summary": "The harbour board's final report on the Tern's sinking off Gull Island "
                           "was published in Gullport in June 2024.",
                "fields": {"cause": "Acme Ferries' poor upkeep of the Tern's hull was the main "
                                    "cause of the sinking"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # what the board said Acme got wrong is the cause it found, given without quotes
        reply = ask(router, "what did the harbour board say Acme Ferries got wrong with the Tern?")
        assert reply.answered and "poor upkeep" in reply.text, reply.text
        # what Dana Holt said about it asks her words, which the report does not give
        assert not ask(router, "what did Dana Holt say publicly about the Tern report?").answered


def test_an_out_of_scope_word_that_only_sets_the_scene_need_not_be_in_the_fact(tmp_path):
    entries = [{"slug": "holt-trial", "kind": "event", "title": "Trial of Dana Holt",
                "summary": "Dana Holt, the former Gull Island harbour master, stood trial in "
                           "Gullport over the sinking of the Tern.",
                "fields": {"duration": "About a month of trial; about 4 hours of jury "
                                       "deliberation",
                           "verdict": "Convicted on all counts, November 2, 2023"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # ("before they convicted Holt": the scene; the time the jury was out is the fact)
        reply = ask(router, "how long was the jury out before they convicted dana holt")
        assert reply.answered and "4 hours" in reply.text, reply.text


def test_a_word_the_entry_writes_in_lower_case_is_no_name(tmp_path):
    entries = [{"slug": "booking-theft", "kind": "event",
                "title": "Theft of Acme Ferries booking records",
                "summary": "Intruders took booking records from Acme Ferries' servers in Gullport "
                           "before the Tern's summer season.",
                "keywords": ["exfiltration", "break-in"],
                "fields": {"data_stolen": "About 100 gigabytes of booking records"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "exfiltrate" is in no dictionary, but the entry writes it as a term, not a name
        reply = ask(router, "How much data did they exfiltrate from Acme Ferries?")
        assert reply.answered and "100 gigabytes" in reply.text, reply.text


def test_a_year_deep_in_the_scene_setting_clause_is_held_by_the_whole_entry(tmp_path):
    entries = [{"slug": "pier-inspection", "kind": "event",
                "title": "Harbour board inspection of the north pier",
                "summary": "A harbour board inspection of the north pier at Gullport found Acme "
                           "Ferries had skipped required safety checks.",
                "fields": {"duration": "Six weeks (January to March 2024)",
                           "result": "Acme Ferries failed 12 of 40 safety checks"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # (the inspection is of early 2024, as its own entry says; not "during 2023")
        reply = ask(router, "During the board's weeks-long inspection of the north pier in early "
                            "2024, how many safety checks did Acme Ferries fail?")
        assert reply.answered and "12 of 40" in reply.text, reply.text


def test_a_fact_named_count_counts_what_its_entry_is_about(tmp_path):
    entries = [{"slug": "tern-flotilla", "kind": "event",
                "title": "Rescue flotilla for the Tern",
                "summary": "Boats from Gullport and Gull Island went out to the sinking Tern on "
                           "the night of May 3, 2023.",
                "fields": {"count": "11 boats",
                           "led_by": "Dana Holt, harbour master"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the flotilla's own count answers however the question calls what it counts
        reply = ask(router, "how many of the harbour skiffs joined the rescue flotilla for the "
                            "Tern?")
        assert reply.answered and "11 boats" in reply.text, reply.text


def test_the_new_near_topic_checks_leave_ordinary_questions_alone(tmp_path):
    tern = {"slug": "tern", "kind": "event", "title": "Tern ferry",
            "summary": "The Tern carries cars and foot passengers from Gullport to Gull Island.",
            "fields": {"mean_wait": "12 minutes", "crossing_time": "40 minutes",
                       "bids": "Acme received three quotes for the refit, the lowest $2 million",
                       "paused": "Service paused in March 2023 for the refit",
                       "captain": "Sam Reyes"}}
    dollar = {"slug": "silver-dollar", "kind": "event", "title": "Silver Dollar ferry",
              "summary": "The Silver Dollar sails from Gullport to Dollar Point.",
              "fields": {"launched": "May 4, 2019"}}
    with small_pack(tmp_path, "Harbour ferries", [tern, dollar, *fillers()]) as router:
        for question, expected in (
                ("when was the Silver Dollar ferry launched?", "May 4, 2019"),  # a name
                ("how many quotes did Acme get for the Tern refit?", "three quotes"),  # prices
                ("what is the average wait for the Tern?", "12 minutes"),  # a mean is one
                ("how long does the Tern crossing typically take?", "40 minutes")):
            reply = ask(router, question)
            assert reply.answered and expected in reply.text, question
        # a captain suspended is no service paused
        assert not ask(router, "when was the Tern ferry captain suspended?").answered
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt chairs the Gullport harbour board.",
            "fields": {"statement": "Holt announced on Monday that the north pier would close"}}
    fund = {"slug": "relief-fund", "kind": "event", "title": "Gullport relief fund",
            "summary": "The fund pays the crews of the Tern while the ferry is laid up.",
            "fields": {"audit": "Auditors found $200,000 missing in March 2023"}}
    with small_pack(tmp_path / "two", "Harbour ferries", [holt, fund, *fillers()]) as router:
        # a day is no reported clause: her words are asked, which no quote gives
        assert not ask(router, "what did Dana Holt say Monday?").answered
        # an audit that found money missing says nothing of when the fund was set up
        assert not ask(router, "when was the Gullport relief fund set up?").answered


def test_the_new_answering_rules_do_not_reach_past_what_is_asked(tmp_path):
    night = {"slug": "night-ferry", "kind": "event", "title": "Night ferry",
             "summary": "The night ferry crossed Gull Bay until the council ended it.",
             "fields": {"ended": "March 2021"}}
    tern = {"slug": "tern-ferry", "kind": "event", "title": "Tern ferry",
            "summary": "The Tern is a ferry that also sails at night in summer.",
            "fields": {"captain": "Sam Reyes", "launched": "2019"}}
    with small_pack(tmp_path, "Harbour ferries", [night, tern, *fillers()]) as router:
        # a name's words far apart in another entry do not name it
        assert not ask(router, "who is the captain of the night ferry?").answered
    sinking = {"slug": "tern-sinking", "kind": "event", "title": "Tern ferry sinking",
               "summary": "The Tern sank off Gull Island in a storm in 2020.",
               "fields": {"witness": "Passenger Sam Reyes saw the hull crack",
                          "captain": "Unknown, the records were lost",
                          "inquiry": "The harbour board's inquiry made 31 findings"}}
    fire = {"slug": "pier-fire", "kind": "event", "title": "Gullport pier fire",
            "summary": "A fire closed the Gullport pier for a week in 2022.",
            "fields": {"first_call": "14:05"}}
    with small_pack(tmp_path / "two", "Harbour ferries", [sinking, fire, *fillers()]) as router:
        # the fact named for the post asked comes first
        for question in ("who was the captain of the Tern ferry when it sank?",
                         "who was captain of the Tern ferry when it sank?"):
            assert ask(router, question).text.startswith("Captain:"), question
        # both things counted, or neither
        assert not ask(router, "how many witnesses and findings did the Tern sinking inquiry "
                               "have?").answered
        # a time of day is not of anything asked
        assert not ask(router, "what time did the Gullport pier reopen?").answered


def test_everyday_paraphrases_are_read_as_the_words_the_pack_uses(tmp_path):
    # Everyday English for what a briefing writes plainly: "yanked" an update is "reverted"
    # it, a fire that "came back to life" "rekindled", a judge who "carved up the blame" put
    # "fault" at shares
    entries = [{"slug": "timetable-update", "kind": "event", "title": "Timetable app update",
                "summary": "Acme Ferries released a faulty timetable update at 04:10 and "
                           "reverted it at 05:30, about 80 minutes later."},
               {"slug": "galley-fire", "kind": "event", "title": "Galley fire on the Tern",
                "summary": "The galley fire on the Tern was put out by 9 a.m. but rekindled at "
                           "2:50 p.m. in a storeroom."},
               {"slug": "collision-ruling", "kind": "event", "title": "North pier collision ruling",
                "summary": "Judge Dana Holt put fault for the north pier collision at 70% Acme "
                           "Ferries and 30% the Gullport harbour board."},
               {"slug": "relief-fund", "kind": "event", "title": "Gull Island relief fund",
                "summary": "The relief fund pooled about $4 million from Gullport donors for "
                           "Gull Island families."},
               {"slug": "tern-wreck", "kind": "event", "title": "The Tern's wreck",
                "summary": "Sam Reyes's dive team found the Tern's wreckage off the north pier "
                           "in June."},
               *fillers()]
    asked = {"how long was the faulty update live before they yanked it?": "05:30",
             "what time did the galley fire on the Tern come back to life?": "2:50 p.m.",
             "how did the judge carve up the blame?": "70%"}
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question, expected in asked.items():
            reply = ask(router, question)
            assert reply.answered and expected in reply.text, (question, reply.text)


def test_what_someone_did_before_being_put_in_charge_asks_what_came_earlier(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt runs the Gullport harbour board, which she has chaired "
                           "since 2019.",
                "fields": {"role": "Chair of the Gullport harbour board since 2019"}},
               *fillers()]
    question = "what did Dana Holt do before she was put in charge of the harbour board?"
    with small_pack(tmp_path, "Harbour ferries", copy.deepcopy(entries)) as router:
        assert not ask(router, question).answered
    entries[0]["fields"]["earlier"] = "Before 2019 she captained the Tern for Acme Ferries"
    with small_pack(tmp_path / "two", "Harbour ferries", entries) as router:
        reply = ask(router, question)
        assert reply.answered and "captained the Tern" in reply.text


def test_words_with_other_everyday_senses_are_not_read_as_paraphrases(tmp_path):
    audit = {"slug": "line-audit", "kind": "event", "title": "Ferry line audit",
             "summary": "Auditors audited the ferry line's books in 2022 and inspected the Tern.",
             "fields": {"auditor": "Gull & Co audited the accounts", "when": "May 2022"}}
    board = {"slug": "harbour-board", "kind": "event", "title": "Harbour board",
             "summary": "The board oversees the ferry line. Mary Boies presides over it.",
             "fields": {"chair": "Mary Boies presides over the board"}}
    fine = {"slug": "tern-fine", "kind": "event", "title": "Tern safety fine",
            "summary": "The Tern was fined for a safety violation in the inner harbour.",
            "fields": {"violation": "Speeding in the inner harbour", "when": "April 2024"}}
    fund = {"slug": "repair-fund", "kind": "event", "title": "Pier repair fund",
            "summary": "A $5 million fund to repair the piers.",
            "fields": {"size": "$5 million", "spent": "$3 million by 2024"}}
    night = {"slug": "night-ferry", "kind": "event", "title": "Night Ferry",
             "summary": "The Night Ferry crosses Gull Bay. A new timetable began in 2024.",
             "fields": {"route": "Gullport to Gull Island"}}
    entries = [audit, board, fine, fund, night, *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("who wrote the check to the ferry line?",  # a payment
                         "what is the harbour board's twitter handle?",  # a name online
                         "when did the storm breach the harbour?",  # a wall, not a rule
                         "how much money was left of the fund?",  # no wreckage
                         "what was the new ferry called?"):  # not the Night Ferry's name
            assert not ask(router, question).answered, question


def test_a_word_the_store_never_uses_before_a_year_is_a_name(tmp_path):
    entries = [{"slug": "safety-award", "kind": "event", "title": "Harbour safety award",
                "summary": "Acme Ferries won the 2024 harbour safety award for the Tern.",
                "fields": {"accepted_by": "Dana Holt, in person"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # a tournament the briefing never mentions, typed in lower case
        assert not ask(router, "who won euro 2024?").answered
        reply = ask(router, "who won the harbour safety award in 2024?")
        assert reply.answered and "Acme Ferries" in reply.text


def test_how_old_a_person_is_needs_an_age_not_a_date_their_entry_gives(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes skippered the Tern; he started the night run in 2019.",
                "fields": {"role": "Skipper of the Tern from 2019"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "how old is Sam Reyes?", "age", "61 in 2024", "61")


def test_a_question_word_spelt_as_people_type_it_in_chat_asks_as_the_word(tmp_path):
    entries = [{"slug": "tern-grounding", "kind": "event", "title": "Tern grounding",
                "summary": "The Tern ran aground off the north pier.",
                "fields": {"speed": "About 12 knots"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "wat speed ...": the speed is asked; "when she ran aground" only sets the scene
        reply = ask(router, "wat speed was the Tern doing when she ran aground")
        assert reply.answered and "12 knots" in reply.text


def test_a_short_word_ending_in_al_is_no_noun_of_a_verb():
    # "arrival" is "arrive", and "removal" "remove"; "final" is no "fine" (nor "fin"), "canal"
    # no "can", "total" no "tote", "legal" no "leg"
    assert derived("arrival") == ["arrive"] and derived("remove") == ["removal"]
    for word in ("final", "fine", "canal", "total", "legal", "more", "due"):
        assert derived(word) == [], word


def test_words_english_did_not_make_one_from_the_other_are_not_joined():
    # "bill" is no "billion", "state" no "station", "depart" no "department"
    for word, other in (("bill", "billion"), ("state", "station"), ("depart", "department"),
                        ("miss", "mission"), ("quest", "question")):
        assert other not in derived(word) and word not in derived(other), word
    assert "statement" in derived("state") and "payment" in derived("pay")


def test_which_person_asks_for_a_name_not_a_word_for_one(tmp_path):
    entries = [{"slug": "tern-briefing", "kind": "event", "title": "Tern engine briefing",
                "summary": "An Acme Ferries executive spoke to reporters about the Tern's engine "
                           "fault, and the harbour board fined the company.",
                "fields": {"cause": "An Acme Ferries executive discussed the engine fault with "
                                    "reporters before the inquiry ended"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "which Acme executive talked to reporters about the "
                       "Tern's engine fault?", "speaker", "Dana Holt, Acme's operations chief",
                       "Dana Holt")


def test_who_was_named_to_a_body_asks_its_members(tmp_path):
    entries = [{"slug": "fares-committee", "kind": "event", "title": "Ferry fares ruling",
                "summary": "In 2024 Judge Sam Reyes ruled on Acme Ferries' fares and set up a "
                           "committee to oversee them.",
                "fields": {"judge": "Sam Reyes",
                           "oversight": "A fares committee to oversee the ruling"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "who has been named to the fares committee?",
                       "members", "Dana Holt and Tom Lee", "Dana Holt")


def test_which_person_ranks_a_persons_entry_first(tmp_path):
    route = {"slug": "gull-island-route", "kind": "event", "title": "Gull Island route",
             "summary": "Acme Ferries announced a new Gull Island route from the north pier in "
                        "May 2024, run by the Tern.",
             "fields": {"announced": "May 2024", "spokesman": "Sam Reyes, for Acme Ferries"}}
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt is the Acme Ferries executive who announced the Gull Island "
                       "route.",
            "fields": {"role": "Operations chief at Acme Ferries"}}
    with small_pack(tmp_path, "Harbour ferries", [route, holt, *fillers()]) as router:
        reply = ask(router, "which Acme executive announced the Gull Island route?")
        assert reply.answered and "Dana Holt" in reply.text


def test_it_after_a_person_answered_is_the_thing_the_part_before_named(tmp_path):
    board = {"slug": "harbour-board", "kind": "organization", "title": "Gullport harbour board",
             "summary": "The Gullport harbour board runs the north pier and the ferry landings.",
             "fields": {"chairs": "Dana Holt (2015 to 2020); Sam Reyes (from 2021)"}}
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt chaired the Gullport harbour board under the old charter, "
                       "from 2015 to 2020.",
            "fields": {"role": "Chair of the Gullport harbour board under the old charter"}}
    with small_pack(tmp_path, "Harbour ferries", [board, holt, *fillers()]) as router:
        # "it" is the board, not Dana Holt, whose entry answered the first part
        reply = ask(router, "who ran the harbour board under the old charter, and who runs it "
                            "now?")
        assert reply.answered and "Dana Holt" in reply.text and "Sam Reyes" in reply.text


def test_parts_that_point_back_at_a_declined_first_part_are_asked_as_one(tmp_path):
    pier = {"slug": "north-pier", "kind": "structure", "title": "North pier",
            "summary": "The old north pier at Gullport, built in 1950, was torn down after the "
                       "storm.",
            "fields": {"built": "1950", "demolished": "2022", "owner": "Gullport harbour board"}}
    claim = {"slug": "storm-claim", "kind": "event", "title": "Storm claim",
             "summary": "Gull Mutual covered the span and paid Gullport $12 million on its "
                        "policy after the storm.",
             "fields": {"payment": "$12 million paid to Gullport", "insurer": "Gull Mutual"}}
    with small_pack(tmp_path, "Harbour ferries", [pier, claim, *fillers()]) as router:
        # the first part alone finds the pier, which says nothing of cover; the whole finds
        # the claim
        reply = ask(router, "who had the cover on the old pier, and how much did they end up "
                            "paying Gullport?")
        assert reply.answered and "Gull Mutual" in reply.text and "$12 million" in reply.text
        # a first part declined for words the store never uses stays declined
        assert not ask(router, "how long does a tooth filling take, and does it hurt?").answered


def test_a_sum_someone_sought_for_others_is_not_what_they_are_paid(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, harbour master at Gullport, led the crews' talks with "
                           "Acme Ferries.",
                "fields": {"role": "Harbour master at Gullport",
                           "crew_funding_ask": "Sought about $2 million a year for the "
                                               "crews"}},
               *fillers()]
    # her ask for the crews is a sum, but not her pay
    answered_only_with(tmp_path, entries, "how much does Dana Holt get paid as harbour master?",
                       "salary", "$90,000 as harbour master", "$90,000")


def test_a_fact_saying_on_or_first_names_nobody_for_who(tmp_path):
    # the stemmer makes "one" (of "which one?") "on": "closed on March 3" named someone
    entries = [{"slug": "pier-closure", "kind": "event", "title": "North pier closure",
                "summary": "The north pier closed on March 3 after a crack was found.",
                "fields": {"closed": "On March 3, 2024, for repairs"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("who closed the north pier?", "who found the crack in the north pier?"):
            assert not ask(router, question).answered, question
    entries[0]["fields"]["closed_by"] = "Dana Holt, harbour master"
    with small_pack(tmp_path / "named", "Harbour ferries", entries) as router:
        reply = ask(router, "who closed the north pier?")
        assert reply.answered and "Dana Holt" in reply.text


def test_words_the_stemmer_joins_but_english_keeps_apart_stay_apart(tmp_path):
    # Porter makes "department" "depart": the Tern's departure time is no inspection date
    entries = [{"slug": "tern-sailing", "kind": "event", "title": "The Tern's last sailing",
                "summary": "The Tern departed Gullport for Gull Island at 9:40 on March 3, 2021.",
                "fields": {"departed": "9:40 on March 3, 2021, from the north pier"}},
               *fillers()]
    with small_pack(tmp_path / "store", "Harbour ferries", entries) as router:
        # the index, stemming as Porter does, holds "depart"; no entry says "department"
        store = router.answerer.store
        assert store.known_terms(["departed", "department"]) == {"departed"}
    answered_only_with(tmp_path, entries, "when did the harbour department inspect the Tern?",
                       "inspected", "By the harbour department on May 2, 2022", "May 2, 2022")


def test_a_sensor_that_picks_something_up_detects_it(tmp_path):
    # "pick up" is buying ("who picked up the Tern?") and, of a radar or a gauge, detecting
    assert "detected" in synonyms_of("pick_up") and "bought" in synonyms_of("pick_up")
    assert "detected" in synonyms_of("pick_up_on") and "bought" not in synonyms_of("pick_up_on")
    entries = [{"slug": "gullport-radar", "kind": "event", "title": "Gullport harbour radar",
                "summary": "The Gullport harbour radar detected the Tern two miles off Gull "
                           "Island at 9:40 p.m., before she ran aground.",
                "fields": {"range": "Two miles off Gull Island"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "did the radar ever pick up anything?")
        assert reply.answered and "two miles" in reply.text


def test_a_verbs_past_and_ing_forms_reach_the_noun_made_from_it(tmp_path):
    # the stemmer joins "colliding" to "collide", but not to "collision"
    assert "collision" in derived("colliding") and "collision" in derived("collided")
    assert "decision" in derived("decided") and "explosion" in derived("explode")
    assert "economy" not in derived("economics")  # a plural is no verb's form
    entries = [{"slug": "tern-collision", "kind": "event", "title": "North pier collision",
                "summary": "A collision between the Tern and a barge off the north pier "
                           "injured two crew.",
                "fields": {"when": "May 4, 2024", "injured": "Two crew, one badly burned"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("was the barge colliding?", "what was the barge colliding with?"):
            reply = ask(router, question)
            assert reply.answered and "collision" in reply.text, question


def test_how_many_it_ended_up_with_asks_the_count_it_came_to(tmp_path):
    # "end up with" is acquiring ("who ended up with the Tern?"), but not after "how many"
    entries = [{"slug": "pier-cracks", "kind": "event", "title": "North pier cracks",
                "summary": "Inspectors found cracks in the north pier's pilings after the "
                           "storm.",
                "fields": {"count": "7 cracks, 2 of them found before the storm"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("how many cracks did it end up with?",
                         "how many pier cracks did they end up with?"):
            reply = ask(router, question)
            assert reply.answered and "7 cracks" in reply.text, question


def _crew_and_pilot_entries() -> list[dict]:
    """Two groups, each with a vote and a strike of its own."""
    return [
        {"slug": "crew-vote", "kind": "event", "title": "Ferry crews' ratification vote",
         "summary": "Acme Ferries crews ratified their new contract on May 3 with 91% voting "
                    "yes.",
         "fields": {"result": "91% yes, 9% no"}},
        {"slug": "pilot-vote", "kind": "event", "title": "Harbour pilots' ratification vote",
         "summary": "The Gullport harbour pilots ratified their new contract on June 9 with 64% "
                    "voting yes.",
         "fields": {"result": "64% yes, 36% no"}},
        {"slug": "crew-strike", "kind": "event", "title": "Ferry crews' strike",
         "summary": "Acme Ferries crews struck for 40 days over pay, tying up the Tern at the "
                    "north pier.",
         "fields": {"duration": "40 days"}},
        {"slug": "pilot-strike", "kind": "event", "title": "Harbour pilots' strike",
         "summary": "The Gullport harbour pilots struck for 12 days, stopping ships at Gull "
                    "Island.",
         "fields": {"duration": "12 days"}},
        *fillers()]


def test_the_same_asked_of_two_things_is_answered_for_each(tmp_path):
    with small_pack(tmp_path, "Harbour ferries", _crew_and_pilot_entries()) as router:
        # one question naming both, in the same shape ("of the crews and of the pilots")
        reply = ask(router, "what share of the crews and of the pilots voted yes on their new "
                            "contracts?")
        assert reply.answered and "91%" in reply.text and "64%" in reply.text
        # a second part asking the first's question of another group: "theirs" is the
        # pilots' contract, not the crews' the first part answered
        reply = ask(router, "what % of crews voted yes on the new contract, and what % of "
                            "pilots voted yes on theirs?")
        assert reply.answered and "91%" in reply.text and "64%" in reply.text
        # two names typed as names, asked of in one breath
        reply = ask(router, "how many days did the Acme Ferries and Gull Island strikes last?")
        assert reply.answered and "40 days" in reply.text and "12 days" in reply.text
        # a question, then only the two things it asks of
        reply = ask(router, "how many days did each strike last? crews + pilots")
        assert reply.answered and "40 days" in reply.text and "12 days" in reply.text
        # a group the briefing has no vote for is declined, not given the crews' vote
        reply = ask(router, "what % of crews voted yes on the new contract, and what % of "
                            "dockers voted yes on theirs?")
        assert reply.answered and "91%" in reply.text and "64%" not in reply.text
        assert "the briefing does not say" in reply.text


def test_a_name_with_small_words_inside_is_read_as_one_phrase(tmp_path):
    # "Board of Appeal" is the case's keyword: the question's run "board of appeal", small word
    # and all, names the case, though the skipper's entry holds "board" and "appeal" too
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes skippered the Tern for Acme Ferries and was fined in 2019 "
                           "over a late sailing from the north pier. His fine was overturned "
                           "by the Board of Appeal in 2021 in the case that bears his name.",
                "fields": {"fined": "2019, over a late sailing from the north pier",
                           "overturned": "3 May 2021, as lead appellant in Reyes v Acme",
                           "appeal": "Lodged with the board in 2020"}},
               {"slug": "reyes-appeal", "kind": "case", "title": "Reyes and others v Acme",
                "summary": "On 3 May 2021 the Board of Appeal overturned the fines of 12 Acme "
                           "Ferries skippers: the late-sailing rule was never published.",
                "fields": {"outcome": "12 of 14 fines overturned"},
                "keywords": ["fines overturned", "Board of Appeal"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("How many fines did the Board of Appeal overturn in the Reyes case?",
                         "how many fines did the board of appeal overturn in the reyes case"):
            reply = ask(router, question)
            assert reply.answered and "12 of 14" in reply.text, question


def test_a_count_of_what_the_keywords_say_an_entry_is_about_is_of_it(tmp_path):
    # the curator's keyword "air supply" says the life support's hours are of air
    entries = [{"slug": "tern-search", "kind": "event", "title": "Search for the Tern",
                "summary": "Acme Ferries searched for the Tern for four days off Gull Island.",
                "keywords": ["air supply"],
                "fields": {"life_support": "About 96 hours of emergency life support"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many hours of air did the Tern carry?")
        assert reply.answered and "96 hours" in reply.text


def test_a_runner_up_counting_what_the_best_cannot_answers_how_many_of(tmp_path):
    # the trip's entry ranks first and counts no hours; the search's, well below it, counts
    # the hours of air the question asks for
    entries = [{"slug": "tern-last-trip", "kind": "event", "title": "The Tern's last trip",
                "keywords": ["went down", "onboard"],
                "summary": "The Tern went down off Gull Island on her last trip from Gullport, "
                           "with Dana Holt at the helm and four passengers onboard.",
                "fields": {"contact_lost": "About 1 hour 45 minutes into the trip",
                           "onboard": "Dana Holt and four passengers",
                           "went_down": "Off Gull Island, the Tern had four passengers onboard"}},
               {"slug": "tern-search", "kind": "event", "title": "Search off Gull Island",
                "summary": "Acme Ferries searched for the Tern for four days off Gull Island.",
                "fields": {"reserve": "About 96 hours of air at launch"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many hours of air did the Tern have onboard when it went down?")
        assert reply.answered and "96 hours" in reply.text


def test_which_before_a_word_for_people_that_names_a_kind_of_thing_asks_for_the_thing(tmp_path):
    entries = [{"slug": "tern", "kind": "service", "title": "The Tern",
                "summary": "The Tern is the passenger ferry that sails from Gullport to Gull "
                           "Island.", "fields": {"built": "1998"}},
               {"slug": "pilot-boat", "kind": "service", "title": "Gullport pilot boat",
                "summary": "The pilot boat towed the Tern off the sandbar at the north pier "
                           "in 2021."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # a ferry, not a passenger; a boat, not a pilot: no person's name is asked
        assert "passenger ferry" in ask(router, "which passenger ferry sails to Gull Island?").text
        assert "sandbar" in ask(router, "which pilot boat towed the Tern?").text


def test_a_verb_form_reaches_only_the_nouns_of_its_own_verb():
    # "rated" is "rate", not "rat" (which would be "ratted"): no "ration"
    assert "ration" not in derived("rated") and "ration" not in derived("rating")
    # a word the endings join to another they are not made from
    assert "accordion" not in derived("according") and "basement" not in derived("based")
    assert derived("imploding") == ["implosion"] and derived("shipped") == ["shipment"]


def test_a_part_quoted_back_as_unanswered_pings_nobody(tmp_path):
    entries = [{"slug": "tern-grounding", "kind": "event", "title": "Tern grounding",
                "summary": "The Tern ran aground off the north pier in March 2024.",
                "fields": {"date": "March 12, 2024"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the Tern run aground, and what does <@&123> @here "
                            "<!channel> think of the fares?")
        assert reply.answered and "March 12, 2024" in reply.text
        assert "the briefing does not say" in reply.text
        for mention in ("<@&", "@here", "<!channel"):
            assert mention not in reply.text, mention


def test_a_letter_ending_a_name_tells_it_from_its_series():
    # "Pier A" is not held by an entry on Pier B, though both say "pier"
    concept = _name_concept(["pier", "a"], "pier-a")
    pier_b = _Profile(Entry(slug="pier-b", kind="finding", title="Pier B defect",
                            summary="Pier B's pilings rusted through.", fields={}))
    pier_a = _Profile(Entry(slug="pier-a", kind="finding", title="Pier A defect",
                            summary="Pier A's deck cracked.", fields={}))
    assert _name_places(concept, pier_b) == [] and _name_places(concept, pier_a)


def test_she_after_a_declined_part_is_the_person_it_named(tmp_path):
    tern = {"slug": "the-tern", "kind": "vessel", "title": "The Tern",
            "summary": "The Tern is the Acme Ferries boat on the Gull Island run out of Gullport.",
            "fields": {"built": "1998"}}
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt is a Gullport skipper who sailed the Tern for Acme Ferries.",
            "fields": {"retirement": "Dana Holt retired from Acme Ferries in March 2022"}}
    with small_pack(tmp_path, "Harbour ferries", [tern, holt, *fillers()]) as router:
        # the join date is missing, but "she" is Dana Holt, named there, whose retirement is not
        reply = ask(router, "when did Dana Holt join the Tern's crew? when did she retire?")
        assert reply.answered and "March 2022" in reply.text
        # after "who ...?" she may be the answer, which the briefing lacks
        assert not ask(router, "who replaced Dana Holt on the Tern, and when did she "
                               "retire?").answered


def test_a_part_asking_of_the_present_does_not_repeat_the_past(tmp_path):
    tern = {"slug": "the-tern", "kind": "vessel", "title": "The Tern",
            "summary": "The Tern is the Acme Ferries boat on the Gull Island run out of Gullport.",
            "fields": {"captain": "Dana Holt captained the Tern from 2010 to 2022"}}
    question = "who captained the Tern, and who captains it now?"
    with small_pack(tmp_path / "1", "Harbour ferries", [tern, *fillers()]) as router:
        found = router.answerer.find_all(question)
        assert found[0].entry is not None and found[1].entry is None
    tern["fields"]["current_captain"] = "Sam Reyes (since 2023)"
    with small_pack(tmp_path / "2", "Harbour ferries", [tern, *fillers()]) as router:
        found = router.answerer.find_all(question)
        assert [key for key, _ in found[1].facts] == ["current_captain"]


def test_everyday_phrasings_of_birth_admitting_and_investing(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt is a Gullport skipper who sailed the Tern for Acme Ferries.",
            "fields": {"born": "May 4, 1971, on Gull Island"}}
    backers = {"slug": "ferry-backers", "kind": "group", "title": "Acme Ferries backers",
               "summary": "Sam Reyes invested about $2 million in Acme Ferries; its fares fell "
                          "after it admitted the Tern's grounding was its own fault."}
    with small_pack(tmp_path, "Harbour ferries", [holt, backers, *fillers()]) as router:
        # "date of birth" asks when she was born
        reply = ask(router, "what is Dana Holt's date of birth?")
        assert reply.answered and "May 4, 1971" in reply.text

        def forms(question):
            return {f for c in router.answerer.read(question, ()).concepts for f in c.forms}

        # money "sunk into" a firm is money invested in it, not a fall
        sunk = forms("how much did Sam Reyes sink into Acme Ferries?")
        assert "invested" in sunk and "fall" not in sunk
        # "come clean" is to admit
        assert "admitted" in forms("when did Acme Ferries come clean about the grounding?")


def test_what_a_thing_went_for_is_its_price(tmp_path):
    tern = {"slug": "tern-sale", "kind": "event", "title": "Sale of the Tern",
            "summary": "Acme Ferries sold its old ferry the Tern to a Gullport scrap yard.",
            "fields": {"sold": "March 2021, to a Gullport scrap yard",
                       "condition": "Rusted through below the waterline",
                       "price": "$40,000"}}
    with small_pack(tmp_path, "Harbour ferries", [tern, *fillers()]) as router:
        # "go for" here is "sell for": the price, not when or to whom it was sold
        for question in ("the old ferry acme sold - what did it go for?",
                         "what did the Tern go for at the scrap yard?"):
            reply = ask(router, question)
            assert reply.answered and "$40,000" in reply.text, question


def test_a_planned_fact_does_not_answer_how_it_ended(tmp_path):
    refit = {"slug": "tern-refit", "kind": "event", "title": "Refit of the Tern",
             "summary": "Acme Ferries laid up the Tern at Gullport's north pier for a refit.",
             "fields": {"planned_duration": "About 8 days at the north pier",
                        "outcome": "The Tern sailed again on June 20 after 45 days laid up, "
                                   "when Dana Holt signed off the repairs"}}
    with small_pack(tmp_path, "Harbour ferries", [refit, *fillers()]) as router:
        reply = ask(router, "how long was the Tern actually at the north pier in the end?")
        assert reply.answered and "45 days" in reply.text
        assert "8 days" not in reply.text
        # asked of the plan, the plan answers
        reply = ask(router, "how long was the Tern's refit planned to last?")
        assert reply.answered and "8 days" in reply.text


def test_a_short_form_is_spelt_out_from_a_name_with_a_year_after_it(tmp_path):
    board = {"slug": "harbour-board", "kind": "agency", "title": "Gullport Harbour Board (GHB)",
             "summary": "The Gullport Harbour Board licenses the ferries under the HSA.",
             "fields": {"law": "Harbour Safety Act of 1998 (HSA)"},
             "aliases": ["GHB", "HSA"]}
    with small_pack(tmp_path, "Harbour ferries", [board, *fillers()]) as router:
        reply = ask(router, "what does HSA stand for?")
        assert reply.answered and "Harbour Safety Act" in reply.text


def test_a_name_typed_in_lower_case_the_briefing_never_uses_is_no_one_it_quotes(tmp_path):
    entries = [{"slug": "strike-hearing", "kind": "event", "title": "Strike hearing",
                "summary": "Acme Ferries and the crews met the Gullport council over the strike.",
                "fields": {"what_was_said": "Dana Holt said Acme Ferries was sorry and would "
                                            "restore the Gull Island crossings"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert ask(router, "what did dana holt tell the gullport council about the "
                           "strike?").answered
        # Sam Reyes is nowhere in the briefing: whatever he said, it is not Holt's words
        assert not ask(router, "what did sam reyes tell the gullport council about the "
                               "strike?").answered
        assert not ask(router, "what was sam reyes's view of the Acme Ferries strike "
                               "hearing?").answered


def test_a_name_singled_out_by_a_reflexive_needs_a_fact_of_its_own(tmp_path):
    entries = [{"slug": "crew-payouts", "kind": "event", "title": "Crew payouts",
                "summary": "Acme Ferries paid the striking crews of the Tern, Dana Holt among "
                           "them, after the Gullport strike.",
                "fields": {"amount_paid": "$2 million paid to 40 crew members"}},
               *fillers()]
    # the crews' $2 million is not what Holt herself received
    answered_only_with(tmp_path, entries, "how much did Dana Holt herself receive?",
                       "holt_payout", "Dana Holt received $50,000", "$50,000")


def test_a_figure_a_change_led_to_is_not_the_one_before_it(tmp_path):
    entries = [{"slug": "harbour-act", "kind": "law", "title": "Harbour act",
                "summary": "The harbour act of 2021 overhauled the Gullport harbour board.",
                "fields": {"board": "Cut the harbour board to 7 seats"}},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", entries) as router:
        assert ask(router, "how many seats does the harbour board have?").answered
    # the 7 seats are the board after the act shrank it
    answered_only_with(tmp_path / "2", entries,
                       "before the harbour act shrank it, how many seats were on the board?",
                       "old_board", "12 seats before the act", "12 seats")


def test_how_much_of_a_rare_substance_wants_its_quantity_not_money(tmp_path):
    cleanup = {"slug": "pier-cleanup", "kind": "event", "title": "North pier cleanup",
               "summary": "Crews sprayed antifoulant remover on the north pier after the Tern's "
                          "fuel leak.",
               "fields": {"amount": "About 2,000 gallons of antifoulant remover"}}
    with small_pack(tmp_path, "Harbour ferries", [cleanup, *fillers()]) as router:
        # a word no dictionary list holds is still the thing measured, not a sum of money
        reply = ask(router, "how much antifoulant did the crews spray on the north pier?")
        assert reply.answered and "2,000 gallons" in reply.text


def test_a_short_form_inside_a_name_gives_all_its_letters(tmp_path):
    board = {"slug": "harbour-inquiry", "kind": "inquiry", "title": "Tern grounding inquiry",
             "summary": "The US Harbour Board looked into the Tern's grounding off the north "
                        "pier.",
             "fields": {"findings": "The crew missed a buoy in fog"}}
    with small_pack(tmp_path, "Harbour ferries", [board, *fillers()]) as router:
        # "USHB" is the "US Harbour Board" the entry writes out, not a name it never uses
        reply = ask(router, "what did the USHB find about the Tern's grounding?")
        assert reply.answered and "missed a buoy" in reply.text


def test_everyday_phrasings_of_a_fall_a_seat_and_time_spent(tmp_path):
    pier = {"slug": "pier-collapse", "kind": "event", "title": "North pier collapse",
            "summary": "The north pier at Gullport collapsed after the Tern struck it.",
            "fields": {"time": "About 4:10 a.m."}}
    trip = {"slug": "gull-trip", "kind": "event", "title": "Gull Island trip",
            "summary": "Acme Ferries sold seats on the Tern's trip to Gull Island; two engines "
                       "failed on the way.",
            "fields": {"price": "$90 per seat", "cost": "$2 million to run the service",
                       "duration": "12 days at sea for the crew, against a planned 3"}}
    with small_pack(tmp_path, "Harbour ferries", [pier, trip, *fillers()]) as router:
        # a pier that "came down" collapsed
        reply = ask(router, "what time did the north pier come down?")
        assert reply.answered and "4:10 a.m." in reply.text
        # a "spot" on a trip is a seat
        reply = ask(router, "how much were people paying for a spot on the Gull Island trip?")
        assert reply.answered and "$90 per seat" in reply.text
        # days spent are time, not money
        reply = ask(router, "how many days did the crew end up spending on the Gull Island trip?")
        assert reply.answered and "12 days" in reply.text

        def forms(question):
            return {f for c in router.answerer.read(question, ()).concepts for f in c.forms}

        # "came down to" is what caused it, not a fall
        assert "collapsed" not in forms("so the delay came down to the Tern's engines?")
        # engines that "conked out" failed
        assert "failed" in forms("how many engines conked out on the Gull Island trip?")
        # a spot where the Tern stopped is a place, no seat
        assert "seat" not in forms("what spot did the Tern stop at on the Gull Island trip?")


def test_a_noun_before_a_clause_says_what_a_phrase_asks(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt skippered the Tern for Acme Ferries until she retired.",
            "fields": {"retirement": "March 3, 2022", "age": "64 when she retired"}}
    with small_pack(tmp_path, "Harbour ferries", [holt, *fillers()]) as router:
        # "Dana Holt age when she retired?" asks an age, not a date
        reply = ask(router, "dana holt age when she retired?")
        assert reply.answered and "64" in reply.text


def test_a_later_part_naming_its_own_thing_need_not_hold_the_part_before(tmp_path):
    entries = [{"slug": "tern-sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The Tern sank off the north pier in a storm.",
                "fields": {"date": "March 3, 2021"}},
               {"slug": "gull-island-reopening", "kind": "event",
                "title": "Gull Island reopening",
                "summary": "Gull Island started taking day visitors again after the storm.",
                "fields": {"date": "May 9, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # (Gull Island is what the second part asks about, not the Tern the first named)
        reply = ask(router, "When did the Tern sink, and when did Gull Island let day "
                            "visitors back in?")
        assert reply.answered and "March 3, 2021" in reply.text and "May 9, 2021" in reply.text


def test_which_thing_of_a_kind_took_over_its_is_another_than_it(tmp_path):
    entries = [{"slug": "tern", "kind": "ferry", "title": "The Tern",
                "summary": "The Tern, a Gull Island ferry, was laid up by Acme Ferries on June 1, "
                           "2021 after its engine failed.",
                "fields": {"laid_up": "June 1, 2021, by Acme Ferries, which appointed a "
                                      "caretaker crew"},
                "related": ["tern-route-handover"]},
               {"slug": "tern-route-handover", "kind": "event",
                "title": "Handover of the Tern's route",
                "summary": "Acme Ferries handed the Tern's Gull Island route to another ferry.",
                "fields": {"ferry": "The Puffin took over the route on June 2, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # its route is the Tern's, so the ferry that took it over is not the Tern
        reply = ask(router, "When was the Tern laid up, and which ferry took over its route?")
        assert reply.answered and "June 1, 2021" in reply.text and "Puffin" in reply.text


def test_what_came_after_a_thing_is_no_fact_of_that_thing(tmp_path):
    entries = [{"slug": "the-tern-book", "kind": "work", "title": "The Tern",
                "summary": "The Tern is Dana Holt's book on the Acme Ferries strike at Gullport.",
                "fields": {"publisher": "Gull Island Press", "by": "Dana Holt"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is a Gullport reporter who covered the Acme Ferries "
                           "strike."},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", entries) as router:
        assert ask(router, "who published The Tern?").answered
    # the book's publisher is not what Holt wrote next
    answered_only_with(tmp_path / "2", entries, "what did dana holt put out after the tern?",
                       "next_book", "Holt published North Pier after The Tern, in 2024",
                       "North Pier")


def test_a_sum_spent_on_one_thing_does_not_answer_another(tmp_path):
    entries = [{"slug": "strike-costs", "kind": "event", "title": "Strike costs",
                "summary": "Acme Ferries counted the cost of the Gullport ferry strike.",
                "fields": {"provision": "$6 million set aside to cover the costs of the strike"}},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", entries) as router:
        assert ask(router, "how much did acme ferries set aside for the strike?").answered
    # money set aside for the strike was not spent on advertising
    answered_only_with(tmp_path / "2", entries,
                       "how much did acme ferries spend advertising during the strike?",
                       "advertising", "$400,000 spent on advertising in 2019", "$400,000")


def test_a_company_legal_form_is_no_short_form(tmp_path):
    gull = {"slug": "gull-marine", "kind": "company", "title": "Gull Marine AG",
            "summary": "Gull Marine AG, of Gullport, built the Tern's engines.",
            "fields": {"fine": "$3 million, in 2021, for the faulty engines"}}
    acme = {"slug": "acme-ferries", "kind": "company", "title": "Acme Ferries",
            "summary": "Acme Ferries runs the Tern on the Gull Island route.",
            "fields": {"settlement": "Paid $5 million to passengers in 2022"}}
    with small_pack(tmp_path, "Harbour ferries", [gull, acme, *fillers()]) as router:
        # "AG" in a name the store holds is that name's, not an attorney general
        reply = ask(router, "how much was Gull Marine AG fined?")
        assert reply.answered and "$3 million" in reply.text
        # ... and after a name it does not, only the company's legal form
        reply = ask(router, "how much did Acme Ferries AG pay the passengers?")
        assert reply.answered and "$5 million" in reply.text


def test_two_people_named_in_one_breath_are_each_answered(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt", "aliases": ["Holt"],
                "summary": "Dana Holt is an Acme Ferries harbour master.",
                "fields": {"posting": "North pier, Gullport"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes", "aliases": ["Reyes"],
                "summary": "Sam Reyes is an Acme Ferries harbour master.",
                "fields": {"posting": "Ferry slip, Gull Island"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # typed in lower case, the two names are still two people, each with a posting
        reply = ask(router, "which piers are holt and reyes posted at?")
        assert reply.answered and "North pier" in reply.text and "Ferry slip" in reply.text


def test_how_many_for_another_asks_the_part_before_of_them(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt", "aliases": ["Holt"],
                "summary": "Dana Holt is a Gullport skipper.",
                "fields": {"record": "40 crossings at the helm of the Tern"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes", "aliases": ["Reyes"],
                "summary": "Sam Reyes is a Gull Island skipper.",
                "fields": {"service": "12 years with Acme Ferries",
                           "record": "25 crossings at the helm of the Tern"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # Reyes's crossings, not Reyes's years of service
        reply = ask(router, "How many crossings did Holt skipper, and how many for Reyes?")
        assert reply.answered and "40 crossings" in reply.text and "25 crossings" in reply.text
        assert "12 years" not in reply.text


def test_a_person_entry_gives_its_own_figures_not_those_of_someone_it_mentions(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is a Gullport skipper who ran the Tern for Acme Ferries.",
                "fields": {"joined": "2009"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, a Gull Island skipper, sailed as mate to Dana Holt.",
                "fields": {"record": "25 crossings at the helm of the Tern"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # Reyes's 25 crossings are his own, though his summary names Holt
        reply = ask(router, "how many crossings did Dana Holt make at the helm of the Tern?")
        assert "25 crossings" not in reply.text


def test_a_title_name_the_summary_says_is_the_thing_asked_is_what_it_was_called(tmp_path):
    entries = [{"slug": "tern", "kind": "vessel", "title": "Tern ferry",
                "summary": "The Tern was Acme Ferries' night boat to Gull Island, named after "
                           "the seabird. She was laid up in 2021.",
                "fields": {"crossings": "Two a night from the north pier"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the title's name, which the summary's first sentence says is the night boat
        reply = ask(router, "what was the acme night boat called?")
        assert reply.answered and "Tern" in reply.text
        # the boat's skipper is not the boat
        assert not ask(router, "what was the night boat's skipper called?").answered


def test_an_employee_asked_of_is_any_person_of_the_body(tmp_path):
    entries = [{"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, an Acme Ferries deckhand, was the first crew member to "
                           "admit fault over the Tern grounding at Gull Island.",
                "fields": {"sentence": "Six months' suspension, May 2021"}},
               {"slug": "pier-memo", "kind": "study", "title": "North pier memo",
                "summary": "A harbour board memo of 2019 warned that the north pier was "
                           "crumbling.",
                "fields": {"author": "Dana Holt, Gullport harbour board engineer"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # a deckhand is an employee of the ferry line
        reply = ask(router, "who was the first acme ferries employee to admit fault over "
                            "the grounding?")
        assert reply.answered and "Sam Reyes" in reply.text
        # the memo's author, a person the fact names, is the staffer asked of
        reply = ask(router, "who was the harbour board staffer whose memo warned about the "
                            "north pier?")
        assert reply.answered and "Dana Holt" in reply.text
        # how many there were is still a headcount the pack lacks
        assert not ask(router, "how many employees does acme ferries have?").answered


def test_a_date_of_what_happened_is_no_date_of_a_plan(tmp_path):
    entries = [{"slug": "holt-sentence", "kind": "case", "title": "Sentencing of Dana Holt",
                "summary": "On May 3, 2022 a Gullport judge sentenced Dana Holt to 5 years in "
                           "prison for sinking the Tern; she would appeal, she said.",
                "fields": {"start_date": "Reported to prison on June 1, 2022",
                           "duration": "5 years in prison"}},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", entries) as router:
        assert ask(router, "when did dana holt report to prison?").answered
    # the day she went in says nothing of the day she is due out
    answered_only_with(tmp_path / "2", entries,
                       "when is dana holt scheduled to be released from prison?",
                       "release", "Expected release on June 1, 2026", "June 1, 2026")


def test_a_place_of_a_kind_never_spoken_of_is_not_a_persons_other_place(tmp_path):
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, of Gullport, is the Acme Ferries captain who took the "
                           "Tern to Gull Island."},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", entries) as router:
        assert ask(router, "where is dana holt from?").answered
    # Gullport is where she lives, not where she studied
    answered_only_with(tmp_path / "2", entries, "where did dana holt go to college?",
                       "education", "Studied at Gullport College", "Gullport College")


def test_a_body_named_for_its_people_names_no_person(tmp_path):
    entries = [{"slug": "tern-pilots", "kind": "person", "title": "Pilots aboard the Tern",
                "summary": "Two pilots from the Association of Gullport Pilots were aboard to "
                           "guide the Tern off the north pier.",
                "fields": {"who": "Members of the Association of Gullport Pilots",
                           "action": "Radioed the mayday when the engine failed"}},
               *fillers()]
    # the title names the ship, the fact a body: neither is the pilot's name
    answered_only_with(tmp_path, entries,
                       "what's the name of the pilot who radioed the mayday?",
                       "mayday_by", "Dana Holt, the pilot in charge", "Dana Holt")


def test_a_count_of_people_aboard_one_thing_is_not_of_another_it_mentions(tmp_path):
    entries = [{"slug": "skiff-trip", "kind": "event", "title": "The skiff's last trip",
                "summary": "The skiff set off from its mother ship, the Tern, off Gull Island "
                           "with a pilot and four guests, and was lost within the hour.",
                "fields": {"people_aboard": "5 people aboard (one pilot and four guests)"}},
               {"slug": "tern", "kind": "asset", "title": "The Tern",
                "summary": "The Tern is the Acme Ferries ship that carried the skiff to Gull "
                           "Island."},
               *fillers()]
    with small_pack(tmp_path / "1", "Harbour ferries", entries) as router:
        assert ask(router, "how many people were aboard the skiff?").answered
    # the skiff's five are not the Tern's crew
    answered_only_with(tmp_path / "2", entries[1:] + entries[:1],
                       "how many crew were on board the Tern during the trip?",
                       "crew", "12 crew aboard the Tern", "12 crew")


def test_a_count_of_one_kind_is_not_held_by_an_entry_listing_many(tmp_path):
    entries = [{"slug": "failed-plants", "kind": "event", "title": "Power plants that failed",
                "summary": "Plants of every kind failed in the Gullport freeze: gas, coal, "
                           "wind and tidal units went offline as demand hit a record.",
                "fields": {"demand": "Gullport demand peaked at 6,900 MW in the freeze"},
                "keywords": ["lost generation", "frozen plants"]},
               *fillers()]
    # the MW are of demand; the entry lists wind as one kind among many
    answered_only_with(tmp_path, entries,
                       "how many megawatts of wind generation went offline in the freeze?",
                       "wind_lost", "1,200 MW of wind generation went offline", "1,200 MW")


def test_sinking_or_pouring_into_a_thing_is_no_investment_unless_money_is_asked(tmp_path):
    tern = {"slug": "tern-sinking", "kind": "event", "title": "Tern sinking",
            "summary": "The Tern sank off Gull Island on March 3, 2021, and about 4,000 "
                       "gallons of diesel leaked into the harbour.",
            "fields": {"diesel": "About 4,000 gallons leaked"}}
    backers = {"slug": "ferry-backers", "kind": "group", "title": "Acme Ferries backers",
               "summary": "Sam Reyes invested about $2 million in Acme Ferries."}
    with small_pack(tmp_path, "Harbour ferries", [tern, backers, *fillers()]) as router:

        def forms(question):
            return {f for c in router.answerer.read(question, ()).concepts for f in c.forms}

        # a ferry that sinks into the harbour, diesel that pours into it, invest nothing
        assert "invested" not in forms("when did the Tern sink into the harbour?")
        assert "invested" not in forms("how much diesel poured into the harbour?")
        # ... while money sunk into a firm is still money invested in it
        assert "invested" in forms("how much did Sam Reyes sink into Acme Ferries?")
        reply = ask(router, "how much did Sam Reyes sink into Acme Ferries?")
        assert reply.answered and "$2 million" in reply.text


def test_a_state_attorney_general_is_no_legal_form(tmp_path):
    entries = [{"slug": "gullport-suit", "kind": "event", "title": "Gullport suit",
                "summary": "Maine's attorney general, Dana Holt, sued Acme Ferries over the "
                           "Tern's fuel leak in 2022.",
                "fields": {"attorney_general": "Dana Holt"}},
               {"slug": "tern-leak", "kind": "event", "title": "Tern fuel leak",
                "summary": "The Tern leaked fuel at Gullport, Maine, in 2021.",
                "fields": {"date": "June 1, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "AG" after a state is its attorney general, not a company's legal form
        reply = ask(router, "who is the Maine AG?")
        assert reply.answered and "Dana Holt" in reply.text


def test_a_name_singled_out_is_answered_from_its_own_entry(tmp_path):
    reyes = {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
             "summary": "Sam Reyes captained the Tern for Acme Ferries.",
             "fields": {"said": "The engine had been failing for weeks"}}
    with small_pack(tmp_path, "Harbour ferries", [reyes, *fillers()]) as router:
        # his own entry's facts are his, though they do not repeat his name
        reply = ask(router, "what did Sam Reyes himself say?")
        assert reply.answered and "failing for weeks" in reply.text


def test_a_lead_in_before_a_question_word_says_nothing_of_its_kind():
    # ("Dana Holt age when she retired?": the noun right before the clause is asked)
    assert question_type("dana holt age when she retired".split()) == "age"
    # not a noun in a lead-in, nor "at the time"
    assert question_type("last time i looked who ran acme ferries".split()) == "who"
    assert question_type("cost aside when did the tern sail".split()) == "when"
    assert question_type("at the time who ran acme ferries".split()) == "who"


def test_nyc_is_new_york_not_a_name_the_store_lacks(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt runs Acme Ferries' Gull Island route.",
            "fields": {"said": "\"We got the timetable wrong\", May 2, 2024, at a ferry fair in "
                               "New York"}}
    with small_pack(tmp_path, "Harbour ferries", [holt, *fillers()]) as router:
        reply = ask(router, "what did Dana Holt say at the ferry fair in NYC?")
        assert reply.answered and "timetable wrong" in reply.text


def test_a_figure_of_a_thing_the_store_never_names_is_declined(tmp_path):
    acme = {"slug": "acme-ferries", "kind": "service", "title": "Acme Ferries",
            "summary": "Acme Ferries runs the Gull Island route; it took $9 million in net "
                       "revenue in 2021.",
            "fields": {"revenue": "$9 million in net revenue in 2021"}}
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt ran Acme Ferries from 2015 until she left in May 2023.",
            "fields": {"departure": "May 3, 2023", "tenure": "Chief executive, 2015 to 2023"}}
    with small_pack(tmp_path, "Harbour ferries", [acme, holt, *fillers()]) as router:
        # the income, the exit package: things no entry names, whatever figure is close by
        assert not ask(router, "what was Acme Ferries's net income in 2021?").answered
        assert not ask(router, "how big was Dana Holt's exit package?").answered
        assert not ask(router, "what was the size of the shortfall at Acme Ferries?").answered
        # the thing the store does name is answered
        reply = ask(router, "what was Acme Ferries's net revenue in 2021?")
        assert reply.answered and "$9 million" in reply.text


def test_a_yes_no_deed_the_store_never_speaks_of_is_declined(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt chaired the harbour board during the 2023 ferry strike.",
            "fields": {"role": "Chair of the harbour board from 2019"}}
    acme = {"slug": "acme-ferries", "kind": "service", "title": "Acme Ferries",
            "summary": "Acme Ferries cancelled its Gull Island crossings in the strike.",
            "fields": {"cancelled": "About 400 crossings in June 2023"}}
    with small_pack(tmp_path, "Harbour ferries", [holt, acme, *fillers()]) as router:
        # resigning, refunding: nothing in the briefing says whether either was done
        assert not ask(router, "did Dana Holt end up resigning from the board?").answered
        assert not ask(router, "did Acme Ferries refund riders whose crossings got cancelled?"
                       ).answered
        # nor whether she, or anyone at Acme, got demoted
        assert not ask(router, "did Dana Holt get demoted after the strike?").answered
        assert not ask(router, "was anyone at Acme Ferries demoted over the strike?").answered
        # a deed the briefing does speak of is still answered
        reply = ask(router, "did Acme Ferries cancel crossings in the strike?")
        assert reply.answered and "400 crossings" in reply.text


def test_what_an_inquiry_concluded_needs_a_finding(tmp_path):
    inquiry = {"slug": "ferry-inquiry", "kind": "event", "title": "Ferry inquiry",
               "summary": "The harbour board opened an inquiry into the night ferry's "
                          "collision on May 3, 2022.",
               "fields": {"opened": "May 3, 2022", "focus": "Whether the night ferry's crew "
                                                            "followed the harbour rules"}}
    review = {"slug": "pier-review", "kind": "event", "title": "Pier review",
              "summary": "The council's review of the east pier reported in 2023.",
              "fields": {"finding": "The east pier was unsafe for ferries over 40 tonnes"}}
    with small_pack(tmp_path, "Harbour ferries", [inquiry, review, *fillers()]) as router:
        # when it opened and what it looks at say nothing of what it concluded
        assert not ask(router, "what did the ferry inquiry finally conclude?").answered
        assert not ask(router, "what did the ferry inquiry ultimately find about the crew?"
                       ).answered
        # a finding answers
        reply = ask(router, "what did the pier review find?")
        assert reply.answered and "unsafe" in reply.text


def test_a_comparison_with_a_side_the_store_never_names_is_declined(tmp_path):
    acme = {"slug": "acme-ferries", "kind": "service", "title": "Acme Ferries",
            "summary": "Acme Ferries runs the Gull Island route with 40 deckhands; Gull Lines, "
                       "its rival, has 25.",
            "fields": {"deckhands": "40 deckhands at Acme Ferries; 25 at Gull Lines"}}
    with small_pack(tmp_path, "Harbour ferries", [acme, *fillers()]) as router:
        # the other side is a line the briefing never names
        assert not ask(router, "how many deckhands does acme ferries have vs zephyr lines?"
                       ).answered
        assert not ask(router, "how do acme ferries deckhand numbers compare to what "
                               "zephyr had?").answered
        # both sides named: answered
        reply = ask(router, "how many deckhands does acme ferries have vs gull lines?")
        assert reply.answered and "25" in reply.text


def test_what_became_of_a_person_needs_a_fact_past_the_story(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt chaired the harbour board during the 2023 ferry strike.",
            "fields": {"role": "Chair of the harbour board during the strike"}}
    # her post in the story says nothing of what she did since
    with small_pack(tmp_path / "1", "Harbour ferries", [copy.deepcopy(holt), *fillers()]) as router:
        assert not ask(router, "what's Dana Holt doing these days?").answered
    answered_only_with(tmp_path / "2", [copy.deepcopy(holt), *fillers()],
                       "what happened to Dana Holt after the strike?", "career",
                       "After the strike she joined Gull Marine as its chief pilot", "Gull Marine")
    # (her pay "these days" asks the pay, not what became of her)
    paid = {**copy.deepcopy(holt), "fields": {"salary": "$90,000 a year"}}
    with small_pack(tmp_path / "3", "Harbour ferries", [paid, *fillers()]) as router:
        reply = ask(router, "what's Dana Holt's salary these days?")
        assert reply.answered and "$90,000" in reply.text


def test_a_name_owning_the_thing_asked_leaves_the_thing_asked_about(tmp_path):
    entries = [{"slug": "holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, the harbour master, led the inquiry into the pier fire "
                           "and retired in 2022 after the inquiry.",
                "fields": {"role": "Harbour master", "left_post": "June 1, 2022"},
                "related": ["fire-inquiry"]},
               {"slug": "fire-inquiry", "kind": "event", "title": "Pier fire inquiry",
                "summary": "The inquiry into the pier fire, led by Dana Holt.",
                "fields": {"started": "March 4, 2020",
                           "findings": "The inquiry blamed a faulty heater"},
                "related": ["holt"]},
               *fillers()]
    # "Dana Holt's inquiry": an inquiry of Holt's, which has an entry of its own
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "tell me about Dana Holt's inquiry")
        assert reply.answered and reply.entries[0] == "fire-inquiry"


def test_a_most_common_word_orders_the_entries_less(tmp_path):
    entries = [{"slug": "deckhand-strike", "kind": "event", "title": "Deckhand strike",
                "summary": "The deckhands walked out over pay in 2019 and stayed out for 40 "
                           "days.",
                "fields": {"length": "40 days", "ended": "May 2, 2019"}},
               {"slug": "mayor-remark", "kind": "event", "title": "Mayor's strike remark",
                "summary": "During the deckhand strike the mayor told the crews to make peace "
                           "and to get the boats running again soon.",
                "keywords": ["let it go"],
                "fields": {"said": "Make peace and get the boats running",
                           "length": "A two-minute speech"}},
               *fillers()]
    # "go", one of English's most common words, says less than the strike named
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how long did the deckhand strike go on for?")
        assert reply.answered and "40 days" in reply.text


def test_what_started_a_fire_asks_its_cause_not_a_start(tmp_path):
    inquiry = {"slug": "pier-fire-inquiry", "kind": "event",
               "title": "Inquiry into the cause of the pier fire",
               "summary": "Investigators looked into the fire that burned the Gull Island pier.",
               "fields": {"status": "Cause still not known two years on",
                          "hypotheses": "A faulty heater or a dropped flare"}}
    trust = {"slug": "pier-trust", "kind": "event", "title": "Pier trust",
             "summary": "The pier trust was set up to rebuild the pier after the fire.",
             "fields": {"staff": "About 40 people at the start",
                        "rebuild_started": "Work on the new pier started in May 2024"}}
    with small_pack(tmp_path, "Gull Island pier fire", [inquiry, trust, *fillers()]) as router:
        # (not the trust's "rebuild started" nor its staff "at the start")
        reply = ask(router, "so what actually started the pier fire?")
        assert reply.answered and "pier-fire-inquiry" in reply.entries


def test_a_time_of_day_answers_when(tmp_path):
    entries = [{"slug": "fuel-leak", "kind": "event", "title": "Fuel leak at the north pier",
                "summary": "Fuel leaked from the Tern's tank at the north pier on May 3, 2024.",
                "fields": {"started": "The leak began at 04:10 on May 3, 2024",
                           "stopped": "Valves shut at 06:45, and the slick drifted no further"}},
               *fillers()]
    # "06:45" says when, though it gives no date
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the fuel leak at the north pier begin, and when were "
                            "the valves shut?")
        assert reply.answered and "06:45" in reply.text


def test_which_things_takes_a_fact_named_for_them(tmp_path):
    entries = [{"slug": "crossing-trial", "kind": "event", "title": "Harbour crossing trial",
                "summary": "In 2023 the harbour board timed ferries across the bay, a trial the "
                           "pilots' guild paid for and Dana Holt's team ran.",
                "fields": {"paid_by": "The pilots' guild",
                           "team": "Dana Holt, Sam Reyes and two harbour engineers",
                           "ferries": "The Tern, the Gull and the Puffin"}},
               *fillers()]
    # the `ferries` fact, not who paid for the trial or who ran it
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which ferries did the harbour board time in the crossing trial?")
        assert reply.answered and "Puffin" in reply.text and "Paid by" not in reply.text


def test_a_later_part_pointing_back_by_a_word_never_used_asks_of_the_answer(tmp_path):
    entries = [{"slug": "pier-inquiry", "kind": "event", "title": "Pier fire inquiry",
                "summary": "The harbour board's inquiry into the pier fire reported in 2024.",
                "fields": {"published": "May 3, 2024", "length": "90 pages"}},
               *fillers()]
    # "the paperwork", a word the briefing never uses, is the inquiry the part before asked of
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the pier fire inquiry report, and how long was the "
                            "paperwork?")
        assert reply.answered and "90 pages" in reply.text


def test_that_day_in_a_later_part_is_the_day_the_part_before_gave(tmp_path):
    entries = [{"slug": "pier-fire-call", "kind": "event", "title": "Pier fire alarm",
                "summary": "The first call about the pier fire came on the 9th.",
                "fields": {"first_call": "14:05 on June 9, 2019"}},
               {"slug": "held-boats", "kind": "event", "title": "Boats held in port",
                "summary": "Boats were held in port while the pier burned.",
                "fields": {"total": "120 boats held in port over the week",
                           "on_june_9": "About 40 boats still waiting on June 9, 2019",
                           "cleared": "The last 30 boats left on June 14"}},
               *fillers()]
    # "that day" is the 9th, not the whole week
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what time on the 9th was the first call about the pier fire, and "
                            "how many boats were still held in port that day?")
        assert reply.answered and "40 boats" in reply.text


def test_a_later_part_of_pointing_words_only_asks_of_the_part_before(tmp_path):
    entries = [{"slug": "ferry-sale", "kind": "event", "title": "Sale of the old night ferry",
                "summary": "The harbour trust sold the old night ferry to a boatyard.",
                "fields": {"price": "$2 million", "date": "May 3, 2022"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "when was that" names nothing of its own: it asks when the sale was
        reply = ask(router, "how much did the old night ferry sell for, and when was that?")
        assert reply.answered and "$2 million" in reply.text and "May 3, 2022" in reply.text
        # ... but not after a part that was declined
        reply = ask(router, "did Sam Reyes resign over the sale, and when was that?")
        assert not reply.answered
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt was the harbour master who died in the pier fire.",
            "fields": {"role": "Harbour master",
                       "said": "Holt said the pier was safe a week before the fire"}}
    with small_pack(tmp_path / "2", "Harbour ferries", [holt, *fillers()]) as router:
        # "he" is the widower the declined part asked of, not Holt
        reply = ask(router, "Did Dana Holt's widower ever put out a public statement after the "
                            "fire? what did he say?")
        assert not reply.answered


def test_how_old_was_he_asks_a_persons_age(tmp_path):
    entries = [{"slug": "night-crossing", "kind": "event",
                "title": "The Tern's last night crossing",
                "summary": "The Tern made its last night crossing in 2019, launched from the "
                           "north pier.",
                "fields": {"crew": "Dana Holt (captain), Sam Reyes and Lee Park",
                           "launched_from": "The north pier, at dusk"}},
               *fillers()]
    # "she" is a person: a launch the crossing's entry gives is no age of hers
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "Who was captaining the Tern on its last night crossing, and how old "
                            "was she?")
        assert reply.answered and "Dana Holt" in reply.text
        assert "Launched from" not in reply.text


def test_what_a_name_stands_for_is_its_full_name_fact(tmp_path):
    entries = [{"slug": "gulmaso", "kind": "service", "title": "Gulmaso",
                "summary": "Gulmaso is the office that inspects the harbour's ferries.",
                "fields": {"full_name": "Gull Island Marine Safety Office",
                           "role": "Inspects ferries twice a year"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "What does Gulmaso stand for?")
        assert reply.answered and "Gull Island Marine Safety Office" in reply.text


def test_a_question_asked_inside_do_we_know_is_that_question(tmp_path):
    # "do we know what ...?" asks what, not whether: a sum, which the tug's entry lacks
    assert question_type("do we know what the tug cost to build".split()) == "amount"
    assert question_type("can someone tell me who skippered the tern".split()) == "who"
    # (not "do we know if ...": whether it is so)
    assert question_type("do we know if the pier reopened".split()) == "yesno"
    tug = {"slug": "gull-tug", "kind": "service", "title": "Gull tug",
           "summary": "The Gull tug was built at the harbour yard to tow ferries off the bar.",
           "fields": {"built": "Launched in May 2019 at the harbour yard"}}
    with small_pack(tmp_path, "Harbour ferries", [tug, *fillers()]) as router:
        assert not ask(router, "do we know what the Gull tug cost to build?").answered
        reply = ask(router, "do we know when the Gull tug was launched?")
        assert reply.answered and "May 2019" in reply.text


def test_a_name_asked_of_a_noun_comes_right_after_it(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt skippered the night ferry for twenty years.",
            "fields": {"farewell": "May 2020, cheered at the pier by her husband and her son "
                                  "Sam Holt"}}
    with small_pack(tmp_path / "1", "Harbour ferries", [holt, *fillers()]) as router:
        # the fact speaks of her husband but names only her son
        assert not ask(router, "what's Dana Holt's husband called?").answered
        assert not ask(router, "what is Dana Holt's husband's name?").answered
    holt["fields"]["farewell"] = ("May 2020, cheered at the pier by her husband, Tom Reyes, and "
                                 "her son Sam Holt")
    with small_pack(tmp_path / "2", "Harbour ferries", [holt, *fillers()]) as router:
        reply = ask(router, "what's Dana Holt's husband called?")
        assert reply.answered and "Tom Reyes" in reply.text


def test_a_share_price_move_needs_a_fact_that_gives_one(tmp_path):
    deal = {"slug": "tern-buyout", "kind": "event", "title": "Tern Lines buyout",
            "summary": "Acme Ferries agreed to buy Tern Lines in May 2021.",
            "fields": {"price": "$12 a share in cash, about $300 million in all",
                       "announced": "May 3, 2021"}}
    with small_pack(tmp_path / "1", "Harbour ferries", [deal, *fillers()]) as router:
        # the offer's price per share is no move of the stock
        assert not ask(router, "how much did Tern Lines stock jump the day the buyout was "
                               "announced?").answered
        assert not ask(router, "what did Tern Lines' share price do when the buyout was "
                               "announced?").answered
        reply = ask(router, "how much did Acme pay a share for Tern Lines?")
        assert reply.answered and "$12 a share" in reply.text
    deal["fields"]["stock"] = "Tern Lines shares jumped 30% on May 3, 2021"
    with small_pack(tmp_path / "2", "Harbour ferries", [deal, *fillers()]) as router:
        reply = ask(router, "how much did Tern Lines stock jump the day the buyout was announced?")
        assert reply.answered and "30%" in reply.text


def test_a_yes_no_asked_of_the_time_after_the_story_needs_a_later_fact(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt was the harbour master who closed the north pier in 2021.",
            "fields": {"role": "Harbour master of Gullport, 2015 to 2021, and a mayoral aide"}}
    with small_pack(tmp_path / "1", "Harbour ferries", [holt, *fillers()]) as router:
        # her role in the story says nothing of what she did later
        assert not ask(router, "did Dana Holt run for mayor later on?").answered
        assert not ask(router, "did Dana Holt get promoted after all this?").answered
        reply = ask(router, "was Dana Holt the harbour master?")
        assert reply.answered
    holt["fields"]["later"] = "Ran for mayor of Gullport in 2023 and lost"
    with small_pack(tmp_path / "2", "Harbour ferries", [holt, *fillers()]) as router:
        reply = ask(router, "did Dana Holt run for mayor later on?")
        assert reply.answered and "2023" in reply.text


def test_open_again_is_answered_by_a_fact_or_an_entry_of_the_reopening(tmp_path):
    pier = {"slug": "north-pier-reopening", "kind": "event", "title": "North pier reopens",
            "summary": "The north pier, shut after the 2021 collapse, reopened to the public on "
                       "May 3, 2024.",
            "fields": {"status": "Open to walkers, with the far end fenced off"}}
    with small_pack(tmp_path / "1", "Harbour ferries", [pier, *fillers()]) as router:
        # "again" is said by the reopening itself, not only by "later" or "since"
        reply = ask(router, "is the north pier open to the public again?")
        assert reply.answered and "reopened" in reply.text
    pier.update(title="North pier", summary="The north pier collapsed in 2021.")
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt chaired the harbour board; ferry service to Gullport resumed "
                       "in 2019.",
            "fields": {"chair": "Harbour board, 2015 to 2018",
                       "resigned": "Resigned from Acme Ferries in May 2021"}}
    with small_pack(tmp_path / "2", "Harbour ferries", [pier, holt, *fillers()]) as router:
        assert not ask(router, "is the north pier open to the public again?").answered
        # "resigned" is no signing again, and a service that resumed is not her chairing
        assert not ask(router, "did Dana Holt sign with Acme Ferries again?").answered
        assert not ask(router, "did Dana Holt chair the harbour board again?").answered


def test_the_name_of_an_owners_thing_is_given_by_a_fact_named_for_it(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt was the harbour master who closed the north pier in 2021.",
            "fields": {"role": "Harbour master of Gullport, 2015 to 2021",
                       "book": "Safe Harbours (2023)"}}
    with small_pack(tmp_path / "1", "Harbour ferries", [holt, *fillers()]) as router:
        # a book's title is English words, named by the fact for the book asked
        for question in ("what's the name of Dana Holt's book?", "what book did Dana Holt write?"):
            reply = ask(router, question)
            assert reply.answered and "Safe Harbours" in reply.text, question
        assert not ask(router, "what's the name of Dana Holt's boat?").answered
    del holt["fields"]["book"]
    with small_pack(tmp_path / "2", "Harbour ferries", [holt, *fillers()]) as router:
        assert not ask(router, "what's the name of Dana Holt's book?").answered
    for told in ("Sold in 2019", "Unknown"):  # what became of it, no name
        holt["fields"]["book"] = told
        with small_pack(tmp_path / told, "Harbour ferries", [holt, *fillers()]) as router:
            assert not ask(router, "what's the name of Dana Holt's book?").answered, told


def test_how_much_was_an_owners_unnamed_thing_is_declined(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt ran Acme Ferries until she quit in May 2023.",
            "fields": {"payment": "$2 million in damages to Acme Ferries under a 2024 deal"}}
    with small_pack(tmp_path, "Harbour ferries", [holt, *fillers()]) as router:
        # a pension the store never names, whatever sum sits nearby
        assert not ask(router, "how much was Dana Holt's pension from Acme Ferries?").answered
        reply = ask(router, "how much was Dana Holt's payment to Acme Ferries?")
        assert reply.answered and "$2 million" in reply.text


def test_an_everyday_phrase_of_news_is_read_as_the_formal_word(tmp_path):
    # Chat says "turn on", "pony up", "walk away from", "shown the door", "grilled"; a
    # briefing says activated, paid, withdrew, dismissed, questioned.
    entries = [{"slug": "fog-horn", "kind": "event", "title": "Fog horn failure",
                "summary": "Harbour staff did not activate the fog horn during the storm.",
                "fields": {"reason": "The horn's relay was corroded"}},
               {"slug": "pier-fund", "kind": "event", "title": "Pier fund",
                "summary": "The council paid $2 million towards the new pier.",
                "fields": {"date": "May 1, 2022"}},
               {"slug": "ferry-talks", "kind": "event", "title": "Ferry talks",
                "summary": "The ferry line withdrew from the pier talks in June.",
                "fields": {"reason": "It said the berth fees were too high"}},
               {"slug": "skipper", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, the Tern's skipper, was dismissed by the board.",
                "fields": {"date": "March 9, 2023"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "why didn't they turn on the fog horn?")
        assert reply.answered and "relay" in reply.text
        reply = ask(router, "when did the council pony up for the new pier?")
        assert reply.answered and "May 1, 2022" in reply.text
        reply = ask(router, "why did the ferry line walk away from the pier talks?")
        assert reply.answered and "berth fees" in reply.text
        reply = ask(router, "when was Dana Holt shown the door?")
        assert reply.answered and "March 9, 2023" in reply.text
    assert "questioned" in synonyms_of("grilled") and "paid" in IDIOMS[("pony", "up")]
    # "back" alone is an adverb ("hooked back up", "back in the 70s"), not "backed"
    assert "supported" not in synonyms_of("back")


def test_a_phrasal_verb_in_the_perfect_is_a_deed_the_count_must_say(tmp_path):
    # "how many have passed away" asks a count of the dead, as "how many have died" does: the
    # crew aboard is no such count
    entries = [{"slug": "tern-sinking", "kind": "event", "title": "Tern sinking",
                "summary": "The ferry Tern sank off the north pier in 2019; all were rescued.",
                "fields": {"crew": "12 crew aboard"}},
               {"slug": "pier-fire", "kind": "event", "title": "Pier fire",
                "summary": "A dock worker died in the pier fire."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "how many of the Tern's crew have passed away since?").answered


def test_an_entrys_own_count_counts_what_its_title_says_was_done(tmp_path):
    # "count: 14 boards" counts the approvals the entry is about, though the fact itself
    # never says "approved"
    entries = [{"slug": "pier-approvals", "kind": "event", "title": "Approvals of the pier plan",
                "summary": "Harbour boards up and down the coast cleared the new pier plan.",
                "fields": {"count": "14 harbour boards, per the ministry in 2023"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many harbour boards have approved the pier plan?")
        assert reply.answered and "14 harbour boards" in reply.text


def test_more_everyday_words_of_news_are_read_as_the_formal_ones(tmp_path):
    # prices "pinned at" a cap, money "put up", a "skipper", a piece that "fell off"
    entries = [{"slug": "fare-cap", "kind": "event", "title": "Fare cap",
                "summary": "Ferry fares were capped at $4 during the harbour strike."},
               {"slug": "pier-donors", "kind": "event", "title": "Pier donors",
                "summary": "Local firms offered $300,000 to fund the new pier."},
               {"slug": "tern", "kind": "event", "title": "The Tern",
                "summary": "The Tern's captain was Dana Holt."},
               {"slug": "railing", "kind": "event", "title": "Railing",
                "summary": "A railing separated from the Tern's upper deck in a gale.",
                "fields": {"found_by": "A dock worker, Sam Reyes"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what were ferry fares pinned at during the harbour strike?")
        assert reply.answered and "$4" in reply.text
        reply = ask(router, "how much were local firms offering to put up for the new pier?")
        assert reply.answered and "$300,000" in reply.text
        reply = ask(router, "who was the Tern's skipper?")
        assert reply.answered and "Dana Holt" in reply.text
        reply = ask(router, "who found the railing after it fell off the Tern?")
        assert reply.answered and "Sam Reyes" in reply.text
    # (not "pin" alone: "the fault the judge pinned on the Tern" is blame, no cap)
    assert "capped" not in synonyms_of("pin")


def test_an_excuse_a_ride_and_a_pledge_committed_are_the_formal_words(tmp_path):
    entries = [{"slug": "pier-closure", "kind": "event", "title": "North pier closure",
                "summary": "The harbour master shut the north pier for a week.",
                "fields": {"explanation": "Cracks were found in the pilings"}},
               {"slug": "island-fare", "kind": "service", "title": "Gull Island trip",
                "summary": "The Tern makes the trip to Gull Island twice a day.",
                "fields": {"price": "$12 each way"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what was the harbour master's excuse for shutting the north pier?")
        assert reply.answered and "pilings" in reply.text
        reply = ask(router, "what is the price to ride the Tern to Gull Island?")
        assert reply.answered and "$12" in reply.text
    assert "pledged" in synonyms_of("committed") and "shut" in IDIOMS[("pulled", "the", "plug")]


def test_what_kicked_off_a_thing_asks_its_cause_and_a_sign_off_may_be_a_certificate(tmp_path):
    entries = [{"slug": "shed-fire", "kind": "event", "title": "Net shed fire",
                "summary": "A fire began in the net shed on the east quay on May 3.",
                "fields": {"started": "May 3, 2022, at 4 a.m.",
                           "probable_cause": "A heater left on overnight"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what actually kicked off the net shed fire?")
        assert reply.answered and reply.text.startswith("Probable cause:")
    assert "certified" in IDIOMS[("sign", "off", "on")]


def test_voting_yes_is_voting_in_favour(tmp_path):
    entries = [{"slug": "pier-vote", "kind": "event", "title": "Pier plan vote",
                "summary": "The harbour board ratified the new pier plan in June.",
                "fields": {"in_favor": "7 of the 9 board members"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many board members voted yes on the new pier plan?")
        assert reply.answered and "7 of the 9" in reply.text


def test_an_idiom_a_fact_writes_holds_itself(tmp_path):
    # the fact never says "strike", the plain word of "walked off the job", but writes the
    # idiom the question asks with
    entries = [{"slug": "deckhand-action", "kind": "event", "title": "Deckhand action",
                "summary": "Deckhands on the island run protested the new rosters in May.",
                "fields": {"turnout": "64% of deckhands walked off the job"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what share of the deckhands walked off the job over the rosters?")
        assert reply.answered and "64%" in reply.text


def test_who_replaced_someone_is_answered_by_their_successor_fact(tmp_path):
    # "who replaced X" asks X's successor as "who succeeded X" does, and a fact named for it
    # holds a name even when its words are everyday English ("Mark George")
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the harbour ferry line until the board fired her.",
                "fields": {"role": "Ferry line director, 2015 to 2021",
                           "successor": "Mark George"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("who replaced Dana Holt as director?", "who succeeded Dana Holt?"):
            reply = ask(router, question)
            assert reply.answered and "Mark George" in reply.text, question


def test_a_part_before_what_about_y_is_not_answered_from_y(tmp_path):
    # "..., and what about the Tern II?" asks the part before again of the Tern II, so that
    # part is of another entry, though its words fit the Tern II's as well
    entries = [{"slug": "tern", "kind": "service", "title": "Tern",
                "summary": "The Tern was the harbour's first ferry; it was valued at $3 million "
                           "in 2020 and retired in 2023.",
                "fields": {"valuation": "$3 million (2020 survey)"}},
               {"slug": "tern-ii", "kind": "service", "title": "Tern II",
                "summary": "The Tern II was the Tern's sister ferry; it was valued at $1 million "
                           "in the 2020 survey.",
                "fields": {"valuation": "$1 million (2020 survey)"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "What was the Tern valued at in the 2020 survey, and what about "
                            "the Tern II?")
        assert reply.answered and "$3 million" in reply.text and "$1 million" in reply.text


def test_an_example_list_ends_where_the_list_does(tmp_path):
    # "such as the Tern, the Puffin and the Gull" names examples; the clause after the list,
    # "in which the chairman found", still speaks of the chairman
    entries = [{"slug": "hull-survey", "kind": "event", "title": "Hull survey",
                "summary": "The hull survey covered the fleet's ferries such as the Tern, the "
                           "Puffin and the Gull, in which the board's chairman found rust on "
                           "about 40% of hulls.",
                "fields": {"rusted_share": "38% of hulls had rust"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "What share of hulls did the chairman find rusty?")
        assert reply.answered and "38%" in reply.text


def test_get_back_to_is_return_to(tmp_path):
    # "get back to" a state is returning to it: the year the summary says it returned
    entries = [{"slug": "fare-recovery", "kind": "event", "title": "Fare recovery",
                "summary": "After years of empty decks, the ferries returned to full sailings "
                           "in March 2022.",
                "fields": {"low_point": "Half the sailings were cut in 2020",
                           "earlier_steps": "Weekend sailings came first, in 2021"}},
               {"slug": "tern-refit", "kind": "event", "title": "Tern refit",
                "summary": "The Tern was towed back to the yard for a new deck."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the harbour get back to full ferry service?")
        assert reply.answered and "March 2022" in reply.text


def test_whether_anyone_underwent_a_deed_needs_a_fact_saying_it_was_done(tmp_path):
    entries = [{"slug": "fare-code", "kind": "event", "title": "Harbour fare code",
                "summary": "The harbour fare code lets the board fine a ferry line that "
                           "overcharges riders.",
                "fields": {"fines": "Each fine is capped at $5,000",
                           "reward": "Up to $1,000 for information leading to the arrest of "
                                     "a fare dodger"}},
               {"slug": "pier-fire-inquiry", "kind": "event", "title": "Pier fire inquiry",
                "summary": "The inquiry into the pier fire closed in May without charging anyone.",
                "fields": {"outcome": "No charges filed against the night crew"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # the code's fines and a reward for an arrest say nothing of anyone fined or arrested
        assert not ask(router, "has anyone actually been fined under the fare code yet?").answered
        assert not ask(router, "was anybody arrested under the fare code reward?").answered
        # a fact saying it was never done answers
        reply = ask(router, "was anyone ever charged over the pier fire?")
        assert reply.answered and "No charges" in reply.text
    fined = copy.deepcopy(entries)
    fined[0]["summary"] += " Gull Ferries was fined $4,000 under it in March."
    with small_pack(tmp_path / "2", "Harbour ferries", fined) as router:
        reply = ask(router, "has anyone actually been fined under the fare code yet?")
        assert reply.answered and "Gull Ferries" in reply.text


def test_a_later_part_that_gets_the_answer_before_tries_the_next_entry(tmp_path):
    # "..., and when did they scrap it?" is read as "when", and the first crossing's date fits
    # it as well as it fitted the part before; the same answer twice asks nothing new
    entries = [{"slug": "first-crossing", "kind": "event", "title": "First crossing of the Tern",
                "summary": "The Tern made its first crossing of the bay on May 2, 2001.",
                "fields": {"date": "May 2, 2001"}},
               {"slug": "tern", "kind": "service", "title": "Tern",
                "summary": "The Tern was the harbour's first ferry; the line scrapped it in 2019.",
                "fields": {"scrapped": "October 11, 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the first crossing happen and when did they get rid "
                            "of the thing?")
        assert reply.answered and "May 2, 2001" in reply.text, reply.text
        assert "October 11, 2019" in reply.text, reply.text


def test_a_part_after_a_declined_one_borrows_the_entry_it_named(tmp_path):
    # the first part is declined, but it named the Tern: "the repairs" of the next part, which
    # names nothing and points at nothing, are the Tern's, not the pier's
    entries = [{"slug": "tern", "kind": "service", "title": "Tern",
                "summary": "The Tern is the harbour's oldest ferry; the line had its hull "
                           "repaired in 2022.",
                "fields": {"repairs": "Hull repairs finished on June 3, 2022", "built": "1988"}},
               {"slug": "pier-repairs", "kind": "event", "title": "North pier repairs",
                "summary": "Repairs to the north pier after the 2019 storm.",
                "fields": {"finished": "May 1, 2020"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "When did inspectors find the Tern unseaworthy, and when were the "
                            "repairs finished?")
        assert reply.answered and "June 3, 2022" in reply.text, reply.text
        # (not for more of what the declined part asked, nor after a declined yes/no)
        for question in ("When did inspectors find the Tern unseaworthy, and when did they "
                         "find the pier unsafe?",
                         "Did inspectors ever find the Tern unseaworthy? when were the repairs "
                         "finished?"):
            reply = ask(router, question)
            assert "June 3, 2022" not in reply.text, question


def test_a_later_part_that_says_nothing_new_tries_the_next_entry(tmp_path):
    # the third part's "when" gets only the date the first part already gave
    entries = [{"slug": "first-crossing", "kind": "event", "title": "First crossing of the Tern",
                "summary": "The Tern made its first crossing of the bay on May 2, 2001.",
                "fields": {"date": "May 2, 2001",
                           "where": "From Gull Island to the north landing"}},
               {"slug": "tern", "kind": "service", "title": "Tern",
                "summary": "The Tern was the harbour's first ferry; the line scrapped it in 2019.",
                "fields": {"scrapped": "October 11, 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when and where did the first crossing happen, and when did they "
                            "get rid of the thing?")
        assert reply.answered and "Gull Island" in reply.text, reply.text
        assert "October 11, 2019" in reply.text, reply.text


def test_words_of_any_subject_are_not_asked_for(tmp_path):
    # "be able to", "nobody", "another" say how a question is put, not what it is about,
    # even when some entry happens to use them
    entries = [{"slug": "new-tug", "kind": "service", "title": "Gull tug",
                "summary": "The Gull tug tows ships of 40,000 tonnes and breaks harbour ice."},
               {"slug": "pier-fire-inquiry", "kind": "event", "title": "Pier fire inquiry",
                "summary": "The inquiry into the pier fire closed in May without charging anyone.",
                "fields": {"outcome": "No charges filed against the night crew"}},
               {"slug": "storm-night", "kind": "event", "title": "Storm night",
                "summary": "Nobody was able to board another ferry on the night of the storm."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what is the new tug supposed to be able to do, concretely?")
        assert reply.answered and "40,000 tonnes" in reply.text
        reply = ask(router, "is it true nobody was ever charged over the pier fire?")
        assert reply.answered and "No charges" in reply.text
        read = router.answerer._read("was the cook from another ferry?", ())
        assert [c.soft for c in read.concepts if c.word == "another"] == [True]


def test_an_adverb_of_manner_the_store_never_uses_is_not_asked_for(tmp_path):
    assert manner("formally") and manner("publicly") and manner("probably")
    assert not manner("monthly") and not manner("assembly") and not manner("costly")
    entries = [{"slug": "pier-reopening", "kind": "event", "title": "Pier reopening",
                "summary": "The north pier reopened to ferries on May 3, 2022.",
                "fields": {"when": "May 3, 2022"}},
               {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "The night ferry sails from the south pier under council protection."},
               {"slug": "pier-fire-inquiry", "kind": "event", "title": "Pier fire inquiry",
                "summary": "The inquiry found the pier fire was no criminal act."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when was the pier formally reopened under protection?")
        assert reply.answered and "May 3, 2022" in reply.text
        # one of the store's own words ("criminal") is on the subject: still asked for
        read = router.answerer._read("was anyone criminally charged over the pier fire?", ())
        assert "criminally" in [c.word for c in read.concepts]


def test_official_is_not_asked_for_as_officially_is_not(tmp_path):
    # "the official number of the bylaw" is its number, whatever the entry calls it
    entries = [{"slug": "pier-bylaw", "kind": "event", "title": "Pier bylaw",
                "summary": "Bylaw No. 2021-44 set the pier's opening hours."},
               {"slug": "harbour-master", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is the official who runs the harbour."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        read = router.answerer._read("what is the official number of the pier bylaw?", ())
        assert [c.soft for c in read.concepts if c.word == "official"] == [True]


def test_how_it_ended_prefers_the_final_report_to_an_early_one(tmp_path):
    # "ultimately" asks how it ended: the inquiry's final report, not its interim one, even
    # where the interim one holds the question's words more often
    entries = [{"slug": "interim-report", "kind": "event", "title": "Harbour inquiry interim "
                "report",
                "summary": "The harbour inquiry's interim report set out how the ferry lost "
                           "power twice before it hit the pier.",
                "fields": {"findings": "A breaker opened and the ferry lost power; the ferry "
                                       "lost power again before it hit the pier"}},
               {"slug": "final-report", "kind": "event", "title": "Harbour inquiry final "
                "report",
                "summary": "The harbour inquiry found that a loose cable made the ferry lose "
                           "power.",
                "fields": {"cause": "A loose cable tripped a breaker"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("what did the harbour inquiry ultimately find made the ferry lose "
                         "power?",
                         "what did the harbour inquiry end up saying made the ferry lose power?"):
            reply = ask(router, question)
            assert reply.answered and "loose cable" in reply.text, (question, reply.text)


def test_how_far_down_asks_a_depth(tmp_path):
    entries = [{"slug": "wreck", "kind": "event", "title": "Wreck of the Tern",
                "summary": "The Tern sank in a storm and lies on the sea floor off the harbour.",
                "fields": {"distance": "About 20 km from the harbour mouth",
                           "depth": "About 300 m below the surface"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how far down did the Tern sink?")
        assert reply.answered and "300 m" in reply.text and "20 km" not in reply.text, reply.text
        # (down the harbour, a river or a coast is a distance)
        reply = ask(router, "how far down the harbour did the Tern sink?")
        assert "20 km" in reply.text, reply.text


def test_how_much_jail_time_asks_a_term(tmp_path):
    entries = [{"slug": "skipper", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt was the Tern's skipper when it hit the pier.",
                "fields": {"fine": "$20,000, imposed in March 2022",
                           "sentence": "Two years in prison, imposed in March 2022"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much jail time did Dana Holt get?")
        assert reply.answered and "Two years" in reply.text, reply.text
        assert "$20,000" not in reply.text, reply.text


def test_a_runner_up_with_the_size_asked_answers_when_the_best_lacks_it(tmp_path):
    # the crew's own entry ranks first but gives no depth; the sinking's, a little further
    # behind than a runner-up usually may be, has a `depth`
    entries = [{"slug": "tern-crew", "kind": "person", "title": "Crew of the Tern",
                "summary": "The Tern's eight crew were trapped in the hull for two days before "
                           "divers reached them.",
                "fields": {"count": "Eight crew", "rescued": "All eight, on May 4"}},
               {"slug": "sinking", "kind": "event", "title": "Sinking of the Tern",
                "summary": "The Tern sank off the north pier in a storm, trapping its crew.",
                "fields": {"depth": "About 40 m below the surface", "date": "May 2"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how far down were the Tern's crew stuck?")
        assert reply.answered and "40 m" in reply.text, reply.text


def test_which_city_asks_a_place(tmp_path):
    # "which city" asks where, as "which country" does: the noun names the kind of answer
    assert question_type("which city is the ferry office based in".split()) == "where"
    entries = [{"slug": "ferry-office", "kind": "service", "title": "Ferry office",
                "summary": "The ferry office sells season tickets for the bay crossings.",
                "fields": {"headquarters": "Gullport, on the north shore"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which city is the ferry office based in?")
        assert reply.answered and "Gullport" in reply.text


def test_an_acronym_is_held_by_an_entry_that_spells_it_out(tmp_path):
    # "EB" (the store uses the letters elsewhere) is what "electric boat" says in lower case,
    # and "the HO" what "Harbour Order 12" says in capitals
    entries = [{"slug": "gull-charging", "kind": "service", "title": "Gull Charging",
                "summary": "Gull Charging is the ferry line's unit that builds electric boat "
                           "chargers at the piers under Harbour Order 12.",
                "fields": {"headquarters": "Gullport, on the north shore",
                           "started": "May 4, 2021"}},
               {"slug": "eb-plan", "kind": "event", "title": "EB plan",
                "summary": "The line's EB plan, drawn up under the HO, replaces diesel boats by "
                           "2030."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the unit building the EB chargers start?")
        assert reply.answered and "May 4, 2021" in reply.text
        reply = ask(router, "when did the unit the HO set up start building chargers?")
        assert reply.answered and "May 4, 2021" in reply.text


def test_a_show_airs_and_a_trip_is_jetted_off_on(tmp_path):
    # "when did the show air?": broadcast; "where did she jet off to?": flew
    entries = [{"slug": "night-crossing", "kind": "event", "title": "The Night Crossing",
                "summary": "A six-part series about the night ferry's crews, broadcast on "
                           "Channel 5.",
                "fields": {"date": "March 2 to 7, 2024"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt is the harbour master; during the ferry strike she flew "
                           "to Gull Island with her family.",
                "fields": {"trip": "Flew to Gull Island on May 3, 2024"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the night crossing air?")
        assert reply.answered and "March 2 to 7, 2024" in reply.text
        reply = ask(router, "where did dana holt jet off to?")
        assert reply.answered and "Gull Island" in reply.text


def test_how_much_a_voucher_named_before_a_clause_is_worth_asks_its_sum(tmp_path):
    # the thing valued may stand anywhere between "how much" and "worth", though not in a
    # clause of its own
    assert _deal_worth("worth", "how much were the vouchers the line sent out worth".split())
    assert not _deal_worth("worth", "how much is the tug that came with the deal really "
                                    "worth".split())
    entries = [{"slug": "ferry-vouchers", "kind": "event", "title": "Ferry vouchers",
                "summary": "After the strike, the line emailed ferry vouchers to stranded "
                           "passengers; some codes failed.",
                "fields": {"amount": "$15 a passenger"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much were the ferry vouchers the line sent out worth?")
        assert reply.answered and "$15" in reply.text


def test_a_common_word_in_lower_case_is_no_acronym_spelt_like_it(tmp_path):
    entries = [
        {"slug": "pier-certificates", "kind": "event",
         "title": "Coastal operations permits (COPs)",
         "summary": "The harbour board sold 40 COPs to dredging firms in 2012 for $3 million.",
         "aliases": ["COPs"]},
        {"slug": "retiree-vote", "kind": "event", "title": "Retiree vote",
         "summary": "Retired harbour workers voted on the pension plan by mail in 2014.",
         "fields": {"police_share": "About 82% of retired police voted yes"}},
        *fillers(),
    ]
    with small_pack(tmp_path, "A harbour", entries) as router:
        # "cops" typed in lower case are police officers
        reply = ask(router, "what share of retired cops voted yes on the pension plan?")
        assert reply.answered and "82%" in reply.text
        # typed in capitals, the acronym still names its entry
        reply = ask(router, "how much did the harbour raise from the COPs?")
        assert reply.entries == ("pier-certificates",) and "$3 million" in reply.text


def test_a_phrasal_verb_is_read_around_a_short_object():
    # "the" and a word or two, a name, or a pronoun, before the particles
    assert _rewrite("when did they turn the pier lights back on".split()) == [
        "when", "did", "they", "turn_back_on", "the", "pier", "lights"]
    assert _rewrite("when did they send tern back".split(), {"tern"}) == [
        "when", "did", "they", "send_back", "tern"]
    assert _rewrite("when did they turn it back on".split())[-1] == "turn_back_on"


def test_him_in_a_part_naming_something_else_is_the_person_a_which_part_answered_with(tmp_path):
    # "Which inspector ..., and what did the harbour board try to do about him?": him is the
    # inspector the first part's answer names, though the part names the board itself
    entries = [{"slug": "pier-inquiry", "kind": "case", "title": "Pier inquiry",
                "summary": "The pier inquiry looked into the collapse of the east pier.",
                "fields": {"inspector": "Inspector Sam Reyes",
                           "finding": "The pier's piles had rotted"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes led the pier inquiry for the ministry.",
                "fields": {"removal_bid": "The harbour board asked in 2019 that Reyes step "
                                          "aside, and failed"}},
               {"slug": "harbour-board", "kind": "body", "title": "Harbour board",
                "summary": "The harbour board runs the piers of the bay.",
                "fields": {"budget": "$3 million in 2019"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour piers", entries) as router:
        reply = ask(router, "which inspector led the pier inquiry, and what did the harbour "
                            "board try to do about him in 2019?")
        assert reply.answered and "step aside" in reply.text, reply.text


def test_a_part_pointing_back_at_a_declined_part_is_answered_when_both_find_one_entry(tmp_path):
    # "what did the scrap of paper ... say, and who wrote it?": the first part is declined (no
    # saying of the note), but "who wrote it" alone finds the note the first part ranked first
    entries = [{"slug": "gate-note", "kind": "event", "title": "The gate note",
                "summary": "The night crew left a paper note on the east pier gate in March.",
                "fields": {"written_by": "Dana Holt, deckhand, in red ink"}},
               {"slug": "east-pier", "kind": "place", "title": "East pier",
                "summary": "The east pier serves the night ferry."},
               *fillers()]
    with small_pack(tmp_path, "Harbour piers", entries) as router:
        reply = ask(router, "what did the scrap of paper the night crew left on the gate "
                            "actually say, and who wrote it?")
        assert reply.answered and "Dana Holt" in reply.text, reply.text


def test_a_part_pointing_back_at_a_declined_part_is_read_as_of_the_entry_both_rank_high(tmp_path):
    # "on what date was that announced" alone ranks the harbour chief first (a date he
    # announced something else), the halt second; the declined first part ranked the halt
    # first: the part is of the halt
    entries = [{"slug": "ferry-halt", "kind": "event", "title": "Night ferry halt",
                "summary": "The harbour board decided the night ferry would not sail home with "
                           "its crew, as the harbour chief announced.",
                "fields": {"date": "August 24, 2024"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, the harbour chief, announced the winter timetable.",
                "fields": {"role": "Harbour chief",
                           "announced": "Announced the winter timetable on August 2, 2024"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did the harbour board's memo about the night ferry actually "
                            "say, and on what date was that announced?")
        assert reply.answered and "August 24, 2024" in reply.text, reply.text
        assert "August 2, 2024" not in reply.text, reply.text


def test_a_part_pointing_back_at_a_declined_part_is_answered_from_the_agreed_entry_alone(tmp_path):
    # "how many recommendations did it make" ranks the pier audit first, the review second;
    # the declined first part ranked the review first: read as of the review, the audit it
    # links to still ranks first, so the review alone answers
    entries = [{"slug": "ferry-review", "kind": "event", "title": "Ferry safety review",
                "related": ["pier-audit"],
                "summary": "The harbour board's advisory panel reviewed the night ferry crash.",
                "fields": {"findings": "It called the crash a failure of oversight",
                           "advice": "Its report had 12 recommendations for the board"}},
               {"slug": "pier-audit", "kind": "event", "title": "Recommendations made",
                "keywords": ["recommendations made", "recommendations"],
                "aliases": ["Made recommendations"],
                "summary": "The pier audit made recommendations: recommendations it made on pier "
                           "repairs, recommendations it made on fares.",
                "fields": {"recommendations": "The audit made 30 recommendations",
                           "made": "Recommendations made in 2020: 30 recommendations"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "What catchy label did the harbour board's advisory panel pin on the "
                            "crash, and how many recommendations did it make?")
        assert reply.answered and "12 recommendations" in reply.text, reply.text
        assert "30 recommendations" not in reply.text, reply.text


def test_a_qualified_date_or_sum_needs_a_fact_of_that_kind(tmp_path):
    # "release date": the day the Tern was impounded is no release date
    entries = [{"slug": "tern-impounded", "kind": "event", "title": "Tern impounded",
                "summary": "Port police held the Tern for six months, followed by a year of "
                           "inspections after her release.",
                "fields": {"impounded": "Held from May 3, 2024"}},
               *fillers()]
    answered_only_with(tmp_path / "1", entries, "what's the Tern's projected release date?",
                       "released", "Due to be freed on November 3, 2024", "November 3, 2024")
    # "repair budget": a sum spent on new engines is no repair budget, though what the refit
    # cost is asked of the refit itself
    entries = [{"slug": "gull-refit", "kind": "event", "title": "Gull refit",
                "summary": "The Gull's 2023 budget went on new engines; her hull repairs "
                           "waited.",
                "fields": {"engines": "$2 million for two new engines"}},
               *fillers()]
    answered_only_with(tmp_path / "2", entries, "how big was the Gull's repair budget?",
                       "repairs", "$300,000 set aside for repairs", "$300,000")
    with small_pack(tmp_path / "3", "Harbour ferries", entries) as router:
        reply = ask(router, "how much did the Gull's new engines cost?")
        assert reply.answered and "$2 million" in reply.text
    # a deal's breakup fee is its termination fee
    assert "termination" in synonyms_of("breakup")


def test_a_qualified_date_only_the_summary_gives_is_answered_from_it(tmp_path):
    # "retirement date": no fact dates her retirement, but the summary does, beside it; the
    # date of her hearing, a fact named for a date, is not the one asked
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the ferry office from 2001 until she retired on "
                           "June 30, 2019. Her pension hearing opened in 2023.",
                "fields": {"role": "Ferry master, 2001 to 2019",
                           "hearing_date": "Opened March 2, 2023 at the harbour court"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "dana holt retirement date?")
        assert reply.answered and "June 30, 2019" in reply.text, reply.text
        assert "March 2, 2023" not in reply.text, reply.text
    # ... but a sentence only naming it far from its date says no date of it
    entries[0]["summary"] = ("Dana Holt was named ferry master on June 30, 2001 and later "
                             "spoke at length of her plans for an early retirement.")
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        assert not ask(router, "dana holt retirement date?").answered


def test_a_fact_named_by_the_initials_asked_is_picked(tmp_path):
    # "HNF": the fact named `harbour_night_ferry` is the one asked of, not the entry's general
    # `returned`
    entries = [{"slug": "night-shutdown", "kind": "event", "title": "Night services halted",
                "summary": "Night ferries stopped when the crews struck in May 2023.",
                "fields": {"returned": "Early October 2023, after the crews' strike ended",
                           "harbour_night_ferry": "Its season was cancelled; it came back on "
                                                  "October 14, 2023",
                           "stopped": "May 2023"},
                "keywords": ["HNF", "Harbour Night Ferry", "night ferries"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did the HNF come back after the crews walked out?")
        assert reply.answered and "October 14, 2023" in reply.text, reply.text


def test_a_sum_paid_in_a_year_answers_what_is_paid_every_year(tmp_path):
    # "forking over" is paying, in any tense; `payment_2022` is named for a payment, and
    # "$2 million in 2022" is a year's sum, for "every year"
    entries = [{"slug": "berth-deal", "kind": "event", "title": "North pier berth deal",
                "summary": "Gull Lines rents the north pier berth from the harbour trust.",
                "fields": {"parties": "Gull Lines and the harbour trust",
                           "payment_2022": "About $2 million in 2022, per the trust's accounts",
                           "berth": "Gull Lines ferries dock at the north pier every year"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what's Gull Lines forking over to the trust every year for the "
                            "berth?")
        assert reply.answered and "$2 million" in reply.text, reply.text


def test_how_often_it_had_happened_is_answered_by_a_count_of_the_times(tmp_path):
    # "how often had ...": the fact counting the times it did, named `count`
    entries = [{"slug": "engine-alarms", "kind": "event", "title": "Tern engine alarms",
                "summary": "An engine alarm had sounded on earlier crossings of the Tern.",
                "fields": {"count": "4 earlier crossings with an engine alarm",
                           "when": "May 3 and June 9, 2022",
                           "outcome": "The harbour kept the Tern off the night run"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how often had the Tern's engine alarm gone off before the fire?")
        assert reply.answered and "4 earlier crossings" in reply.text, reply.text


def test_what_time_someone_took_is_a_fact_named_for_that_time(tmp_path):
    # "what time did she clock in the harbour swim?": her `swim_time`, a time taken
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, a ferry master, swam the harbour race after she retired.",
                "fields": {"role": "Ferry master",
                           "swim_date": "July 4, 2021, the harbour swim",
                           "swim_time": "2 hours 10 minutes, against the tide"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what time did dana holt clock in the harbour swim")
        assert reply.answered and "2 hours 10 minutes" in reply.text, reply.text
        # ... but a time of day is still asked of when something was done
        assert not ask(router, "what time did dana holt retire").answered


def test_a_sum_spent_to_do_something_is_a_sum_for_it(tmp_path):
    # "spend to build": a ticket price is not what building it took
    entries = [{"slug": "gull-pier", "kind": "service", "title": "Gull pier",
                "summary": "Acme Ferries built the Gull pier and sells crossings from it.",
                "fields": {"price": "$12 a crossing"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "how much did Acme spend to build the Gull pier?",
                       "construction", "$3 million to build the pier", "$3 million")


def test_a_qualified_rate_or_spending_needs_a_fact_of_that_kind(tmp_path):
    # "interest rate": the loan's size is no rate of interest
    entries = [{"slug": "tern-loan", "kind": "event", "title": "Tern loan",
                "summary": "Acme Ferries borrowed to buy the Tern; interest was agreed later.",
                "fields": {"terms": "$2 million over ten years"}},
               *fillers()]
    answered_only_with(tmp_path / "1", entries, "what's the interest rate on the Tern loan?",
                       "interest", "4% a year", "4%")
    # "visitor spending": what the storm cost the harbour is not what visitors spent
    entries = [{"slug": "storm-losses", "kind": "event", "title": "Storm losses",
                "summary": "The storm shut the harbour for a month, and visitors stayed away.",
                "fields": {"damage": "$5 million to the piers"}},
               *fillers()]
    answered_only_with(tmp_path / "2", entries, "how much visitor spending did the harbour "
                       "lose?", "visitors", "Visitors spent $1 million less that month",
                       "$1 million")


def test_the_thing_asked_of_an_entry_must_be_one_it_holds(tmp_path):
    # "what was the tonnage of the Tern?": another ferry's tonnage is known, the Tern's is not
    entries = [{"slug": "tern", "kind": "service", "title": "Tern",
                "summary": "The Tern, a ferry built at Gull yard in 1990, sank off Gull Island "
                           "in 2019 with 300 passengers aboard; all were rescued."},
               {"slug": "puffin", "kind": "service", "title": "Puffin",
                "summary": "The Puffin has served the island route since 2020.",
                "fields": {"tonnage": "About 900 tons"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "what was the tonnage of the Tern?", "tonnage",
                       "About 1,200 tons", "1,200 tons")


def test_a_persons_entry_is_pulled_back_for_what_a_person_is_not(tmp_path):
    entries = [
        {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
         "summary": "Dana Holt, the harbour master, oversaw the east pier repairs after the storm.",
         "fields": {"role": "Harbour master during the east pier repairs, on $90,000 a year"}},
        {"slug": "pier-rebuild", "kind": "event", "title": "Pier rebuild",
         "summary": "The board rebuilt the east pier after the storm.",
         "fields": {"bill": "The repairs came to $3.2 million"}},
        *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # what the repairs cost, not the pay of the harbour master who oversaw them
        reply = ask(router, "how much did the east pier repairs come to?")
        assert "$3.2 million" in reply.text and "$90,000" not in reply.text
        # ... though a question naming her still ranks her own entry first
        found = router.answerer.find("how much did Dana Holt oversee on the east pier repairs?")
        assert found.ranked[0] == "dana-holt"


def test_the_rest_of_a_name_placed_before_the_answer_is_no_one_else(tmp_path):
    entries = [
        {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
         "summary": "Dana Holt ran the Gull Ferry Company until she retired.",
         "aliases": ["Holt"]},
        {"slug": "gull-ferry", "kind": "service", "title": "Gull Ferry Company",
         "summary": "The Gull Ferry Company runs the night crossings.",
         "fields": {"led_by": "Dana Holt, chief executive, until she retired in May 2021"},
         "related": ["dana-holt"]},
        *fillers()]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # "Dana" is Holt's own first name, not a successor's
        assert not ask(router, "who took over as Gull Ferry's chief executive after Holt "
                               "retired?").answered
        assert ask(router, "who led the Gull Ferry Company?").answered


def test_a_part_of_a_whole_the_question_gives_is_not_that_whole(tmp_path):
    entries = [{"slug": "tern-loan", "kind": "event", "title": "Tern loan",
                "summary": "The harbour board lent Tern Ferries money to rebuild its pier.",
                "fields": {"amount": "$2,010,000, lent by the harbour board in 2019"}},
               *fillers()]
    # the loan's size is no answer to how much of it was repaid
    answered_only_with(tmp_path / "1", entries,
                       "how much of the $2 million loan has Tern Ferries repaid so far?",
                       "repaid", "$600,000 repaid by March 2024", "$600,000")


def test_a_fact_named_for_what_is_asked_must_give_the_year_asked(tmp_path):
    entries = [{"slug": "tern-ferries", "kind": "service", "title": "Tern Ferries",
                "summary": "Tern Ferries runs the night crossings of the bay; in 2022 it "
                           "added a second ferry.",
                "fields": {"revenue": "$40 million in ticket revenue in 2021"}},
               *fillers()]
    # 2021's revenue is no answer to 2022's
    answered_only_with(tmp_path / "1", entries, "what was Tern Ferries' revenue for 2022?",
                       "revenue_2022", "$46 million in 2022", "$46 million")
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        assert ask(router, "what was Tern Ferries' revenue for 2021?").answered


def test_another_persons_own_facts_are_not_of_the_person_asked(tmp_path):
    entries = [
        {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
         "summary": "Dana Holt sits on the harbour board and chairs its ferry committee."},
        {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
         "summary": "Sam Reyes sits on the harbour board beside Dana Holt.",
         "fields": {"background": "Former ferry captain; ran a living museum of boats"}},
        *fillers()]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # Reyes's background is his, though his summary names Holt
        assert not ask(router, "What did Dana Holt do for a living before she joined the "
                               "harbour board?").answered
        assert ask(router, "What did Sam Reyes do for a living before he joined the "
                           "harbour board?").answered


def test_each_word_of_an_owners_post_must_be_said(tmp_path):
    entries = [
        {"slug": "acme", "kind": "service", "title": "Acme",
         "summary": "Acme runs the bay ferries."},
        {"slug": "ivy-chen", "kind": "person", "title": "Ivy Chen",
         "summary": "Ivy Chen is Acme's chief operating officer.",
         "fields": {"role": "Chief operating officer of Acme since 2019"}},
        *fillers()]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # a chief operating officer is no chief financial officer
        assert not ask(router, "Who was Acme's chief financial officer?").answered
        assert "Ivy Chen" in ask(router, "Who was Acme's chief operating officer?").text


def test_the_thing_a_what_question_asks_must_be_said(tmp_path):
    entries = [
        {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
         "summary": "Dana Holt skippered the night ferry across the bay for twenty years.",
         "fields": {"role": "Night ferry skipper from 2001 to 2021"}},
        {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
         "summary": "Sam Reyes worked the east pier.",
         "fields": {"injuries": "He broke an arm in the pier fire"}},
        *fillers()]
    with small_pack(tmp_path, "Harbour ferry line", entries) as router:
        # Holt's summary says nothing of injuries, though it is all about her
        assert not ask(router, "What injuries did Dana Holt have?").answered
        assert "broke an arm" in ask(router, "What injuries did Sam Reyes have?").text


def test_an_entry_is_about_the_names_of_what_it_is_a_part_of(tmp_path):
    # "How much did Gullshire demand?" of the harbour board's fare claim: the claim names the
    # board, the board's summary names the claim, and the board is Gullshire's
    def entries(told: bool) -> list[dict]:
        board = ("The Harbour Board runs the port and its piers."
                 + (" It pressed the fare claim against the ferry's owner." if told else ""))
        return [{"slug": "fare-claim", "kind": "legal", "title": "Harbour Board fare claim",
                 "aliases": ["fare claim"],
                 "summary": "The Harbour Board demanded $4 million from the ferry's owner for "
                            "lost fares, and later cut the demand to $2 million.",
                 "fields": {"amount": "$4 million, sent to the owner in May"},
                 "related": ["harbour-board"]},
                {"slug": "harbour-board", "kind": "body", "title": "Harbour Board",
                 "aliases": ["Gullshire's harbour board"], "summary": board,
                 "related": ["fare-claim"]},
                *fillers()]
    question = "How much did Gullshire first demand from the ferry's owner?"
    with small_pack(tmp_path, "Harbour ferries", entries(True)) as router:
        assert "$4 million" in ask(router, question).text
    # (a related entry that never tells of the claim is not what it is a part of)
    with small_pack(tmp_path / "2", "Harbour ferries", entries(False)) as router:
        assert not ask(router, question).answered


def test_an_acronym_is_read_as_lower_case_words_or_around_a_joining_word(tmp_path):
    # "MS" where the entries say "marine salvage"; "BofT" is "Bank of Tern"
    salvage = Entry(slug="s", kind="service", title="Gull Salvage",
                    summary="Marta Sol sold it; the marine salvage arm of Tern Holdings.")
    assert spelt_lower("ms", salvage) == "marine salvage"  # not the name and a verb
    assert _typed_as_acronym("boft", "how much did they pay BofT?")
    assert spelt_out("boft", Entry(slug="b", kind="bank", title="Bank of Tern",
                                   summary="")) == "Bank of Tern"
    entries = [{"slug": "gull-salvage", "kind": "service", "title": "Gull Salvage",
                "summary": "Gull Salvage, the marine salvage business of Tern Holdings, was "
                           "hired by the ferry line after the sinking.",
                "fields": {"hired_by": "The ferry line, on May 2, 2022"}},
               {"slug": "pier-lenders", "kind": "service",
                "title": "Gull Bank and Bank of Tern (pier lenders)",
                "summary": "Gull Bank and Bank of Tern lent the pier fund $40 million.",
                "fields": {"payoff": "$8 million to each bank to end the loans"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which MS firm did the ferry line bring in after the sinking?")
        assert reply.answered and "Gull Salvage" in reply.text
        reply = ask(router, "how much did the pier fund pay Gull Bank and BofT to end the loans?")
        assert reply.answered and "$8 million" in reply.text


def test_at_its_height_pull_in_and_a_stretch_of_time_are_idioms(tmp_path):
    # "at its height" is at its peak, not how tall; money "pulled in" is raised; "over what
    # stretch of time" asks a span
    assert IDIOMS[("pull", "in")][0] == "raise"
    entries = [{"slug": "share-sale", "kind": "event", "title": "Share sale (2015)",
                "summary": "A 2015 share sale valued the ferry line at $90 million, its peak.",
                "fields": {"raised": "$12 million from investors"}},
               {"slug": "passenger-loss", "kind": "event", "title": "Passenger loss",
                "summary": "After the pier fire, passengers left the line.",
                "fields": {"amount": "About 2,000 passengers lost in 3 weeks"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what was the ferry line valued at at its height?")
        assert reply.answered and "$90 million" in reply.text
        reply = ask(router, "how much did the ferry line pull in from investors?")
        assert reply.answered and "$12 million" in reply.text
        reply = ask(router, "how many passengers did the line lose, and over what stretch of "
                            "time?")
        assert reply.answered and "3 weeks" in reply.text


def test_an_opening_wait_and_a_crazy_say_nothing_of_the_topic(tmp_path):
    # "wait, what was ..." only stops to ask (not "how long did they wait"); "those crazy
    # winds" are the winds
    entries = [{"slug": "gull-storm", "kind": "event", "title": "Gull storm",
                "summary": "Gusty winds from Storm Petrel, passing far to the south, drove the "
                           "pier fire.",
                "fields": {"cause": "Storm Petrel's winds fanned the flames"}},
               {"slug": "tern-tests", "kind": "event", "title": "Tern tests",
                "summary": "In 2014 the ferry line paid a lab to have ten gulls breathe diesel "
                           "smoke from a harbour tug.",
                "fields": {"count": "10 gulls, for about four hours"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which storm was driving those crazy winds?")
        assert reply.answered and "Storm Petrel" in reply.text
        reply = ask(router, "wait what was the thing with the gulls and diesel vapours")
        assert reply.answered and "ten gulls" in reply.text


def test_what_grounds_asks_a_reason_and_is_no_unknown_word(tmp_path):
    # "what grounds" asks why, as "what reason" does; the store need not use the word
    assert question_type("what grounds did it give".split()) == "why"
    entries = [{"slug": "pier-closure", "kind": "event", "title": "Closure of the north pier",
                "summary": "The Harbour Board closed the north pier on May 2, 2022.",
                "fields": {"closed_by": "The Harbour Board",
                           "reason": "Rotten pilings and a failed load test"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which board shut the north pier and what grounds did it give")
        assert reply.answered and "Rotten pilings" in reply.text


def test_nowadays_says_when_not_what(tmp_path):
    # "nowadays", like "currently", asks of the present: it is no thing the facts must name
    entries = [{"slug": "gull-reserve", "kind": "service", "title": "Gull reserve",
                "summary": "The reserve was set up around the harbour in 1990 and grew later.",
                "fields": {"size": "About 40 km² of the bay"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how big is the gull reserve nowadays")
        assert reply.answered and "40 km²" in reply.text


def test_what_was_behind_asks_a_cause(tmp_path):
    # "what was behind", "what's really behind", "what lay behind" ask why (not "what was
    # the pier behind the landing": no "behind" right after)
    assert question_type("what was behind the ferry delays".split()) == "why"
    assert question_type("what s really behind the ferry delays".split()) == "why"
    assert question_type("what lay behind the delays".split()) == "why"
    assert question_type("what was the pier behind the landing".split()) != "why"
    entries = [{"slug": "ferry-delays", "kind": "event", "title": "Ferry delays",
                "summary": "Ferries ran late all through June 2023 as the tugs broke down.",
                "fields": {"outcome": "The council cut the timetable for the summer",
                           "cause": "Salt water swelled the rubber seals in the tug pumps"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "What was behind the ferry delays as the tugs came in?")
        assert reply.answered and "rubber seals" in reply.text


def test_a_short_form_is_spelt_out_by_the_name_before_it_in_brackets(tmp_path):
    # "the HSV in HSV-200": the short form asked is the one before "in"; a fact's
    # "... stands for ..." spells it out
    entries = [{"slug": "hsv-200", "kind": "service", "title": "Harbour HSV-200 Tern",
                "aliases": ["HSV-200"], "summary": "The line's fast ferry, built in 2019.",
                "fields": {"name_meaning": "HSV stands for High Speed Vessel; 200 is its seats"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what does the HSV in HSV-200 stand for anyway")
        assert reply.answered and "High Speed Vessel" in reply.text
    # a name in another language, whose initials spell the short form otherwise, written
    # before it in brackets
    entries = [{"slug": "port-boards", "kind": "body", "title": "Port boards",
                "aliases": ["JPV"], "summary": "Each port has a board; Vigo's is the JPV.",
                "fields": {"vigo": "Harbour Board of Vigo (JPV), set up in 1990"}},
               *fillers()]
    with small_pack(tmp_path / "boards", "Harbour ferries", entries) as router:
        reply = ask(router, "what does JPV stand for?")
        assert reply.answered and "Harbour Board of Vigo" in reply.text


def test_explain_it_away_asks_the_explanation_given(tmp_path):
    # "explain it away" is the explanation someone gave; "away" is no topic word
    entries = [{"slug": "hull-bang", "kind": "event", "title": "Bang on the night ferry",
                "summary": "In May 2022 crew on the night ferry heard a loud bang off the pier.",
                "fields": {"what": "A loud noise heard as the ferry docked",
                           "explanation_given": "Dana Holt blamed the fenders rubbing the pier"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the ferry line until 2023."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how did holt explain it away?")
        assert reply.answered and "fenders" in reply.text


def test_an_idiom_for_paying_asks_a_sum(tmp_path):
    # "shell out", "cough up": what was paid, as "what did it cost" asks
    entries = [{"slug": "new-pier", "kind": "event", "title": "New north pier",
                "summary": "The north pier was rebuilt in 2022.",
                "fields": {"approved": "By the harbour council in a 5-2 vote in March 2021",
                           "bill": "$4 million from the council, most of it from a port levy"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what did the harbour council shell out for the new north pier?")
        assert reply.answered and reply.text.startswith("Bill: $4 million")
        reply = ask(router, "what did the council cough up for the north pier?")
        assert reply.answered and "5-2 vote" not in reply.text


def test_a_clipped_lab_is_a_laboratory(tmp_path):
    # "lab" is short for "laboratory", as "uni" is for "university"
    entries = [{"slug": "fuel-tests", "kind": "event", "title": "Fuel tests on gulls",
                "summary": "In 2014 the ferry line paid a laboratory to test tug smoke on gulls.",
                "fields": {"where": "Gullport Research Institute, Gull Island",
                           "count": "10 gulls"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "the gull thing - where was that lab?")
        assert reply.answered and "Gullport Research Institute" in reply.text


def test_a_temperature_in_kelvin_named_for_the_kind_answers_how_cold(tmp_path):
    # "below 40 K" is a temperature, and a fact named `temperature` is the one "how cold" asks
    # for, whatever verb the question uses ("have to run")
    assert SHAPES["temperature"].search("Below 40 K, with a cooler")
    assert not SHAPES["temperature"].search("A $40K refit")
    entries = [{"slug": "sonar", "kind": "instrument", "title": "Deep sonar",
                "summary": "The deep sonar maps the harbour floor. It must be kept colder than "
                           "the rest of the ferry.",
                "fields": {"led_by": "Dana Holt (lead engineer)",
                           "temperature": "Below 40 K, reached with a small cooler",
                           "range": "About 300 metres down"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how cold does the deep sonar have to run")
        assert reply.answered and "40 K" in reply.text


def test_an_organisation_entry_is_the_company_asked(tmp_path):
    # "which company made the propellers": an entry of kind `organisation` is a company, though
    # its text never says so
    entries = [{"slug": "gull-works", "kind": "organisation", "title": "Gull Works",
                "summary": "Gull Works of Port Tern cast the ferry's bronze propellers.",
                "fields": {"role": "Propellers and rudders for the new ferries",
                           "based_in": "Port Tern"}},
               {"slug": "bait-shop", "kind": "service", "title": "Bait shop",
                "summary": "A company of fishermen runs the bait shop on the quay.",
                "fields": {"opened": "1994"}},
               {"slug": "fish-market", "kind": "service", "title": "Fish market",
                "summary": "The fish market made record sales in 2019."},
               {"slug": "propeller-swap", "kind": "event", "title": "Propeller swap",
                "summary": "The night boats were fitted with new propellers in 2021."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which company made the ferry's propellers?")
        assert reply.answered and "Gull Works" in reply.text


def test_a_fact_named_for_the_leader_says_who_is_in_charge(tmp_path):
    # "who's in charge of the pier inquiry": its `chair` says who leads it, though no word of
    # its own says "lead" or "in charge"
    entries = [{"slug": "pier-inquiry", "kind": "investigation", "title": "Pier collapse inquiry",
                "summary": "The public inquiry into the pier collapse held hearings in 2022.",
                "fields": {"chair": "Judge Dana Holt",
                           "hearings": "Forty days of hearings in Port Tern"},
                "aliases": ["pier inquiry"]},
               {"slug": "night-ferry", "kind": "service", "title": "Night ferry",
                "summary": "Sam Reyes runs the night ferry. He spoke at the pier inquiry."},
               {"slug": "ana-ruiz", "kind": "person", "title": "Ana Ruiz",
                "summary": "Ana Ruiz, a diver, gave evidence to the pier inquiry."},
               {"slug": "east-pier", "kind": "place", "title": "East pier",
                "summary": "The east pier fell into the harbour; the pier inquiry looked into "
                           "why."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who's in charge of the pier inquiry")
        assert reply.answered and "Dana Holt" in reply.text


def test_a_name_singled_out_picks_the_fact_naming_it_by_any_of_its_names(tmp_path):
    # "what fine did inspectors put on Gull itself": the fine on Gull Lines Ltd (written out in
    # full), not the fines on the others that hold more of the question's words
    entries = [{"slug": "gull-lines", "kind": "company", "title": "Gull Lines Ltd",
                "summary": "Gull Lines Ltd runs the island ferries.", "aliases": ["Gull"]},
               {"slug": "harbour-fines", "kind": "settlement", "title": "Harbour fines",
                "summary": "Harbour inspectors fined three ferry lines for skipped checks.",
                "fields": {"fine": "$1 million on Gull Lines Ltd, June 13, 2018",
                           "tern_fine": "$800,000 on Tern Ferries, imposed by harbour "
                                        "inspectors in October 2018",
                           "petrel_fine": "$500,000 on Petrel Boats, imposed by harbour "
                                          "inspectors in May 2019"}},
               {"slug": "gull-refit", "kind": "event", "title": "Gull refit",
                "summary": "Gull refitted two ferries in 2017."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how big a fine did harbour inspectors slap on Gull itself in 2018")
        assert reply.answered and reply.text.startswith("Fine: $1 million")


def test_kelvin_is_a_capital_k_after_a_space_and_before_no_noun():
    temperature = SHAPES["temperature"]
    assert temperature.search("The sonar runs below 4 K (about -269 °C)")
    assert temperature.search("It ran at 40 K.")
    for text in ("300K people left", "a 10K run on the pier", "Salary: $90K a year"):
        assert not temperature.search(text), text


def test_in_the_end_only_looks_back_unless_a_figure_or_yes_no_asks_how_it_came_out(tmp_path):
    entries = [{"slug": "pier-sale", "kind": "event", "title": "East pier sale",
                "summary": "The council voted not to sell the east pier to Tern Boats, because "
                           "the ferries still needed its berths.",
                "fields": {"reason": "The ferries still needed the pier's berths",
                           "offer": "Tern Boats offered $3 million"}},
               {"slug": "season-end", "kind": "event", "title": "End of the ferry season",
                "summary": "The ferry season came to an end in October."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # ("why ..., in the end?" asks the reason, as "why ..., ultimately?" does)
        reply = ask(router, "why didn't the council sell the east pier in the end?")
        assert reply.answered and "berths" in reply.text
        # ... but a figure asked "in the end" is how it came out, which an entry must hold
        def soft(question):
            return {c.word: c.soft for c in router.answerer.read(question).concepts}["end"]
        assert soft("how much did the pier sell for in the end?") is False
        assert soft("why didn't the pier sell in the end?") is True


def test_which_firms_needs_their_names_not_a_count_of_them(tmp_path):
    # "two outside salvage firms were hired" says how many, not which
    entries = [{"slug": "pier-review", "kind": "event", "title": "Pier review",
                "summary": "After the pier fire the harbour trust had the east pier inspected.",
                "fields": {"review": "Two outside salvage firms were hired to inspect the pier",
                           "date": "March 2, 2022"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "which salvage firms did the trust hire to inspect "
                       "the pier?", "firms", "Acme Marine and Gull Salvage", "Acme Marine")


def test_how_much_each_one_gets_needs_a_share_not_the_total(tmp_path):
    # "$40 million in all" is the whole settlement, not what one household gets
    entries = [{"slug": "ferry-settlement", "kind": "event", "title": "Ferry settlement",
                "summary": "The ferry line settled the residents' noise claims in 2022.",
                "fields": {"amount": "$40 million in all, for households near the pier"}},
               *fillers()]
    answered_only_with(tmp_path, entries, "how much does each household actually get from the "
                       "ferry settlement?", "share", "About $2,000 per household", "$2,000")


def test_what_someone_said_needs_words_they_said(tmp_path):
    entries = [{"slug": "pier-reopening", "kind": "event", "title": "Pier reopening",
                "summary": "The east pier reopened on May 2, 2022 before guests including "
                           "Mayor Sam Gale.",
                "fields": {"quote": "Dana Holt: \"Welcome back to the pier\""}},
               {"slug": "holt-reyes-talks", "kind": "event", "title": "Holt-Reyes talks",
                "summary": "At the talks on June 3, 2022, Dana Holt handed Sam Reyes a list of "
                           "six piers, from the north landing to the old ferry slip, that she "
                           "said should close.",
                "fields": {"remarks": "Holt told reporters the piers were unsafe"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # "gale" is an everyday word, but the entry writes it only as a name
        assert not ask(router, "what did gale say at the pier reopening?").answered
        reply = ask(router, "what did holt say at the pier reopening?")
        assert reply.answered and "Welcome back" in reply.text
        # Reyes is named in the talks' title and beside "said", but the saying is Holt's
        assert not ask(router, "what did Reyes say back when Holt handed him the list of "
                               "piers?").answered
        reply = ask(router, "what did Holt tell reporters about the piers?")
        assert reply.answered and "unsafe" in reply.text


def test_a_base_verb_finds_its_past_form_that_has_a_second_meaning(tmp_path):
    # "when did Holt leave?" of "she left in May": "left" is left out of the irregular
    # verbs (a side, not only leaving), but "leave" asked finds it
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the ferry office from 2001 and left the harbour "
                           "board on May 3, 2022.",
                "fields": {"role": "Ferry master"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did Dana Holt finally leave the harbour board?")
        assert reply.answered and "May 3, 2022" in reply.text


def test_what_happened_to_someone_is_answered_by_their_death(tmp_path):
    # "what happened to Holt?" of a summary saying she died: a death ends her story, though
    # nothing says "later"; one whose summary says no such thing is still declined
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the ferry office from 2001 and died in a fall on "
                           "the pier on May 3, 2022."},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes ran the harbour board's ticket office from 2001."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what happened to Dana Holt?")
        assert reply.answered and "May 3, 2022" in reply.text
        assert not ask(router, "what happened to Sam Reyes?").answered


def test_how_fast_a_thing_must_be_done_asks_a_time_limit(tmp_path):
    # "how fast do crews have to report a fire?", "within what time limit must ...": a time
    # limit, not a speed or a time of day; "how fast was the ferry going?" is still a speed
    assert question_type("how fast do crews have to report a fire".split()) == "duration"
    assert question_type("how fast must crews report a fire".split()) == "duration"
    assert question_type("within what time limit must crews report a fire".split()) == "duration"
    assert question_type("how fast was the ferry going".split()) == "quantity"
    entries = [{"slug": "fire-rule", "kind": "measure", "title": "Harbour fire rule",
                "summary": "The harbour board's 2021 rule requires ferry crews to report any "
                           "fire on board to the harbour master.",
                "fields": {"reporting_deadline": "Within 2 hours of the fire",
                           "date": "Adopted March 15, 2021"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("under the fire rule how fast do crews have to report a fire?",
                         "Under the fire rule, within what time limit must crews report a fire?"):
            reply = ask(router, question)
            assert reply.answered and "2 hours" in reply.text


def test_how_many_residents_is_counted_by_a_count_of_people(tmp_path):
    # "how many residents" (or inhabitants, citizens) is counted by a fact named for people,
    # as "how many crew" is; a count of boats still counts none of them
    entries = [{"slug": "ferry-data-leak", "kind": "incident", "title": "Ferry data leak",
                "summary": "Gullport said on June 15, 2023 that every ferry pass holder had "
                           "personal data exposed through the ticket office's server.",
                "fields": {"people_affected": "About 40,000 records, all pass holders",
                           "announced": "June 15, 2023"}},
               {"slug": "ferry-fleet", "kind": "fleet", "title": "Gullport ferry fleet",
                "summary": "The Gullport ferry fleet runs the harbour crossings.",
                "fields": {"boats": "12 boats in service"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many gullport residents got exposed in the ferry data leak?")
        assert reply.answered and "40,000" in reply.text
        assert not ask(router, "how many residents does the gullport ferry fleet have?").answered


def test_for_good_says_nothing_of_the_topic(tmp_path):
    # "... the day they scrapped the ferry for good?": "for good" only stresses the end, as
    # "at all" or "in total" does, and weighs nothing against the entry
    entries = [{"slug": "acme-share-fall", "kind": "event", "title": "Acme share price fall",
                "summary": "Acme shares fell sharply when the company scrapped the Tern ferry "
                           "in October 2016.",
                "fields": {"october_11_2016": "Shares closed down 8%, the biggest daily drop "
                                              "since 2008"}},
               {"slug": "pier-repairs", "kind": "event", "title": "Pier repairs",
                "summary": "The pier was left in good repair after the storm."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        question = "How hard did Acme stock get hit the day they scrapped the tugboat for good?"
        assert "good" not in [c.word for c in router.answerer.read(question).concepts]
        reply = ask(router, question)
        assert reply.answered and "8%" in reply.text


def test_why_something_did_not_happen_is_answered_by_its_denial(tmp_path):
    # "why couldn't Holt get her fine overturned?" of "she was never fined, so had no fine to
    # overturn": the denial is the answer; "why was Reyes's fine overturned?" of the same
    # kind of fact is still declined
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, the Gullport ferry master, was sued by the harbour board "
                           "over a shortfall in the ticket office.",
                "fields": {"outcome": "Made bankrupt; she was never fined, so had no fine to "
                                      "overturn"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes, a Gullport deckhand, was sued by the harbour board over "
                           "a missed crossing.",
                "fields": {"outcome": "Settled; he was never fined, so had no fine to "
                                      "overturn"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "why couldn't Dana Holt get her fine overturned?")
        assert reply.answered and "never fined" in reply.text
        assert not ask(router, "why was Sam Reyes's fine overturned?").answered


def test_a_short_form_everyone_knows_is_never_spelt_by_other_words(tmp_path):
    # "EU" is the European Union, not the "engine upgrades" of a ferry refit whose initials
    # happen to spell it; where the briefing writes "European Union" it is found as before
    refit = {"slug": "ferry-refit", "kind": "event", "title": "Ferry refit",
             "summary": "The Tern ferry got engine upgrades in 2021 at a cost of $2 million.",
             "fields": {"cost": "$2 million", "work": "engine upgrades and a new hull coat"}}
    with small_pack(tmp_path, "Harbour ferries", [copy.deepcopy(refit), *fillers()]) as router:
        assert not ask(router, "what did the EU pay for the ferry refit?").answered
    grant = {"slug": "refit-grant", "kind": "event", "title": "Refit grant",
             "summary": "The European Union paid $1 million towards the Tern ferry's refit."}
    with small_pack(tmp_path / "grant", "Harbour ferries",
                    [copy.deepcopy(refit), grant, *fillers()]) as router:
        reply = ask(router, "what did the EU pay for the ferry refit?")
        assert reply.answered and "$1 million" in reply.text
        # ... however little else of the question the entry holds
        reply = ask(router, "how much did the EU hand over?")
        assert reply.answered and "$1 million" in reply.text


def test_an_entry_further_down_naming_the_name_asked_answers_for_the_best(tmp_path):
    # The best entry says nothing of the Gull Line; one further down, whose fact names it,
    # answers in its place.
    def entries(amount: str) -> list[dict]:
        return [{"slug": "pier-payouts", "kind": "event", "title": "Pier works payouts",
                 "summary": "The harbour trust paid the ferry operators for sailings lost "
                            "while the pier works shut the landing.",
                 "fields": {"paid": "$2 million in all for the lost sailings",
                            "paid_by": "The harbour trust"}},
                {"slug": "gull-line", "kind": "service", "title": "Gull Line",
                 "summary": "A ferry operator on the east route."},
                {"slug": "east-settlement", "kind": "event", "title": "East route settlement",
                 "summary": "What the Gull Line got for sailings it lost.",
                 "fields": {"amount": amount}},
                *fillers()]
    question = "How much did the harbour trust pay Gull Line for the lost sailings?"
    with small_pack(tmp_path / "named", "Harbour ferries",
                    entries("$400,000 to the Gull Line, paid in May")) as router:
        reply = ask(router, question)
        assert reply.answered and "$400,000" in reply.text
    # (not when only its summary names it: the fact shown may be of another operator)
    with small_pack(tmp_path / "summary", "Harbour ferries",
                    entries("$400,000, paid in May")) as router:
        assert not ask(router, question).answered


def test_a_close_entry_naming_every_name_asked_is_tried_first(tmp_path):
    # Both entries give a day's lost trade; the one that mentions the Gull Line answers, not
    # the island-wide figure ranked beside it ("while ... was shut" only sets the scene, which
    # the checks forgive).
    entries = [{"slug": "island-trade", "kind": "event", "title": "Island trade losses",
                "summary": "Trade the island lost each day its ferries were shut.",
                "fields": {"trade_lost": "About $1 million of trade a day when the ferries "
                                         "stopped"}},
               {"slug": "gull-line", "kind": "service", "title": "Gull Line",
                "summary": "A ferry operator on the east route."},
               {"slug": "gull-shutdown", "kind": "event", "title": "East route shutdown",
                "summary": "The week the Gull Line was shut.",
                "fields": {"trade": "About $300,000 of trade a day lost while the Gull Line "
                                    "was shut"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "How much trade was lost each day while the Gull Line was shut?")
        assert reply.answered and "$300,000" in reply.text


def test_the_date_a_stay_began_does_not_say_when_it_was_left(tmp_path):
    # "when did the Gull Line get out of administration?": not the day it filed, nor a date
    # that says nothing of an end; "when did Holt step down?": not the day she was appointed
    entries = [{"slug": "gull-line-administration", "kind": "event",
                "title": "Gull Line's administration",
                "summary": "The Gull Line ferry company filed for administration in Gullport "
                           "on May 3, 2021.",
                "fields": {"date": "May 3, 2021", "debts": "About $40 million"}},
               {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt ran the Gullport harbour office.",
                "fields": {"appointed": "April 2019, as harbour master"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("when did the Gull Line get out of administration?",
                         "when did Dana Holt step down as harbour master?"):
            reply = ask(router, question)
            assert not reply.answered, (question, reply.text)
        reply = ask(router, "when did the Gull Line file for administration?")
        assert reply.answered and "May 3, 2021" in reply.text, reply.text
        reply = ask(router, "when was Dana Holt appointed harbour master?")
        assert reply.answered and "April 2019" in reply.text, reply.text
    entries[1]["fields"]["left"] = "Resigned as harbour master in June 2023"
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "when did Dana Holt step down as harbour master?")
        assert reply.answered and "June 2023" in reply.text, reply.text


def test_a_date_of_what_others_did_is_not_the_date_of_someone_named(tmp_path):
    # "when did Dana Holt step down?": Sam Reyes's resignation is not hers, even in an entry
    # on the board that lists her among its names; "Holt resigned" would be
    entries = [{"slug": "harbour-board", "kind": "organization", "title": "Harbour board",
                "summary": "The harbour board runs the Gullport piers.",
                "fields": {"resignations": "Chair Sam Reyes resigned May 3, 2021",
                           "new_chair": "Dana Holt, appointed June 2021"},
                "aliases": ["Dana Holt"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did Dana Holt step down as harbour board chair?")
        assert not reply.answered, reply.text
        reply = ask(router, "when did Sam Reyes step down as harbour board chair?")
        assert reply.answered and "May 3, 2021" in reply.text, reply.text
    entries[0]["fields"]["resignations"] += "; Chair Dana Holt resigned May 9, 2023"
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "when did Dana Holt step down as harbour board chair?")
        assert reply.answered and "May 9, 2023" in reply.text, reply.text


def test_which_countries_is_not_answered_by_several_states(tmp_path):
    # "which countries missed the ferry levy deadline?": "several member states missed it"
    # names none, though it says "states"; "each member state must collect it" is every one,
    # not the ones asked
    entries = [{"slug": "ferry-levy", "kind": "event", "title": "Ferry levy",
                "summary": "Each member state must collect the ferry levy on crossings; the "
                           "deadline was June 2024.",
                "fields": {"status": "Several member states missed the June 2024 levy deadline",
                           "rate": "2% of each ticket"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "which countries missed the ferry levy deadline?")
        assert not reply.answered, reply.text
    entries[0]["fields"]["status"] += ", including Gullmark and Ternland"
    with small_pack(tmp_path / "2", "Harbour ferries", entries) as router:
        reply = ask(router, "which countries missed the ferry levy deadline?")
        assert reply.answered and "Gullmark" in reply.text, reply.text


def test_review_cases_of_the_new_rules_read_only_what_they_say():
    # a death is the person's own: not a fire that killed others, nor another's death
    holt = Entry(slug="dana-holt", kind="person", title="Dana Holt", summary="", sources=[{}],
                 aliases=["Holt"])
    assert _died(holt, "She died in a fall in 2023.")
    assert not _died(holt, "Holt skippered the Tern when a fire killed three passengers.")
    assert not _died(holt, "Holt ran the board after the death of its chair.")
    assert not _died(holt, "Holt said her father died.")
    # what Holt said, not what someone beside her said, nor what she was told
    said = frozenset({stem("holt")})
    assert _said_by(said, "Dana Holt, the harbour chief, said the pier would reopen")
    assert not _said_by(said, "the mayor gave Holt a list of piers that she said should close")
    assert not _said_by(said, "Sam Reyes told Dana Holt the pier would close")
    # "how fast ... have to" asks a time limit, unless of moving
    assert question_type("how fast must a ferry report a fire".split()) == "duration"
    assert question_type("how fast does the ferry have to go to cross in an hour".split()) != (
        "duration")
    # a sum "in 2022" is a year's, unless it says what it bought
    assert "year" in _rates("$2 million in 2022")
    assert "year" not in _rates("$2 million in 2022 to buy the Tern")


def test_a_make_that_only_says_who_caused_it_is_not_asked_of_the_entry(tmp_path):
    # "did the board ever make ferry lines carry two deckhands?": whether the rule came, which
    # its entry holds without the "make"; "make" read so only before a doer and a verb
    assert causing("did the board make ferry lines carry two deckhands".split()) == {"make"}
    assert not causing("who made the big pier crane on the quay".split())
    assert not causing("did the trust make it back to the pier".split())
    entries = [{"slug": "deckhand-rule", "kind": "event", "title": "Two-deckhand rule",
                "summary": "The harbour board's rule on night ferry crews, issued in 2022.",
                "fields": {"requires": "At least two deckhands on every night ferry",
                           "issued_by": "Harbour board"}},
               {"slug": "crane", "kind": "event", "title": "Pier crane",
                "summary": "Gull Works made the pier crane in 2001; crews make repairs."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "did the harbour board ever actually make ferry lines keep two "
                            "deckhands on night ferries?")
        assert reply.answered and "two deckhands" in reply.text, reply.text
