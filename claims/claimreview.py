"""schema.org ClaimReview for a published claim, as fact-check aggregators read it.

One builder serves the claim page's JSON-LD and the API's DataFeed, so the two
can never disagree. See the methodology page for the rating scale.

Besides the verdict, a review says where the claim was first reported (`firstAppearance`): the
earliest dated source known to carry it, among its article, the articles of its other published
appearances (claims.repeats: an editor's finding that they carry the same statement), and the
sources cited as corroborating it that share the article's origin (the same readout or wire copy
saying the same thing). Evidence of another origin confirms the claim without carrying it, and
same-origin evidence cited only for context may carry other statements of the same readout. An
article with no date cannot be shown to come later than another, so it stays the first appearance.
`itemReviewed.datePublished` is the first appearance's date, left out when it is not known. Each
correction of the verdict is a `CorrectionComment`. `review_facts()` reads what that needs for any
number of claims in three queries.

Each language's claim page carries its own review, built in that language: its
`url` (and `@id`, the url with `#review`) is that page, `inLanguage` says the language, the
verdict's name is the interface's, and the register's own words (the claim, the summary) come
through claims.translations. The English review lists the reviews of the languages with a
published, current translation (`workTranslation`); each of those names the English review as
its original (`translationOfWork`). A language page without such a translation (none, or out of
date) carries its review with neither link: it is the English review's words under another
interface. `data_feed(..., languages=True)` has a DataFeedItem per language page, as the API's DataFeed
(api.views) gives it.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from django.utils.translation import get_language, gettext

from claims import translations
from claims.models import RATING_BEST, RATING_WORST, Claim, ClaimEvent, Entity, EntityRole, Evidence, Stance, Status
from factregister.addresses import absolute
from factregister.languages import address_in, same_language, tag
from sources.models import Source, country_name


@dataclass
class ReviewFacts:
    """What a claim's review says beyond the claim itself: where it first appeared, and its corrections."""

    first_appearance: Source
    corrections: list[ClaimEvent] = field(default_factory=list)


def review_facts(claims) -> dict[int, ReviewFacts]:
    """Per claim id, its first appearance and its corrections (oldest first), in three queries however many
    claims. Expects each claim's `article` to be loaded."""
    claims = list(claims)
    if not claims:
        return {}
    carriers: dict[int, list[Source]] = {claim.pk: [] for claim in claims}
    origins = {claim.pk: claim.article.origin_id for claim in claims}
    same_origin = (
        Evidence.objects.filter(claim__in=[claim.pk for claim in claims], stance=Stance.CORROBORATES)
        .exclude(source__origin=None)
        .select_related("source__outlet")
    )
    for evidence in same_origin:
        if evidence.source.origin_id == origins[evidence.claim_id]:
            carriers[evidence.claim_id].append(evidence.source)
    roots = {claim.pk: claim.repeat_of_id or claim.pk for claim in claims}
    group = Claim.objects.published().filter(Q(pk__in=set(roots.values())) | Q(repeat_of_id__in=set(roots.values())))
    appearances = defaultdict(list)
    for other in group.select_related("article__outlet"):
        appearances[other.repeat_of_id or other.pk].append(other)
    for claim in claims:
        carriers[claim.pk] += [other.article for other in appearances[roots[claim.pk]] if other.pk != claim.pk]
    corrections = defaultdict(list)
    refs = {claim.ref: claim.pk for claim in claims}
    logged = ClaimEvent.objects.filter(
        Q(claim_id__in=list(carriers)) | Q(claim_ref__in=list(refs)), kind=ClaimEvent.Kind.CORRECTION
    )
    for event in logged.order_by("at", "id"):
        owner = event.claim_id if event.claim_id in carriers else refs.get(event.claim_ref)
        if owner is not None:
            corrections[owner].append(event)
    return {
        claim.pk: ReviewFacts(first_appearance(claim.article, carriers[claim.pk]), corrections[claim.pk])
        for claim in claims
    }


