"""Property tests: whatever a non-admin types, nothing raises, nothing stored changes, and no
rendering leaks a mention or breaks a platform limit."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import slack_blocks
from bot.console import render
from handlers.messages import Reply, Request
from tests.conftest import NOW, snapshot

MASS = ["@everyone", "@here", "<!channel>", "<!here>", "<!everyone>", "<@&42>", "<@U1>"]
FTS = ['"', "AND", "OR", "NOT", "NEAR(", "col:x", "*", "-", "^", "(", ")", "{", "}", ":"]
MARKUP = ["*bold*", "_it_", "~s~", "`code`", "```", "<http://x|y>", "<b>", "</script>", "&amp;",
          "[link](http://x)", "> quote", "# h1", "\u202e", "\u200b", "\x00", "\r\n"]
# The answerer's own grammar: part breaks, question types, idioms and what it rewrites.
GRAMMAR = ["?", " and ", " and on ", " and in ", "how many", "how much", "how long", "what about",
           "US", "U.S.", "the States", "%", "sooo", "pull the plug", "rolled it back", "$"]
COMMANDS = ["", "show ", "list ", "set ", "add ", "history ", "revert ", "subscribe ", "gaps ",
            "changes since ", "digest ", "alias ", "retire ", "status "]
pieces = st.one_of(st.sampled_from(MASS + FTS + MARKUP + GRAMMAR), st.text(max_size=30))
messages = st.builds(lambda head, parts: head + " ".join(parts), st.sampled_from(COMMANDS),
                     st.lists(pieces, max_size=12))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.one_of(messages, st.text(max_size=3000)))
def test_no_input_raises_changes_anything_or_leaks(router, store, text):
    before = snapshot(store)
    reply = router.handle(Request(text=text, user="mallory", now=NOW))
    assert "wrong on my side" not in reply.text
    assert snapshot(store) == before
    shown = render(reply)
    assert not any(token in shown for token in MASS)
    for message in slack_blocks.reply_messages(reply, text):
        assert len(message["blocks"]) <= slack_blocks.BLOCKS
        assert len(message["text"]) <= slack_blocks.TEXT
        for block in message["blocks"]:
            if block["type"] == "section":
                assert len(block["text"]["text"]) <= slack_blocks.SECTION
        body = json.dumps(message)
        assert "<!" not in body and "<@" not in body


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=20000), title=st.text(max_size=500))
def test_slack_messages_stay_within_limits(text, title):
    reply = Reply(text=text or " ", title=title or None, answered=True, kind="answer",
                  entries=("x",))
    for message in slack_blocks.reply_messages(reply, text):
        assert 1 <= len(message["blocks"]) <= slack_blocks.BLOCKS
        assert len(message["text"]) <= slack_blocks.FALLBACK
        sections = [b for b in message["blocks"] if b["type"] == "section"]
        assert all(len(b["text"]["text"]) <= slack_blocks.SECTION for b in sections)
        assert sum(len(b["text"]["text"]) for b in sections) <= slack_blocks.TEXT
        assert "<" not in "".join(b["text"]["text"] for b in sections)
