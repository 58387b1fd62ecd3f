"""The inbox: a verified event is written down before Slack hears it arrived, so its answer
survives the death of the replica that took it. A sweep answers events whose claim lapsed,
once, unless the answer already landed (it names its event in the message metadata)."""

from datetime import UTC, datetime, timedelta

from tests.bot.test_slack_http import payload


def inbox(store) -> list[dict]:
    return list(store.db.query("SELECT event_id, status, claimed_by FROM inbox ORDER BY at"))


def strand(store, event_id: str) -> None:
    """A replica claimed the event and died: the claim lapsed, no answer was marked."""
    past = (datetime.now(UTC) - timedelta(seconds=30)).isoformat()
    with store.write(content=False) as db:
        db.execute("UPDATE inbox SET status = 'pending', claimed_by = 'dead', "
                   "claimed_until = ?, at = ? WHERE event_id = ?", [past, past, event_id])


async def test_a_verified_event_is_written_down_and_marked_done_once_answered(slack, store):
    event = payload("app_mention.json")
    await slack.event(event)
    [post] = await slack.fake.wait_for(lambda: slack.fake.posts())
    assert post["metadata"]["event_payload"]["event_id"] == event["event_id"]
    rows = await slack.fake.wait_for(lambda: [r for r in inbox(store)
                                              if r["event_id"] == event["event_id"]
                                              and r["status"] == "done"])
    assert rows[0]["claimed_by"] == slack.bot.owner


async def test_a_forged_event_is_not_written_down(slack, store):
    event = payload("app_mention.json")
    event["event_id"] = "EvFORGED"
    status, _ = await slack.event(event, secret="not-the-secret")
    await slack.settle()
    assert status == 401 and "EvFORGED" not in [r["event_id"] for r in inbox(store)]


async def test_a_stranded_event_is_answered_once_by_the_sweep(slack, store):
    event = payload("app_mention.json")
    slack.bot.seen.receive("slack", event["event_id"], event)
    strand(store, event["event_id"])
    assert await slack.bot.sweep_once() == 1
    [post] = await slack.fake.wait_for(lambda: slack.fake.posts())
    assert post["thread_ts"] == event["event"]["ts"]
    await slack.fake.wait_for(lambda: inbox(store)[0]["status"] == "done")
    assert await slack.bot.sweep_once() == 0
    await slack.event(event, headers={"X-Slack-Retry-Num": "1"})  # Slack retries it too
    await slack.settle()
    assert len(slack.posts()) == 1


async def test_a_stranded_event_whose_answer_landed_is_not_answered_again(slack, store):
    event = payload("app_mention.json")
    await slack.event(event)
    await slack.fake.wait_for(lambda: slack.fake.posts())
    await slack.fake.wait_for(lambda: inbox(store)[0]["status"] == "done")
    strand(store, event["event_id"])  # died after posting, before marking it done
    assert await slack.bot.sweep_once() == 1
    await slack.settle()
    assert len(slack.posts()) == 1 and inbox(store)[0]["status"] == "done"


async def test_a_redelivery_while_the_answer_is_being_written_is_not_answered(slack, store):
    event = payload("app_mention.json")
    assert slack.bot.seen.claim("slack", event["event_id"], "another-replica")
    await slack.event(event, headers={"X-Slack-Retry-Num": "1"})
    await slack.settle()
    assert slack.posts() == []


async def test_a_stranded_dm_whose_answer_landed_is_not_answered_again(slack, store):
    event = payload("message_im.json")
    await slack.event(event)
    await slack.fake.wait_for(lambda: slack.fake.posts())
    await slack.fake.wait_for(lambda: inbox(store)[0]["status"] == "done")
    strand(store, event["event_id"])
    assert await slack.bot.sweep_once() == 1
    await slack.settle()
    assert len(slack.posts()) == 1


async def test_an_event_that_keeps_failing_is_given_up(slack, store):
    from bot.seen import ATTEMPTS

    event = payload("app_mention.json")
    slack.bot.seen.receive("slack", event["event_id"], event)
    for _ in range(ATTEMPTS):
        assert slack.bot.seen.claim("slack", event["event_id"], "crashing-replica")
        strand(store, event["event_id"])
    assert slack.bot.seen.stranded("slack") == []


async def test_day_old_events_are_forgotten_by_the_sweep_not_by_each_event(slack, store):
    event = payload("app_mention.json")
    slack.bot.seen.receive("slack", event["event_id"], event)
    with store.write(content=False) as db:
        db.execute("UPDATE inbox SET at = '2000-01-01T00:00:00+00:00'")
    slack.bot.seen.receive("slack", "EvNEWER", {**event, "event_id": "EvNEWER"})
    assert len(inbox(store)) == 2
    slack.bot.seen.prune()
    assert [r["event_id"] for r in inbox(store)] == ["EvNEWER"]


def test_an_inbox_from_before_attempts_were_counted_is_upgraded(store):
    from bot.seen import Seen

    with store.write(content=False) as db:  # the table as an older version made it
        db.execute("CREATE TABLE inbox (platform TEXT, event_id TEXT, body TEXT, at TEXT, "
                   "status TEXT, claimed_by TEXT, claimed_until TEXT, "
                   "PRIMARY KEY (platform, event_id))")
    seen = Seen(store)
    assert seen.claim("slack", "Ev1", "me")
