"""A data desk imports CSV files: every row is checked, and a wrong file writes nothing."""

import pytest
from django.test import override_settings

from claims.models import Claim, ClaimEvent, Evidence, Status
from csvio import importer as importing
from sources.models import Outlet, Source
from tests.csv_helpers import CLAIM_HEADER, csv_bytes, snapshot
from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def register():
    visit = VisitFactory(ref="pezeshkian-astana-2025")
    article = SourceFactory(ref="irna-astana", title="IRNA on the Astana talks")
    other = SourceFactory(ref="kazinform-trade", title="Kazinform on trade")
    return visit, article, other


def claim_row(
    ref="trade-doubling",
    *,
    topic="trade",
    status="unverified",
    summary="",
    published="false",
    article="irna-astana",
    visit="pezeshkian-astana-2025",
    text="Trade will double by 2030",
    quote="“Trade — will double”",
):
    return f'{ref},{article},{visit},"Kassym-Jomart Tokayev",{text},"{quote}",{topic},{status},{summary},{published}'


def run(table, data, user, **options):
    return importing.import_file(table, data, user=user, **options)


# --- files that are wrong as a whole ----------------------------------------------------
@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "The file is empty"),
        (b"\xef\xbb\xbf  \n", "The file is empty"),
        ("ref,title\nx,Caf\u00e9\n".encode("latin-1"), "The file is not UTF-8 text (byte 0xe9 on line 2"),
        (b"PK\x03\x04\x00\x00binary\x00zip", "not a CSV text file: it contains binary data"),
        (
            csv_bytes("ref,article,visit,speakr,text,quote,topic,status,verdict_summary,is_published"),
            "missing column 'speaker'; unknown column 'speakr'",
        ),
        (csv_bytes("ref,article,visit"), "missing columns 'speaker', 'text', 'quote'"),
    ],
    ids=["empty", "only-bom", "latin-1", "binary", "misspelt-column", "missing-columns"],
)
def test_a_wrong_file_is_refused_with_a_clear_message_and_writes_nothing(register, editor, data, message):
    before = snapshot()
    report = run("claims", data, editor)
    assert not report.ok
    assert message in report.file_error
    assert snapshot() == before


@override_settings(IMPORT_MAX_BYTES=100)
def test_an_oversized_file_is_refused_naming_the_limit(register, editor):
    data = csv_bytes(CLAIM_HEADER, claim_row(), claim_row("second"))
    before = snapshot()
    report = run("claims", data, editor)
    assert "the largest file an import accepts is 100\xa0bytes (setting IMPORT_MAX_BYTES)" in report.file_error
    assert snapshot() == before


# --- rows that are wrong -----------------------------------------------------------------
def test_every_wrong_row_is_reported_with_row_and_column_and_nothing_is_written(register, editor):
    data = csv_bytes(
        CLAIM_HEADER,
        claim_row("fine-row"),
        claim_row("bad-topic", topic="tourism"),
        claim_row("bad-article", article="no-such-source"),
        claim_row("fine-row", text="The same ref again"),
        claim_row("bad-visit", visit="no-such-visit"),
        claim_row("bad-published", published="maybe"),
    )
    before = snapshot()
    report = run("claims", data, editor)
    found = [(e.row, e.column) for e in report.errors]
    assert found == [(3, "topic"), (4, "article"), (5, "ref"), (6, "visit"), (7, "is_published")]
    messages = [str(e) for e in report.errors]
    assert messages[0].startswith("row 3, column 'topic': 'tourism' is not a topic here. Use one of: trade,")
    assert messages[1] == "row 4, column 'article': There is no source with ref 'no-such-source'."
    assert messages[2].startswith("row 5, column 'ref': Row 2 has the same ref")
    assert "'maybe' is not true or false" in messages[4]
    assert report.summary() == "claims: 0 created, 0 updated, 0 unchanged, 5 errors; nothing was written."
    assert snapshot() == before


def test_a_row_with_the_wrong_number_of_cells_is_reported(register, editor):
    report = run("claims", csv_bytes(CLAIM_HEADER, claim_row(), "just,three,cells"), editor)
    assert [str(e) for e in report.errors] == ["row 3: has 3 cells; the header has 10 columns."]
    assert not Claim.objects.exists()


