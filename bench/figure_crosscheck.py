"""How the figures cross-check grows with the claims sharing one metric: before and after issue #9.

    .venv/bin/python bench/figure_crosscheck.py [--sizes 1000,2000,...] [--before-upto 8000] [--before-pairs-upto 2000]

What the editors' "figures disagree" filter and a claim's comparison panel do with the figures,
timed in process on claims made in memory (no database: the queries are a fixed three, see
tests/test_figures_crosscheck_scale.py), in two shapes:

- "one figure": N drafts each recording the same passage of the same source (one figure, N claims);
- "one metric": N drafts each stating its own value of one metric over one period (N figures).

"before" runs claims.figures.compare as it was at commit 5768448 (read with `git show`): every pair of
figures compared, and each claim looked up in a list of the figure's claims. "after" runs the
current module: figures gathered with `pairs=False` and claims.figures.disagreement. It prints the
seconds for each N and the ratio to the previous N; doubling N doubles linear work.
"""

import argparse
import os
import subprocess
import sys
import time
import types
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BEFORE_COMMIT = "5768448"
ROOT = Path(__file__).resolve().parent.parent


def before_module():
    command = ["git", "show", f"{BEFORE_COMMIT}:claims/figures/compare.py"]
    source = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("compare_before")
    exec(compile(source, "compare_before.py", "exec"), module.__dict__)  # noqa: S102 - the project's own file
    return module


def drafts(n: int, shape: str, metric) -> list:
    article = SimpleNamespace(pk=1)
    rows = []
    for i in range(n):
        same = shape == "one figure"
        rows.append(
            SimpleNamespace(
                pk=i + 1,
                article_id=1,
                article=article,
                speaker="A speaker",
                quote="Fourteen documents were signed." if same else f"Figure {i}.",
                metric_id=metric.pk,
                figure_value=Decimal(14) if same else Decimal(100 + i % 997),
                figure_qualifier="",
                figure_unit="documents",
                figure_period="Astana visit",
                figure_period_start=None,
                figure_period_end=None,
            )
        )
    return rows


def disagreeing_before(module, claims, metric) -> set[int]:
    found = set()
    for figures in module.collect(claims, [], metrics={metric.pk: metric}).values():
        for figure in figures:
            if figure.disagrees:
                found.update(claim.pk for claim in figure.claims)
    return found


def disagreeing_after(claims, metric) -> set[int]:
    from claims.figures.compare import collect, compare
    from claims.figures.disagreement import disagreeing

    found = set()
    for figures in collect(claims, [], metrics={metric.pk: metric}, pairs=False).values():
        disagree = disagreeing(figures, compare)
        found.update(pk for figure in figures if id(figure) in disagree for pk in figure.claim_ids)
    return found


def timed(run) -> tuple[float, object]:
    began = time.perf_counter()
    result = run()
    return time.perf_counter() - began, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8000,16000,32000,64000,146000")
    parser.add_argument(
        "--before-upto", type=int, default=8000, help="the largest N of one figure to time the old code at"
    )
    parser.add_argument(
        "--before-pairs-upto", type=int, default=2000, help="the largest N of one metric to time the old code at"
    )
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    import django

    django.setup()
    before = before_module()
    metric = SimpleNamespace(pk=1, unit="documents", tolerance=Decimal(0), tolerance_is_relative=False)
    sizes = [int(size) for size in args.sizes.split(",")]
    print("| shape | N drafts | before (s) | ratio | after (s) | ratio | same answer |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for shape in ("one figure", "one metric"):
        last_before = last_after = None
        for n in sizes:
            claims = drafts(n, shape, metric)
            after, found = timed(lambda: disagreeing_after(claims, metric))  # noqa: B023
            old, same = "—", "—"
            ratio_before = "—"
            if n <= (args.before_upto if shape == "one figure" else args.before_pairs_upto):
                seconds, expected = timed(lambda: disagreeing_before(before, claims, metric))  # noqa: B023
                old, same = f"{seconds:.2f}", "yes" if expected == found else "NO"
                ratio_before = f"{seconds / last_before:.1f}" if last_before else "—"
                last_before = seconds
            ratio_after = f"{after / last_after:.1f}" if last_after else "—"
            last_after = after
            print(f"| {shape} | {n:,} | {old} | {ratio_before} | {after:.3f} | {ratio_after} | {same} |", flush=True)


if __name__ == "__main__":
    main()