def first_appearance(article: Source, others: list[Source]) -> Source:
    """The earliest of the sources carrying a claim: its article, unless another is dated before it."""
    if article.published_on is None:
        return article
    dated = [source for source in others if source.published_on and source.published_on < article.published_on]
    return min(dated, key=lambda source: (source.published_on, source.pk), default=article)


def creative_work(source: Source) -> dict:
    """A source as schema.org CreativeWork: its title, address, publisher and date, those that are known."""
    work: dict[str, Any] = {"@type": "CreativeWork", "headline": source.title}
    if source.url:
        work["url"] = source.url
    if source.outlet is not None:
        work["publisher"] = {"@type": "Organization", "name": source.outlet.name}
    if source.published_on:
        work["datePublished"] = source.published_on.isoformat()
    return work


def correction_comment(claim: Claim, event: ClaimEvent) -> dict:
    was, now = (Status(value).label if value else "" for value in (event.from_status, event.to_status))
    return {
        "@type": "CorrectionComment",
        "url": absolute(f"{claim.get_absolute_url()}#event-{event.pk}"),
        "text": f"Verdict corrected from {was} to {now}. {event.note}",
        "datePublished": event.at.isoformat(),
    }


def claim_author(claim: Claim) -> dict:
    """Who made the claim: the speaker entity when the claim names one (`entity_author`); else read from the
    attribution as written: an organisation (the outlet in its own voice, two governments), or a person.

    People are logged as "Name, office" (e.g. "Kassym-Jomart Tokayev, President of
    Kazakhstan"); the office becomes `jobTitle`. A speaker without an office is an organisation.
    """
    if claim.speaker_entity is not None:
        return entity_author(claim.speaker_entity, claim.speaker_role)
    article = claim.article
    speaker = claim.speaker.strip()
    if article.outlet is not None and speaker == article.outlet.name:
        return {"@type": "Organization", "name": article.outlet.name}
    if "," not in speaker:
        return {"@type": "Organization", "name": speaker}
    name, _, job_title = (part.strip() for part in speaker.partition(","))
    author = {"@type": "Person", "name": name or claim.speaker}
    if job_title:
        author["jobTitle"] = job_title
    return author


def entity_author(entity: Entity, role: EntityRole | None = None) -> dict:
    """An entity as schema.org Person or Organization, in the active language: its name, its page, its Wikidata
    item (`sameAs`, only when an id is set), and for a person the office spoken in (`jobTitle`) with what the
    office belongs to (`affiliation`): the role's organisation, else the government of the person's country.
    What the register does not know is left out."""
    person = entity.kind == Entity.Kind.PERSON
    author: dict[str, Any] = {
        "@type": "Person" if person else "Organization",
        "name": entity.name_in(),
        "url": absolute(entity.get_absolute_url()),
    }
    if entity.wikidata_id:
        author["sameAs"] = entity.wikidata_url
    if person and role is not None:
        author["jobTitle"] = role.title_in()
        if role.organisation is not None:
            author["affiliation"] = entity_author(role.organisation)
        elif entity.country:
            author["affiliation"] = {
                "@type": "GovernmentOrganization",
                "name": gettext("Government of %(country)s") % {"country": country_name(entity.country)},
            }
    return author


def claim_id(claim: Claim) -> str:
    """The claim's `@id`: its English page's address with `#claim`, the same in every language's review."""
    return f"{absolute(translations.original_address(claim))}#claim"


