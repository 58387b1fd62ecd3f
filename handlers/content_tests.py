"""A pack's own questions (`questions.yaml`), asked of a store that holds only that pack."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from handlers.messages import Request
from handlers.router import Router

DECLINE = "decline"


@dataclass(frozen=True)
class Outcome:
    question: str
    expected: str  # a slug, or "decline"
    got: str  # the first entry of the answer, or "decline"

    @property
    def passed(self) -> bool:
        return self.expected == self.got


def run(router: Router, questions: list[dict[str, Any]], now: datetime) -> list[Outcome]:
    """Ask every question; an answer passes when its first entry is the expected one, a
    decline when the bot declines."""
    outcomes = []
    for item in questions:
        reply = router.handle(Request(text=item["q"], user="content-test", now=now))
        expected = DECLINE if item.get("decline") else item["entry"]
        got = reply.entries[0] if reply.answered and reply.entries else DECLINE
        if expected != DECLINE and expected in reply.entries:
            got = expected  # a question in parts may answer the expected entry second
        outcomes.append(Outcome(item["q"], expected, got))
    return outcomes