def test_model_rules_apply_to_every_row(editor):
    data = csv_bytes(
        "ref,title,host_country,start_date,end_date,location,summary,guest,guest_country",
        "astana,Visit to Astana,KZ,2025-12-12,2025-12-11,Astana,,Masoud Pezeshkian,IR",
        "tehran,Visit to Tehran,Iran,2025-13-01,2025-12-11,Tehran,,Kassym-Jomart Tokayev,KZ",
        "almaty,Visit to Almaty,KZ,2025-12-11,2025-12-11,Almaty,,,",
    )
    report = run("visits", data, editor)
    errors = {}
    for error in report.errors:
        errors.setdefault((error.row, error.column), []).append(error.message)
    assert errors[(2, "end_date")] == ["A visit cannot end before it starts."]
    assert "Use an ISO 3166-1 alpha-2 code in capitals, for example IR, KZ or TM." in errors[(3, "host_country")]
    assert "invalid date" in errors[(3, "start_date")][0]
    assert errors[(4, "guest")] == ["This field cannot be blank."]


def test_a_new_visit_needs_the_guest_columns_the_register_requires(editor):
    data = csv_bytes(
        "ref,title,host_country,start_date,end_date,location,summary",
        "astana,Visit to Astana,KZ,2025-12-11,2025-12-12,Astana,",
    )
    report = run("visits", data, editor)
    assert {e.column for e in report.errors} == {"guest", "guest_country"}
    assert "add the column to the file" in report.errors[0].message


def test_evidence_cannot_corroborate_a_claim_with_its_own_article(register, editor):
    ClaimFactory(ref="c1", article=register[1])
    data = csv_bytes("claim,source,stance,quote,note", "c1,irna-astana,corroborates,The passage,")
    report = run("evidence", data, editor)
    assert [str(e) for e in report.errors] == [
        "row 2, column 'source': A claim cannot cite its own article as corroboration of itself."
    ]
    assert not Evidence.objects.exists()


def test_a_url_already_used_by_another_source_is_refused(editor):
    OutletFactory(name="IRNA")
    SourceFactory(ref="taken", url="https://irna.ir/1")
    data = csv_bytes(
        "ref,title,outlet,kind,url,published_on,language",
        "new-one,A report,IRNA,article,https://irna.ir/1,2025-12-11,fa",
        "newer,Another,IRNA,article,https://irna.ir/2,,fa",
        "newest,Again,IRNA,article,https://irna.ir/2,,fa",
    )
    report = run("sources", data, editor)
    assert [str(e) for e in report.errors] == [
        "row 2, column 'url': Source 'taken' already has this url.",
        "row 4, column 'url': Row 3 has the same url.",
    ]


# --- the workflow on import ----------------------------------------------------------------
def test_a_publish_row_that_breaks_the_publishing_rule_is_refused(register, editor):
    data = csv_bytes(
        CLAIM_HEADER,
        claim_row(status="verified", summary="Customs data agree", published="true"),
        claim_row("no-summary", status="disputed", published="true"),
    )
    before = snapshot()
    report = run("claims", data, editor)
    assert [str(e) for e in report.errors] == [
        "row 2, column 'is_published': Claim 'trade-doubling' cannot be published: it has no evidence "
        "from a source other than its own article (an independent one: not a copy of the same readout or wire "
        "story).",
        "row 3, column 'is_published': Claim 'no-summary' cannot be published: it has no verdict summary; "
        "it has no evidence from a source other than its own article (an independent one: not a copy of the same "
        "readout or wire story).",
    ]
    assert snapshot() == before


def test_an_import_publishes_through_the_same_rules_and_records_the_same_events(register, editor):
    visit, article, other = register
    claim = ClaimFactory(ref="trade-doubling", article=article, visit=visit)
    EvidenceFactory(claim=claim, source=other)
    data = csv_bytes(CLAIM_HEADER, claim_row(status="verified", summary="Customs data agree", published="true"))
    report = run("claims", data, editor)
    assert report.ok, report.errors
    claim.refresh_from_db()
    assert (claim.status, claim.is_published, claim.verdict_summary) == ("verified", True, "Customs data agree")
    assert claim.published_at is not None
    events = list(ClaimEvent.objects.order_by("id").values_list("kind", "from_status", "to_status", "user"))
    assert events == [("status", "unverified", "verified", editor.pk), ("published", "verified", "verified", editor.pk)]
    assert claim.history.first().history_user == editor


