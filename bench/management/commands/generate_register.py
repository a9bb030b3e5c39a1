"""Fill the database with a synthetic register, for measuring cost at scale.

    python manage.py generate_register --claims 100000 --clear --seed 1

Every row is made up and says so ("Synthetic claim 123: ..."). The rows obey the
same rules as real ones: every constraint, and the publishing rule (a published
claim has a verdict, a verdict summary, a publication date and evidence from a
source other than its own article). Corrections and withdrawals are ClaimEvent
rows, as the workflow writes them, and every row gets its creation history row,
since the public pages' freshness stamp reads the newest one.

Rows are written in bulk: PostgreSQL COPY (psycopg 3), executemany elsewhere.
Identifiers continue from the largest ones in the database, so a run without
--clear adds to what is there.
"""

import datetime
import random
import time
from decimal import Decimal

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction

from bench.bulkload import (
    REGISTER_MODELS,
    copy_history,
    copy_rows,
    history_models,
    next_id,
    postgres_bulk_load,
    reset_sequences,
)
from bench.vocabulary import (
    CORRECTION_EVENT,
    CORROBORATES,
    COUNTRIES,
    DAY,
    DISPUTED,
    IN_REVIEW,
    LANGUAGES,
    OFFICES,
    OUTLET_KINDS,
    PERIODS,
    PUBLISHED_EVENT,
    SOURCE_KINDS,
    STANCES,
    START,
    STATUS_EVENT,
    TOPICS,
    UNPUBLISHED_EVENT,
    UNVERIFIED,
    VERDICT_WORDS,
    VERDICTS,
    VERIFIED,
    VOCABULARY,
)
from claims.models import Claim, ClaimEvent, ClaimTranslation, Evidence, Visit, VisitTranslation
from claims.services import system_user
from claims.services.search_index import reindex
from factregister.publiccache import public_change
from sources.models import Outlet, Source


