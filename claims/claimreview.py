"""schema.org ClaimReview for a published claim, as fact-check aggregators read it.

One builder serves the claim page's JSON-LD and the API's DataFeed, so the two
can never disagree. See the methodology page for the rating scale.

Each language's claim page carries its own review, built in that language: its
`url` is that page, `inLanguage` says the language, the verdict's name is the
interface's, and the register's own words (the claim, the summary) come through
claims.translations. The API's DataFeed is the English one.
"""

from django.conf import settings
from django.utils.translation import get_language

from claims import translations
from claims.models import RATING_BEST, RATING_WORST, Claim
from factregister.addresses import absolute
from factregister.languages import tag


def claim_author(claim: Claim) -> dict:
    """Who made the claim: an organisation (the outlet in its own voice, two governments), else a person.

    People are logged as "Name, office" (e.g. "Kassym-Jomart Tokayev, President of
    Kazakhstan"); the office becomes `jobTitle`. A speaker without an office is an organisation.
    """
    article = claim.article
    speaker = claim.speaker.strip()
    if article.outlet_id and speaker == article.outlet.name:
        return {"@type": "Organization", "name": article.outlet.name}
    if "," not in speaker:
        return {"@type": "Organization", "name": speaker}
    name, _, job_title = (part.strip() for part in speaker.partition(","))
    author = {"@type": "Person", "name": name or claim.speaker}
    if job_title:
        author["jobTitle"] = job_title
    return author


def claim_review(claim: Claim) -> dict:
    """The ClaimReview for `claim`, in the active language. Expects `article` and its outlet to be loaded."""
    rating = {"@type": "Rating", "alternateName": str(claim.get_status_display())}
    if claim.rating_value is not None:
        rating.update(ratingValue=claim.rating_value, bestRating=RATING_BEST, worstRating=RATING_WORST)
    article = claim.article
    appearance = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.outlet_id:
        appearance["publisher"] = {"@type": "Organization", "name": article.outlet.name}
    if article.published_on:
        appearance["datePublished"] = article.published_on.isoformat()
    item = {
        "@type": "Claim",
        "author": claim_author(claim),
        "appearance": appearance,
    }
    if article.published_on:
        item["datePublished"] = article.published_on.isoformat()
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": absolute(claim.get_absolute_url()),
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
    return review


def data_feed_item(claim: Claim) -> dict:
    """One element of the DataFeed as fact-check aggregators read it: a DataFeedItem around the review."""
    review = claim_review(claim)
    review.pop("@context")
    return {
        "@type": "DataFeedItem",
        "dateCreated": claim.published_at.isoformat() if claim.published_at else None,
        "dateModified": claim.updated_at.isoformat(),
        "url": review["url"],
        "item": [review],
    }


def data_feed(claims, *, modified) -> dict:
    """The schema.org DataFeed of `claims`' reviews, in the layout of Data Commons' fact-check feeds.

    `modified` is when the published register last changed.
    """
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "dateModified": modified.isoformat(),
        "dataFeedElement": [data_feed_item(claim) for claim in claims],
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
