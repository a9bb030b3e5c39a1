"""The shape of the house: which room may import which, and who may write claims and evidence.

CONTRIBUTING.md draws the map these tests hold the code to. Every write of a Claim
or an Evidence row also passes the runtime check in conftest.py
(`writes_go_through_services`), on every test of the suite.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ROOMS = ["sources", "claims", "intake", "accounts", "csvio", "api"]
# Each room may import from the rooms listed for it, and from factregister's infrastructure.
MAY_IMPORT = {
    "sources": set(),
    "claims": {"sources"},
    "intake": {"sources", "claims"},
    "accounts": {"sources", "claims"},
    "csvio": {"sources", "claims"},
    "api": {"sources", "claims", "csvio"},
}
# Inside claims: the base (models, rules, versions, services) knows nothing of the pages and the admin.
CLAIMS_BASE = ["claims/models.py", "claims/rules.py", "claims/versions.py", "claims/services"]
CLAIMS_UPPER = ("claims.admin", "claims.views", "claims.urls", "claims.feeds", "claims.sitemaps")
WRITES = {"save", "delete", "update", "bulk_create", "bulk_update"}


def modules(*paths: str) -> list[Path]:
    found = []
    for path in paths:
        target = ROOT / path
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


def room_of(module: str) -> str | None:
    top = module.split(".")[0]
    return top if top in ROOMS else None


@pytest.mark.parametrize("room", ROOMS)
def test_rooms_depend_on_each_other_in_one_direction(room):
    wrong = []
    for path in modules(room):
        for module in imported(path):
            other = room_of(module)
            if other and other != room and other not in MAY_IMPORT[room]:
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
    """factregister/ holds settings and shared machinery; only the URLconf (and the test settings) know the rooms."""
    wrong = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in modules("factregister")
        if path.name not in {"urls.py"}
        for module in imported(path)
        if room_of(module)
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


def front_doors() -> list[Path]:
    """Every admin, view, feed, sitemap, API and management-command module of the register."""
    paths = []
    for room in ROOMS:
        for path in (ROOT / room).rglob("*.py"):
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
    doors = front_doors()
    assert any("claims/admin/claims.py" in str(p) for p in doors) and any("api/views.py" in str(p) for p in doors)
    found = [call for path in doors for call in writers(path)]
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


@pytest.mark.django_db
def test_the_runtime_write_check_catches_a_write_around_the_services(writes_go_through_services, editor):
    """conftest.writes_go_through_services sees a save made outside the services (here, from the admin's code)."""
    from claims.admin.claims import ClaimAdmin
    from tests.factories import ClaimFactory

    claim = ClaimFactory()
    claim.text = "Changed around the services"
    # As if ClaimAdmin.save_model called claim.save() itself: the save's first project frame is the admin's.
    exec(compile("claim.save()", ClaimAdmin.save_model.__code__.co_filename, "exec"), {"claim": claim})
    assert writes_go_through_services == ["Claim written from claims/admin/claims.py:1"]
    writes_go_through_services.clear()
