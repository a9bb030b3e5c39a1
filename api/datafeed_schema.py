"""The ClaimReview DataFeed's body as OpenAPI components, so a generated client gets types, not a bare dict.

The body is built by claims.claimreview (the same markup as the claim pages); these schemas say what it
holds, property by property, and refuse any other (`additionalProperties: false`), so the suite's schema
checks (tests/test_api_schema_fuzz.py, tests/test_api_partners.py) fail when the builder and the
description part. `describe_the_feed` (api.schema) adds them to the document.
"""


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _typed(type_name: str, properties: dict, required: list[str], description: str) -> dict:
    return {
        "type": "object",
        "description": description,
        "properties": {"@type": {"type": "string", "enum": [type_name]}, **properties},
        "required": ["@type", *required],
        "additionalProperties": False,
    }


_URI = {"type": "string", "format": "uri"}
_DATE = {"type": "string", "format": "date"}
_TIME = {"type": "string", "format": "date-time"}
_SAME_AS = {
    "type": "string",
    "format": "uri",
    "pattern": "^https://www\\.wikidata\\.org/wiki/Q[1-9][0-9]*$",
    "description": "The Wikidata item, only when the register has its id; left out otherwise.",
}

COMPONENTS = {
    "SchemaOrgOrganization": _typed(
        "Organization",
        {"name": {"type": "string"}, "url": _URI, "sameAs": _SAME_AS},
        ["name"],
        "An organisation: the register's publisher, an outlet, a government speaking as one. An organisation of "
        "the register's entities carries its page (`url`) and, when known, its Wikidata item (`sameAs`).",
    ),
    "SchemaOrgGovernmentOrganization": _typed(
        "GovernmentOrganization",
        {"name": {"type": "string"}},
        ["name"],
        "The government of a speaker's country, for an office the register names no organisation for.",
    ),
    "SchemaOrgPerson": _typed(
        "Person",
        {
            "name": {"type": "string"},
            "url": {**_URI, "description": "The person's page on the register."},
            "sameAs": _SAME_AS,
            "jobTitle": {"type": "string", "description": "The office held when speaking."},
            "affiliation": {
                "oneOf": [_ref("SchemaOrgOrganization"), _ref("SchemaOrgGovernmentOrganization")],
                "description": "What the office belongs to: its organisation, else the country's government.",
            },
        },
        ["name"],
        "A person who made a claim.",
    ),
    "SchemaOrgCreativeWork": _typed(
        "CreativeWork",
        {
            "headline": {"type": "string"},
            "url": _URI,
            "publisher": _ref("SchemaOrgOrganization"),
            "datePublished": {**_DATE, "description": "Left out when the document states no date."},
        },
        ["headline"],
        "A document a claim appeared in: its title, and its address, publisher and date when known.",
    ),
    "SchemaOrgRating": _typed(
        "Rating",
        {
            "name": {"type": "string", "description": "The verdict in words."},
            "alternateName": {"type": "string", "description": "The verdict in words."},
            "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
            "bestRating": {"type": "integer", "enum": [5]},
            "worstRating": {"type": "integer", "enum": [1]},
        },
        ["name", "alternateName"],
        "The verdict. A verdict with no place on the scale (Unverifiable) carries its name alone; the scale "
        "is on /methodology/.",
    ),
    "SchemaOrgClaim": _typed(
        "Claim",
        {
            "@id": {**_URI, "description": "The claim: its English page's address with `#claim`, in every language."},
            "author": {"oneOf": [_ref("SchemaOrgPerson"), _ref("SchemaOrgOrganization")]},
            "appearance": _ref("SchemaOrgCreativeWork"),
            "firstAppearance": _ref("SchemaOrgCreativeWork"),
            "datePublished": {**_DATE, "description": "When the claim was first reported; left out when not known."},
        },
        ["@id", "author", "appearance", "firstAppearance"],
        "What was said, by whom, in which article (`appearance`), and the earliest source known to carry it "
        "(`firstAppearance`).",
    ),
    "SchemaOrgCorrectionComment": _typed(
        "CorrectionComment",
        {
            "url": {**_URI, "description": "The correction on the claim's public record."},
            "text": {"type": "string"},
            "datePublished": _TIME,
        },
        ["url", "text", "datePublished"],
        "A correction of the verdict, with its reason.",
    ),
    "ReviewInLanguage": _typed(
        "ClaimReview",
        {"@id": _URI, "inLanguage": {"type": "string", "enum": ["en-GB", "fa", "ru", "kk"]}},
        ["@id", "inLanguage"],
        "The same review in another language, named by its `@id`.",
    ),
    "ClaimReview": _typed(
        "ClaimReview",
        {
            "@id": {**_URI, "description": "This review: its page's address with `#review`."},
            "url": {**_URI, "description": "The claim's page, in the review's language."},
            "inLanguage": {
                "type": "string",
                "enum": ["en-GB", "fa", "ru", "kk"],
                "description": "The language of the review and its page, as a BCP 47 tag.",
            },
            "claimReviewed": {"type": "string", "description": "The whole claim, as logged."},
            "reviewBody": {"type": "string", "description": "Why the verdict."},
            "reviewRating": _ref("SchemaOrgRating"),
            "author": _ref("SchemaOrgOrganization"),
            "itemReviewed": _ref("SchemaOrgClaim"),
            "datePublished": {**_DATE, "description": "When the verdict was first published."},
            "correction": {
                "type": "array",
                "items": _ref("SchemaOrgCorrectionComment"),
                "description": "Each correction of the verdict, oldest first; left out when there is none.",
            },
            "workTranslation": {
                "type": "array",
                "items": _ref("ReviewInLanguage"),
                "description": "On an English review: its published, current translations.",
            },
            "translationOfWork": {
                **_ref("ReviewInLanguage"),
                "description": "On a translated review: the English review it translates.",
            },
        },
        ["url", "claimReviewed", "reviewBody", "reviewRating", "author", "itemReviewed"],
        "A published verdict, as the claim's page carries it (without its `@context`, which the feed carries).",
    ),
    "DataFeedItem": _typed(
        "DataFeedItem",
        {
            "dateCreated": {**_TIME, "nullable": True, "description": "When the verdict was first published."},
            "dateModified": {**_TIME, "description": "When the claim last changed."},
            "url": {**_URI, "description": "The claim's page."},
            "item": {"type": "array", "items": _ref("ClaimReview"), "minItems": 1, "maxItems": 1},
        },
        ["dateCreated", "dateModified", "url", "item"],
        "One published verdict on one language's page, in the layout of Data Commons' fact-check feeds: a claim "
        "has one item in English and one per published, current translation (Persian, Russian, Kazakh).",
    ),
    "DataFeed": _typed(
        "DataFeed",
        {
            "@context": {"type": "string", "enum": ["https://schema.org"]},
            "dateModified": {**_TIME, "description": "When the published register last changed."},
            "dataFeedElement": {"type": "array", "items": _ref("DataFeedItem")},
        },
        ["@context", "dateModified", "dataFeedElement"],
        "A page of published verdicts, newest first; the next page's address is in the `Link` header.",
    ),
}

DATA_FEED = _ref("DataFeed")
