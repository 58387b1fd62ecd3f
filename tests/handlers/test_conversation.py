"""Conversation: commands only when they parse, quiet threads that remember, "what's new",
and channels where the bot answers questions unmentioned."""

from datetime import timedelta

from content.gaps import Gaps
from handlers.messages import Request
from tests.conftest import NOW, ask, snapshot


def say(router, text, user="member", **where):
    return router.handle(Request(text=text, user=user, now=NOW, **where))


def test_a_question_that_starts_with_a_command_word_is_a_question(router, store):
    for text, fact in (("status of the order?", "signed"),
                       ("source of the concerns about Mythos?", "weaponized"),
                       ("changes to the testing program?", "evaluation")):
        reply = ask(router, text)
        assert reply.answered and fact in reply.text.lower(), text
    assert not [row for row in store.audit_rows() if row["result"] == "denied"]


def test_a_well_formed_admin_command_from_a_member_is_still_refused_and_audited(router, store):
    before = snapshot(store)
    reply = ask(router, "set order status Signed on Thursday")
    assert "Only admins can use `set`" in reply.text
    assert snapshot(store) == before and store.audit_rows()[-1]["result"] == "denied"


def test_a_thread_remembers_what_it_is_about(router, store):
    thread = {"thread": "T1", "reach": "thread"}
    assert "Anthropic" in say(router, "what is mythos?", **thread).text
    made = say(router, "who made it?", **thread)
    assert made.answered and made.entries[0] == "mythos" and "Anthropic" in made.text
    assert "month ago" in say(router, "when was it disclosed?", **thread).text
    switched = say(router, "and the NSA?", **thread)
    assert switched.entries[0] == "nsa"
    # Another thread knows nothing of this one.
    assert "mythos" not in say(router, "who made it?", thread="T2", reach="thread").entries


def test_chatter_in_a_thread_gets_silence_and_no_gap(router, store):
    for text in ("thanks!", "lol", "ok cool", "👍", "good morning all"):
        reply = say(router, text, thread="T1", reach="thread")
        assert reply.silent and reply.text == "" and not reply.answered, text
    assert Gaps(store).declined() == []
    # Mentions and DMs are always answered, chatter included.
    assert not say(router, "thanks!").silent


def test_context_expires_after_a_day_of_silence(router):
    say(router, "what is mythos?", thread="T1")
    later = Request(text="who made it?", user="m", now=NOW + timedelta(hours=25), thread="T1")
    assert "mythos" not in router.handle(later).entries


def test_whats_new_lists_the_changes_in_plain_words(router):
    assert "No changes to tracked entries" in ask(router, "what's new?").text
    ask(router, "set order status Signed on Thursday", user="admin")
    ask(router, "set mythos access Wider access for agencies", user="admin")
    for text in ("what's new?", "any updates?", "what changed this week?", "latest news",
                 "what's changed since monday?", "what changed today?"):
        reply = ask(router, text)
        assert "status" in reply.text and "access" in reply.text, text


def test_answer_questions_makes_a_channel_answer_unmentioned(router, store):
    channel = {"reach": "channel", "channel": "C9"}
    assert say(router, "who signs the order?", **channel).silent  # default: mentions only
    assert "Only admins" in say(router, "answer questions", channel="C9").text
    assert "every question" in say(router, "answer questions", user="admin",
                                   channel="C9").text
    assert store.audit_rows()[-1]["result"] == "ok: answer questions in console:C9"
    answer = say(router, "who signs the order?", **channel)
    assert answer.answered and "Trump" in answer.text
    for text in ("good morning all", "who won the football world cup?", "thanks"):
        assert say(router, text, **channel).silent, text
    assert Gaps(store).declined() == []
    assert "console:C9" in ask(router, "subscriptions").text
    say(router, "answer mentions", user="admin", channel="C9")
    assert say(router, "who signs the order?", **channel).silent


def test_what_about_asks_the_last_question_again_only_when_it_fits_the_new_name(router):
    thread = {"thread": "T1", "reach": "thread"}
    assert say(router, "when was mythos disclosed?", **thread).entries[0] in (
        "mythos", "mythos-disclosure")
    # "when was the NSA disclosed?" has no answer about the NSA: the NSA, told in brief.
    assert say(router, "what about the NSA?", **thread).entries[0] == "nsa"


def test_what_about_something_the_answer_does_not_hold_is_not_the_last_answer_again(router, store):
    thread = {"thread": "T1", "reach": "thread"}
    assert say(router, "who made Mythos?", **thread).answered
    assert not say(router, "what about the price?", **thread).answered
    # the base question stays "who made Mythos?": it is not replaced by a "what about"
    assert say(router, "what about GPT-5.5-Cyber?", **thread).entries[0] == "gpt-5-5-cyber"
    # a declined part is recorded as typed, not as the question it was read as
    say(router, "who made Mythos? and what about its budget?", thread="T2", reach="thread")
    assert "what about its budget" in [row["question"] for row in Gaps(store).declined()]


def test_a_follow_up_about_a_retired_entry_is_declined_not_answered_from_another(router):
    thread = {"thread": "T9", "reach": "thread"}
    assert say(router, "what is caisi?", **thread).entries == ("caisi",)
    say(router, "retire caisi", user="admin")
    reply = say(router, "who runs it?", **thread)
    assert not reply.answered and reply.entries == ()


def test_what_about_after_a_declined_question_asks_that_question_not_an_older_one(router):
    thread = {"thread": "T10", "reach": "thread"}
    assert say(router, "who developed mythos?", **thread).answered
    assert not say(router, "what is the budget of the NSA?", **thread).answered
    reply = say(router, "what about OpenAI?", **thread)
    # not "who developed OpenAI?" answered from another entry
    assert "standards-engagement" not in reply.entries


def test_brief_me_gives_the_briefing_as_a_whole(router, store):
    before = snapshot(store)
    for text in ("brief me", "give me a quick overview", "what's this briefing about?", "tl;dr",
                 "hey, fill me in", "Can you give me a summary?"):
        reply = ask(router, text)
        assert reply.text.startswith(store.meta("description")), text
        assert "Among its" in reply.text and "`list`" in reply.text, text
    # the entries readers follow, by title
    tracked = [e.title for e in store.entries() if e.tracked]
    assert tracked and tracked[0] in ask(router, "brief me").text
    # ... while a summary of one thing is a question about it
    assert ask(router, "give me a summary of the Mythos model").answered
    assert snapshot(store) == before


def test_brief_me_is_for_the_bot_and_not_of_a_thread_already_about_something(router):
    assert "Among its" in ask(router, "@here brief me please").text
    # overheard in a channel, "what's this about?" is between colleagues
    assert say(router, "what's this about?", reach="channel", channel="C9").silent
    # in a thread about Mythos, "summarize it" is of Mythos, not the whole briefing
    say(router, "what is mythos?", thread="T1")
    assert "Among its" not in say(router, "summarize it", thread="T1").text
    assert "Among its" in say(router, "brief me", thread="T2").text
