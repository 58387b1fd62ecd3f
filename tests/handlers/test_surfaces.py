"""The surfaces' plain-data side: the home page, the edit and add forms, `dismiss`, and a
message read only as a question. Platform renderings are tested with the adapters."""

from dataclasses import replace
from datetime import timedelta

from content.gaps import Gaps
from content.store import Audit
from handlers.messages import Request
from handlers.surfaces import Submitted
from tests.conftest import NOW, ask, snapshot

ADMIN = Request(text="edit", user="admin", now=NOW, platform_admin=True)
MEMBER = Request(text="edit", user="member", now=NOW)


def form_of(router, slug="order"):
    return router.entry_form(ADMIN, slug)


def test_a_member_home_has_no_gaps_or_audit_and_an_admin_home_has_both(router, store):
    Gaps(store).record_declined("who funds it?", "console", "u", "c", NOW)
    ask(router, "set order status Signed", user="member")  # refused and audited
    member, admin = router.home(MEMBER), router.home(ADMIN)
    assert not member.admin and member.gaps == () and member.audit == ()
    assert admin.admin and [g.question for g in admin.gaps] == ["who funds it?"]
    assert admin.audit[0].result == "denied"
    assert router.gap_choices("funds", 5) == [("who funds it?", admin.gaps[0].id)]


def test_home_lists_each_changed_entry_once_newest_first_within_seven_days(router, store):
    audit = Audit("console:admin", "console", "admin", "c", "set")
    store.edit("order", lambda e: replace(e, summary="Old news."), audit, NOW - timedelta(days=9))
    store.edit("mythos", lambda e: replace(e, summary="One."), audit, NOW - timedelta(hours=2))
    store.edit("mythos", lambda e: replace(e, summary="Two."), audit, NOW - timedelta(hours=1))
    store.edit("order", lambda e: replace(e, summary="Signed."), audit, NOW - timedelta(hours=3))
    home = router.home(MEMBER)
    assert [c.slug for c in home.changes] == ["mythos", "order"]
    assert "One. → Two." in home.changes[0].text


def test_an_edit_form_changes_only_what_was_typed_since_it_opened(router, store):
    form = form_of(router)
    store.edit("order", lambda e: replace(e, summary="Edited meanwhile."),
               Audit("console:b", "console", "b", "c", "set"), NOW)
    fields = dict(form.fields)
    outcome = router.submit_edit(ADMIN, "order", form.version, Submitted(
        form.title, form.summary, {**fields, "status": "Signed", "extra": "New field"}))
    entry = store.get("order")
    assert outcome.errors == {} and "version" in outcome.reply.text
    assert entry.summary == "Edited meanwhile." and entry.fields["status"] == "Signed"
    assert entry.fields["extra"] == "New field"
    assert entry.version == form.version + 2


def test_a_long_pack_summary_sent_back_as_the_forms_cut_prefill_stays_whole(router, store):
    """A pack may load a summary past the 1,000 characters an input holds; the platform's
    form prefills the first 1,000, and saving another change must not cut the summary."""
    long = "The order was drafted in stages. " * 40
    store.edit("order", lambda e: replace(e, summary=long.strip()),
               Audit("console:b", "console", "b", "c", "set"), NOW)
    form = form_of(router)
    outcome = router.submit_edit(ADMIN, "order", form.version, Submitted(
        form.title, form.summary[:1000], {**dict(form.fields), "status": "Signed"}))
    entry = store.get("order")
    assert outcome.errors == {} and entry.fields["status"] == "Signed"
    assert entry.summary == long.strip()


def test_an_emptied_field_is_removed_and_an_unchanged_form_changes_nothing(router, store):
    form = form_of(router)
    before = snapshot(store)
    outcome = router.submit_edit(ADMIN, "order", form.version,
                                 Submitted(form.title, form.summary, dict(form.fields)))
    assert outcome.reply.kind == "info" and snapshot(store) == before
    name = form.fields[0][0]
    router.submit_edit(ADMIN, "order", form.version,
                       Submitted(form.title, form.summary, {name: ""}))
    assert name not in store.get("order").fields


def test_bad_input_is_named_by_its_input_and_changes_nothing(router, store):
    form = form_of(router)
    before = snapshot(store)
    outcome = router.submit_edit(ADMIN, "order", form.version, Submitted(
        "", "x" * 5000, {"Bad Name": "v"}, source="s" * 3000))
    assert set(outcome.errors) == {"title", "summary", "field:bad name", "source"}
    assert outcome.reply is None and snapshot(store) == before


