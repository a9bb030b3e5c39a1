"""The public pages of the people, organisations and places the register's published claims are said by or name.

An entity is on the public register only once a published claim was said by it, names it, or was said in an
office of it (claims.public.public_entities); any other is a 404, as one that does not exist. Each page runs a
fixed number of queries whatever the number of claims.
"""

from django.core.paginator import Paginator
from django.db.models import Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext_lazy as _

from claims import translations
from claims.entities.models import NAME_FIELDS, EntityKind
from claims.models import Claim, ClaimMention, EntityRole
from claims.public import public_entities, said_by, with_claim_counts
from factregister.languages import active_language
from factregister.publiccache import public_page

ENTITIES_PER_PAGE = 100
KIND_HEADINGS = {
    EntityKind.PERSON: _("People"),
    EntityKind.ORGANISATION: _("Organisations"),
    EntityKind.PLACE: _("Places"),
}
CLAIMS_PER_PAGE = 25


def entity_names_ordering() -> list:
    """Entities by kind, then by their name in the page's language (the English name where it has none)."""
    field = NAME_FIELDS.get(active_language(), "name")
    shown = Coalesce(NullIf(field, Value("")), "name") if field != "name" else "name"
    return ["kind", Lower(shown), "ref"]


@public_page(reads=["page"])
def entity_list(request):
    entities = with_claim_counts(public_entities()).order_by(*entity_names_ordering())
    page = Paginator(entities, ENTITIES_PER_PAGE).get_page(request.GET.get("page"))
    groups = [
        {"kind": kind, "heading": heading, "entities": [entity for entity in page if entity.kind == kind]}
        for kind, heading in KIND_HEADINGS.items()
    ]
    groups = [group for group in groups if group["entities"]]
    return render(request, "claims/entities/entity_list.html", {"page": page, "groups": groups})


@public_page(reads=["page"])
def entity_detail(request, ref):
    # Looked up among public entities only: one that is not public and one that does not exist answer alike.
    entity = get_object_or_404(with_claim_counts(public_entities()), ref=ref)
    roles = list(EntityRole.objects.filter(entity=entity).select_related("organisation").order_by("-start_date", "pk"))
    organisations = {role.organisation_id for role in roles if role.organisation_id}
    linked = (
        set(public_entities().filter(pk__in=organisations).values_list("pk", flat=True)) if organisations else set()
    )
    named = ClaimMention.objects.filter(entity=entity).values("claim_id")
    claims = translations.with_translations(
        Claim.objects.published().with_related().filter(said_by(entity.pk) | Q(pk__in=named))
    ).order_by("-published_at", "-id")
    page = Paginator(claims, CLAIMS_PER_PAGE).get_page(request.GET.get("page"))
    mentioned = set(
        ClaimMention.objects.filter(entity=entity, claim_id__in=[claim.pk for claim in page]).values_list(
            "claim_id", flat=True
        )
    )
    for claim in page:
        claim.said_by_entity = claim.speaker_entity_id == entity.pk
        claim.said_in_office = bool(claim.speaker_role_id and claim.speaker_role.organisation_id == entity.pk)
        claim.names_entity = claim.pk in mentioned
    context = {"entity": entity, "roles": [(role, role.organisation_id in linked) for role in roles], "page": page}
    return render(request, "claims/entities/entity_detail.html", context)
