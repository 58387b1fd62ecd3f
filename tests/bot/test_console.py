"""The console renderer: plain text, sources and related entries, and no live mentions."""

from bot.console import as_json, render
from bot.mentions import neutralize
from handlers.messages import Related, Reply

MASS = ["@everyone", "@here", "<!channel>", "<!here>", "<!everyone>", "<@&123>", "<@U123>"]


def test_render_shows_title_text_source_and_related():
    reply = Reply(
        text="Body", title="Title", sources=("Article",), updated="2026-11-26",
        related=(Related("mythos", "Mythos"),), answered=True,
    )
    assert render(reply) == (
        "Title\nBody\nSource: Article · updated 2026-11-26\nRelated: Mythos [mythos]"
    )


def test_stored_mass_mentions_are_neutralised_in_text_and_json():
    text = "Ping " + " ".join(MASS) + " @EVERYONE"
    reply = Reply(text=text, title="@here title")
    for out in (render(reply), as_json(reply, "q")["text"]):
        for token in [*MASS, "@EVERYONE"]:
            assert token not in out
    assert neutralize("mail me at a@b.com") == "mail me at a@b.com"
