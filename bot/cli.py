"""`python -m bot`: the console chat, one-shot questions, and content maintenance."""

import argparse
import asyncio
import contextlib
import json
import logging
import os
import re
import sqlite3
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from dotenv import load_dotenv

from bot import console, discord_runtime, slack_runtime
from bot.config import Config, ConfigError
from bot.delivery import ConsoleDelivery
from bot.digests import DigestRunner
from bot.discord_app import DiscordDelivery
from bot.leader import Leadership
from bot.logs import configure_logging
from bot.runtime import build_router, load_by_hand, open_store
from bot.scheduler import DigestScheduler
from content.exporter import export_pack
from content.loader import load_into, read_pack
from content.people import People
from content.store import Store, StoreError
from content.store import open_store as open_location
from handlers import content_tests, status
from handlers.messages import Request
from handlers.router import COMMANDS as CHAT_COMMANDS
from handlers.router import Router, Settings
from handlers.since import parse_since

log = logging.getLogger("bot")
FIRST_CHECK_WAIT = 10.0  # seconds to wait for the first try for the digest lead before serving

# Options of `ask` and `chat`. Everything else on those command lines is the message, even
# words that start with a dash ("-word" is a question, not an unknown option).
FLAGS = {"--json", "-h", "--help"}
VALUED = {"--as", "--channel", "--thread"}


