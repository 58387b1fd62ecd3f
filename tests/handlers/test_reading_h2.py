"""Reading and answering questions, on made-up harbour/ferry packs (helper h2's changes)."""

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
