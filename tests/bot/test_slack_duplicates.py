"""1,000 Slack events, each delivered one to four times with retry headers, get exactly
1,000 replies: the dedupe holds under load, not only for a single retried event."""

import asyncio
import json
import random
from pathlib import Path

from tests.bot.test_slack_http import slack  # noqa: F401 - the fixture

EVENT = json.loads((Path(__file__).parent / "payloads" / "slack" / "message_im.json").read_text())
QUESTIONS = ["what is CAISI?", "who tests the models?", "mythos?", "tell me a joke"]


async def test_a_thousand_events_delivered_up_to_four_times_get_a_thousand_replies(slack):  # noqa: F811
    rng = random.Random(1)
    deliveries = []
    for i in range(1000):
        event = json.loads(json.dumps(EVENT))
        event["event_id"] = f"Ev{i:05d}"
        event["event"]["ts"] = f"1764158520.{i:06d}"
        event["event"]["text"] = QUESTIONS[i % len(QUESTIONS)]
        event["event"]["user"] = f"U{i % 250:04d}"  # many members, each within the rate
        for attempt in range(rng.randint(1, 4)):
            headers = ({"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": "http_timeout"}
                       if attempt else None)
            deliveries.append((event, headers))
    rng.shuffle(deliveries)
    semaphore = asyncio.Semaphore(20)

    async def send(event, headers):
        async with semaphore:
            status, _ = await slack.event(event, headers=headers)
            assert status == 200

    await asyncio.gather(*(send(e, h) for e, h in deliveries))
    await slack.fake.wait_for(lambda: len(slack.fake.posts()) >= 1000, timeout=120)
    await slack.settle()  # a late duplicate would have been posted before the sentinel's answer
    assert len(deliveries) > 2000 and len(slack.posts()) == 1000
