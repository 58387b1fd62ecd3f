"""Phrasal verbs, short forms and idioms read as what they mean ("went after", "brits", "in the
end", `in_force`), on made-up harbour/ferry packs."""

from content.text import stem
from tests.handlers.test_reading import ask, fillers, small_pack


def test_went_after_is_pursuing_not_the_time_word_after(tmp_path):
    # "the inquiry that went after Acme Ferries" pursued it: no entry comes after Acme
    entries = [{"slug": "fares-inquiry", "kind": "inquiry", "title": "Harbour board fares inquiry",
                "summary": "The Gullport harbour board's fares inquiry, chaired by Dana Holt, "
                           "investigated Acme Ferries over its winter fares.",
                "fields": {"chair": "Dana Holt", "started": "March 2021"}},
               {"slug": "acme-ferries", "kind": "organisation", "title": "Acme Ferries",
                "summary": "Acme Ferries runs the Tern between Gullport and the north pier."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "who chaired the board inquiry that went after acme ferries over "
                            "its fares?")
        assert reply.answered and "Dana Holt" in reply.text


def test_a_short_form_means_all_its_long_form_does(tmp_path):
    # "brits" is short for "british", which the lexicon knows as the UK's: a count of UK
    # passengers counts brits
    entries = [{"slug": "tern-season", "kind": "event", "title": "The Tern's summer season",
                "summary": "The Tern carried 90,000 passengers between Gullport and the north "
                           "pier in the summer of 2022.",
                "fields": {"passengers": "About 90,000 in all",
                           "uk_passengers": "About 12,000 passengers from the United Kingdom"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how many brits sailed on the Tern that summer?")
        assert reply.answered and "12,000" in reply.text


def test_a_figure_in_the_end_is_held_by_an_outcome_or_a_final_figure(tmp_path):
    entries = [{"slug": "fare-refunds", "kind": "event", "title": "Acme Ferries fare refunds",
                "summary": "Acme Ferries refunded riders after the Tern's winter sailings "
                           "were cancelled.",
                "fields": {"outcome": "About 4,000 riders got refunds, paid in March 2023",
                           "claimed": "Riders had asked for refunds of every winter sailing"}},
               {"slug": "season-end", "kind": "event", "title": "End of the ferry season",
                "summary": "The ferry season came to an end in October."},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        # ("in the end" of a figure asks how it came out, which the `outcome` says)
        reply = ask(router, "how many riders got their money back in the end?")
        assert reply.answered and "4,000" in reply.text
        # ... while a yes/no still needs the word itself
        end = {c.word: c for c in router.answerer.read(
            "did acme refund the riders in the end?").concepts}["end"]
        assert not end.soft and stem("outcome") not in end.alts


def test_a_fact_named_for_an_idiom_holds_its_plain_words(tmp_path):
    # a fact named `in_force` dates what "come into force" or "take effect" asks, as an entry
    # that writes "in force" holds it
    entries = [{"slug": "pier-bylaw", "kind": "law", "title": "Gullport pier bylaw",
                "summary": "The Gullport pier bylaw bans night mooring at the old pier.",
                "fields": {"in_force": "3 May 2024",
                           "announced_by": "Dana Holt, harbour master, in March 2024"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        for question in ("when did the pier bylaw come into force?",
                         "when did the pier bylaw take effect?"):
            reply = ask(router, question)
            assert reply.answered and "3 May 2024" in reply.text, question
