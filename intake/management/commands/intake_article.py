"""`manage.py intake_article FILE_OR_URL --source REF | --outlet NAME --title T`: keep an article's copy, list its
check-worthy sentences."""

import datetime
import json
from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from claims.services import system_user
from intake import services
from intake.article import scored
from intake.fetch import IntakeError, from_file, from_url


class Command(BaseCommand):
    help = (
        "Take an article in from a .txt or .html file or its address: create or update its source, keep its text "
        "as received (with its SHA-256), check again the quotes citing it, and print its check-worthy sentences."
    )

    def add_arguments(self, parser):
        parser.add_argument("article", metavar="FILE_OR_URL", help="A .txt or .html file, or an http(s) address.")
        parser.add_argument("--source", default="", metavar="REF", help="The ref of the source it is the text of.")
        parser.add_argument("--outlet", default="", help="A new source's outlet (made if the register lacks it).")
        parser.add_argument("--title", default="", help="A new source's title.")
        parser.add_argument("--published-on", default="", metavar="YYYY-MM-DD", help="Its date of publication.")
        parser.add_argument("--language", default="", metavar="L", help="ISO 639-1 code: en, ru, fa, kk...")
        parser.add_argument("--url", default="", metavar="U", help="Where it can be read (the address, for a URL).")
        parser.add_argument(
            "--note",
            default="",
            help="Why: the reason put on the public record when a published claim cites the source (required then).",
        )
        parser.add_argument("--json", action="store_true", help="Print every sentence as one JSON object a line.")

    def handle(self, *args, **options):
        article, source, outlet, title = options["article"], options["source"], options["outlet"], options["title"]
        published_on, language, url = options["published_on"], options["language"], options["url"]
        if not source and not (outlet and title) and not article.startswith(("http://", "https://")):
            raise CommandError("Name the source (--source REF), or give a new one's --outlet and --title.")
        try:
            date = datetime.date.fromisoformat(published_on) if published_on else None
        except ValueError:
            raise CommandError(f"--published-on '{published_on}' is not a date: write it as YYYY-MM-DD.") from None
        try:
            if article.startswith(("http://", "https://")):
                received = from_url(article)
                url = url or received.url
            else:
                path = Path(article)
                if not path.is_file():
                    raise CommandError(f"There is no file '{article}'.")
                received = from_file(path.name, path.read_bytes())
            user, note = system_user(), options["note"]
            with transaction.atomic():
                found, created = services.source_for_intake(
                    user=user,
                    ref=source,
                    outlet=outlet,
                    title=title,
                    published_on=date,
                    language=language,
                    url=url,
                    note=note,
                )
                copy, changed = services.article_intake(source=found, received=received, user=user, note=note)
        except PermissionDenied as error:
            raise CommandError(f"Nothing was kept: {error}") from None
        except IntakeError as error:
            raise CommandError(f"Nothing was kept: {error}") from None
        except ValidationError as error:
            raise CommandError(f"Nothing was kept: {' '.join(error.messages)}") from None
        lines = scored(copy)
        if options["json"]:
            self._json(lines)
            return
        state = "kept" if changed else "unchanged (the same text was kept already)"
        self.stdout.write(
            f"{'New source' if created else 'Source'} '{found.ref}': copy {state}, {copy.size:,} bytes, "
            f"SHA-256 {copy.sha256}."
        )
        flagged = [(sentence, score) for sentence, score in lines if score.checkworthy]
        self.stdout.write(f"{len(lines)} sentences, {len(flagged)} check-worthy:")
        for sentence, score in flagged:
            self.stdout.write(f"- [{score.score}: {', '.join(score.reasons)}] {sentence.text}")

    def _json(self, lines):
        for sentence, found in lines:
            row = {"text": sentence.text, "score": found.score, "checkworthy": found.checkworthy}
            self.stdout.write(json.dumps({**row, "reasons": list(found.reasons)}, ensure_ascii=False))
