"""Neutralise mass and role mentions in text the bot posts, whatever their source.

The store keeps text as typed. The console and the Discord renderers pass their output through
`neutralize`, so a stored "@everyone" or "<@&role>" is shown, never acted on (a zero-width space
breaks the token for the platform's parser while the reader still sees the same characters);
Slack's blocks escape `& < >` instead (bot/slack_blocks.py), which does the same there.
"""

import re

ZWSP = "\u200b"
_AT_WORD = re.compile(r"@(?=(everyone|here|channel|group)\b)", re.IGNORECASE)
_ANGLE = re.compile(r"<(?=[!@#])")


def neutralize(text: str) -> str:
    """`@everyone` -> `@\u200beveryone`, `<!channel>` -> `<\u200b!channel>`, `<@&1>` likewise."""
    return _ANGLE.sub("<" + ZWSP, _AT_WORD.sub("@" + ZWSP, text))
