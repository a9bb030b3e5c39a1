"""Whatever file a desk uploads, the importer answers with a message, never a crash or half a file.

Hypothesis builds random bytes and CSV files whose headers and rows are wrong in
every way it can find (missing, unknown and repeated columns, short and long rows,
bad quoting, wrong values, references to nothing), mixed with plausible values so
that many rows get past the field checks to the cross-row and database rules.
Each file goes through the three ways to import: csvio.importer, the
import_register command and the admin's import view. After a failed import every
table holds exactly what it held before.
"""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.models import Entity, EntityKind, EntityRole, Stance, Status, Topic, TranslationStatus
from csvio import importer as importing
from sources.models import Outlet, Source
from tests.csv_helpers import snapshot
from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, VisitFactory

pytestmark = pytest.mark.django_db

ADMIN_IMPORT = {
    "visits": "admin:claims_visit_import",
    "origins": "admin:sources_origin_import",
    "outlets": "admin:sources_outlet_import",
    "sources": "admin:sources_source_import",
    "claims": "admin:claims_claim_import",
    "evidence": "admin:claims_evidence_import",
    "metrics": "admin:claims_metric_import",
    "follow_ups": "admin:claims_followup_import",
    "claim_translations": "admin:claims_claimtranslation_import",
    "visit_translations": "admin:claims_visittranslation_import",
    "entities": "admin:claims_entity_import",
    "entity_roles": "admin:claims_entityrole_import",
}
FUZZ = settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)

# Values the register knows, so that rows reach the rules beyond "is this a date".
PLAUSIBLE = [
    "astana-2025",
    "irna-1",
    "kazinform-2",
    "stored-claim",
    "Tasnim News",
    "new-ref",
    "new-ref",
    "",
    "KZ",
    "IR",
    "XX",
    "true",
    "false",
    "TRUE",
    "maybe",
    "2025-12-11",
    "2025-12-10",
    "2025-02-30",
    "11/12/2025",
    "https://example.org/a",
    "not a url",
    "en",
    "kk",
    "fa",
    *TranslationStatus.values,
    '=HYPERLINK("http://evil")',
    "'=1+1",
    " padded ",
    "x" * 300,
    "1e309",
    "-0",
    "NaN",
    "3.5",
    "Ω≈ç√∫ — «цитата» «نقل قول»",
    *Status.values,
    *Topic.values,
    *Stance.values,
    *Source.Kind.values,
    *Outlet.Kind.values,
    *EntityKind.values,
    "masoud-pezeshkian",
    "masoud-pezeshkian; bandar-abbas",
    "bandar-abbas",
    "President of Iran",
    "Q5936493",
    "Q0",
]
# No control characters here: a NUL makes the whole file "binary" and hides the row rules; the damage step adds one.
text = st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=40)
cell = st.one_of(st.sampled_from(PLAUSIBLE), text)


@st.composite
def csv_files(draw, table_name):
    """Bytes for a file that claims to be `table_name`.csv, wrong in some way or right by luck."""
    table = importing.TABLES[table_name]
    if draw(st.integers(0, 5)) == 0:
        return draw(st.binary(max_size=600))
    known = table.columns + table.optional
    shape = draw(st.integers(0, 5))
    if shape <= 3:
        # Every required column, some optional ones, in any order: the rows get looked at.
        extra = draw(st.lists(st.sampled_from(table.optional), unique=True)) if table.optional else []
        header = draw(st.permutations(table.columns + extra))
    elif shape == 4:
        header = draw(st.permutations(known).flatmap(lambda names: st.integers(1, len(names)).map(lambda n: names[:n])))
    else:
        header = draw(st.lists(st.one_of(st.sampled_from(known), text), max_size=12))
    width = len(header)
    rows = draw(
        st.lists(
            st.one_of(
                st.lists(cell, min_size=width, max_size=width),
                st.lists(cell, max_size=width + 2),
            ),
            max_size=6,
        )
    )
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    writer.writerow(header)
    writer.writerows(rows)
    data = draw(st.sampled_from(["", "\ufeff"])) + out.getvalue()
    if draw(st.integers(0, 3)) == 0:
        # Damage the text itself: a stray quote, a cut-off line, a NUL, a lone byte of a UTF-8 sequence.
        at = draw(st.integers(0, len(data)))
        damage = draw(st.sampled_from(['"', "\n", "\x00", ",", "\r"]))
        data = data[:at] + damage + data[at:]
        raw = data.encode()
        if draw(st.booleans()):
            raw = raw[: draw(st.integers(0, len(raw)))] + b"\xc3"
        return raw
    return data.encode()


@pytest.fixture
def register(editor):
    tasnim = OutletFactory(name="Tasnim News", country="IR")
    visit = VisitFactory(ref="astana-2025")
    irna = SourceFactory(ref="irna-1", outlet=tasnim)
    other = SourceFactory(ref="kazinform-2")
    claim = ClaimFactory(ref="stored-claim", visit=visit, article=irna)
    EvidenceFactory(claim=claim, source=other)
    person = Entity.objects.create(
        ref="masoud-pezeshkian", kind="person", name="Masoud Pezeshkian", wikidata_id="Q5936493"
    )
    Entity.objects.create(ref="bandar-abbas", kind="place", name="Bandar Abbas")
    EntityRole.objects.create(entity=person, title="President of Iran")
    return editor


def counts(state: dict) -> dict:
    return {name: len(rows) if isinstance(rows, list) else rows for name, rows in state.items()}


def check_outcome(before: dict, ok: bool, created: int = 0) -> None:
    after = snapshot()
    if ok:
        # A file that passed is written whole: exactly its new rows appear.
        grown = sum(counts(after).values()) - sum(counts(before).values())
        assert grown >= created
    else:
        assert after == before, "a failed import changed the database"


@pytest.mark.parametrize("table", list(importing.TABLES))
def test_the_importer_never_crashes_and_a_failed_file_writes_nothing(register, table):
    @FUZZ
    @given(data=csv_files(table))
    def run(data):
        before = snapshot()
        report = importing.import_file(table, data, user=register)
        assert report.ok or report.file_error or report.errors
        for error in report.errors:
            assert error.row >= 1 and error.message
        check_outcome(before, report.ok, report.created)

    run()


@pytest.mark.parametrize("table", list(importing.TABLES))
def test_the_import_command_answers_every_file_with_a_message(register, table, tmp_path):
    path = tmp_path / f"{table}.csv"

    @FUZZ
    @given(data=csv_files(table))
    def run(data):
        path.write_bytes(data)
        before = snapshot()
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command("import_register", table, str(path), stdout=out, stderr=err)
        except CommandError as error:
            assert "nothing was written" in str(error) or err.getvalue() or str(error)
            assert "Traceback" not in err.getvalue()
            check_outcome(before, ok=False)
        else:
            check_outcome(before, ok=True)

    run()


@pytest.mark.parametrize("table", list(importing.TABLES))
def test_the_admin_import_never_answers_a_server_error(register, client, table):
    client.force_login(register)
    url = reverse(ADMIN_IMPORT[table])

    @FUZZ
    @given(data=csv_files(table))
    def run(data):
        before = snapshot()
        upload = SimpleUploadedFile(f"{table}.csv", data, "text/csv")
        page = client.post(url, {"format": "0", "resource": "0", "import_file": upload})
        assert page.status_code == 200
        assert b"Traceback" not in page.content
        # The upload only previews; nothing is written until the editor confirms.
        assert snapshot() == before

    run()
