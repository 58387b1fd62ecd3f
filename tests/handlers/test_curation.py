"""Every curation command through the router on real SQLite: happy and unhappy paths."""

import threading
from datetime import timedelta

import pytest

from content.exporter import export_pack
from content.loader import load_into, read_pack
from content.store import Store
from handlers.messages import Request
from tests.conftest import NOW, SEED, ask, snapshot

ADMIN = "admin"


def edit(router, text, user=ADMIN):
    return ask(router, text, user=user)


def audit_results(store):
    return [(row["actor"], row["result"]) for row in store.audit_rows()]


def test_set_changes_a_field_and_answers_see_it_at_once(router, store):
    reply = edit(router, "set order status Signed on Thursday")
    assert reply.ephemeral and "version 2" in reply.text
    assert store.get("order").fields["status"] == "Signed on Thursday"
    assert "Signed on Thursday" in ask(router, "has the order been signed?").text
    assert audit_results(store) == [("console:admin", "ok: order v2")]


def test_set_creates_a_new_field_and_changes_title_and_summary(router, store):
    edit(router, "set mythos price_note Not given in the article")
    edit(router, "set mythos title Mythos, Anthropic's model")
    edit(router, "set mythos summary Anthropic's vulnerability-finding model.")
    entry = store.get("mythos")
    assert entry.fields["price_note"] == "Not given in the article"
    assert entry.title == "Mythos, Anthropic's model"
    assert entry.summary == "Anthropic's vulnerability-finding model."
    assert entry.version == 4


def test_set_by_alias_and_quoted_names(router, store):
    edit(router, 'set "White House" role Hosts the signing')
    edit(router, "set CAISI run_by Commerce")
    assert store.get("white-house").fields["role"] == "Hosts the signing"
    assert store.get("caisi").fields["run_by"] == "Commerce"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("set", "Type `set <entry> <field> <value> [--source <URL or citation>]`"),
        ("set order", "Type `set <entry> <field> <value> [--source <URL or citation>]`"),
        ("set order status", "Type `set <entry> <field> <value> [--source <URL or citation>]`"),
        ("set order Bad-Name x", "not a field name"),
        ("set order status " + "x" * 1001, "the limit is 1,000"),
        ("set order title " + "x" * 201, "the limit is 200"),
        ("set mythoss status x", "Did you mean"),
        ("set order title Anthropic's Mythos model", "already names the entry `mythos`"),
        ("add", "Type `add <kind> <slug> <title>`"),
        ("add spaceship x-1 X", "is not a kind"),
        ("add event Bad_Slug Title", "not a valid slug"),
        ("add event mythos Another", "already an entry `mythos`"),
        ("alias order", "Type `alias <entry> <alias>`"),
        ("alias order CAISI", "already names the entry `caisi`"),
        ("unalias order nothing-like-it", "is not an alias"),
        ("source order", "Type `source <entry> <text or URL>`"),
        ("track", "Type `track <entry>`"),
        ("retire nosuchthing", "no entry called"),
        ("revert order", "Type `revert <entry> <version>`"),
        ("revert order 99", "has no version 99"),
        ("revert order x", "Type `revert <entry> <version>`"),
    ],
)
def test_bad_edits_say_what_to_type_and_change_nothing(router, store, text, expected):
    before = snapshot(store)
    reply = edit(router, text)
    assert expected in reply.text
    assert reply.ephemeral and not reply.answered
    assert snapshot(store) == before


def test_add_then_fill_in(router, store):
    reply = edit(router, "add event senate-hearing Senate hearing on the order")
    assert "Added `senate-hearing`" in reply.text
    edit(router, "set senate-hearing when Next week")
    entry = store.get("senate-hearing")
    assert (entry.kind, entry.title, entry.fields["when"], entry.tracked) == (
        "event", "Senate hearing on the order", "Next week", True
    )
    assert entry.sources[0]["title"] == "Added in chat by console:admin"


def test_alias_and_unalias(router, store):
    edit(router, "alias caisi AI standards center")
    assert store.resolve("ai standards center").slug == "caisi"
    assert "nothing changed" in edit(router, "alias caisi AI Standards Center").text
    edit(router, "unalias caisi ai standards center")
    assert store.resolve("AI standards center") is None


def test_source_adds_a_url_or_a_citation(router, store):
    edit(router, "source order https://example.org/eo")
    edit(router, "source order Reuters report, Thursday")
    sources = store.get("order").sources
    assert sources[-2]["url"] == "https://example.org/eo"
    assert sources[-1]["title"] == "Reuters report, Thursday"


def test_track_untrack(router, store):
    edit(router, "untrack order")
    assert not store.get("order").tracked
    edit(router, "track order")
    assert store.get("order").tracked


def test_retire_hides_and_restore_brings_back(router, store):
    edit(router, "retire gpt-5-5-cyber")
    assert "gpt-5-5-cyber" not in ask(router, "list models").text
    assert "gpt-5-5-cyber" not in ask(router, "What is GPT-5.5-Cyber?").entries
    assert "v2" in ask(router, "history gpt-5-5-cyber").text
    edit(router, "restore gpt-5-5-cyber")
    assert "gpt-5-5-cyber" in ask(router, "What is GPT-5.5-Cyber?").entries


def test_history_newest_first_with_old_to_new(router, store):
    edit(router, "set order status Signed")
    text = ask(router, "history order", user="member").text
    lines = text.splitlines()
    assert lines[1].startswith("v2 · ") and "console:admin" in lines[1]
    assert "status: " in lines[2] and "→ Signed" in lines[2]
    assert lines[3].startswith("v1 · ") and "the content pack" in lines[3]


