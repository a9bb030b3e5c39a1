"""Every package the register's code imports is pinned in requirements.txt, so that README's deploy recipe
(a fresh virtualenv, `pip install -r requirements.txt`, whatever pip the interpreter has) installs a register
that starts. CI runs that recipe word for word (.ci/deploy-recipe)."""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = ["factregister", "sources", "claims", "intake", "accounts", "csvio", "api"]


def pinned(path: Path) -> dict[str, str]:
    found = {}
    for line in path.read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==(\S+)", line.strip())
        if match:
            found[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(3)
    return found


def imported_packages() -> set[str]:
    names = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if isinstance(node, ast.Import):
                    names.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names.add(node.module.split(".")[0])
    return {name for name in names if name not in sys.stdlib_module_names and name not in APPS}


def test_every_package_the_code_imports_is_pinned():
    requirements = pinned(ROOT / "requirements.txt")
    distributions = packages_distributions()
    missing = []
    for module in sorted(imported_packages()):
        owners = [re.sub(r"[-_.]+", "-", name).lower() for name in distributions.get(module, [module])]
        if not any(owner in requirements for owner in owners):
            missing.append(f"{module} (from {', '.join(owners)})")
    assert not missing, "imported but not pinned in requirements.txt: " + "; ".join(missing)


def test_what_the_article_intake_needs_at_run_time_is_pinned():
    """jusText (through trafilatura) imports lxml's HTML cleaner, a project of its own since lxml 5.2: Python
    3.11's own pip does not install it from the `lxml[html_clean]` extra, so it is pinned by name."""
    requirements = pinned(ROOT / "requirements.txt")
    assert {"lxml", "lxml-html-clean", "trafilatura"} <= set(requirements)
