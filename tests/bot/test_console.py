"""The console renderer: plain text, sources and related entries, and no live mentions; and
the console itself on a terminal."""

import contextlib
import os
import sys

from bot.console import as_json, render
from bot.mentions import neutralize
from handlers.messages import Related, Reply
from tests.conftest import ROOT

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


def test_ctrl_c_at_the_prompt_ends_the_console_at_once(tmp_path):
    import pty
    import select
    import signal
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_",
                                                                       "DISCORD_"))}
    env.update(BRIEFBOT_DB=str(tmp_path / "b.db"), BRIEFBOT_CONTENT=str(ROOT / "content/seed"))
    pid, fd = pty.fork()
    if pid == 0:  # the child: the console on a terminal, as a person runs it
        os.chdir(ROOT)
        os.execvpe(sys.executable, [sys.executable, "-m", "bot"], env)
    seen, deadline = b"", time.monotonic() + 60
    while b"you>" not in seen and time.monotonic() < deadline:
        if select.select([fd], [], [], 0.5)[0]:
            seen += os.read(fd, 4096)
    assert b"you>" in seen
    os.kill(pid, signal.SIGINT)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 130
            return
        with contextlib.suppress(OSError):
            if select.select([fd], [], [], 0.2)[0]:
                os.read(fd, 4096)
    os.kill(pid, signal.SIGKILL)
    raise AssertionError("the console was still running 15 s after Ctrl-C")