def test_history_shortens_long_values(router):
    edit(router, "set order status " + "long " * 100)
    line = ask(router, "history order").text.splitlines()[2]
    assert len(line) < 200 and "…" in line


def test_revert_records_a_new_version_and_erases_nothing(router, store):
    original = store.get("order").fields["status"]
    edit(router, "set order status Signed")
    reply = edit(router, "revert order 1")
    assert "version 3" in reply.text
    assert store.get("order").fields["status"] == original
    assert [r.version for r in store.revisions("order")] == [3, 2, 1]


def test_changes_lists_tracked_changes_oldest_first(router, store):
    edit(router, "set order status Signed")
    edit(router, "untrack mythos")
    edit(router, "set mythos access Everyone")  # untracked: not listed
    edit(router, "set signing-event when Friday")
    text = ask(router, "changes since 24h", user="member").text
    assert text.index("status:") < text.index("when:")
    assert "access" not in text
    assert "Anthropic" not in text.split("\n", 1)[1]  # the seed load is not news


def test_changes_with_a_bad_window(router):
    assert "Type `changes" in ask(router, "changes since whenever").text


def test_non_admin_edits_are_refused_recorded_and_change_nothing(router, store):
    before = snapshot(store)
    for text in ("set order status Hacked", "retire order", "add event x-y Z", "gaps"):
        reply = ask(router, text, user="mallory")
        assert reply.kind == "refused" and reply.ephemeral
        assert "Only admins" in reply.text and "BRIEFBOT_ADMINS" in reply.text
    assert snapshot(store) == before
    # One person's refused attempts within the hour are one row that counts them.
    [row] = store.audit_rows()
    assert (row["result"], row["count"], row["command"]) == ("denied", 4,
                                                            "set order status Hacked")


def test_platform_admins_and_the_admin_role_may_edit(router, store):
    request = Request(text="set order status A", user="U1", now=NOW, platform="slack",
                      platform_admin=True)
    assert "version 2" in router.handle(request).text
    router.settings = type(router.settings)(admins=frozenset(), admin_role="Editors")
    request = Request(text="set order status B", user="7", now=NOW, platform="discord",
                      roles=("Editors",))
    assert "version 3" in router.handle(request).text


def test_gaps_groups_near_duplicates_most_asked_first(router):
    for question in ("What is the weather in Paris?", "what's the weather in paris",
                     "Weather in Paris?", "Who won the World Cup?"):
        ask(router, question, user="member")
    text = edit(router, "gaps").text
    lines = text.splitlines()
    assert lines[1].startswith("3× ") and "aris" in lines[1]
    assert lines[2].startswith("1× ") and "World Cup" in lines[2]


def test_stored_mentions_are_kept_as_typed(router, store):
    edit(router, "set order status <!channel> @everyone signed")
    assert store.get("order").fields["status"] == "<!channel> @everyone signed"


def test_export_round_trip(router, store, tmp_path):
    edit(router, "add event senate-hearing Senate hearing")
    edit(router, "alias senate-hearing the hearing")
    edit(router, "source senate-hearing https://example.org/h")
    edit(router, "untrack order")
    edit(router, "retire xai")
    export_pack(store, tmp_path / "out")
    pack = read_pack(tmp_path / "out")
    assert pack.problems == []
    # the curator's content tests come back with the entries
    assert pack.questions and pack.questions == read_pack(SEED).questions
    fresh = Store(tmp_path / "fresh.db")
    fresh.load_pack(pack.entries, now=NOW)

    def content(s):
        return {e.slug: e.content() for e in s.entries(include_retired=True)}

    assert content(fresh) == content(store)


def test_two_admins_racing_on_one_entry_lose_nothing(router, store):
    answers: list[str] = []  # asserted here, not in the threads, where a failure goes unseen

    def admin(name: str) -> None:
        for i in range(200):
            request = Request(text=f"set order status {name} {i}", user=name,
                              now=NOW + timedelta(seconds=i))
            answers.append(router.handle(request).text)

    router.settings = type(router.settings)(admins=frozenset({"console:a", "console:b"}))
    threads = [threading.Thread(target=admin, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(answers) == 400 and all("version" in a for a in answers), answers[:3]
    versions = [r.version for r in store.revisions("order")]
    assert versions == list(range(401, 0, -1))
    assert len(store.audit_rows()) == 400
    statuses = [r.after["fields"]["status"] for r in reversed(store.revisions("order")[:-1])]
    for name in ("a", "b"):
        mine = [s for s in statuses if s.startswith(name + " ")]
        assert mine == [f"{name} {i}" for i in range(200)]


def test_audit_and_revisions_are_append_only(store, router):
    edit(router, "set order status X")
    with pytest.raises(Exception, match="append-only"):
        store.db.execute("DELETE FROM audit")
    with pytest.raises(Exception, match="append-only"):
        store.db.execute("UPDATE revisions SET actor = 'x'")


def test_export_keeps_kinds_named_like_the_packs_own_files(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "pack.yaml").write_text(
        "subject: S\nkinds: {pack: A package deal, questions: An open question, event: E}\n")
    (source / "a.yaml").write_text("entries:\n" + "".join(
        f"  - {{slug: {slug}, kind: {kind}, title: {slug}, summary: S., sources: [{{title: T}}]}}\n"
        for slug, kind in (("deal", "pack"), ("open", "questions"), ("day", "event"))))
    store = Store(tmp_path / "s.db")
    load_into(store, read_pack(source), NOW)
    export_pack(store, tmp_path / "out")
    back = read_pack(tmp_path / "out")
    assert back.problems == [] and back.subject == "S"
    assert sorted(e.slug for e in back.entries) == ["day", "deal", "open"]
    store.close()
