"""`manage.py watch_sources`: fetch every cited source's address again and record what was found there."""

from django.core.management.base import BaseCommand, CommandError

from claims.services import cited_sources, system_user
from intake.watch import watch
from sources.models import Source, SourceCheck


class Command(BaseCommand):
    help = (
        "Fetch the address of every source a claim cites (those a published claim cites first, then those checked "
        "longest ago) as the intake fetches, politely spaced per host, and record for each whether its text is "
        "unchanged, changed since we cited it, gone (404 or 410), unreachable or not read. Whatever a fetch meets, "
        "the command goes on to the next source and ends with a summary (exit status 0)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--source", action="append", default=[], metavar="REF", help="Check only this source.")
        parser.add_argument("--limit", type=int, default=0, help="Check at most this many sources (0: all).")

    def handle(self, *args, **options):
        if options["limit"] < 0:
            raise CommandError("--limit must be 0 (every source) or more.")
        sources = cited_sources()
        if options["source"]:
            refs = options["source"]
            known = set(Source.objects.filter(ref__in=refs).values_list("ref", flat=True))
            unknown = [ref for ref in refs if ref not in known]
            if unknown:
                raise CommandError(f"No source has the ref {', '.join(repr(ref) for ref in unknown)}.")
            sources = sources.filter(ref__in=refs)
        if options["limit"]:
            sources = sources[: options["limit"]]

        def report(source: Source, check: SourceCheck) -> None:
            line = f"{source.ref}: {check.get_status_display().lower()}"
            self.stdout.write(f"{line} ({check.detail})" if check.detail else line)

        summary = watch(list(sources), user=system_user(), report=report)
        self.stdout.write(str(summary))