def test_a_contributor_cannot_import_a_verdict_or_a_publish(register, contributor):
    data = csv_bytes(
        CLAIM_HEADER,
        claim_row("in-review", status="in_review"),
        claim_row("verdict", status="verified", summary="Agreed"),
        claim_row("publish", status="unverifiable", summary="No record", published="true"),
    )
    before = snapshot()
    report = run("claims", data, contributor)
    assert [(e.row, e.column, e.message) for e in report.errors] == [
        (3, "status", "You may not set the status 'Verified': only editors set verdicts."),
        (4, "status", "You may not set the status 'Unverifiable': only editors set verdicts."),
        (4, "is_published", "You may not publish claims: only editors publish."),
    ]
    assert snapshot() == before


def test_a_contributor_may_import_claims_for_review(register, contributor):
    report = run("claims", csv_bytes(CLAIM_HEADER, claim_row(status="in_review")), contributor)
    assert report.ok
    assert Claim.objects.get().created_by == contributor


def test_a_contributor_may_not_import_visits(contributor):
    data = csv_bytes(
        "ref,title,host_country,start_date,end_date,location,summary,guest,guest_country",
        "astana,Visit,KZ,2025-12-11,2025-12-12,Astana,,Masoud Pezeshkian,IR",
    )
    report = run("visits", data, contributor)
    assert [str(e) for e in report.errors] == ["row 2: You may not add visits."]


def test_an_import_cannot_unpublish_or_correct_a_published_claim(register, editor):
    visit, article, _ = register
    claim = publish(ClaimFactory(ref="trade-doubling", article=article, visit=visit), editor=editor)
    unpublish = run(
        "claims", csv_bytes(CLAIM_HEADER, claim_row(status="verified", summary="Two sources agree.")), editor
    )
    assert "an import cannot unpublish it" in unpublish.errors[0].message
    correct = run(
        "claims", csv_bytes(CLAIM_HEADER, claim_row(status="false", summary="Wrong", published="true")), editor
    )
    assert "this verdict change is a correction" in correct.errors[0].message
    claim.refresh_from_db()
    assert (claim.status, claim.is_published) == ("verified", True)


# --- matching, idempotence and updates -----------------------------------------------------
def test_importing_the_same_file_twice_changes_nothing(register, editor):
    data = csv_bytes(CLAIM_HEADER, claim_row(), claim_row("second", status="verified", summary="Agreed"))
    first = run("claims", data, editor)
    assert (first.created, first.updated, first.unchanged) == (2, 0, 0)
    before = snapshot()
    second = run("claims", data, editor)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 2)
    assert snapshot() == before


def test_a_changed_row_updates_the_record_and_its_history(register, editor):
    run("claims", csv_bytes(CLAIM_HEADER, claim_row()), editor)
    report = run("claims", csv_bytes(CLAIM_HEADER, claim_row(text="Trade will triple by 2030", topic="energy")), editor)
    assert (report.created, report.updated) == (0, 1)
    claim = Claim.objects.get()
    assert (claim.text, claim.topic) == ("Trade will triple by 2030", "energy")
    assert claim.history.count() == 2
    assert claim.history.first().history_type == "~"


def test_dry_run_reports_but_writes_nothing(register, editor):
    before = snapshot()
    report = run("claims", csv_bytes(CLAIM_HEADER, claim_row()), editor, dry_run=True)
    assert report.created == 1
    assert report.summary() == "claims: 1 created, 0 updated, 0 unchanged, 0 errors (dry run: nothing was written)."
    assert snapshot() == before


def test_evidence_is_matched_on_claim_source_and_quote(register, editor):
    ClaimFactory(ref="c1", article=register[1])
    data = csv_bytes("claim,source,stance,quote,note", "c1,kazinform-trade,corroborates,The passage,First note")
    assert run("evidence", data, editor).created == 1
    report = run("evidence", data.replace(b"First note", b"Second note"), editor)
    assert (report.created, report.updated) == (0, 1)
    assert Evidence.objects.get().note == "Second note"
    assert Evidence.objects.get().added_by == editor


def test_outlets_are_matched_on_name(editor):
    OutletFactory(name="Kazinform", country="KZ", kind="news")
    data = csv_bytes("name,country,kind,website", "Kazinform,KZ,state_media,https://inform.kz", "Tasnim,IR,news,")
    report = run("outlets", data, editor)
    assert (report.created, report.updated) == (1, 1)
    assert Outlet.objects.get(name="Kazinform").kind == "state_media"


