"""What tests of the admin's pages share: the data a claim's change form posts, the messages shown."""


def messages_of(response):
    return [str(m) for m in response.context["messages"]] if response.context else []


# The claim page's inline of the entities it names, posted with no rows.
MENTIONS_NONE = {
    "mentions-TOTAL_FORMS": "0",
    "mentions-INITIAL_FORMS": "0",
    "mentions-MIN_NUM_FORMS": "0",
    "mentions-MAX_NUM_FORMS": "1000",
}


def claim_form_data(claim, **overrides):
    data = {
        "ref": claim.ref,
        "article": claim.article_id,
        "visit": claim.visit_id,
        "speaker": claim.speaker,
        "speaker_entity": claim.speaker_entity_id or "",
        "speaker_role": claim.speaker_role_id or "",
        "topic": claim.topic,
        "text": claim.text,
        "quote": claim.quote,
        "figure_value": "",
        "figure_unit": "",
        "figure_period": "",
        "status": claim.status,
        "verdict_summary": claim.verdict_summary,
        "change_note": "",
        "evidence-TOTAL_FORMS": "0",
        "evidence-INITIAL_FORMS": "0",
        "evidence-MIN_NUM_FORMS": "0",
        "evidence-MAX_NUM_FORMS": "1000",
        "events-TOTAL_FORMS": "0",
        "events-INITIAL_FORMS": "0",
        "events-MIN_NUM_FORMS": "0",
        "events-MAX_NUM_FORMS": "1000",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        **MENTIONS_NONE,
    }
    data.update(overrides)
    return data


def with_evidence(data, claim):
    """`data` with the claim's evidence as the inline shows it, unchanged."""
    items = list(claim.evidence.order_by("id"))
    data.update({"evidence-TOTAL_FORMS": str(len(items)), "evidence-INITIAL_FORMS": str(len(items))})
    for n, evidence in enumerate(items):
        data.update(
            {
                f"evidence-{n}-id": evidence.pk,
                f"evidence-{n}-claim": claim.pk,
                f"evidence-{n}-stance": evidence.stance,
                f"evidence-{n}-source": evidence.source_id,
                f"evidence-{n}-quote": evidence.quote,
                f"evidence-{n}-note": evidence.note,
                f"evidence-{n}-seen_version": evidence.version,
            }
        )
    return data
