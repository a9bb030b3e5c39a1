"""Write the demo register (claims.demo.data) into the database, idempotently.

Rows are matched on their stable keys (outlet name, visit/source/claim ref,
evidence claim+source+quote). A row is saved only when a field differs, so a
rerun over unchanged data writes nothing: no new rows, no history rows, no
workflow events. Verdicts, publication and evidence go through
claims.services as the system account, so the audit trail is the real one.
"""

from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from claims import services
from claims.demo import data, linked, translated
from claims.demo import figures as demo_figures
from claims.figures.services import MetricWriter
from claims.models import Claim, Evidence, Metric, Stance, Status, Visit
from claims.services.core import NEW, NOTHING, Change, apply_one
from claims.services.sources import OriginWriter, OutletWriter, SourceWriter
from claims.services.visits import VisitWriter
from claims.transparency.services import pages_fill_defaults
from sources.models import CopyHow, Origin, Outlet, Source

# The reasons put on the public record when a later version of the demo data changes a published
# claim; a row's own `change_note` says more when it has one.
CHANGE_NOTE = "Revised after a further review of the sources."
# The reason on the record when only the figure a piece of evidence gives changes: not the row's re-rating, which a
# register loaded from an earlier version of the data has already recorded.
FIGURE_NOTE = "Recorded the figure a cited source gives, so that the figures pages line it up with the others."
UNPUBLISH_REASON = "Withdrawn after a further review of the sources: the evidence no longer supports publishing it."
# The five articles as the register read them, beside the checkout (../shared/seeds/).
ARTICLES_DIR = Path(settings.BASE_DIR).parent / "shared" / "seeds"


class DemoDataError(Exception):
    """The demo data cannot be loaded; the message names the row and the field."""


@dataclass
class Tally:
    """What a load did, per kind of row: created, updated or unchanged."""

    counts: dict[str, Counter] = field(default_factory=dict)
    copies_missing: str = ""

    def add(self, kind: str, outcome: str) -> None:
        self.counts.setdefault(kind, Counter())[outcome] += 1

    def total(self, outcome: str) -> int:
        return sum(counter[outcome] for counter in self.counts.values())

    def summary(self) -> str:
        parts = ", ".join(f"{kind} {c['created']}/{c['updated']}/{c['unchanged']}" for kind, c in self.counts.items())
        deleted = self.total("deleted")
        return (
            f"Demo register: created {self.total('created')}, updated {self.total('updated')}, "
            f"unchanged {self.total('unchanged')}"
            + (f", deleted {deleted} stale evidence" if deleted else "")
            + f" ({parts}; created/updated/unchanged)."
            + (f" {self.copies_missing}" if self.copies_missing else "")
        )


def load_demo() -> Tally:
    """Load or refresh the demo register. All or nothing: a bad row writes nothing."""
    tally = Tally()
    try:
        with transaction.atomic():
            user = services.system_user()
            outlets = {row["name"]: _sync_outlet(row, tally, user) for row in data.OUTLETS}
            visits = {row["ref"]: _sync_visit(row, tally, user) for row in data.VISITS}
            origins = {row["key"]: _sync_origin(row, tally, user) for row in data.ORIGINS}
            sources = {row["ref"]: _sync_source(row, outlets, origins, tally, user) for row in data.SOURCES}
            _sync_copies(sources, tally, user)
            metrics = {row["ref"]: _sync_metric(row, tally, user) for row in demo_figures.METRICS}
            entities = linked.sync_entities(user=user, tally=tally, labelled=_labelled)
            roles = linked.sync_roles(entities=entities, user=user, tally=tally, labelled=_labelled)
            for row in data.CLAIMS:
                if not Claim.objects.filter(ref=row["ref"]).exists():
                    row = translated.first_version(row)
                speaker = linked.speaker_values(row["ref"], entities=entities, roles=roles)
                _sync_claim(
                    row, visits=visits, sources=sources, user=user, tally=tally, metrics=metrics, speaker=speaker
                )
            linked.sync_mentions(entities=entities, user=user, tally=tally, labelled=_labelled)
            _sync_repeats(user=user, tally=tally)
            _sync_follow_ups(sources=sources, user=user, tally=tally)
            translated.sync_translations(user=user, tally=tally)
            pages_fill_defaults(user=user)
    except (ValidationError, PermissionDenied) as error:
        raise DemoDataError(_message(error)) from error
    return tally


