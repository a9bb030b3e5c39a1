"""The shape of the code: which app may import which, and who may write the register's tables.

CONTRIBUTING.md draws the map these tests hold the code to. Every write of a register
table (claims, sources and their history) also passes the runtime watch in conftest.py
(`writes_go_through_the_core`), on every test of the suite.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ["sources", "claims", "intake", "accounts", "csvio", "api"]
# Each app may import from the apps listed for it, and from factregister's infrastructure.
MAY_IMPORT = {
    "sources": set(),
    "claims": {"sources"},
    "intake": {"sources", "claims"},
    "accounts": {"sources", "claims"},
    "csvio": {"sources", "claims"},
    "api": {"sources", "claims", "csvio"},
}
# Inside claims: the base (models, rules, versions, services) knows nothing of the pages and the admin.
CLAIMS_BASE = ["claims/models", "claims/rules", "claims/versions.py", "claims/services"]
CLAIMS_UPPER = ("claims.admin", "claims.views", "claims.urls", "claims.feeds", "claims.sitemaps")
WRITES = {"save", "delete", "update", "bulk_create", "bulk_update"}


def modules(*paths: str) -> list[Path]:
    found = []
    for path in paths:
        target = ROOT / path
        assert target.exists(), f"{path} is not in the code any more: update the map"
        found += [target] if target.is_file() else sorted(target.rglob("*.py"))
    return [p for p in found if "migrations" not in p.parts]


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def app_of(module: str) -> str | None:
    top = module.split(".")[0]
    return top if top in APPS else None


@pytest.mark.parametrize("app", APPS)
def test_apps_depend_on_each_other_in_one_direction(app):
    wrong = []
    for path in modules(app):
        for module in imported(path):
            other = app_of(module)
            if other and other != app and other not in MAY_IMPORT[app]:
                wrong.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_sources_imports_nothing_from_claims():
    offending = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in modules("sources")
        for module in imported(path)
        if module == "claims" or module.startswith("claims.")
    ]
    assert not offending


def test_the_project_package_is_infrastructure_only():
    """factregister/ holds settings and shared machinery; only the URLconf (and the test settings) know the apps."""
    wrong = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in modules("factregister")
        if path.name not in {"urls.py"}
        for module in imported(path)
        if app_of(module)
    ]
    assert not wrong, "\n".join(wrong)


def test_the_claims_base_knows_nothing_of_pages_or_admin():
    wrong = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in modules(*CLAIMS_BASE)
        for module in imported(path)
        if module.startswith(CLAIMS_UPPER) or module.endswith((".admin", ".views"))
    ]
    assert not wrong, "\n".join(wrong)


def writers(path: Path, root: Path = ROOT) -> list[str]:
    """Calls in `path` that would write a model: .save(), .delete(), .update(), bulk writes.

    `formset.save(commit=False)` builds objects without writing them, so it passes.
    """
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in WRITES):
            continue
        if node.func.attr == "save" and any(
            k.arg == "commit" and isinstance(k.value, ast.Constant) and k.value.value is False for k in node.keywords
        ):
            continue
        found.append(f"{path.relative_to(root)}:{node.lineno}: .{node.func.attr}()")
    return found


def entry_points() -> list[Path]:
    """Every admin, view, feed, sitemap, API and management-command module of the register."""
    paths = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if (
                "/admin" in relative
                or relative.endswith(("views.py", "feeds.py", "sitemaps.py", "urls.py"))
                or "/views/" in relative
                or "/management/commands/" in relative
                or relative.startswith("api/")
            ):
                paths.append(path)
    return sorted(paths)


def test_admin_views_and_commands_write_nothing_themselves():
    """They call services; the services write. (The benchmark's generator, in bench/, fills an empty
    database for measurement and is not part of the register.)"""
    entry = entry_points()
    assert any("claims/admin/claims.py" in str(p) for p in entry) and any("api/views.py" in str(p) for p in entry)
    found = [call for path in entry for call in writers(path)]
    assert not found, "\n".join(found)


def test_the_write_check_finds_a_direct_save(tmp_path):
    """The AST check above is not vacuous: it finds the writes it is meant to find."""
    sample = tmp_path / "admin.py"
    sample.write_text(
        "def save_model(self, request, obj, form, change):\n"
        "    obj.save()\n"
        "    formset.save(commit=False)\n"
        "    Claim.objects.filter(pk=1).update(text='x')\n"
    )
    assert writers(sample, root=tmp_path) == ["admin.py:2: .save()", "admin.py:4: .update()"]


WRITES_AROUND_THE_CORE = {
    "save": "claim.text = 'Changed around the core'\nclaim.save()",
    "QuerySet.update": "Claim.objects.filter(pk=claim.pk).update(text='Changed around the core')",
    "bulk_create": "Visit.objects.bulk_create([Visit(ref='v2', title='T', host_country='KZ', guest='G', "
    "guest_country='IR', start_date=claim.visit.start_date, end_date=claim.visit.end_date, location='Astana')])",
    "bulk_update": "claim.speaker = 'Someone else'\nClaim.objects.bulk_update([claim], ['speaker'])",
    "delete": "Evidence.objects.filter(claim=claim).delete()",
    "raw SQL": "with connection.cursor() as cursor:\n"
    "    cursor.execute('UPDATE sources_source SET title = %s WHERE id = %s', ['Retitled', claim.article_id])",
    "a source's save": "source = claim.article\nsource.title = 'Retitled quietly'\nsource.save()",
}


@pytest.mark.django_db
@pytest.mark.parametrize("how", WRITES_AROUND_THE_CORE)
def test_the_write_watch_catches_a_write_around_the_core(writes_go_through_the_core, how):
    """tests/conftest.py's watch sees a write made outside the write core, however it is made (here, code run
    as if it were the claim admin's)."""
    from django.db import connection

    from claims.admin.claims import ClaimAdmin
    from claims.models import Claim, Evidence, Visit
    from tests.factories import ClaimFactory, EvidenceFactory

    claim = ClaimFactory()
    EvidenceFactory(claim=claim)
    code = compile(WRITES_AROUND_THE_CORE[how], ClaimAdmin.save_model.__code__.co_filename, "exec")
    exec(code, {"claim": claim, "Claim": Claim, "Evidence": Evidence, "Visit": Visit, "connection": connection})
    caught = list(writes_go_through_the_core)
    writes_go_through_the_core.clear()  # the watch would fail this test at its end otherwise
    assert caught, how
    assert all(" written from claims/admin/" in stray for stray in caught), caught


@pytest.mark.django_db
def test_the_write_watch_lets_the_core_write(writes_go_through_the_core, editor):
    from claims import services
    from tests.factories import ClaimFactory

    services.claim_update(claim=ClaimFactory(), user=editor, values={"text": "Reworded through the core"})
    assert writes_go_through_the_core == []