class UsageError(Exception):
    """The command line is wrong; the message says what to type."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2, as the contract says
        # (`python -m bot list`: a chat command, which `ask` sends as a message)
        chat = re.search(r"invalid choice: '([^']*)'", message)
        if chat and chat.group(1).lower() in CHAT_COMMANDS:
            word = chat.group(1).lower()
            raise UsageError(f"'{word}' is a chat command: `{self.prog} ask {word}` (and any "
                             f"words after it) sends it as a message; `{self.prog} --help` for "
                             "usage.")
        raise UsageError(f"{message}. Type `{self.prog} --help` for usage.")


def build_parser() -> Parser:
    parser = Parser(prog="python -m bot", description="Briefbot: a briefing bot.")
    sub = parser.add_subparsers(dest="command", parser_class=Parser)
    sub.add_parser("run", help="start the bot (console chat when no platform is configured)")
    ask = sub.add_parser("ask", help="answer questions: the arguments, or one per stdin line")
    ask.add_argument("--json", action="store_true", help="one JSON object per question")
    ask.add_argument("question", nargs="*", help="the question (omit to read stdin)")
    chat = sub.add_parser("chat", help="send one message through the console platform")
    chat.add_argument("--as", dest="user", required=True, help="the user sending it")
    chat.add_argument("--channel", default="console", help="the channel id (default: console)")
    chat.add_argument("--thread", help="a conversation id: follow-ups in it keep their context, "
                                       "and chatter gets no reply, as in a followed thread")
    chat.add_argument("--json", action="store_true", help="print the reply as JSON")
    chat.add_argument("message", nargs="*", help="any command or question")
    content = sub.add_parser("content", help="load or check a content pack")
    content_sub = content.add_subparsers(dest="action", parser_class=Parser, required=True)
    for action, text in (("load", "load a pack into the store"), ("check", "validate a pack"),
                         ("test", "ask a pack's questions.yaml of a fresh store holding it")):
        p = content_sub.add_parser(action, help=text)
        p.add_argument("dir", nargs="?", help="the pack folder (default: BRIEFBOT_CONTENT)")
    export = content_sub.add_parser("export", help="write the live store as a pack")
    export.add_argument("dir", help="the folder to write")
    digest = sub.add_parser("digest", help="deliver digests")
    digest_sub = digest.add_subparsers(dest="action", parser_class=Parser, required=True)
    run_digests = digest_sub.add_parser("run", help="deliver every digest with something new")
    run_digests.add_argument("--dry-run", action="store_true", help="print, send nothing")
    run_digests.add_argument("--json", action="store_true", help="one object per subscription")
    backup = sub.add_parser("backup", help="copy the database consistently while it runs")
    backup.add_argument("path", help="the file to write")
    migrate = sub.add_parser("migrate", help="copy this SQLite store into an empty "
                                             "PostgreSQL database and compare the counts")
    migrate.add_argument("--to", required=True, metavar="URL",
                         help="postgresql://user:password@host:port/database")
    audit = sub.add_parser("audit", help="print the audit log, one line per row")
    audit.add_argument("--since", help="only rows since a date or a span (7d, 24h)")
    return parser


def main(argv: Sequence[str] | None = None, env: dict[str, str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if env is None:
        load_dotenv(Path.cwd() / ".env")
        env = dict(os.environ)
    configure_logging(env)
    # Bytes that are not UTF-8 on stdin (a terminal in another encoding, a binary pipe) are
    # read as "?", never a UnicodeDecodeError that loses the lines after them.
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    try:
        args = build_parser().parse_args(_message_last(argv))
        config = Config.from_env(env)
        return COMMANDS[args.command or "run"](args, config)
    except UsageError as exc:
        print(f"python -m bot: {exc}", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"python -m bot: {exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"python -m bot: {exc}. Set BRIEFBOT_DB to a writable file path or a reachable "
              "postgresql:// URL.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `... | head`: the reader left; nothing is wrong
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stops the flush at exit failing too
        return 0


def _message_last(argv: list[str]) -> list[str]:
    """For `ask` and `chat`, move the message after `--` so argparse reads it verbatim."""
    if not argv or argv[0] not in ("ask", "chat"):
        return argv
    options, message = [], []
    tokens = iter(argv[1:])
    for token in tokens:
        if token == "--" and not message:
            message.extend(tokens)
        elif token in FLAGS or token.split("=", 1)[0] in VALUED and "=" in token:
            options.append(token)
        elif token in VALUED:
            value = next(tokens, None)
            options += [token] if value is None else [token, value]  # argparse reports it
        else:
            message.append(token)
    return [argv[0], *options, "--", *message] if message else [argv[0], *options]


def run(args, config: Config) -> int:
    asyncio.run(serve(config))
    return 0


async def serve(config: Config) -> None:
    """The bot: every configured platform (or the console chat) and, on the replica that
    leads (bot/leader.py), the digest scheduler, on one event loop over one store."""
    platforms: dict[str, bool] = {}
    scheduler: DigestScheduler | None = None  # started below, once the platforms are up
    leadership: Leadership | None = None

    def report(ledger) -> dict:
        running = scheduler.running if scheduler is not None else None
        if leadership is not None and not leadership.leading:
            running = None  # another replica runs the digests: nothing is wrong here
        leader = leadership.leader() if leadership is not None else None
        return status.report(ledger, running, platforms, config.replica, leader)

    router = build_router(config, status=report)
    await asyncio.to_thread(router.vocabulary.warm)  # not on the first question's time
    closers = []
    extra = {}
    if config.discord_token:
        extra["discord"], close = await discord_runtime.start(router, config, platforms)
        closers.append(close)
    runner = digest_runner(router, config, deliveries=extra)
    scheduler = DigestScheduler(runner, router.ledger)
    # Digests run on one replica: this one at once on SQLite; on PostgreSQL the one holding
    # the leader lock (never from a (re)connect handler). The first check comes before Slack
    # serves /healthz, which would otherwise report a scheduler not yet started as stopped.
    leadership = Leadership(router.store, config.replica)
    leading = asyncio.create_task(leadership.keep(scheduler.start, scheduler.pause))
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(leadership.checked.wait(), FIRST_CHECK_WAIT)
    try:
        if config.slack_bot_token:
            closers.append(await slack_runtime.start(router, config, platforms, report))
        if platforms:
            log.info("running: %s", ", ".join(platforms))
            await asyncio.Event().wait()
        else:
            await console.chat(router, history=config.db.parent / ".console_history")
    finally:
        leading.cancel()
        scheduler.shutdown()
        leadership.close()
        for close in closers:
            await close()


def digest_runner(router, config: Config, echo: bool = True,
                  deliveries: dict | None = None) -> DigestRunner:
    found: dict = {"console": ConsoleDelivery(config.db.parent, echo=echo), **(deliveries or {})}
    if config.slack_bot_token:
        found["slack"] = slack_runtime.delivery(config)
    return DigestRunner(router.ledger, found, config.debounce)


async def run_digests(config: Config, dry_run: bool, echo: bool):
    router = build_router(config)
    extra, client = {}, None
    if config.discord_token:  # REST is enough to post; no gateway connection
        client = await discord_runtime.login(router, config)
        extra["discord"] = DiscordDelivery(client)
    try:
        return await digest_runner(router, config, echo, extra).run_all(dry_run=dry_run)
    finally:
        if client is not None:
            await client.close()


def _preview(post) -> str:
    """A platform payload as text: console text, Slack blocks or Discord embeds."""
    if isinstance(post, str):
        return post
    if isinstance(post, dict):
        return "\n".join(b["text"]["text"] for b in post.get("blocks", []) if "text" in b)
    return "\n".join(getattr(e, "description", "") or "" for e in post)


def digest(args, config: Config) -> int:
    for result in asyncio.run(run_digests(config, args.dry_run, echo=not args.json)):
        if args.json:
            print(json.dumps(result.as_json()), flush=True)
        elif args.dry_run:
            print(f"#{result.subscription} {result.platform}:{result.channel}: "
                  f"{result.changes} change(s) would be sent")
            for post in result.preview:
                print(_preview(post), "\n")
        else:
            state = "posted" if result.posted else "nothing posted"
            print(f"#{result.subscription} {result.platform}:{result.channel}: "
                  f"{result.changes} change(s), {state}")
    return 0


# A warning about one entry: where it is, then what was found
_PER_ENTRY = re.compile(r"^(?P<where>\S+ entry \d+(?: \([^)]*\))?): (?P<what>.+)$")
GROUP_AFTER = 3  # the same warning on more entries than this is said once, with a count


# ... and one of a family whose members differ only by a key: facts written beside the title
_AS_FIELD = re.compile(r"^key '(?P<key>[^']+)' read as a field; (?P<advice>.+)$")
# ... or by the slug each title made
_NO_SLUG = re.compile(r"^has no slug; read as '[^']+' from its title$")
_NO_SLUGS = "has no slug; read as the slug its title makes"


def grouped(warnings: list[str]) -> list[str]:
    """Warnings to print: the same one about many entries ("key 'id' read as 'slug'" on each
    of 27) once, with how many and the first two, and so the keys read as fields, whatever
    the key; every other as it is, in order."""
    places: dict[str, list[str]] = {}
    said: dict[tuple[str, str], str] = {}  # (family, where): what was said there
    keys: dict[str, list[str]] = {}  # a family's keys
    order: list[tuple[str | None, str]] = []
    for warning in warnings:
        found = _PER_ENTRY.match(warning)
        if found is None:
            order.append((None, warning))
            continue
        what, where = found.group("what"), found.group("where")
        family = _AS_FIELD.match(what)
        if family is not None:
            keys.setdefault(f"keys read as fields; {family.group('advice')}", []).append(
                family.group("key"))
            said[(what := f"keys read as fields; {family.group('advice')}", where)] = (
                found.group("what"))
        elif _NO_SLUG.match(what):
            said[(what := _NO_SLUGS, where)] = found.group("what")
        if what not in places:
            places[what] = []
            order.append((what, ""))
        places[what].append(where)
    lines: list[str] = []
    for what, warning in order:
        if what is None:
            lines.append(warning)
        elif len(places[what]) <= GROUP_AFTER:
            lines += [f"{where}: {said.get((what, where), what)}" for where in places[what]]
        else:
            entries = list(dict.fromkeys(places[what]))
            first = ", ".join(entries[:2])
            if what in keys:  # ("keys 'date', 'amount', ... read as fields")
                named = list(dict.fromkeys(keys[what]))
                listed = ", ".join(f"'{k}'" for k in named[:6]) + (", ..." if named[6:] else "")
                what = f"keys {listed} read as fields; " + what.split("; ", 1)[1]
            lines.append(f"{what}: in {len(entries)} entries ({first}, ...)")
    return lines


def ask(args, config: Config) -> int:
    router = build_router(config)
    # One person asking a list of questions from a file or a pipe: not a member flooding
    # a channel, so no per-member rate.
    router.settings = replace(router.settings, user_rate=0)
    questions = [" ".join(args.question)] if args.question else _stdin_lines()
    failed = False
    for question in questions:
        reply = router.handle(Request(text=question, user="cli", now=datetime.now(UTC)))
        _print(reply, question, args.json)
        failed = failed or reply.kind == "failure"
    return 1 if failed else 0  # something broke on our side (a damaged database ...)


def chat(args, config: Config) -> int:
    if not args.message:
        raise UsageError("chat needs a MESSAGE, e.g. python -m bot chat --as alice help")
    if not args.user.strip():
        raise UsageError("--as needs a user name, e.g. --as alice")
    router = build_router(config)
    message = " ".join(args.message)
    request = Request(
        text=message, user=args.user, now=datetime.now(UTC), platform="console",
        channel=args.channel, thread=f"{args.channel}/{args.thread}" if args.thread else None,
        reach="thread" if args.thread else "direct", user_name=args.user,
    )
    reply = router.handle(request)
    _print(reply, message, args.json)
    return 1 if reply.kind == "failure" else 0


def content(args, config: Config) -> int:
    if args.action == "export":
        try:
            count = export_pack(open_store(config), args.dir)
        except OSError as exc:
            print(f"python -m bot: cannot write {args.dir!r}: {exc.strerror or exc}",
                  file=sys.stderr)
            return 1
        print(f"{count} entries written to {args.dir}")
        return 0
    folder = Path(args.dir) if args.dir else config.content
    pack = read_pack(folder)
    if args.action == "check":
        for problem in pack.problems:
            print(problem)
        for warning in grouped(pack.warnings):
            print(f"warning: {warning}")
        print(f"{len(pack.entries)} entries OK, {len(pack.problems)} problems in {folder}")
        return 1 if pack.problems else 0
    if args.action == "test":
        return content_test(pack, folder)
    if pack.problems:
        for problem in pack.problems:
            print(problem)
        print(f"not loaded: {len(pack.problems)} problems in {folder}; fix them and load again")
        return 1
    result = load_by_hand(open_store(config, seed=False), pack, folder)
    print(f"{result.added} added, {result.changed} changed, {result.unchanged} unchanged")
    return 0


def content_test(pack, folder: Path) -> int:
    """Ask every question of the pack's questions.yaml; one line per miss, then the tally."""
    for problem in pack.problems:
        print(problem)
    if pack.problems:
        print(f"content test: 0/{len(pack.questions)} passed")
        return 1
    with tempfile.TemporaryDirectory(prefix="briefbot-test-") as scratch:
        store = Store(Path(scratch) / "test.db")
        try:
            load_into(store, pack, datetime.now(UTC))
            # One asker puts every question at once: no member's rate limit applies.
            router = Router(store, Settings(user_rate=0))
            outcomes = content_tests.run(router, pack.questions, datetime.now(UTC))
        finally:
            store.close()
    for outcome in outcomes:
        if not outcome.passed:
            print(f"miss: {outcome.question!r} expected {outcome.expected}, got {outcome.got}")
    passed = sum(o.passed for o in outcomes)
    print(f"content test: {passed}/{len(outcomes)} passed")
    return 0 if outcomes and passed == len(outcomes) else 1


