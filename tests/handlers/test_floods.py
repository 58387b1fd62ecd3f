"""No member may flood a channel or the store."""

from datetime import timedelta

from content.gaps import Gaps
from handlers.messages import Request
from handlers.router import Router, Settings
from tests.conftest import NOW, snapshot

TEXTS = ["who signs the order?", "what is the weather in Paris tomorrow?",
         "set order status Hacked", "tell me a joke about penguins"]


def test_a_flood_from_one_member_gets_at_most_21_replies_and_adds_one_row_per_text(store):
    router = Router(store, Settings(admins=frozenset({"console:admin"})))  # 20 a minute
    before = snapshot(store)
    replies, others = [], []
    for i in range(100):
        now = NOW + timedelta(seconds=i / 10)
        reply = router.handle(Request(text=TEXTS[i % 4], user="mallory", now=now))
        if not reply.silent:
            replies.append(reply)
        if i % 10 == 0:  # another member, meanwhile, is answered as usual
            others.append(router.handle(Request(text="who signs the order?", user="pat",
                                                now=now)))
    assert len(replies) <= 21 and "pausing for you" in replies[-1].text
    assert all(o.answered and "Trump" in o.text for o in others)
    assert snapshot(store) == before
    denied = [r for r in store.audit_rows() if r["result"] == "denied"]
    assert len(denied) == 1 and denied[0]["count"] >= 2
    declined = Gaps(store).declined()
    assert len({r["question"] for r in declined}) == len(declined) <= 2
    assert max(r["count"] for r in declined) >= 2
    # Once the member slows down, they are answered again.
    later = router.handle(Request(text=TEXTS[0], user="mallory", now=NOW + timedelta(minutes=2)))
    assert later.answered


def test_a_declined_question_asked_again_bumps_its_count(router, store):
    for user in ("a", "b", "a"):
        router.handle(Request(text="Who won the football world cup?", user=user, now=NOW))
    [row] = Gaps(store).declined()
    assert row["count"] == 3
    assert "3×" in router.handle(Request(text="gaps", user="admin", now=NOW)).text