# --- One kind of row each ----------------------------------------------------
def _sync_outlet(row: dict, tally: Tally, user) -> Outlet:
    values = {key: row[key] for key in ("country", "kind", "website")}
    return _sync(OutletWriter, {"name": row["name"]}, values, tally, label=f"outlet '{row['name']}'", user=user)


def _sync_visit(row: dict, tally: Tally, user) -> Visit:
    values = {key: value for key, value in row.items() if key != "ref"}
    return _sync(VisitWriter, {"ref": row["ref"]}, values, tally, label=f"visit '{row['ref']}'", user=user)


def _sync_origin(row: dict, tally: Tally, user) -> Origin:
    values = {"label": row["label"], "published_on": row.get("published_on"), "country": row.get("country", "")}
    return _sync(OriginWriter, {"key": row["key"]}, values, tally, label=f"origin '{row['key']}'", user=user)


def _sync_source(row: dict, outlets: dict, origins: dict, tally: Tally, user) -> Source:
    label = f"source '{row['ref']}'"
    outlet = _lookup(outlets, row["outlet"], what="outlet", label=label) if row["outlet"] else None
    values = {key: row[key] for key in ("title", "kind", "url", "published_on", "language", "notes")}
    values["url"] = values["url"] or None
    values["outlet"] = outlet
    values["origin"] = _lookup(origins, row["origin"], what="origin", label=label) if row.get("origin") else None
    return _sync(SourceWriter, {"ref": row["ref"]}, values, tally, label=label, user=user)


def _sync_copies(sources: dict, tally: Tally, user, directory: Path | None = None) -> None:
    """Keep the copy of each of the five articles, when their files are at hand; say so when they are not."""
    directory = directory or ARTICLES_DIR
    rows = [row for row in data.SOURCES if row.get("copy")]
    missing = [row["copy"] for row in rows if not (directory / row["copy"]).is_file()]
    if missing:
        tally.copies_missing = (
            f"No copy of the articles was kept: {len(missing)} of their {len(rows)} files are not in {directory}, "
            "so their quotes are not checked against them."
        )
        return
    for row in rows:
        source = sources[row["ref"]]
        text = (directory / row["copy"]).read_text(encoding="utf-8")
        with _labelled(f"copy of source '{row['ref']}'"):
            copy, kept = services.copy_keep(
                source=source, text=text, how=CopyHow.FILE, filename=row["copy"], user=user, note=CHANGE_NOTE
            )
        tally.add("article copies", "created" if kept else "unchanged")


def _sync_metric(row: dict, tally: Tally, user) -> Metric:
    values = {key: value for key, value in row.items() if key != "ref"}
    return _sync(MetricWriter, {"ref": row["ref"]}, values, tally, label=f"metric '{row['ref']}'", user=user)


def _sync_evidence_figures(claim: Claim, row: dict, *, sources: dict, metrics: dict, rows: list, user) -> None:
    """Give each piece of evidence the figure its passage states for the claim's metric (claims.demo.figures)."""
    for item in row["evidence"]:
        wanted = demo_figures.evidence_figure(row, item, rows)
        values = {**wanted, "metric": metrics[wanted["metric"]] if wanted["metric"] else None}
        evidence = claim.evidence.get(source=sources[item["source"]], quote=item["quote"])
        with _labelled(f"claim '{row['ref']}', evidence from '{item['source']}'"):
            services.evidence_update(evidence=evidence, user=user, values=values, change_note=FIGURE_NOTE)


def _note(row: dict) -> str:
    """The reason recorded when this row changes a published claim."""
    return row.get("change_note") or CHANGE_NOTE


def _sync_claim(row: dict, *, visits: dict, sources: dict, user, tally: Tally, metrics: dict, speaker: dict) -> Claim:
    label = f"claim '{row['ref']}'"
    if row["status"] not in Status.values:
        raise ValidationError({"status": f"{label}: '{row['status']}' is not a status."})
    article = _lookup(sources, row["article"], what="article", label=label)
    values = {
        "article": article,
        "visit": _lookup(visits, row["visit"], what="visit", label=label),
        **{key: row[key] for key in ("speaker", "text", "quote", "topic", *demo_figures.FIGURE_FIELDS)},
        **_commitment_values(row["ref"]),
        **speaker,
    }
    values["metric"] = _lookup(metrics, row["metric"], what="metric", label=label) if row["metric"] else None
    # An appearance of a statement logged earlier points at it from the start (data.REPEATS).
    first = dict(data.REPEATS).get(row["ref"])
    values["repeat_of"] = Claim.objects.filter(ref=first).first() if first else None
    claim = _sync_claim_content(row, values, tally, label=label, user=user)
    strengthen, weaken = _evidence_steps(claim, row, sources=sources, user=user, tally=tally)
    if claim.is_published and not row["publish"]:
        services.claim_unpublish(claim=claim, user=user, reason=UNPUBLISH_REASON)
    strengthen()
    _sync_evidence_figures(claim, row, sources=sources, metrics=metrics, rows=data.CLAIMS, user=user)
    _sync_workflow(claim, row, user=user, between=weaken)
    return claim