def backup(args, config: Config) -> int:
    """A consistent copy while the bot runs: SQLite's backup API to a database file, or
    pg_dump's custom format on PostgreSQL (restore: `pg_restore --clean --if-exists -d URL
    PATH`)."""
    target = Path(args.path)
    if target.exists():
        raise UsageError(f"{target} exists; give a new file name")
    try:
        count = open_store(config, seed=False).backup(target)
    except (OSError, sqlite3.Error, StoreError) as exc:
        print(f"python -m bot: cannot back up to {target}: {exc}", file=sys.stderr)
        return 1
    print(f"backed up {count} entries from {_where(config)} to {target}")
    return 0


def migrate(args, config: Config) -> int:
    """Copy the SQLite store into an empty PostgreSQL database, then compare the counts."""
    from bot.seen import Seen
    from content.channels import Channels
    from content.conversations import Conversations
    from content.ledger import Ledger
    from content.migrate import MigrationError, copy_store
    from content.pg import redacted

    if config.db_url:
        raise UsageError("BRIEFBOT_DB already names a PostgreSQL database; migrate copies "
                         "from a SQLite file (set BRIEFBOT_DB to it)")
    if not args.to.startswith(("postgresql://", "postgres://")):
        raise UsageError("--to must be a postgresql:// URL")
    source = open_store(config, seed=False)
    for build in (Ledger, Conversations, Channels, Seen):  # their tables, on both sides
        build(source)
    target = open_location(args.to)
    for build in (Ledger, Conversations, Channels, Seen):
        build(target)
    try:
        counts = copy_store(source, target)
    except MigrationError as exc:
        print(f"python -m bot: {exc}", file=sys.stderr)
        return 1
    finally:
        target.close()
    wrong = [table for table, (a, b) in counts.items() if a != b]
    for table, (a, b) in counts.items():
        print(f"{table}: {a} -> {b}{'  MISMATCH' if a != b else ''}")
    if wrong:
        print(f"python -m bot: counts differ in {', '.join(wrong)}", file=sys.stderr)
        return 1
    print(f"migrated {counts['entries'][0]} entries and {counts['revisions'][0]} revisions "
          f"from {config.db} to {redacted(args.to)}; set BRIEFBOT_DB to that URL")
    return 0