def claim_review(claim: Claim, facts: ReviewFacts | None = None, *, linked: bool = True) -> dict:
    """The ClaimReview for `claim`, in the active language. Expects `article` and its outlet to be loaded; `facts`
    from `review_facts()` (read for this claim alone when not given). `linked`: with its `@id` and its links to
    the other languages' reviews (`translation_links`), as every page carries it."""
    if facts is None:
        facts = review_facts([claim])[claim.pk]
    verdict = str(claim.get_status_display())
    rating: dict[str, Any] = {"@type": "Rating", "name": verdict, "alternateName": verdict}
    if claim.rating_value is not None:
        rating.update(ratingValue=claim.rating_value, bestRating=RATING_BEST, worstRating=RATING_WORST)
    first = facts.first_appearance
    item: dict[str, Any] = {
        "@type": "Claim",
        "@id": claim_id(claim),
        "author": claim_author(claim),
        "appearance": creative_work(claim.article),
        "firstAppearance": creative_work(first),
    }
    if first.published_on:
        item["datePublished"] = first.published_on.isoformat()
    url = absolute(claim.get_absolute_url())
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "inLanguage": tag(get_language() or settings.LANGUAGE_CODE),
        # The whole claim, as logged: a shortened one drops words it could be found by.
        "claimReviewed": " ".join(translations.shown(claim, "text").text.split()),
        "reviewBody": translations.shown(claim, "verdict_summary").text,
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": settings.REGISTER_PUBLISHER_NAME, "url": absolute("/")},
        "itemReviewed": item,
    }
    if claim.published_at:
        review["datePublished"] = claim.published_at.date().isoformat()
    if facts.corrections:
        review["correction"] = [correction_comment(claim, event) for event in facts.corrections]
    if linked:
        review = {"@context": review.pop("@context"), "@type": review.pop("@type"), "@id": f"{url}#review", **review}
        review.update(translation_links(claim))
    return review


def translation_links(claim: Claim) -> dict:
    """`workTranslation` on the English review, `translationOfWork` on a current translation's (else nothing)."""
    original = translations.original_language()
    english = translations.original_address(claim)
    offered = translations.page_languages(claim)
    language = translations.page_language()
    if same_language(language, original):
        others = [
            {"@type": "ClaimReview", "@id": f"{absolute(address_in(english, code))}#review", "inLanguage": tag(code)}
            for code in offered
            if code != original
        ]
        return {"workTranslation": others} if others else {}
    if language not in offered:
        return {}
    return {
        "translationOfWork": {"@type": "ClaimReview", "@id": f"{absolute(english)}#review", "inLanguage": tag(original)}
    }


def data_feed_item(claim: Claim, facts: ReviewFacts | None = None, *, linked: bool = True) -> dict:
    """One element of the DataFeed as fact-check aggregators read it: a DataFeedItem around the review."""
    review = claim_review(claim, facts, linked=linked)
    review.pop("@context")
    return {
        "@type": "DataFeedItem",
        "dateCreated": claim.published_at.isoformat() if claim.published_at else None,
        "dateModified": claim.updated_at.isoformat(),
        "url": review["url"],
        "item": [review],
    }


def data_feed(claims, *, modified, languages: bool = False) -> dict:
    """The schema.org DataFeed of `claims`' reviews, in the layout of Data Commons' fact-check feeds.

    `modified` is when the published register last changed. With `languages`, each claim has a DataFeedItem per
    language page it is offered in (English first, then its published, current translations), each review built
    in its page's language and linked to the others as on the pages; without, the English pages' reviews as the
    API's DataFeed describes them (api/datafeed_schema.py, which names no `@id` nor translation links).
    """
    claims = list(claims)
    facts = review_facts(claims)
    if not languages:
        items = [data_feed_item(claim, facts[claim.pk], linked=False) for claim in claims]
    else:
        translations.prefetch(claims)
        items = []
        for claim in claims:
            for code in translations.page_languages(claim):
                with translation.override(code):
                    items.append(data_feed_item(claim, facts[claim.pk]))
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dateModified": modified.isoformat(),
        "dataFeedElement": items,
    }


def item_list(claims, *, name: str = "") -> dict:
    """schema.org ItemList of the claims a listing page shows, in its order: their pages' addresses."""
    listed = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "url": absolute(claim.get_absolute_url())}
            for position, claim in enumerate(claims, start=1)
        ],
    }
    if name:
        listed["name"] = name
    return listed
