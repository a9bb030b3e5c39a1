"""What the source watch found at each cited source's address, recorded through the write core.

The watch (intake.watch) fetches a source's address and hands over a `Reading`: the page's main text, or
that the address is gone (404, 410), unreachable, or was not fetched (not a public address, not a page's
text). `check_change` turns it into the change of the source's `SourceCheck`, comparing the text's hash
with a baseline: the kept copy when it was fetched from the same address (the same extraction, so the same
text hashes alike), else the first text the watch read there. Hashes are of the text with its whitespace
and quote marks made plain (sources.models.normalise_quote), so a page re-flowed is not a page changed.

The kept copy is left as it is: it is what the quotes citing the source were checked against, and what a
claim's page names as the proof. The text last read is kept on the check, and each distinct text the watch
has read at a source once (`SeenText`, written with the check); the check's history keeps what each look
found (status and hashes), not the text again, so an unchanged page checked daily is stored once.
A published claim's page tells its readers when a source it cites changed
or went after it cited it, so a check that enters or leaves those states for a public source moves the
freshness stamp.
"""

import hashlib
from dataclasses import dataclass

from django.db.models import BooleanField, Exists, ExpressionWrapper, F, OuterRef, Q, QuerySet

from claims import rules
from claims.models import Claim, Evidence, FollowUp
from claims.public import is_public_source
from claims.services.core import NEW, Change, Writer, apply
from claims.services.sources import cited_by_published
from factregister.history import create_many
from sources.models import ArticleCopy, CheckStatus, CopyHow, SeenText, Source, SourceCheck, normalise_quote

CHECK_FIELDS = (
    "source",
    "status",
    "checked_at",
    "since",
    "url",
    "http_status",
    "detail",
    "baseline_sha256",
    "seen_sha256",
    "text",
)


@dataclass(frozen=True)
class Reading:
    """What one fetch of a source's address gave: `text` (read), or a `status` among gone, unreachable and
    refused with the `detail` that says why."""

    url: str
    text: str = ""
    status: str = ""
    http_status: int | None = None
    detail: str = ""


def text_hash(text: str) -> str:
    """The SHA-256 of `text` with its whitespace and quote marks made plain."""
    return hashlib.sha256(normalise_quote(text).encode("utf-8")).hexdigest()


def _baseline(source: Source, kept: SourceCheck | None, url: str, seen: str) -> str:
    """What a reading is compared with: a copy fetched from the address since the last check (an editor who takes
    the page's text again takes it as cited), else the check's baseline, else this first reading."""
    copy = ArticleCopy.objects.filter(source=source, how=CopyHow.URL).only("text", "url", "retrieved_at").first()
    taken_again = copy is not None and (kept is None or not kept.baseline_sha256 or copy.retrieved_at > kept.checked_at)
    if copy is not None and taken_again and copy.url in (url, source.url):
        return text_hash(copy.text)
    if kept is not None and kept.baseline_sha256:
        return kept.baseline_sha256
    return seen


def check_change(*, source: Source, reading: Reading, now) -> Change:
    """The change that records `reading` as the latest check of `source`."""
    kept = SourceCheck.objects.filter(source=source).first()
    values = {
        "source": source,
        "checked_at": now,
        "url": reading.url,
        "http_status": reading.http_status,
        "detail": reading.detail,
    }
    if reading.text:
        seen = text_hash(reading.text)
        baseline = _baseline(source, kept, reading.url, seen)
        status = CheckStatus.UNCHANGED if seen == baseline else CheckStatus.CHANGED
        values.update(baseline_sha256=baseline, seen_sha256=seen, text=reading.text, status=status)
        new_text = kept is not None and kept.seen_sha256 != seen
    else:
        values["status"] = reading.status
        new_text = False
    moved = kept is None or kept.status != values["status"] or (values["status"] == CheckStatus.CHANGED and new_text)
    values["since"] = now if moved or kept is None else kept.since
    return Change(target=kept, values=values)


@dataclass
class CheckFacts:
    public: set[int]


class SourceCheckWriter(Writer):
    model = SourceCheck
    fields = CHECK_FIELDS
    default_reason = "Checked by the source watch"

    def facts(self, changes: list[Change]) -> CheckFacts:
        return CheckFacts(public=cited_by_published((c.current or c.proposed).source_id for c in changes))

    def problems(self, change: Change, facts: CheckFacts) -> rules.Problems:
        # One permission for a first check and a later one: the admin's add page stays closed to everyone.
        return rules.permission_problems(self.user, SourceCheck, "change")

    def after(self, changes: list[Change], facts: CheckFacts, *, now) -> None:
        """Keep each text read that this source has not shown the watch before, once."""
        read = {(c.proposed.source_id, c.proposed.seen_sha256): c.proposed for c in changes if c.proposed.text}
        if not read:
            return
        known = set(
            SeenText.objects.filter(source_id__in={source for source, _ in read}).values_list("source_id", "sha256")
        )
        create_many(
            [
                SeenText(source_id=source, sha256=sha, text=check.text, url=check.url, first_seen_at=check.checked_at)
                for (source, sha), check in read.items()
                if (source, sha) not in known
            ],
            SeenText,
        )

    def is_public(self, change: Change, facts: CheckFacts) -> bool:
        """A published claim's page shows a check in a noticed state (changed, gone), and when it began."""
        if change.proposed.source_id not in facts.public:
            return False
        before = change.current.status if change.current is not None else ""
        shown = before in SourceCheck.NOTICED or change.proposed.status in SourceCheck.NOTICED
        return shown and (change.kind == NEW or bool({"status", "since"} & set(change.fields)))


def check_record(*, source: Source, reading: Reading, user, now) -> SourceCheck:
    """Record what one fetch of `source`'s address found; returns the source's check as it now stands."""
    change = check_change(source=source, reading=reading, now=now)
    apply(SourceCheckWriter(user=user), [change], now=now)
    return change.proposed if change.proposed is not None else change.current


def cited_sources() -> QuerySet[Source]:
    """Every source with an address that any claim cites, those a published claim cites first, then those checked
    longest ago (never checked first)."""
    cited = (
        Exists(Claim.objects.filter(article_id=OuterRef("pk")))
        | Exists(Evidence.objects.filter(source_id=OuterRef("pk")))
        | Exists(FollowUp.objects.filter(source_id=OuterRef("pk")))
    )
    public = ExpressionWrapper(Q(is_public_source()), output_field=BooleanField())
    return (
        Source.objects.exclude(url=None)
        .filter(cited)
        .annotate(public=public)
        .select_related("watch")
        .defer("watch__text")
        .order_by("-public", F("watch__checked_at").asc(nulls_first=True), "id")
    )


__all__ = ["CHECK_FIELDS", "Reading", "SourceCheckWriter", "check_change", "check_record", "cited_sources", "text_hash"]
