"""Measures and points in time: "how far inside" asks a distance, a title dates what it names,
and a time "after" something is not that something's time; in a made-up harbour world."""

from tests.handlers.test_reading import ask, fillers, small_pack


def test_how_far_inside_asks_a_distance_a_runner_up_may_give(tmp_path):
    # "how far inside" asks a distance in a unit: the divers' base, the dive, the flood and
    # the rescue, which hold more of the question's words, give none; the entry on finding
    # the crew, further down than a runner-up usually may be, does
    entries = [{"slug": "tunnel-base", "kind": "place", "title": "Tunnel base",
                "summary": "The tunnel base was a dry chamber inside the harbour tunnel where "
                           "the divers rested before and after they reached the crew.",
                "fields": {"purpose": "A base inside the tunnel for the divers who reached "
                                      "the Tern's crew",
                           "location": "Inside the harbour tunnel, before the flooded part"}},
               {"slug": "crew-found", "kind": "event", "title": "Tern crew found",
                "summary": "Divers reached the crew alive on a ledge about 3 km from the "
                           "tunnel mouth.",
                "fields": {"location": "A ledge about 3 km from the tunnel mouth",
                           "date": "May 4"}},
               {"slug": "tunnel-dive", "kind": "event", "title": "Tunnel dive",
                "summary": "The divers swam inside the flooded harbour tunnel for hours before "
                           "they reached the Tern's crew.",
                "fields": {"divers": "Four harbour police divers"}},
               {"slug": "tunnel-flood", "kind": "event", "title": "Harbour tunnel flood",
                "summary": "Rain flooded the harbour tunnel while the Tern's crew were inside, "
                           "and divers later reached them.",
                "fields": {"cause": "A storm surge"}},
               {"slug": "crew-rescue", "kind": "event", "title": "Tern crew rescue",
                "summary": "The Tern's crew were led out of the tunnel after the divers reached "
                           "them inside.",
                "fields": {"rescued": "All six crew, on May 6"}},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "how far inside was the Tern's crew when the divers reached them?")
        assert reply.answered and "3 km" in reply.text, reply.text


def test_a_title_with_the_name_given_and_the_one_word_asked_says_what_its_date_is(tmp_path):
    # "Acme Ferries' closure": its `date` is the day Acme closed, though the fact itself says
    # nothing of closing and the question names Acme's own entry
    entries = [{"slug": "acme-ferries", "kind": "organisation", "title": "Acme Ferries",
                "summary": "Acme Ferries ran the night crossings from Gullport to the north "
                           "pier for thirty years.",
                "fields": {"founded": "1988", "fleet": "Four ferries, the Tern among them"}},
               {"slug": "acme-closure", "kind": "event", "title": "Acme Ferries' closure",
                "summary": "On May 2, 2021 Acme Ferries announced it was ceasing operations, "
                           "blaming the loss of its harbour contract.",
                "fields": {"date": "May 2, 2021",
                           "reason": "The harbour board gave its contract to another line"},
                "aliases": ["Acme shutdown"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "when did acme ferries actually close down?")
        assert reply.answered and "May 2, 2021" in reply.text, reply.text


def test_what_follows_after_in_a_fact_is_the_point_its_time_is_measured_from(tmp_path):
    # "01:40, two hours after the first distress call" is the time the order was lifted, not
    # of the call, however many of the question's words it holds
    entries = [{"slug": "stay-aboard", "kind": "event",
                "title": "Stay-aboard order on the night of the fire",
                "summary": "Harbour control told the Tern's passengers to stay aboard until the "
                           "order was lifted at 01:40, two hours after the first distress call.",
                "fields": {"lifted": "01:40 on May 4, 2021, two hours after the first "
                                     "distress call",
                           "lifted_by": "Dana Holt, the harbour master"}},
               {"slug": "sam-reyes", "kind": "person", "title": "Sam Reyes",
                "summary": "Sam Reyes was the Tern's radio officer, who sent the first distress "
                           "call that night when the fire started in the engine room.",
                "fields": {"call": "Radioed harbour control at 23:40 on May 3, 2021"},
                "keywords": ["first call"]},
               *fillers()]
    with small_pack(tmp_path, "Harbour ferries", entries) as router:
        reply = ask(router, "what time did the first distress call come in that night?")
        assert reply.answered and "23:40" in reply.text, reply.text
        # (a question that measures from a point itself may be answered by one)
        reply = ask(router, "what time was the order lifted after the first distress call?")
        assert reply.answered and "01:40" in reply.text, reply.text