def _commitment_values(ref: str) -> dict:
    commitment = data.COMMITMENTS.get(ref)
    return {
        "is_commitment": commitment is not None,
        "commitment_due": commitment["due"] if commitment else None,
        "commitment_due_is_reading": bool(commitment and commitment["due_is_reading"]),
        "commitment_horizon": commitment["horizon"] if commitment else "",
        "commitment_first_made": commitment["first_made"] if commitment else "",
    }


def _sync_repeats(*, user, tally: Tally) -> None:
    """Link the appearances data.REPEATS lists, through claims.repeats.services; pairs already linked are left
    alone, and a demo claim linked to a statement the data no longer says it repeats is unlinked."""
    from claims.repeats.queries import root_id
    from claims.repeats.services import repeat_link, repeat_unlink

    listed = {ref for pair in data.REPEATS for ref in pair}
    demo_refs = [row["ref"] for row in data.CLAIMS]
    for claim in Claim.objects.filter(ref__in=demo_refs, repeat_of__isnull=False).exclude(ref__in=listed):
        repeat_unlink(claim=claim, user=user)
        tally.add("repeats", "deleted")
    for appearance_ref, first_ref in data.REPEATS:
        label = f"repeat '{appearance_ref}' of '{first_ref}'"
        claims = Claim.objects.in_bulk([appearance_ref, first_ref], field_name="ref")
        if len(claims) != 2:
            raise ValidationError(f"{label}: both claims must be in the demo data.")
        appearance, first = claims[appearance_ref], claims[first_ref]
        if root_id(appearance) == root_id(first):
            tally.add("repeats", "unchanged")
            continue
        repeat_link(claim=appearance, other=first, user=user)
        tally.add("repeats", "created")


def _sync_follow_ups(*, sources: dict, user, tally: Tally) -> None:
    """Record each follow-up data.FOLLOW_UPS lists, through claims.commitments.services; a check already
    recorded (the same claim, day and status) is left alone, since a check is never edited."""
    from claims.commitments.services import commitment_follow_up

    for row in data.FOLLOW_UPS:
        label = f"follow-up of '{row['claim']}' on {row['checked_on']}"
        claim = Claim.objects.filter(ref=row["claim"]).first()
        if claim is None:
            raise ValidationError(f"{label}: the claim is not in the demo data.")
        if claim.follow_ups.filter(checked_on=row["checked_on"], status=row["status"]).exists():
            tally.add("follow-ups", "unchanged")
            continue
        source = _lookup(sources, row["source"], what="source", label=label) if row.get("source") else None
        with _labelled(label):
            commitment_follow_up(
                claim=claim,
                user=user,
                status=row["status"],
                checked_on=row["checked_on"],
                note=row["note"],
                source=source,
            )
        tally.add("follow-ups", "created")