def scale(claims: int) -> dict[str, int]:
    """How many of everything a register of `claims` claims has."""
    return {
        "outlets": min(400, max(3, claims // 250)),
        "sources": min(5000, max(10, claims // 20)),
        "visits": min(40, max(2, claims // 25)),
    }


class Command(BaseCommand):
    help = "Fill the database with a synthetic register (clearly labelled as such) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, default=100_000, help="How many claims (default 100,000).")
        parser.add_argument("--clear", action="store_true", help="Delete every claim, visit, source and outlet first.")
        parser.add_argument(
            "--seed", type=int, default=None, help="Random seed: the same seed gives the same register."
        )

    def handle(self, *args, claims: int, clear: bool, seed: int | None, **options):
        if claims < 1:
            raise CommandError("--claims must be at least 1.")
        began = time.monotonic()
        user = system_user()
        with transaction.atomic():
            if clear:
                clear_register()
            counts = Generator(claims=claims, rng=random.Random(seed), user_id=user.pk).write()
            public_change()  # a new register: every page kept before is stale
        if connection.vendor == "postgresql" and not connection.in_atomic_block:
            # What autovacuum would do a while after a bulk load: set the visibility map, so
            # counts and aggregates are read from the indexes alone from the first request.
            tables = [model._meta.db_table for model in REGISTER_MODELS + history_models()]
            with connection.cursor() as cursor:
                cursor.execute(f"VACUUM (ANALYZE) {', '.join(tables)}")
        elapsed = time.monotonic() - began
        summary = ", ".join(f"{n:,} {name}" for name, n in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Synthetic register written in {elapsed:.1f} s: {summary}."))


def clear_register() -> None:
    """Delete every row of the claims and sources apps (and their history); users, groups and sessions stay."""
    tables = [
        model._meta.db_table
        for label in ("claims", "sources")
        for model in apps.get_app_config(label).get_models()
        if model._meta.managed and not model._meta.proxy
    ]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # TRUNCATE refuses tables with deferred foreign-key checks still pending in this transaction.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for sql in connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=False):
            cursor.execute(sql)
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


class Generator:
    def __init__(self, *, claims: int, rng: random.Random, user_id: int):
        self.claims, self.rng, self.user_id = claims, rng, user_id
        self.sizes = scale(claims)
        self.counts: dict[str, int] = {}

    # --- Writing ---------------------------------------------------------------
    def write(self) -> dict[str, int]:
        with postgres_bulk_load(large=self.claims >= 10_000):
            self.outlet_ids = self._bulk(Outlet, self.outlets())
            self.source_ids = self._bulk(Source, self.sources())
            self.visit_ids = self._bulk(Visit, self.visits())
            self.events: list[dict] = []
            self.evidence_rows: list[dict] = []
            self.claim_translations: list[dict] = []
            self.first_translation = next_id(ClaimTranslation)
            claim_ids = self._bulk(Claim, self.claim_rows())
            self._bulk(Evidence, iter(self.evidence_rows))
            self._bulk(ClaimEvent, iter(self.events), history=False)
            self._bulk(ClaimTranslation, iter(self.claim_translations))
            self._bulk(VisitTranslation, self.visit_translations())
            # The search text, as the write core writes it for every claim (claims/services/search_index.py).
            self.counts["claims' search text"] = reindex(claim_ids)
        reset_sequences()
        return self.counts

    def _bulk(self, model, rows, *, history: bool = True) -> list[int]:
        """Write `rows` (dicts keyed by column, with explicit ids) and their creation history rows."""
        rows = list(rows)
        copy_rows(model, rows)
        if history and rows:
            copy_history(model, rows[0]["id"], when=START, reason="Synthetic register", user_id=self.user_id)
        self.counts[model._meta.verbose_name_plural] = len(rows)
        return [row["id"] for row in rows]

    # --- Rows --------------------------------------------------------------------
    def outlets(self):
        rng, first = self.rng, next_id(Outlet)
        for pk in range(first, first + self.sizes["outlets"]):
            yield {
                "id": pk,
                "name": f"Synthetic Outlet {pk}",
                "country": rng.choice(COUNTRIES),
                "kind": rng.choice(OUTLET_KINDS),
                "website": f"https://outlet-{pk}.synthetic.example.org/",
            }

    def sources(self):
        rng, first = self.rng, next_id(Source)
        for pk in range(first, first + self.sizes["sources"]):
            subject = rng.choice(VOCABULARY[rng.choice(TOPICS)][0])
            yield {
                "id": pk,
                "ref": f"synthetic-source-{pk}",
                "title": f"Synthetic source {pk}: report on {subject}",
                # One in twenty has no named publisher, as with some copies in hand.
                "outlet_id": None if rng.random() < 0.05 else rng.choice(self.outlet_ids),
                "kind": rng.choice(SOURCE_KINDS),
                "url": f"https://synthetic.example.org/source/{pk}",
                "published_on": (START + rng.randrange(360) * DAY).date(),
                "language": rng.choice(LANGUAGES),
                "notes": "",
            }

    def visits(self):
        rng, first = self.rng, next_id(Visit)
        for pk in range(first, first + self.sizes["visits"]):
            host, guest = ("KZ", "IR") if pk % 2 == 0 else ("IR", "KZ")
            start = (START + rng.randrange(350) * DAY).date()
            yield {
                "id": pk,
                "ref": f"synthetic-visit-{pk}",
                "title": f"Synthetic visit {pk}",
                "host_country": host,
                "guest": f"Synthetic delegate {pk}, {rng.choice(OFFICES)}",
                "guest_country": guest,
                "start_date": start,
                "end_date": start + rng.randrange(4) * DAY,
                "location": "Astana" if host == "KZ" else "Tehran",
                "summary": f"Synthetic visit {pk}, made up for load testing.",
            }

    def _translate(self, claim_id: int, subject: str, period: str, *, corrected: bool, at) -> None:
        for language, share in (("fa", 0.6), ("ru", 0.4)):
            if self.rng.random() >= share:
                continue
            self.claim_translations.append(
                {
                    "id": self.first_translation + len(self.claim_translations),
                    "claim_id": claim_id,
                    "language": language,
                    "status": "published",
                    "translator": "Synthetic translator",
                    "machine_assisted": True,
                    "made_from_version": 1,
                    "outdated_at": at if corrected else None,
                    "created_by_id": self.user_id,
                    "created_at": at,
                    "updated_at": at,
                    "version": 1,
                    "text": f"[{language}] Synthetic claim {claim_id}: {subject} {period}.",
                    "verdict_summary": f"[{language}] Synthetic verdict {claim_id}.",
                    "quote": f"[{language}] Synthetic quote {claim_id}.",
                }
            )

    def visit_translations(self):
        first = next_id(VisitTranslation)
        for n, visit_id in enumerate(self.visit_ids):
            yield {
                "id": first + n,
                "visit_id": visit_id,
                "language": "fa",
                "status": "published",
                "translator": "Synthetic translator",
                "machine_assisted": True,
                "made_from_version": 1,
                "outdated_at": None,
                "created_by_id": self.user_id,
                "created_at": START,
                "updated_at": START,
                "version": 1,
                "title": f"[fa] Synthetic visit {visit_id}",
                "summary": f"[fa] Synthetic visit {visit_id}, made up for load testing.",
            }

    def claim_rows(self):
        rng = self.rng
        first_claim, first_evidence, first_event = next_id(Claim), next_id(Evidence), next_id(ClaimEvent)
        evidence_id, event_id = first_evidence, first_event
        speakers = [f"Synthetic speaker {n + 1}, {rng.choice(OFFICES)}" for n in range(200)]
        for n in range(self.claims):
            claim_id = first_claim + n
            topic = rng.choice(TOPICS)
            subjects, measures, unit = VOCABULARY[topic]
            subject, measure, period = rng.choice(subjects), rng.choice(measures), rng.choice(PERIODS)
            figure = rng.randrange(2, 900)
            has_figure = rng.random() < 0.3
            created = START + rng.randrange(360 * 24 * 60) * datetime.timedelta(minutes=1)
            state = rng.random()
            # Most claims carry a published verdict; some are still being checked, some
            # have a verdict not yet out, some were published and then withdrawn.
            if state < 0.08:
                status = UNVERIFIED
            elif state < 0.15:
                status = IN_REVIEW
            else:
                status = rng.choices(VERDICTS, cum_weights=[40, 60, 70, 75, 95, 100])[0]
            is_verdict = status in VERDICTS
            published = is_verdict and state >= 0.20
            withdrawn = is_verdict and 0.17 <= state < 0.20
            corrected = published and rng.random() < 0.03
            published_at = created + rng.randrange(1, 30) * DAY if (published or withdrawn) else None
            updated = (published_at or created) + (
                rng.randrange(1, 60) * DAY if corrected or withdrawn else datetime.timedelta(0)
            )
            article_id = rng.choice(self.source_ids)
            summary = (
                f"Synthetic verdict {claim_id}: the cited record {VERDICT_WORDS[status]} the figure for {subject}."
                if is_verdict
                else ""
            )
            ref = f"synthetic-claim-{claim_id}"
            yield {
                "id": claim_id,
                "ref": ref,
                "article_id": article_id,
                "visit_id": rng.choice(self.visit_ids),
                "speaker": rng.choice(speakers),
                "text": f"Synthetic claim {claim_id}: {subject} {measure} by {figure} {unit} {period}.",
                "quote": (
                    f"“{subject.capitalize()} {measure} by {figure} {unit} {period}” (synthetic quote {claim_id})."
                ),
                "topic": topic,
                "status": status,
                "verdict_summary": summary,
                "is_published": published,
                "published_at": published_at,
                "created_by_id": self.user_id,
                "created_at": created,
                "updated_at": updated,
                "figure_value": Decimal(figure) if has_figure else None,
                "figure_unit": unit if has_figure else "",
                "figure_period": period if has_figure else "",
            }
            if published:
                # Most published claims in Persian, many in Russian; a corrected one's translations out of date.
                self._translate(claim_id, subject, period, corrected=corrected, at=updated)
            # About three pieces of evidence, none from the claim's own article.
            others = [source for source in rng.sample(self.source_ids, 6) if source != article_id]
            for k, source_id in enumerate(others[: rng.choice((2, 3, 3, 4))]):
                stance = CORROBORATES if k == 0 else rng.choice(STANCES)
                self.evidence_rows.append(
                    {
                        "id": evidence_id,
                        "claim_id": claim_id,
                        "source_id": source_id,
                        "stance": stance,
                        "quote": f"Synthetic passage {evidence_id} on {subject} {period}.",
                        "note": "",
                        "added_by_id": self.user_id,
                        "added_at": created + datetime.timedelta(hours=k + 1),
                    }
                )
                evidence_id += 1
            if status == UNVERIFIED:
                continue
            steps = [(STATUS_EVENT, UNVERIFIED, created + datetime.timedelta(hours=6), "")]
            if published or withdrawn:
                steps.append((PUBLISHED_EVENT, status, published_at, ""))
            if corrected:
                steps.append(
                    (
                        CORRECTION_EVENT,
                        VERIFIED if status != VERIFIED else DISPUTED,
                        updated,
                        f"Synthetic correction of claim {claim_id}: newer figures.",
                    )
                )
            if withdrawn:
                steps.append(
                    (
                        UNPUBLISHED_EVENT,
                        status,
                        updated,
                        f"Synthetic withdrawal of claim {claim_id}: the article was retracted.",
                    )
                )
            for kind, from_status, at, note in steps:
                self.events.append(
                    {
                        "id": event_id,
                        "claim_id": claim_id,
                        "claim_ref": ref,
                        "kind": kind,
                        "from_status": from_status,
                        "to_status": status,
                        "verdict_summary": summary,
                        "note": note,
                        "user_id": self.user_id,
                        "at": at,
                    }
                )
                event_id += 1
