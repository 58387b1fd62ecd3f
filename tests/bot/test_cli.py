"""`python -m bot` as a user runs it: a real process, a real database file, real stdin."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PREFIXES = ("BRIEFBOT_", "SLACK_", "DISCORD_")


def run(*args: str, db, stdin: str = "", extra: dict | None = None, timeout: int = 60):
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(PREFIXES)},
        "BRIEFBOT_DB": str(db),
        "BRIEFBOT_CONTENT": str(ROOT / "content" / "seed"),
        **(extra or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        cwd=ROOT, env=env, timeout=timeout,
    )


@pytest.fixture
def db(tmp_path):
    return tmp_path / "data" / "briefbot.db"


def test_ask_json_answers_and_seeds_an_empty_database(db):
    out = run("ask", "--json", "When will the order be signed?", db=db)
    assert out.returncode == 0, out.stderr
    reply = json.loads(out.stdout)
    assert set(reply) == {"question", "answered", "text", "entries", "sources"}
    assert reply["answered"] and "Thursday" in reply["text"] and "order" in reply["entries"]
    assert db.exists()


def test_ask_reads_one_question_per_stdin_line_in_order(db):
    questions = ["what is mythos", "tell me a joke", "", "Which agencies will test AI models?"]
    out = run("ask", "--json", db=db, stdin="\n".join(questions) + "\n")
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["question"] for line in lines] == questions
    assert [line["answered"] for line in lines] == [True, False, False, True]


def test_chat_runs_any_command_as_a_user_in_a_channel(db):
    out = run("chat", "--as", "alice", "--channel", "C1", "--json", "show", "mythos", db=db)
    assert out.returncode == 0
    assert json.loads(out.stdout)["entries"] == ["mythos"]


@pytest.mark.parametrize(
    "words",
    [["-word"], ["--", "-x"], ["NEAR("], ["col:x"], ["*"], ['"'], ["AND"], [""], ["x" * 20000],
     ["@everyone", "<!channel>"], ["\x01\x1b[2J"], ["🚀"]],
)
def test_hostile_arguments_get_a_reply_not_a_traceback(db, words):
    out = run("chat", "--as", "mallory", "--json", *words, db=db)
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    text = json.loads(out.stdout)["text"]
    assert text and "@everyone" not in text and "<!channel>" not in text


def test_usage_errors_exit_2_with_one_line(db):
    for args in (["chat", "hello"], ["frobnicate"], ["content"], ["ask", "--as"]):
        out = run(*args, db=db)
        assert out.returncode == 2, args
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
        assert "Traceback" not in out.stderr


def test_a_chat_command_typed_as_a_cli_command_says_how_to_send_it(db):
    # (`python -m bot list`: the decline's "type `list`" is said in chat, which `ask` speaks)
    out = run("show", "order", db=db)
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert "`python -m bot ask show`" in out.stderr
    assert "order" in run("ask", "show", "order", db=db).stdout


def test_content_check_says_facts_beside_the_title_once_whatever_their_keys(tmp_path, db):
    # (a pack whose facts sit beside the title, each entry with keys of its own: one line)
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "pack.yaml").write_text("subject: S\n")
    keys = ["date", "amount", "where", "cause", "outcome"]
    entries = "".join(f"  - {{slug: e{i}, kind: event, title: T{i}, summary: S{i}., "
                      f"{keys[i]}: v{i}, sources: [{{title: N}}]}}\n" for i in range(5))
    (tmp_path / "pack" / "a.yaml").write_text("entries:\n" + entries)
    out = run("content", "check", str(tmp_path / "pack"), db=db)
    assert out.returncode == 0, out.stdout
    assert ("warning: keys 'date', 'amount', 'where', 'cause', 'outcome' read as fields; write "
            "facts under 'fields:': in 5 entries (a.yaml entry 1 (e0), a.yaml entry 2 (e1), ...)"
            ) in out.stdout.splitlines(), out.stdout
    # (a few such keys are each said as they are)
    (tmp_path / "pack" / "a.yaml").write_text("entries:\n" + entries.splitlines(True)[0])
    out = run("content", "check", str(tmp_path / "pack"), db=db)
    assert ("warning: a.yaml entry 1 (e0): key 'date' read as a field; write facts under "
            "'fields:'") in out.stdout.splitlines(), out.stdout


def test_content_check_says_a_warning_on_many_entries_once_with_a_count(tmp_path, db):
    # (a pack written with `id:` for `slug:` throughout: one line, not one per entry)
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "pack.yaml").write_text("subject: S\n")
    entries = "".join(f"  - {{id: e{i}, kind: event, title: T{i}, summary: S{i}., "
                      f"sources: [{{title: N}}]}}\n" for i in range(5))
    (tmp_path / "pack" / "a.yaml").write_text("entries:\n" + entries
                                              + "  - {slug: ff, kind: event, title: F, summary: "
                                                "S., sources: [{title: N}], tags: [x]}\n")
    out = run("content", "check", str(tmp_path / "pack"), db=db)
    assert out.returncode == 0, out.stdout
    lines = out.stdout.splitlines()
    assert ("warning: key 'id' read as 'slug': in 5 entries (a.yaml entry 1 (e0), a.yaml "
            "entry 2 (e1), ...)") in lines
    # (one entry's warning as it is)
    assert "warning: a.yaml entry 6 (ff): key 'tags' read as 'keywords'" in lines
    assert lines[-1].startswith("6 entries OK, 0 problems")
    # (entries with no slug, each read from its title: one line too)
    entries = "".join(f"  - {{kind: event, title: T{i}, summary: S{i}., "
                      f"sources: [{{title: N}}]}}\n" for i in range(5))
    (tmp_path / "pack" / "a.yaml").write_text("entries:\n" + entries)
    lines = run("content", "check", str(tmp_path / "pack"), db=db).stdout.splitlines()
    assert ("warning: has no slug; read as the slug its title makes: in 5 entries (a.yaml "
            "entry 1 (t0), a.yaml entry 2 (t1), ...)") in lines, lines


def test_an_unusable_database_path_says_which_and_why(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    out = run("ask", "hello", db=blocker / "x.db")
    assert out.returncode == 1
    assert str(blocker) in out.stderr and "BRIEFBOT_DB" in out.stderr
    assert "Traceback" not in out.stderr


def test_a_bad_variable_is_named(db):
    out = run("ask", "hi", db=db, extra={"BRIEFBOT_TZ": "Mars/Olympus"})
    assert out.returncode == 2 and "BRIEFBOT_TZ" in out.stderr


def test_content_check_lists_every_problem_and_exits_1(tmp_path, db):
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "a.yaml").write_text("entries:\n  - slug: X\n    kind: nope\n")
    (tmp_path / "pack" / "pack.yaml").write_text("subject: S\nkinds: {event: What happened}\n")
    out = run("content", "check", str(tmp_path / "pack"), db=db)
    assert out.returncode == 1
    assert "slug 'X'" in out.stdout and "kind 'nope'" in out.stdout and "summary" in out.stdout
    assert run("content", "check", db=db).returncode == 0


def test_content_load_is_idempotent(db):
    first = run("content", "load", db=db)
    second = run("content", "load", db=db)
    assert first.stdout.startswith(tuple(f"{n} added" for n in range(35, 200)))
    assert second.stdout.startswith("0 added, 0 changed")


def test_the_interactive_console_answers_until_end_of_input(db):
    out = run(db=db, stdin="help\nwhat is CAISI?\n")
    assert out.returncode == 0, out.stderr
    assert "list [kind]" in out.stdout and "Center for AI Standards and Innovation" in out.stdout


def test_chat_thread_keeps_context_across_invocations_and_is_silent_on_chatter(db):
    def chat(text: str) -> dict:
        out = run("chat", "--as", "alice", "--thread", "T1", "--json", text, db=db)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    assert "Anthropic" in chat("what is mythos?")["text"]
    made = chat("who made it?")
    assert made["entries"][0] == "mythos" and "Anthropic" in made["text"]
    assert chat("thanks!") == {"question": "thanks!", "answered": False, "text": "",
                               "entries": [], "sources": []}
    plain = run("chat", "--as", "alice", "--thread", "T1", "ok cool", db=db)
    assert plain.returncode == 0 and plain.stdout == ""
    gaps = run("chat", "--as", "admin", "gaps", db=db, extra={"BRIEFBOT_ADMINS": "console:admin"})
    assert "No declined questions" in gaps.stdout


def test_the_store_follows_the_pack_it_is_pointed_at(db):
    outage = {"BRIEFBOT_CONTENT": str(ROOT / "tests" / "packs" / "outage" / "pack")}

    def ask(text: str, extra: dict | None = None) -> dict:
        out = run("ask", "--json", text, db=db, extra=extra)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    assert ask("when will the order be signed?")["answered"]
    assert "8.5 million" in ask("how many windows devices crashed?", outage)["text"]
    assert not ask("when will the order be signed?", outage)["answered"]
    listing = run("chat", "--as", "x", "list", db=db, extra=outage).stdout
    assert "incident" in listing and "order (" not in listing
    # Back to the first pack: its entries return; history was kept throughout.
    assert ask("when will the order be signed?")["answered"]


def test_a_pack_with_a_broken_entry_still_takes_over_with_its_good_ones(db, tmp_path):
    assert run("ask", "--json", "when will the order be signed?", db=db).returncode == 0
    pack = tmp_path / "bakery"
    pack.mkdir()
    (pack / "pack.yaml").write_text("subject: Bakery\n")
    (pack / "a.yaml").write_text(
        "entries:\n  - {slug: rye, kind: bread, title: Rye loaf, summary: A dark rye loaf., "
        "fields: {price: '$6'}, sources: [{title: Menu}]}\n"
        "  - {slug: Broken Slug, kind: bread, title: Broken, summary: No source.}\n")
    out = run("ask", "--json", "how much is the rye loaf?", db=db,
              extra={"BRIEFBOT_CONTENT": str(pack)})
    reply = json.loads(out.stdout)
    assert reply["answered"] and "$6" in reply["text"]


def test_a_pack_file_that_cannot_be_read_retires_nothing_and_keeps_chat_edits(db, tmp_path):
    pack = tmp_path / "seed"
    shutil.copytree(ROOT / "content" / "seed", pack)
    env = {"BRIEFBOT_CONTENT": str(pack), "BRIEFBOT_ADMINS": "console:alice"}
    edit = run("chat", "--as", "alice", "set", "mythos", "summary", "EDITED IN CHAT", db=db,
               extra=env)
    assert edit.returncode == 0 and "version 2" in edit.stdout, edit.stdout + edit.stderr
    models = pack / "models.yaml"
    good = models.read_bytes()
    models.write_bytes(good + b"\n  - slug: broken\n\tkind: x\n")  # a tab: no YAML
    shown = run("chat", "--as", "bob", "show", "mythos", db=db, extra=env)
    assert "EDITED IN CHAT" in shown.stdout and "retired" not in shown.stdout.lower()
    models.write_bytes(good)  # mended byte for byte: the file is as it was, so is the edit
    shown = run("chat", "--as", "bob", "show", "mythos", db=db, extra=env)
    assert "EDITED IN CHAT" in shown.stdout, shown.stdout


def test_a_damaged_database_is_an_exit_status_not_a_sorry_and_0(db):
    assert run("ask", "--json", "When will the order be signed?", db=db).returncode == 0
    with sqlite3.connect(db) as conn:  # the pages of the entries and their search index
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = [n for (n,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name IN ('entries', 'entries_fts_data')")]
    conn.close()
    data = bytearray(db.read_bytes())
    for page in pages:  # garbage past each page header: the schema still opens
        at = (page - 1) * size
        data[at + 100:at + size - 100] = b"\xa5" * (size - 200)
    db.write_bytes(bytes(data))
    out = run("ask", "--json", "When will the order be signed?", db=db)
    assert out.returncode == 1 and json.loads(out.stdout)["answered"] is False


def test_ask_answers_every_stdin_line_however_many_and_reads_bad_bytes_as_question_marks(db):
    lines = ["what is mythos?"] * 25 + ["\udcff\udcfe bad bytes", "when will the order be signed?"]
    env = {"PYTHONIOENCODING": "utf-8"}  # strict decoding, as an installed UTF-8 locale reads
    out = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="\n".join(lines).encode("utf-8", "surrogateescape"), capture_output=True,
        cwd=ROOT, timeout=120,
        env={**{k: v for k, v in os.environ.items() if not k.startswith(PREFIXES)}, **env,
             "BRIEFBOT_DB": str(db), "BRIEFBOT_CONTENT": str(ROOT / "content" / "seed")})
    assert out.returncode == 0, out.stderr
    replies = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert len(replies) == 27 and all(r["answered"] for r in replies[:25])
    assert replies[-1]["answered"]  # the line after the bad bytes still answered


def test_audit_writes_control_characters_as_escapes(db):
    run("chat", "--as", "eve", "set", "order", "status", "\x1b]0;PWNED\x07\x1b[2Kfake", db=db)
    out = run("audit", db=db)
    assert "\x1b" not in out.stdout and "\\x1b" in out.stdout


def test_export_never_writes_over_a_folder_that_holds_files(db, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(ROOT / "content" / "seed", pack)
    before = sorted(p.name for p in pack.iterdir())
    for target in (str(pack), ""):
        out = run("content", "export", target, db=db)
        assert out.returncode == 1 and "cannot write" in out.stderr
    assert sorted(p.name for p in pack.iterdir()) == before
