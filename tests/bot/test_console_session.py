"""The curation story end to end through `python -m bot chat` and `python -m bot audit`."""

import json

from tests.bot.test_cli import run


def chat(db, user, *words):
    out = run("chat", "--as", user, "--json", *words, db=db,
              extra={"BRIEFBOT_ADMINS": "console:alice"})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_scripted_console_session(tmp_path):
    db = tmp_path / "briefbot.db"
    original = chat(db, "bob", "show", "order")["text"]
    assert "Status: Expected" in original

    # 1. An admin sets the order's status.
    assert "version 2" in chat(db, "alice", "set", "order", "status", "Signed on Thursday")["text"]
    # 2. A member's question now answers with the new status.
    answer = chat(db, "bob", "has the order been signed?")
    assert answer["answered"] and "Signed on Thursday" in answer["text"]
    # 3. History shows old -> new and who made the change.
    history = chat(db, "bob", "history", "order")["text"]
    assert "· alice\n" in history and "→ Signed on Thursday" in history  # a name, not an id
    # 4. revert brings the original status back; history keeps every version.
    chat(db, "alice", "revert", "order", "1")
    assert "Status: Expected" in chat(db, "bob", "show", "order")["text"]
    history = chat(db, "bob", "history", "order")["text"]
    assert all(f"v{n} · " in history for n in (1, 2, 3))
    # 5. A non-admin set is refused, changes nothing, and appears in the audit log.
    refused = chat(db, "bob", "set", "order", "status", "Hacked")
    assert "Only admins" in refused["text"]
    assert "Hacked" not in chat(db, "bob", "show", "order")["text"]
    audit = run("audit", db=db).stdout
    assert "bob (console:bob) console/console denied: set order status Hacked" in audit
    assert "alice (console:alice) console/console ok: order v2" in audit
    # 6. Off-topic questions show up in gaps for an admin, but not for a non-admin.
    chat(db, "bob", "what's the weather in Lisbon?")
    assert "weather in Lisbon" in chat(db, "alice", "gaps")["text"]
    assert "weather" not in chat(db, "bob", "gaps")["text"]


def test_export_then_load_into_an_empty_store(tmp_path):
    db = tmp_path / "a.db"
    chat(db, "alice", "set", "mythos", "access", "Wider now")
    out = run("content", "export", str(tmp_path / "pack"), db=db)
    assert out.returncode == 0 and "entries written" in out.stdout
    fresh = tmp_path / "b.db"
    assert run("content", "load", str(tmp_path / "pack"), db=fresh).returncode == 0
    assert "Wider now" in run("chat", "--as", "x", "show", "mythos", db=fresh).stdout


def test_audit_since_takes_spans_and_dates(tmp_path):
    db = tmp_path / "a.db"
    chat(db, "alice", "set", "mythos", "access", "Wider")
    assert "ok: mythos v2" in run("audit", "--since", "1h", db=db).stdout
    assert run("audit", "--since", "2999-01-01", db=db).stdout == ""
    bad = run("audit", "--since", "whenever", db=db)
    assert bad.returncode == 2 and len(bad.stderr.splitlines()) == 1


def test_digest_run_delivers_to_the_console_once(tmp_path):
    db = tmp_path / "briefbot.db"
    chat(db, "alice", "subscribe")
    chat(db, "alice", "set", "order", "status", "Signed")
    dry = run("digest", "run", "--dry-run", db=db)
    assert "→ Signed" in dry.stdout and not (tmp_path / "console-posts.jsonl").exists()
    out = run("digest", "run", "--json", db=db)
    [line] = [json.loads(x) for x in out.stdout.splitlines()]
    assert set(line) == {"subscription", "platform", "channel", "changes", "posted",
                         "message_ids"}
    assert line["posted"] and line["channel"] == "console" and line["changes"] == 1
    posts = [json.loads(x) for x in (tmp_path / "console-posts.jsonl").read_text().splitlines()]
    assert len(posts) == 1 and set(posts[0]) == {"channel", "text", "digest_id", "at"}
    again = json.loads(run("digest", "run", "--json", db=db).stdout)
    assert not again["posted"]
