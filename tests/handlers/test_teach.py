"""`teach`: a declined question becomes a learned phrasing of an entry and leaves `gaps`."""

from content.exporter import export_pack
from content.loader import read_pack
from tests.conftest import ask, snapshot

QUESTION = "who gets to tinker with the lobster"


def test_teach_makes_the_question_answer_from_the_entry_and_closes_the_gap(router, store,
                                                                            tmp_path):
    assert not ask(router, QUESTION).answered
    assert "lobster" in ask(router, "gaps", user="admin").text
    reply = ask(router, f"teach mythos-access {QUESTION}", user="admin")
    assert "learned the phrasing" in reply.text and reply.ephemeral
    audit = store.audit_rows()[-1]
    assert audit["command"].startswith("teach") and audit["result"].startswith("ok: mythos-access")
    assert "No declined questions" in ask(router, "gaps", user="admin").text
    for text in (QUESTION, "so who gets to tinker with that lobster?"):
        answer = ask(router, text)
        assert answer.answered and answer.entries[0] == "mythos-access", text
    export_pack(store, tmp_path / "out")
    pack = read_pack(tmp_path / "out")
    assert {"q": QUESTION, "entry": "mythos-access"} in pack.questions
    assert QUESTION in next(e for e in pack.entries if e.slug == "mythos-access").keywords


def test_teach_by_a_member_is_refused_and_changes_nothing(router, store):
    before = snapshot(store)
    reply = ask(router, f"teach mythos-access {QUESTION}")
    assert "Only admins" in reply.text
    assert snapshot(store) == before
    assert store.audit_rows()[-1]["result"] == "denied"


def test_teach_needs_an_entry_and_a_question(router):
    assert "Type `teach <entry> <question>`" in ask(router, "teach mythos", user="admin").text
    assert "no entry called" in ask(router, "teach nosuch who is it", user="admin").text


def test_teach_refuses_a_retired_entry_and_a_question_another_entry_already_answers(router,
                                                                                     store):
    ask(router, "retire mythos-access", user="admin")
    before = snapshot(store)
    assert "is retired" in ask(router, f"teach mythos-access {QUESTION}", user="admin").text
    assert snapshot(store) == before
    assert "learned" in ask(router, f"teach nsa {QUESTION}", user="admin").text
    before = snapshot(store)
    reply = ask(router, f"teach order {QUESTION.upper()}?", user="admin")
    assert "already a phrasing of `nsa`" in reply.text and snapshot(store) == before
