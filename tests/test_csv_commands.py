"""The data desk imports and exports big files from the command line."""

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim
from tests.csv_helpers import CLAIM_HEADER, csv_bytes, snapshot
from tests.factories import SourceFactory, VisitFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims_file(tmp_path):
    VisitFactory(ref="astana")
    SourceFactory(ref="irna")
    path = tmp_path / "claims.csv"
    path.write_bytes(csv_bytes(CLAIM_HEADER, "c1,irna,astana,Tokayev,Trade,“Q”,trade,unverified,,false"))
    return path


def test_import_prints_one_summary_line(claims_file, capsys):
    call_command("import_register", "claims", str(claims_file))
    assert capsys.readouterr().out == "claims: 1 created, 0 updated, 0 unchanged, 0 errors.\n"
    assert Claim.objects.get().created_by.username == "register-system"


def test_dry_run_writes_nothing(claims_file, capsys):
    call_command("import_register", "claims", str(claims_file), "--dry-run")
    assert "(dry run: nothing was written)" in capsys.readouterr().out
    assert not Claim.objects.exists()


def test_errors_name_row_and_column_and_the_command_fails(claims_file, capsys):
    claims_file.write_bytes(
        csv_bytes(
            CLAIM_HEADER,
            "c1,irna,astana,T,T,Q,tourism,unverified,,false",
            "c2,irna,astana,T,T,Q,trade,unverified,,nope",
        )
    )
    before = snapshot()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_register", "claims", str(claims_file))
    captured = capsys.readouterr()
    assert "claims.csv row 2, column 'topic': 'tourism' is not a topic here" in captured.err
    assert "claims.csv row 3, column 'is_published': 'nope' is not true or false." in captured.err
    assert captured.out == "claims: 0 created, 0 updated, 0 unchanged, 2 errors; nothing was written.\n"
    assert snapshot() == before


def test_a_contributor_named_with_user_cannot_import_a_verdict(claims_file, contributor, capsys):
    claims_file.write_bytes(csv_bytes(CLAIM_HEADER, "c1,irna,astana,T,T,Q,trade,verified,Agreed,false"))
    with pytest.raises(CommandError):
        call_command("import_register", "claims", str(claims_file), "--user", "contributor")
    assert "only editors set verdicts" in capsys.readouterr().err
    assert not Claim.objects.exists()


def test_an_unknown_user_or_missing_file_is_a_clear_error(claims_file, tmp_path):
    with pytest.raises(CommandError, match="There is no active user called 'nobody'"):
        call_command("import_register", "claims", str(claims_file), "--user", "nobody")
    with pytest.raises(CommandError, match="Cannot read"):
        call_command("import_register", "claims", str(tmp_path / "missing.csv"))


def test_export_writes_the_contract_columns(claims_file, tmp_path):
    call_command("import_register", "claims", str(claims_file))
    out = tmp_path / "out.csv"
    call_command("export_register", "claims", "--output", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith(CLAIM_HEADER)
    assert lines[1].startswith("c1,irna,astana,Tokayev,Trade,“Q”,trade,unverified,,false")
