"""Near-topic questions the briefing does not hold, which the answerer must decline rather
than answer with a loosely related fact (helper h11's changes)."""

from content.text import stem
from handlers.declines import _counts, _stuff_asked
from handlers.reading import SHAPES
from tests.handlers.test_reading import ask, fillers, small_pack


def test_a_number_of_hours_or_months_counts_no_thing_after_it(tmp_path):
    # "six hours; lifeboats ..." counts hours; "20 months in Gullport" counts no Gullport folk
    assert not _counts({stem("lifeboats")}, "", "The rescue took about six hours; lifeboats "
                                                "on the north pier could not be lowered")
    assert not _counts({stem("us")}, "", "Shut for 20 months in the US")
    # ... though hours are counted by it, and a number before the thing still counts it
    assert _counts({stem("hours")}, "", "The rescue took about six hours")
    assert _counts({stem("lifeboats")}, "", "The Tern carried six lifeboats")
    entries = [{"slug": "tern-rescue", "kind": "event", "title": "Rescue of the Tern",
                "summary": "The Tern ran aground off the north pier and her passengers were "
                           "taken off by Acme Ferries crews.",
                "fields": {"duration": "The rescue took about six hours; lifeboats on the "
                                       "north pier side could not be lowered",
                           "lifeboats": "The list made it impossible to lower some lifeboats"},
                "keywords": ["lifeboats", "rescue"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "how many lifeboats did the Tern carry?").answered
        reply = ask(router, "how many hours did the rescue of the Tern take?")
        assert reply.answered and "six hours" in reply.text


def test_a_nickname_in_quotation_marks_is_no_saying(tmp_path):
    # 'skipper Dana "Red" Holt (June 19, 2019)' names her; it quotes nobody
    entries = [{"slug": "pier-hearing", "kind": "event", "title": "Pier safety hearing",
                "summary": "The harbour board held a hearing on the north pier's safety after "
                           "the Tern ran into it.",
                "fields": {"witnesses": 'Acme Ferries chief Sam Reyes; earlier sessions heard '
                                        'skipper Dana "Red" Holt (June 19, 2019) and pier '
                                        'inspectors'}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "What exactly did Red Holt tell the board when she testified "
                               "in June 2019?").answered
    entries[0]["fields"]["holt_testimony"] = 'Holt told the board: "The pier was rotten."'
    with small_pack(tmp_path / "said", "Harbour ferries", entries) as router:
        reply = ask(router, "What did Holt tell the board when she testified?")
        assert reply.answered and "rotten" in reply.text


def test_a_year_inside_a_labels_number_dates_nothing(tmp_path):
    # "CVE-2017-0144", "HB-2019": a label, not a year
    assert not SHAPES["date"].search("Flaw CVE-2017-0144 in the ticket gates")
    assert SHAPES["date"].search("Found in mid-2017") and SHAPES["date"].search("2017-05-12")
    entries = [{"slug": "gate-flaw", "kind": "event", "title": "Ticket gate flaw",
                "summary": "A flaw in Acme Ferries' ticket gates at the north pier let riders "
                           "board without paying.",
                "fields": {"flaw": "Logged as GATE-2017-0144 in the gates' software, fixed by "
                                   "Acme's patch GP-12"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "When exactly did the harbour board tell Acme Ferries about the "
                               "gate flaw?").answered
    entries[0]["fields"]["reported"] = "The harbour board told Acme of the flaw on May 3, 2017"
    with small_pack(tmp_path / "dated", "Harbour ferries", entries) as router:
        reply = ask(router, "When exactly did the harbour board tell Acme Ferries about the "
                            "gate flaw?")
        assert reply.answered and "May 3, 2017" in reply.text


def test_how_much_of_a_thing_the_store_never_names_is_in_no_fact(tmp_path):
    # "how much bail did Holt post?" when no entry ever says "bail": her arrest's date and
    # place are no figure of it ("how much dirtier than ..." asks of no thing)
    assert _stuff_asked("how much bail did holt post".split(), "bail")
    assert not _stuff_asked("how much dirtier than allowed were the ferries".split(), "dirtier")
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt, a 41-year-old Gullport skipper, ran the Tern onto the "
                           "north pier and was later arrested.",
                "fields": {"arrested": "August 2, 2017, in Gullport, after the harbour fair",
                           "role": "Took up her post as skipper of the Tern for Acme Ferries "
                                   "in 2015"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "how much bail did Holt have to post after she was "
                               "arrested?").answered
