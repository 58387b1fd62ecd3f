"""The in-memory names and typo dictionary catch up with edits incrementally, and end up
exactly where a vocabulary read from scratch would be."""

from content.store import open_store
from handlers.router import Router, Settings
from handlers.vocabulary import Vocabulary
from tests.conftest import ask

ADMIN = "admin"


def tokens(name):
    return name.split()


def test_names_follow_edits_from_this_and_other_processes(router, store):
    vocabulary = router.vocabulary
    assert vocabulary.names_in(tokens("what is caisi")) == [(2, 3, "caisi")]
    # A second store object on the same file edits as another process would.
    other = Router(open_store(store.location), Settings(admins=frozenset({"console:admin"})))
    for command in (
        "alias caisi standards hub",
        "alias order the big order",
        "unalias order the big order",
        "retire gpt-5-5-cyber",
        "add program zeta-watch Zeta Watch",
        "set zeta-watch title Zeta Watch Program",
    ):
        assert ask(other, command, user=ADMIN).kind != "error", command
        ask(router, "who signed the order")  # the first vocabulary catches up each time
    assert vocabulary.names_in(tokens("what is the standards hub")) == [(3, 5, "caisi")]
    assert vocabulary.names_in(tokens("the big order")) != [(0, 3, "order")]
    assert all(slug != "gpt-5-5-cyber" for _, slug in vocabulary.names())
    assert vocabulary.names_in(tokens("zeta watch program")) == [(0, 3, "zeta-watch")]
    assert vocabulary.correct("zetawatchprogram") == "zeta watch program"
    assert vocabulary.correct("standardshub") == "standards hub"
    assert vocabulary.correct("zetta") == "zeta"  # a word that came with the new entry

    fresh = Vocabulary(store)
    assert vocabulary.names() == fresh.names()
    assert vocabulary.suggest("zeta wach") == fresh.suggest("zeta wach") == ["zeta-watch"]
    ask(other, "restore gpt-5-5-cyber", user=ADMIN)
    assert vocabulary.names() == Vocabulary(store).names()
    assert any(slug == "gpt-5-5-cyber" for _, slug in vocabulary.names())


class _Paused(list):
    """Names read from the store; iterating them first runs `pause` (a question in flight)."""

    def __init__(self, items, pause):
        super().__init__(items)
        self.pause = pause

    def __iter__(self):
        self.pause()
        return super().__iter__()


def test_a_question_in_flight_during_a_catch_up_never_sees_names_missing(router, store):
    vocabulary = router.vocabulary
    assert vocabulary.names_in(tokens("what is caisi")) == [(2, 3, "caisi")]
    other = Router(open_store(store.location), Settings(admins=frozenset({"console:admin"})))
    assert ask(other, "set caisi summary Still the standards centre.", user=ADMIN).kind != "error"
    seen = []

    def question_in_flight():
        seen.append(vocabulary._names.by_name.get("caisi"))  # what names_in reads

    read = store.names_of
    store.names_of = lambda slugs: _Paused(read(slugs), question_in_flight)
    try:
        vocabulary.warm()  # the catch-up, with a question looking in at every step
    finally:
        store.names_of = read
    assert seen and all(owners == ("caisi",) for owners in seen), seen
    assert vocabulary.names_in(tokens("what is caisi")) == [(2, 3, "caisi")]
