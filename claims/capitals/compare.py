"""Two accounts of one visit: for each published claim, what the guest's and the host's outlets said.

A claim whose speaker is an entity of the register with a country speaks for that country's side whoever
reported it (an outlet with no country, or one in a third country): that side said it. Every read starts from
`Claim.objects.published()`; two queries whatever the visit's size.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from claims.models import Claim, Entity, Evidence, Stance, Status, Topic, Visit
from sources.models import Source

AGREE, DIFFER, BOTH_MENTION, ONLY_GUEST, ONLY_HOST = "agree", "differ", "both_mention", "only_guest", "only_host"
AGREE_IN_PART = "agree_in_part"
READINGS = {
    AGREE: _("The two accounts agree"),
    AGREE_IN_PART: _("The two accounts agree on part of it"),
    DIFFER: _("The two accounts differ"),
    BOTH_MENTION: _("Both sides mention it; neither confirms the other"),
    ONLY_GUEST: _("Only the guest's side speaks"),
    ONLY_HOST: _("Only the host's side speaks"),
}
REPORTS = "reports"  # the article a claim was logged from: it reported the statement
SAID = "said"  # the claim's speaker (an entity with a country) made the statement
SUPPORTS = {REPORTS, SAID, Stance.CORROBORATES}


@dataclass
class Account:
    """One source's part in a claim: it reported the claim, or it corroborates, contradicts or gives context."""

    source: Source
    role: str
    speaker: Entity | None = None  # for SAID: who said it

    @property
    def role_label(self) -> str:
        if self.role == SAID:
            return str(_("Said it"))
        return str(_("Reported it") if self.role == REPORTS else Stance(self.role).label)


@dataclass
class ClaimAccounts:
    claim: Claim
    guest: list[Account] = field(default_factory=list)
    host: list[Account] = field(default_factory=list)
    reading: str = ""

    @property
    def reading_label(self) -> str:
        return str(READINGS[self.reading])


def _reading(guest: list[Account], host: list[Account], status: str = Status.VERIFIED) -> str | None:
    guest_roles, host_roles = {a.role for a in guest}, {a.role for a in host}
    if not guest_roles and not host_roles:
        return None
    if not host_roles:
        return ONLY_GUEST
    if not guest_roles:
        return ONLY_HOST
    if (Stance.CONTRADICTS in guest_roles and host_roles & SUPPORTS) or (
        Stance.CONTRADICTS in host_roles and guest_roles & SUPPORTS
    ):
        return DIFFER
    if guest_roles & SUPPORTS and host_roles & SUPPORTS:
        # Both sides support it, but the verdict found part of it unconfirmed or misleading: they agree on part.
        return AGREE if status == Status.VERIFIED else AGREE_IN_PART
    return BOTH_MENTION


def side_of(source) -> str:
    """The country a source speaks for: its origin's, when it carries a government's statement (an agency in a
    third country relaying Akorda's readout speaks for Kazakhstan), else its outlet's."""
    if source.origin_id and source.origin.country:
        return source.origin.country
    return source.outlet.country if source.outlet else ""


def two_accounts(visit: Visit) -> dict:
    """The visit's published claims, topic by topic, with what each side's outlets said (two queries)."""
    evidence = Evidence.objects.select_related("source__outlet", "source__origin").order_by("id")
    claims = (
        Claim.objects.published()
        .filter(visit=visit)
        .select_related("article__outlet", "article__origin", "speaker_entity")
        .prefetch_related(Prefetch("evidence", queryset=evidence))
        .order_by("topic", "-published_at", "-id")
    )
    topics, unplaced = defaultdict(list), 0
    for claim in claims:
        sides: dict[str, list[Account]] = {visit.guest_country: [], visit.host_country: []}
        accounts = [Account(claim.article, REPORTS)] + [
            Account(item.source, item.stance) for item in claim.evidence.all()
        ]
        speaker = claim.speaker_entity
        if speaker is not None and speaker.country in sides:
            sides[speaker.country].append(Account(claim.article, SAID, speaker))
        for account in accounts:
            country = side_of(account.source)
            if country in sides and all(
                a.source.pk != account.source.pk or a.role != account.role for a in sides[country]
            ):
                sides[country].append(account)
        reading = _reading(sides[visit.guest_country], sides[visit.host_country], claim.status)
        if reading is None:
            unplaced += 1
            continue
        topics[claim.topic].append(ClaimAccounts(claim, sides[visit.guest_country], sides[visit.host_country], reading))
    rows = []
    for topic, items in topics.items():
        counts = {key: sum(item.reading == key for item in items) for key in READINGS}
        tally = [(label, counts[key]) for key, label in READINGS.items() if counts[key]]
        rows.append({"topic": Topic(topic).label, "items": items, "tally": tally})
    return {
        "visit": visit,
        "topics": sorted(rows, key=lambda row: str(row["topic"])),
        "unplaced": unplaced,
    }
