"""Near-topic questions the pack does not answer: a fact on the same thing that gives another
kind of fact than the one asked is declined, not shown as an answer."""

from tests.handlers.test_reading import ask, fillers, small_pack


def test_one_day_is_no_span_for_how_long(tmp_path):
    # "how long did the talks last?": the day they were held gives no span, nor do ten hours
    # of something else the summary tells of; a span of the talks, or two dates, does
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, Acme Ferries' chief, answered about ten hours of "
                           "questions at the harbour inquiry in 2021.",
                "fields": {"role": "Chief executive of Acme Ferries",
                           "talks": "Met the Gullport pilots' leaders at the north pier on "
                                    "May 22, 2022"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "How long did Dana Holt's talks with the Gullport pilots' leaders "
                            "at the north pier last?")
        assert not reply.answered, reply.text
        # ... though the day of the talks still answers when they were held
        reply = ask(router, "When did Dana Holt meet the Gullport pilots' leaders?")
        assert reply.answered and "May 22, 2022" in reply.text, reply.text
    entries[0]["fields"]["talks"] = ("Met the Gullport pilots' leaders at the north pier for "
                                     "three long hours on May 22, 2022")
    with small_pack(tmp_path / "span", "Harbour ferries", entries) as router:
        reply = ask(router, "How long did Dana Holt's talks with the Gullport pilots' leaders "
                            "at the north pier last?")
        assert reply.answered and "three long hours" in reply.text, reply.text


def test_a_sum_given_apart_from_what_is_asked_is_not_its_sum(tmp_path):
    # "how much restitution?": "a $5,000 fine, plus restitution" gives the fine's sum, not the
    # restitution's; "how much did Ana Reyes put in?": the clause with the sum is her father's
    entries = [{"slug": "pier-fraud", "kind": "event", "title": "Pier ticket fraud",
                "summary": "Two Acme Ferries clerks sold forged north pier tickets in 2021.",
                "fields": {"holt_sentence": "Two months in jail and a $5,000 fine (June 2022), "
                                            "plus restitution"}},
               {"slug": "acme-ferries", "kind": "event", "title": "Acme Ferries",
                "summary": "Acme Ferries runs the Gullport crossings.",
                "fields": {"backers": "Sam Reyes, the shipping magnate, invested about $2 "
                                      "million; his daughter Ana Reyes sat on the board"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how much restitution was Holt ordered to pay for the pier fraud?")
        assert not reply.answered, reply.text
        reply = ask(router, "How much did Ana Reyes put into Acme Ferries?")
        assert not reply.answered, reply.text
        # ... while the sums the facts do give still answer
        reply = ask(router, "How much did Sam Reyes invest in Acme Ferries?")
        assert reply.answered and "$2 million" in reply.text, reply.text
        reply = ask(router, "how much was Holt fined for the pier fraud?")
        assert reply.answered and "$5,000" in reply.text, reply.text
    entries[0]["fields"]["holt_sentence"] = ("Two months in jail and a $5,000 fine, plus $8,000 "
                                             "in restitution")
    with small_pack(tmp_path / "paid", "Harbour ferries", entries) as router:
        reply = ask(router, "how much restitution was Holt ordered to pay for the pier fraud?")
        assert reply.answered and "$8,000" in reply.text, reply.text


def test_leaving_a_job_is_not_dated_by_a_founding(tmp_path):
    # "when did Sam Reyes leave his job at Acme Ferries?": the end of a stay, which the day
    # the survey firm he set up was founded does not date
    entries = [{"slug": "gull-survey", "kind": "event", "title": "Gull Survey Ltd",
                "summary": "Gull Survey Ltd was the small Gullport firm set up in 2014 by Dana "
                           "Holt and Sam Reyes to sell north pier charts to Acme Ferries.",
                "fields": {"founded": "2014, by Dana Holt and Sam Reyes",
                           "later": "Sam Reyes went on to work as a pilot at Acme Ferries"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "When did Sam Reyes leave his job at Acme Ferries?")
        assert not reply.answered, reply.text
    entries[0]["fields"]["later"] = ("Sam Reyes went on to work as a pilot at Acme Ferries, "
                                     "and left it in March 2020")
    with small_pack(tmp_path / "left", "Harbour ferries", entries) as router:
        reply = ask(router, "When did Sam Reyes leave his job at Acme Ferries?")
        assert reply.answered and "March 2020" in reply.text, reply.text


def test_an_open_span_or_a_closure_is_read_for_how_long(tmp_path):
    holt = {"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
            "summary": "Dana Holt is the harbour master of Gullport.",
            "fields": {"role": "Harbour master of Gullport, 2015-present"}}
    pier = {"slug": "north-pier", "kind": "place", "title": "North pier",
            "summary": "The board may reopen the north pier, shut on May 3, 2021.",
            "fields": {"status": "Shut on May 3, 2021 after a storm"}}
    with small_pack(tmp_path, "Harbour ferries", [holt, pier, *fillers()]) as router:
        # "2015-present" is a span; the one day the pier shut is none ("may" is no month)
        reply = ask(router, "how long has Dana Holt been harbour master?")
        assert reply.answered and "2015-present" in reply.text
        assert not ask(router, "how long was the north pier closed?").answered


def test_a_saying_asked_with_an_adverb_or_a_noun_of_words_stays_a_saying():
    from content.text import words
    from handlers.reading import question_type

    for question in ("what specifically did the chair tell reporters?",
                     "what words did Dana Holt say?"):
        assert question_type(words(question)) == "said", question
    assert question_type(words("what book did Dana Holt write?")) != "said"
