"""CONTRIBUTING.md is the map of the code, and the code keeps to the shape the map describes.

The map names every module of the apps, the project package and the benchmark (the rule is at the top of
its "The modules" section); a module added without a line there, or a line left for a file that is gone,
fails here. So do a module without a docstring, a module of code over 400 lines, and a path in backticks
(in the docs or in the code's docstrings and comments) that names no file.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAP = ROOT / "CONTRIBUTING.md"
PACKAGES = ["sources", "claims", "intake", "accounts", "csvio", "api", "factregister"]
MAPPED = [*PACKAGES, "bench"]
# Data, not code: the demo register is a long list of records.
LONG_DATA = {
    "claims/demo/data.py",
    "claims/demo/entities.py",
    *(f"claims/demo/translations/{code}.py" for code in ("fa", "ru", "kk")),
}
MAX_LINES = 400
DOCS = [MAP, ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A repository path in backticks: `claims/rules/base.py`, `claims/views/`, `templates/claims/claim_list.html`.
BACKTICKED = re.compile(r"`([A-Za-z0-9_./-]+)`")


def python_modules(*packages: str) -> list[Path]:
    """Every .py file under `packages`, migrations left out, as paths from the repository's root."""
    found = []
    for package in packages:
        found += [
            path.relative_to(ROOT) for path in sorted((ROOT / package).rglob("*.py")) if "migrations" not in path.parts
        ]
    return found


def only_imports(path: Path) -> bool:
    """An `__init__.py` that holds nothing but a docstring, imports and `__all__` (the map leaves these out)."""
    for node in ast.parse((ROOT / path).read_text()).body:
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == ["__all__"]:
            continue
        return False
    return True


def mapped_modules() -> list[str]:
    return [
        path.as_posix() for path in python_modules(*MAPPED) if not (path.name == "__init__.py" and only_imports(path))
    ]


def named_paths(text: str) -> set[str]:
    """The repository paths a text names in backticks (those with a placeholder or a wildcard are not paths)."""
    return {
        name
        for name in BACKTICKED.findall(text)
        if "/" in name and not name.startswith(("/", ".")) and "..." not in name and not name.startswith("http")
    }


def exists(name: str, where: str = "") -> bool:
    """Whether `name` is a file or folder of the repository. A template may be named from `templates/`, and a
    module from its app (services/core.py, in claims); other names whose first part is not in the repository
    (`application/json`, the `staticfiles/` that collectstatic makes) are not paths of it."""
    app = where.split("/")[0] if "/" in where else ""
    if not name.endswith((".py", ".html")) and not (ROOT / name.split("/")[0]).exists():
        return True
    candidates = (
        [ROOT / name, ROOT / "templates" / name, ROOT / app / name] if app else [ROOT / name, ROOT / "templates" / name]
    )
    return any(c.is_dir() if name.endswith("/") else c.exists() for c in candidates)


def test_the_map_names_every_module():
    text = MAP.read_text()
    missing = [module for module in mapped_modules() if f"`{module}`" not in text]
    assert not missing, "CONTRIBUTING.md does not name these modules (add a line for each):\n" + "\n".join(missing)


def test_every_file_the_map_names_exists():
    gone = sorted(name for name in named_paths(MAP.read_text()) if not exists(name))
    assert not gone, "CONTRIBUTING.md names files that do not exist:\n" + "\n".join(gone)


def test_the_map_check_finds_a_module_left_out():
    """Not vacuous: the map's own modules are found, and an `__init__.py` that defines something must be named."""
    modules = mapped_modules()
    assert "claims/services/core.py" in modules and "factregister/formats/kk/formats.py" in modules
    assert "claims/__init__.py" in modules  # it defines the history models' lookup
    assert "claims/models/__init__.py" not in modules  # it only re-exports
    assert not exists("claims/rules.py") and exists("claims/rules/") and exists("claims/claim_detail.html")
    assert exists("services/core.py", "claims/admin/core.py") and not exists("services/workflow.py", "claims/x.py")


@pytest.mark.parametrize("path", python_modules(*PACKAGES), ids=str)
def test_every_module_of_app_code_has_a_docstring(path):
    source = (ROOT / path).read_text()
    if not source.strip():
        return  # an empty __init__.py only marks a package
    assert ast.get_docstring(ast.parse(source)), f"{path} has no docstring: say what the module holds"


def test_no_module_of_app_code_passes_400_lines():
    long = [
        f"{path}: {lines} lines"
        for path in python_modules(*PACKAGES)
        if path.as_posix() not in LONG_DATA and (lines := len((ROOT / path).read_text().splitlines())) > MAX_LINES
    ]
    assert not long, f"Over {MAX_LINES} lines: split by idea\n" + "\n".join(long)


def test_paths_in_docs_and_docstrings_exist():
    """A path in backticks in the docs, or in a docstring or comment of the code, names a file that is there."""
    texts = {path.relative_to(ROOT).as_posix(): path.read_text() for path in DOCS}
    texts.update({path.as_posix(): (ROOT / path).read_text() for path in python_modules(*MAPPED, "tests")})
    wrong = [
        f"{where}: `{name}`"
        for where, text in texts.items()
        if where not in LONG_DATA
        for name in sorted(named_paths(text))
        if not exists(name, where)
    ]
    assert not wrong, "These paths name no file of the repository:\n" + "\n".join(wrong)