def _where(config: Config) -> str:
    if config.db_url:
        from content.pg import redacted

        return redacted(config.db_url)
    return str(config.db)


def audit(args, config: Config) -> int:
    since = None
    if args.since:
        since = parse_since(args.since, datetime.now(UTC))
        if since is None:
            raise UsageError(f"--since {args.since!r} is not a date or a span like 7d or 24h")
    store = open_store(config)
    people = People(store)
    for row in store.audit_rows(since):
        name = people.display(row["actor"])
        who = row["actor"] if name == row["actor"] else f"{name} ({row['actor']})"
        line = (f"{row['at']} {who} {row['platform']}/{row['channel']} "
                f"{row['result']}{_times(row)}: {' '.join(row['command'].split())}")
        print(_shown(line))
    return 0


def _shown(text: str) -> str:
    """Text for a terminal: control characters (a typed ESC sequence that would retitle the
    window or erase lines) written as escapes."""
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape")
                   .decode("ascii") for ch in text)


def _times(row: dict) -> str:
    """" ×5 (last 12:03)" on a row that counts a person's refused attempts that hour."""
    count = row.get("count") or 1
    return f" ×{count} (last {row['last_at']})" if count > 1 else ""


def _stdin_lines() -> Iterator[str]:
    """One question per line, answered as it arrives (a pipe may still be writing)."""
    for line in sys.stdin:
        yield line.rstrip("\r\n")


def _print(reply, question: str, as_json: bool) -> None:
    if as_json:
        print(json.dumps(console.as_json(reply, question), ensure_ascii=False), flush=True)
    elif reply.silent:
        return
    else:
        print(console.render(reply) + "\n", flush=True)


COMMANDS = {"run": run, "ask": ask, "chat": chat, "content": content, "audit": audit,
            "digest": digest, "backup": backup, "migrate": migrate}