def _evidence_steps(claim: Claim, row: dict, *, sources: dict, user, tally: Tally):
    """Bring the claim's evidence to the data in an order that never leaves a published verdict unsupported.

    Returns two callables: the first adds the new evidence and strengthens what stays (a stance that
    becomes 'corroborates'); the second, run once the verdict is what the data says, makes the other
    changes and removes the evidence this loader added that the data no longer lists (editors' own stays).
    """
    label = f"claim '{row['ref']}'"
    existing = {(e.source_id, e.quote): e for e in claim.evidence.all()}
    wanted: set[tuple[int, str]] = set()
    # (the row's evidence item, its source, the stored evidence or None, the values to write)
    stronger: list[tuple[dict, Source, Evidence | None, dict]] = []
    weaker: list[tuple[dict, Source, Evidence | None, dict]] = []
    for item in row["evidence"]:
        source = _lookup(sources, item["source"], what="evidence source", label=label)
        wanted.add((source.pk, item["quote"]))
        evidence = existing.get((source.pk, item["quote"]))
        values = {"stance": item["stance"], "note": item["note"], "paraphrased": item["paraphrased"]}
        if evidence is None:
            stronger.append((item, source, None, values))
        elif (evidence.stance, evidence.note, evidence.paraphrased) == (
            item["stance"],
            item["note"],
            item["paraphrased"],
        ):
            tally.add("evidence", "unchanged")
        elif item["stance"] == Stance.CORROBORATES or item["stance"] == evidence.stance:
            stronger.append((item, source, evidence, values))
        else:
            weaker.append((item, source, evidence, values))
    stale = [e for key, e in existing.items() if key not in wanted and e.added_by_id == user.pk]

    def write(steps):
        for item, source, evidence, values in steps:
            with _labelled(f"{label}, evidence from '{item['source']}'"):
                if evidence is None:
                    services.evidence_add(
                        claim=claim, user=user, source=source, quote=item["quote"], change_note=_note(row), **values
                    )
                    tally.add("evidence", "created")
                else:
                    services.evidence_update(evidence=evidence, user=user, values=values, change_note=_note(row))
                    tally.add("evidence", "updated")

    def strengthen():
        write(stronger)

    def weaken():
        write(weaker)
        for evidence in stale:
            with _labelled(f"{label}, evidence from '{evidence.source.ref}'"):
                services.evidence_delete(evidence=evidence, user=user, change_note=_note(row))
            tally.add("evidence", "deleted")

    return strengthen, weaken


def _sync_workflow(claim: Claim, row: dict, *, user, between=lambda: None) -> None:
    """Bring status, verdict summary and publication to what the data says, through the services.

    A claim the data no longer publishes is withdrawn first; `between` runs after the verdict is set
    and before publication.
    """
    status, summary, publish = row["status"], row["verdict_summary"].strip(), row["publish"]
    if claim.is_published and (not publish or status not in Status.verdicts()):
        services.claim_unpublish(claim=claim, user=user, reason=UNPUBLISH_REASON)
    if (claim.status, claim.verdict_summary) != (status, summary):
        note = _note(row) if claim.is_published else row["review_note"]
        services.claim_set_verdict(claim=claim, user=user, status=status, verdict_summary=summary, note=note)
    between()
    if publish and not claim.is_published:
        services.claim_publish(claim=claim, user=user)


def _sync_claim_content(row: dict, values: dict, tally: Tally, *, label: str, user) -> Claim:
    """Log the claim, or bring its content to `values`, through the services."""
    ref = row["ref"]
    claim = Claim.objects.filter(ref=ref).first()
    with _labelled(label):
        if claim is None:
            claim = services.claim_create(claim=Claim(ref=ref, **values), user=user)
            tally.add("claims", "created")
            return claim
        before = claim.version
        speaker = {name: values.pop(name) for name in linked.LINK_FIELDS if name in values}
        claim = services.claim_update(claim=claim, user=user, values=values, change_note=_note(row))
        claim = linked.link_speaker(claim, speaker, user=user)
    tally.add("claims", "updated" if claim.version != before else "unchanged")
    return claim


@contextmanager
def _labelled(label: str):
    """A service's refusal, naming the row of the demo data it came from."""
    try:
        yield
    except ValidationError as error:
        raise ValidationError(f"{label}: {_message(error)}") from error


# --- Helpers -----------------------------------------------------------------
def _sync(writer, lookup: dict, values: dict, tally: Tally, *, label: str, user):
    """Create the row, or change only the fields that differ, through the write core; count what happened."""
    model = writer.model
    kind = model._meta.verbose_name_plural
    obj = model.objects.filter(**lookup).first()
    change = Change(instance=model(**lookup, **values)) if obj is None else Change(target=obj, values=values)
    change.note = CHANGE_NOTE
    with _labelled(label):
        apply_one(writer(user=user), change)
    tally.add(kind, {NEW: "created", NOTHING: "unchanged"}.get(change.kind, "updated"))
    return change.proposed or change.current


def _lookup(mapping: dict, key: str, *, what: str, label: str):
    try:
        return mapping[key]
    except KeyError:
        raise ValidationError(f"{label}: {what} '{key}' is not in the demo data.") from None


def _message(error: Exception) -> str:
    if isinstance(error, ValidationError) and hasattr(error, "message_dict"):
        return "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
    if isinstance(error, ValidationError):
        return " ".join(error.messages)
    return str(error)
