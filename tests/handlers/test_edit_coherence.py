"""Answers that stay true after an edit: the admin hears where the old value still stands,
"updated" is the edit's date, and an edit's `--source` is what the answer cites."""

from datetime import timedelta

from handlers.messages import Request
from tests.conftest import NOW

LATER = NOW + timedelta(days=3)


def say(router, text, user="member", now=LATER):
    return router.handle(Request(text=text, user=user, now=now))


def test_an_edit_names_the_entries_that_still_say_the_old_value(router):
    reply = say(router, "set mythos access Open to every federal agency", user="admin")
    assert "version 2" in reply.text and reply.ephemeral
    assert "Still says the old value:" in reply.text
    assert "`mythos-access` (summary)" in reply.text and "`mythos` (summary)" in reply.text
    assert "`mythos` (access)" not in reply.text  # the field just edited


def test_an_edit_with_nothing_left_behind_says_nothing_more(router):
    reply = say(router, "set gpt-5-5-cyber goal A brand new goal", user="admin")
    assert "Still says" not in reply.text


def test_the_next_answer_is_dated_and_sourced_by_the_edit(router):
    before = say(router, "who has access to mythos?", now=NOW)
    assert before.updated == NOW.date().isoformat()
    say(router, "set mythos access Open to every federal agency --source "
                "https://example.org/access", user="admin")
    answer = say(router, "what access is there to anthropic's mythos model?")
    assert "Open to every federal agency" in answer.text
    assert answer.updated == LATER.date().isoformat()
    assert answer.sources[0] == f"https://example.org/access ({LATER.date().isoformat()})"


def test_source_flag_without_a_citation_gets_the_usage(router, store):
    reply = say(router, "set mythos access Open --source", user="admin")
    assert "--source <URL or citation>" in reply.text
    assert store.get("mythos").version == 1
