"""The console platform: replies as terminal text, and the interactive chat loop."""

import asyncio
import contextlib
import getpass
import logging
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.mentions import neutralize
from handlers import replies
from handlers.messages import Reply, Request
from handlers.router import Router

log = logging.getLogger(__name__)
PROMPT = "you> "


def render(reply: Reply) -> str:
    """A reply as plain terminal text, mentions neutralised."""
    lines = [reply.title] if reply.title else []
    lines.append(reply.text)
    if replies.footer(reply):
        lines.append(replies.footer(reply))
    if reply.related:
        names = ", ".join(f"{r.title} [{r.slug}]" for r in reply.related)
        lines.append(f"Related: {names}")
    return neutralize("\n".join(lines))


def as_json(reply: Reply, question: str) -> dict:
    data = reply.as_json(neutralize(question))
    data["text"] = neutralize(data["text"])
    data["sources"] = [neutralize(s) for s in data["sources"]]
    return data


async def chat(router: Router, user: str | None = None, history: Path | None = None,
               read: Callable[[str], str] = input) -> None:
    """Read messages until Ctrl-D; each goes through the router like any platform message.
    Input waits in a thread so the digest scheduler keeps running on the event loop."""
    readline = _readline(history)
    user = user or getpass.getuser()
    session = f"console-{uuid.uuid4().hex[:12]}"  # one conversation: follow-ups keep context
    print(replies.welcome(router.subject))
    while True:
        try:
            line = await _read_line(read, PROMPT)
        except EOFError:
            print()
            break
        except KeyboardInterrupt:
            print()
            continue
        if not line.strip():
            continue
        reply = router.handle(Request(text=line, user=user, now=datetime.now(UTC),
                                      thread=session, user_name=user))
        print(render(reply) + "\n")
    if readline is not None and history is not None:
        try:
            readline.write_history_file(history)
        except OSError as exc:
            log.debug("could not save history: %s", exc)


def _read_line(read: Callable[[str], str], prompt: str) -> asyncio.Future:
    """`read(prompt)` on a daemon thread: the event loop (and the digest scheduler) keeps
    running meanwhile, and Ctrl-C, which cancels the loop's task, ends the process at once
    instead of waiting for a worker thread stuck in input()."""
    loop = asyncio.get_running_loop()
    future = loop.create_future()

    def settle(result=None, error: BaseException | None = None) -> None:
        if not future.done():
            future.set_exception(error) if error is not None else future.set_result(result)

    def run() -> None:
        try:
            outcome = (read(prompt), None)
        except BaseException as exc:  # EOFError, KeyboardInterrupt: the loop raises them
            outcome = (None, exc)
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody waits
            loop.call_soon_threadsafe(settle, *outcome)

    threading.Thread(target=run, name="console-input", daemon=True).start()
    return future


def _readline(history: Path | None):
    """Line editing and history where the platform has readline; plain input elsewhere."""
    try:
        import readline
    except ImportError:
        return None
    if history is not None and history.exists():
        with contextlib.suppress(OSError):
            readline.read_history_file(history)
    return readline