# --- encodings and Unicode -----------------------------------------------------------------
@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("crlf", [False, True])
def test_utf8_with_or_without_bom_and_either_line_ending(register, editor, bom, crlf):
    text = "Қазақстан мен Иран — “сауда” өседі; Торговля вырастет; تجارت دو برابر می‌شود"
    data = csv_bytes(CLAIM_HEADER, claim_row(text=f'"{text}"', quote="Multi\nline — “quote”"), bom=bom, crlf=crlf)
    report = run("claims", data, editor)
    assert report.ok, report.errors
    claim = Claim.objects.get()
    assert claim.text == text
    assert claim.quote == "Multi\nline — “quote”"


def test_a_source_without_an_outlet_and_dates_left_blank(editor):
    data = csv_bytes("ref,title,outlet,kind,url,published_on,language", "readout,Readout,,statement,,,en")
    assert run("sources", data, editor).ok
    source = Source.objects.get()
    assert (source.outlet, source.url, source.published_on) == (None, None, None)


def test_status_slugs_are_the_stable_ones(register, editor):
    report = run("claims", csv_bytes(CLAIM_HEADER, claim_row(status="Verified")), editor)
    assert report.errors[0].column == "status"
    assert ", ".join(Status.values) in report.errors[0].message


def test_an_import_is_stamped_when_written_not_when_its_file_was_read(register, editor):
    """A change committed while the file is being checked must not look newer than the import."""
    from claims import services
    from factregister.publiccache import register_last_modified

    visit, article, _ = register
    updated = publish(ClaimFactory(ref="trade-doubling", article=article, visit=visit), editor=editor)
    other = publish(ClaimFactory(), editor=editor)
    edited = {}

    def progress(done, total):  # called once the rows are checked, before anything is written
        services.claim_set_verdict(
            claim=other, user=editor, status=Status.PARTLY_VERIFIED, verdict_summary="Partly.", note="New figures"
        )
        edited["at"] = other.history.latest().history_date

    row = claim_row(status="verified", summary=updated.verdict_summary, published="true", quote="A new quote")
    report = run("claims", csv_bytes(CLAIM_HEADER + ",change_note", row + ",Quoted in full"), editor, progress=progress)
    assert report.ok, report.errors
    imported = Claim.objects.get(ref="trade-doubling")
    assert imported.quote == "A new quote"
    assert imported.updated_at > edited["at"]
    assert imported.history.latest().history_date > edited["at"]
    # Both changes are public: the register's stamp is the later one, the import's.
    assert register_last_modified() == imported.history.latest().history_date


def test_a_ref_longer_than_the_column_is_refused_not_matched_to_a_stored_claim_it_begins_with(register, editor):
    stored = "a" * 80
    run("claims", csv_bytes(CLAIM_HEADER, claim_row(stored)), editor)
    before = snapshot()
    report = run("claims", csv_bytes(CLAIM_HEADER, claim_row(stored + "b", text="Another statement")), editor)
    assert [(e.row, e.column) for e in report.errors] == [(2, "ref")]
    assert "at most 80 characters" in str(report.errors[0])
    assert snapshot() == before


def test_new_rows_get_history_rows_equal_to_them_and_their_workflow_steps(register, editor):
    data = csv_bytes(
        CLAIM_HEADER,
        claim_row("first"),
        claim_row("second", status="verified", summary="Customs figures agree."),
        claim_row("third", status="in_review"),
    )
    report = run("claims", data, editor)
    assert report.created == 3
    for claim in Claim.objects.all():
        (row,) = claim.history.all()
        assert (row.history_type, row.history_user, row.history_change_reason) == ("+", editor, "CSV import")
        for field in ("ref", "article_id", "visit_id", "text", "quote", "status", "is_published", "published_at"):
            assert getattr(row, field) == getattr(claim, field), field
    steps = sorted(ClaimEvent.objects.values_list("claim_ref", "kind", "to_status"))
    assert steps == [("second", "status", "verified"), ("third", "status", "in_review")]


def test_an_import_leaves_the_cycle_collector_running(register, editor):
    import gc

    assert run("claims", csv_bytes(CLAIM_HEADER, claim_row()), editor).ok
    assert gc.isenabled()
    assert not run("claims", b"", editor).ok
    assert gc.isenabled()