def test_a_change_to_the_same_input_meanwhile_is_named_not_overwritten(router, store):
    form = form_of(router)
    store.edit("order", lambda e: replace(e, fields={**e.fields, "status": "Theirs"}),
               Audit("console:b", "console", "b", "c", "set"), NOW)
    before = snapshot(store)
    outcome = router.submit_edit(ADMIN, "order", form.version, Submitted(
        form.title, form.summary, {**dict(form.fields), "status": "Mine"}))
    assert set(outcome.errors) == {"field:status"} and "Theirs" in outcome.errors["field:status"]
    assert snapshot(store) == before


def test_a_resubmitted_form_makes_no_second_revision(router, store):
    form = form_of(router)
    change = Submitted(form.title, form.summary, {"status": "Signed"},
                       source="https://x.example")
    router.submit_edit(ADMIN, "order", form.version, change)
    before = snapshot(store)
    again = router.submit_edit(ADMIN, "order", form.version, change)
    assert again.reply.kind == "info" and snapshot(store) == before


def test_a_field_value_needs_a_name_and_core_names_have_their_own_inputs(router, store):
    form = form_of(router)
    outcome = router.submit_edit(ADMIN, "order", form.version,
                                 Submitted(form.title, form.summary, {" ": "orphan"}))
    assert set(outcome.errors) == {"field:"}
    outcome = router.submit_edit(ADMIN, "order", form.version,
                                 Submitted(form.title, form.summary, {"Title": "Sneaky"}))
    assert set(outcome.errors) == {"field:title"} and store.get("order").title == form.title


def test_a_long_gap_is_taught_by_a_shortened_phrasing_and_closes(router, store):
    long = "when exactly " + " ".join(["does the mythos model really ship"] * 6) + "?"
    Gaps(store).record_declined(long, "console", "u", "c", NOW)
    [(_, gap)] = router.gap_choices("", 5)
    reply = router.teach_gap(ADMIN, gap, "mythos")
    taught = store.get("mythos").keywords[-1]
    assert "learned the phrasing" in reply.text and len(taught) <= 100
    assert long.startswith(taught) and Gaps(store).declined() == []
    assert router.teach_gap(MEMBER, gap, "mythos").kind == "refused"


def test_a_title_another_entry_holds_is_an_error_on_the_title(router, store):
    form = form_of(router)
    taken = store.get("mythos").title
    outcome = router.submit_edit(ADMIN, "order", form.version,
                                 Submitted(taken, form.summary))
    assert set(outcome.errors) == {"title"} and store.get("order").title == form.title


def test_members_get_refusals_from_every_form_and_each_is_audited(router, store):
    before = snapshot(store)
    assert router.entry_form(MEMBER, "order").kind == "refused"
    assert router.add_form(MEMBER).kind == "refused"
    outcome = router.submit_add(MEMBER, "program", "new-one", "New one", "")
    assert outcome.reply.kind == "refused" and store.get("new-one") is None
    assert snapshot(store) == before
    [row] = store.audit_rows()
    assert row["result"] == "denied" and row["count"] == 3


def test_the_add_form_checks_each_input(router, store):
    kinds = [kind for kind, _ in router.add_form(ADMIN).kinds]
    outcome = router.submit_add(ADMIN, "nonsense", "Bad Slug", "", "")
    assert set(outcome.errors) == {"kind", "slug", "title"}
    outcome = router.submit_add(ADMIN, kinds[0], "order", "Another", "")
    assert set(outcome.errors) == {"slug"}
    outcome = router.submit_add(ADMIN, kinds[0], "new-one", "New one", "What it is.")
    assert outcome.errors == {} and store.get("new-one").summary == "What it is."


def test_dismiss_takes_a_gap_off_by_its_wording_or_its_start(router, store):
    gaps = Gaps(store)
    gaps.record_declined("what is the weather like in Paris in the spring?", "c", "u", "c", NOW)
    gaps.record_declined("who won the match?", "c", "u", "c", NOW)
    assert "No question like" in ask(router, "dismiss something else", user="admin").text
    reply = ask(router, "dismiss what is the weather like in Paris…", user="admin")
    assert "off the gaps list" in reply.text
    assert [row["question"] for row in gaps.declined()] == ["who won the match?"]
    assert "off the gaps list" in ask(router, "dismiss who won the match?", user="admin").text
    assert gaps.declined() == []


def test_a_message_read_as_a_question_never_runs_a_command(router, store):
    before = snapshot(store)
    admin = replace(ADMIN, text="retire order")
    reply = router.answer(admin)
    assert reply.kind != "info" and snapshot(store) == before
    assert router.answer(replace(MEMBER, text="when will the order be signed?")).answered
    assert router.answer(replace(MEMBER, text="   ")).kind == "error"
