"""Splitting a message into its questions, and setting aside lead-ins and remarks."""

import pytest

from handlers.parts import lead_in, split_parts


@pytest.mark.parametrize("text, parts", [
    ("when did the night ferry stop? and who testified?",
     ["when did the night ferry stop", "who testified"]),
    ("what is the pier fire and who testified", ["what is the pier fire", "who testified"]),
    # "and on ..." is a new ending for the question before it
    ("who sells tickets in the US and in Canada",
     ["who sells tickets in the US", "who sells tickets in Canada"]),
    # ... unless that question has no such ending to replace
    ("did the trust win and in which court", ["did the trust win and in which court"]),
    ("ferry? pier? fire? trust?", ["ferry", "pier", "fire trust"]),
    # a question of its own that happens to open with a preposition borrows nothing
    ("who ran the ferry? on what date did it stop?",
     ["who ran the ferry", "on what date did it stop"]),
    # a word may stand between "and" and the new question's opener
    ("how much did the trust ask for, and roughly what was the ferry worth?",
     ["how much did the trust ask for", "roughly what was the ferry worth"]),
    # ... unless what follows asks nothing of its own
    ("who paid the ransom and roughly how much?", ["who paid the ransom and roughly how much"]),
    # a part that only names what it asks asks it of what the next part goes on to say
    ("how many findings and how many recommendations did the pier review make?",
     ["how many findings did the pier review make",
      "how many recommendations did the pier review make"]),
    ("For the memo: what engine and how much fuel did the night ferry carry?",
     ["what engine did the night ferry carry",
      "how much fuel did the night ferry carry"]),
    # ... not a part that asks something of its own
    ("how many died and how many were hurt in the pier fire?",
     ["how many died", "how many were hurt in the pier fire"]),
    ("how many died and how many people were hurt in the pier fire?",
     ["how many died", "how many people were hurt in the pier fire"]),
    ("what caused it and which agency is investigating?",
     ["what caused it", "which agency is investigating"]),
    ("how many findings and how many dissents and how many recommendations did it make?",
     ["how many findings did it make", "how many dissents did it make",
      "how many recommendations did it make"]),
    # "had" opens a question as "has" does, when its verb does not go on
    ("who was steering the ferry and had he ever sailed it before?",
     ["who was steering the ferry", "had he ever sailed it before"]),
    ("who was fined and had to pay the harbour board?",
     ["who was fined and had to pay the harbour board"]),
    ("who was fined and has since retired?", ["who was fined and has since retired"]),
    ("who was fined and has paid?", ["who was fined and has paid"]),
])
def test_a_message_splits_into_at_most_three_questions(text, parts):
    assert split_parts(text) == parts


def test_where_and_when_asks_both_of_the_same_thing():
    assert split_parts("Where and when did the ferry inquiry open?") == [
        "Where did the ferry inquiry open", "when did the ferry inquiry open"]


def test_a_lead_in_that_only_frames_the_question_is_left_out():
    assert split_parts("quick q for a memo: when did the ferry end?") == [
        "when did the ferry end"]
    assert split_parts("for the briefing deck — who runs the trust?") == ["who runs the trust"]
    assert split_parts("comms needs this for a fact sheet: who runs the trust?") == [
        "who runs the trust"]
    # a lead-in with a question word, or with no framing word, is the question
    assert split_parts("Who is it - the trust?") == ["Who is it - the trust"]
    assert split_parts("The report: when did it come out?")[0].startswith("The report")
    # a lead-in that names something is part of the question
    assert split_parts("Pier fire: when was it?")[0].startswith("Pier fire")


def test_a_lead_in_for_an_errand_of_the_askers_is_left_out():
    # "for" a thing a message is for, after framing words or the asker's own doing
    assert split_parts("quick q for a pier memo: when did the ferry end?") == [
        "when did the ferry end"]
    assert split_parts("Prepping for a harbour call tomorrow - who runs the trust?") == [
        "who runs the trust"]
    # (not a lead-in that names what it is for with a thing of its own)
    assert split_parts("Seats for the top deck: how many were there?")[0].startswith("Seats")


def test_a_lead_in_may_end_in_a_polite_request():
    assert "slide" in lead_in("For the team's timeline slide on the strike, can you confirm on "
                               "what date the ferries sailed again?")[0]
    assert "slide" in lead_in("Since I'm building a slide, could you tell me who paid?")[0]
    # (a note, a backgrounder, an email are the asker's writing too)
    assert {"comms", "backgrounder"} <= lead_in("For a comms backgrounder on the strike: how "
                                                  "much did Acme lose in the end?")[0]
    assert "note" in lead_in("for the comms note: where did the Tern's crew come from?")[0]
    assert lead_in("per the early harbour board writeup, what caused the outage?") == (
        set(), set())


def test_a_lead_in_for_a_deck_frames_whatever_comes_before_it():
    # a deck of a ship is no slide deck
    assert lead_in("Seats for the top deck of the Kittiwake: how many were there?") == (
        set(), set())
    # "I'm drafting" frames the memo; what it is on is the topic
    soft, meta = lead_in("For the board memo I'm drafting on harbour dues, can you remind me "
                          "what the pilots were paid?")
    assert {"memo", "drafting"} <= meta and "dues" in soft - meta
