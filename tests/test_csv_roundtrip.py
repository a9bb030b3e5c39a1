"""A backup of the whole register restores it exactly, publication state included."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims.models import Claim, ClaimEvent, Evidence, Visit
from sources.models import Outlet, Source
from tests.csv_helpers import empty_register
from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, VisitFactory, publish

pytestmark = pytest.mark.django_db(transaction=True)

KEEP = {
    Visit: ["ref", "title", "host_country", "guest", "guest_country", "start_date", "end_date", "location", "summary"],
    Outlet: ["name", "country", "kind", "website"],
    Source: ["ref", "title", "outlet__name", "kind", "url", "published_on", "language", "notes"],
    Claim: [
        "ref",
        "article__ref",
        "visit__ref",
        "speaker",
        "text",
        "quote",
        "topic",
        "status",
        "verdict_summary",
        "is_published",
        "published_at",
        "figure_value",
        "figure_unit",
        "figure_period",
    ],
    Evidence: ["claim__ref", "source__ref", "stance", "quote", "note"],
}


def register_contents():
    return {model.__name__: sorted(model.objects.values_list(*fields)) for model, fields in KEEP.items()}


def build_register(editor):
    visit = VisitFactory(ref="pezeshkian-astana-2025", summary="Переговоры — “торговля”; گفتگو")
    irna, kazinform = SourceFactory(ref="irna"), SourceFactory(ref="kazinform", url=None, outlet=None)
    publish(ClaimFactory(ref="published", visit=visit, article=irna, speaker="=cmd|' /C calc'!A0"), editor=editor)
    publish(ClaimFactory(ref="unverifiable", visit=visit, article=kazinform), editor=editor, status="unverifiable")
    claim = ClaimFactory(ref="in-review", visit=visit, article=irna, text="Қазақстан — “Иран”")
    EvidenceFactory(claim=claim, source=kazinform, stance="context", quote="-5 per cent\tless")


def test_export_all_then_restore_into_an_empty_database_reproduces_the_register(tmp_path, editor):
    build_register(editor)
    before = register_contents()
    call_command("export_register", "--all", str(tmp_path))
    empty_register()
    assert not Claim.objects.exists()
    call_command("import_register", "--all", str(tmp_path))
    assert register_contents() == before
    assert Claim.objects.published().count() == 2
    # The trail comes back with the claims (tests/test_backup_round_trip.py compares it row by row).
    assert set(ClaimEvent.objects.values_list("claim_ref", "kind")) >= {("published", "published")}
    # A second restore is refused: a backup goes only into an empty register.
    with pytest.raises(CommandError, match="not empty"):
        call_command("import_register", "--all", str(tmp_path))
    assert register_contents() == before
