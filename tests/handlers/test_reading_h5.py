"""Near-topic questions that a fact of the right subject but the wrong kind must not answer:
how a question is read decides what kind of fact it asks (a made-up harbour/ferry world)."""

from tests.handlers.test_reading import ask, fillers, small_pack


def test_a_cause_is_not_answered_by_a_date(tmp_path):
    # "what was the cause of her death?" asks why, which a fact dating the death does not say
    entries = [{"slug": "dana-holt", "kind": "person", "title": "Dana Holt",
                "summary": "Dana Holt skippered the Tern for Acme Ferries and died in Gullport "
                           "in 2023.",
                "fields": {"role": "Skipper of the Tern",
                           "death_date": "May 3, 2023, in hospital in Gullport"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        assert not ask(router, "What was the official cause of Dana Holt's death?").answered
        reply = ask(router, "When did Dana Holt die?")
        assert reply.answered and "May 3, 2023" in reply.text
    entries[0]["fields"]["death_cause"] = "A heart attack, the coroner found"
    with small_pack(tmp_path / "with-cause", "Harbour ferries", entries) as router:
        reply = ask(router, "What was the official cause of Dana Holt's death?")
        assert reply.answered and "heart attack" in reply.text
