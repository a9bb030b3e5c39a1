"""What the admin's bulk actions cost on 1,000 claims: "Set verdict…", "Publish", "Unpublish", "Assign to me".

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_bulk .venv/bin/python bench/bulk_actions.py [--claims 1000]
    [--profile verdict|publish|assign|unpublish]

It empties the register of the database it is given (refusing one that holds claims not made by this script),
imports --claims unpublished claims with one piece of independent evidence each through the register's importer,
then times each action through the same services the admin's actions call (claims.services: every rule checked
per claim through the write core, one transaction per batch). It prints seconds per action, per claim, and the
target (2 s for 1,000 claims). --profile prints the top of a cProfile of "Set verdict…".
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402

from claims import services  # noqa: E402
from claims.models import Claim, Status  # noqa: E402
from claims.roles import EDITOR  # noqa: E402
from csvio import importer  # noqa: E402

PREFIX = "bulk-bench-"
TARGET_SECONDS = 2.0


def prepare(count: int, user) -> None:
    if Claim.objects.exclude(ref__startswith=PREFIX).exists():
        raise SystemExit("This database holds claims this benchmark did not make: give it an empty one.")
    from tests.csv_helpers import empty_register

    empty_register()
    files = {
        "visits": [
            "ref,title,host_country,guest,guest_country,start_date,end_date,location,summary",
            "bv,Bench visit,KZ,Bench guest,IR,2025-12-10,2025-12-11,Astana,Made up for the benchmark.",
        ],
        "outlets": ["name,country,kind,website", "Bench outlet,KZ,news,https://bench.example.org/"],
        "sources": ["ref,title,outlet,kind,url,published_on,language"]
        + [
            f"bs{n},Bench source {n},Bench outlet,article,https://bench.example.org/{n},2025-12-11,en"
            for n in range(20)
        ],
        "claims": ["ref,article,visit,speaker,text,quote,topic,status,verdict_summary,is_published"]
        + [
            f'{PREFIX}{n},bs{n % 20},bv,"Bench speaker","Trade will reach {n} million","Quote {n}",trade,'
            "unverified,,false"
            for n in range(count)
        ],
        "evidence": ["claim,source,stance,quote,note"]
        + [f"{PREFIX}{n},bs{(n + 1) % 20},corroborates,Customs data {n},Bench" for n in range(count)],
    }
    for name, lines in files.items():
        report = importer.import_file(name, ("\n".join(lines) + "\n").encode(), user=user)
        if report.errors:
            raise SystemExit(f"{name}: {report.errors[:3]}")


def timed(name: str, count: int, action, *, profile: bool = False) -> float:
    profiler = cProfile.Profile() if profile else None
    began = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    outcome = action()
    if profiler is not None:
        profiler.disable()
    seconds = time.perf_counter() - began
    refused = len(outcome.refused)
    print(
        f"{name:<22} {seconds:6.2f} s  {seconds / count * 1000:6.1f} ms a claim  "
        f"({len(outcome.done)} done, {refused} refused; target {TARGET_SECONDS * count / 1000:.1f} s: "
        f"{'met' if seconds <= TARGET_SECONDS * count / 1000 else 'NOT met'})"
    )
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--profile", choices=["verdict", "publish", "assign", "unpublish"], help="cProfile one action")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    user = services.system_user()
    editor = get_user_model().objects.filter(username="bulk-bench-editor").first()
    if editor is None:
        editor = get_user_model().objects.create_user("bulk-bench-editor", is_staff=True)
        editor.groups.add(Group.objects.get(name=EDITOR))
    prepare(args.claims, user)
    claims = lambda: list(Claim.objects.filter(ref__startswith=PREFIX).order_by("id"))  # noqa: E731
    summary = "Customs figures agree with the statement."
    actions = {
        "verdict": (
            "Set verdict…",
            lambda: services.claims_set_verdict(claims(), user=editor, status=Status.VERIFIED, verdict_summary=summary),
        ),
        "publish": ("Publish", lambda: services.claims_publish(claims(), user=editor)),
        "assign": ("Assign to me", lambda: services.claims_assign(claims(), user=editor, assignee=editor)),
        "unpublish": (
            "Unpublish",
            lambda: services.claims_unpublish(claims(), user=editor, reason="Withdrawn for the benchmark."),
        ),
    }
    for key, (name, action) in actions.items():
        timed(name, args.claims, action, profile=args.profile == key)


if __name__ == "__main__":
    main()
