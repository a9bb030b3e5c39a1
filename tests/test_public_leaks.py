"""Nothing the desk has not published reaches the public: plant a marker in every table, walk every public URL.

Every table gets something unpublished with a marker in each of its text fields: a claim still being checked
(its ref, an earlier ref, wording, quote, speaker, verdict, figure, commitment), the kept copies of a public
and a hidden article, its evidence from a source and an outlet nothing public cites (and a passage of a public
source), a follow-up, the reason of a status step, a published claim linked as a repeat of it, the editor's
own name, a public source's internal notes, the internal notes on a published claim and who it is assigned to.
Then every page reachable from the home page, every page of every API list and every item's detail, the
browsable API with its filter forms, the OpenAPI schema, the feeds, the sitemap, searches and /claims.csv are
read: no marker may appear, and no count may include what is hidden.

A withdrawn claim leaves every live list and stays only on its public record: the page at its address (410
Gone), the corrections log, the home page's latest changes, the feed and the withdrawals feed.
"""

import csv
import datetime
import io
import json
import re
from decimal import Decimal

import pytest
from django.conf import settings
from django.core.cache import cache

from claims import services
from claims.commitments import services as commitments
from claims.models import (
    Claim,
    ClaimMention,
    ClaimTranslation,
    Entity,
    EntityRole,
    Evidence,
    FollowUpStatus,
    Stance,
    Status,
    VisitTranslation,
)
from claims.repeats import services as repeats
from claims.services import copy_keep, system_user
from claims.services.translations import translation_save
from claims.tips.services import tip_decide, tip_receive
from factregister.languages import address_in
from sources.models import CopyHow
from tests.crawl import api_answers, api_pages_for_people, download, public_pages
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    MetricFactory,
    OutletFactory,
    SourceFactory,
    UserFactory,
    commitment,
    public_register_sample,
    publish,
)

pytestmark = pytest.mark.django_db

MARKER = "zanzibar"
# The draft's figure: neither the number nor its parts may show (the metric itself is public).
HIDDEN_NUMBERS = ["424242", "424,242", "515151", "515,151"]
WITHDRAWN = ["zanzibar-withdrawn-text", "zanzibar-withdrawn-summary"]
# Where a withdrawn claim's record is kept (its statement, its corrections, the reason).
RECORD_PAGES = ("/", "/corrections/", "/feed/", "/api/v1/withdrawals/")
SEARCHES = [
    "/claims/?q=zanzibar",
    "/claims/?q=Zanzibar Speaker",
    "/claims/?speaker=Zanzibar Speaker, zanzibar office",
    "/claims/?status=false",
    "/claims/?q=zanzibar hidden source",
]
API_SEARCHES = [
    "/api/v1/claims/?search=zanzibar",
    "/api/v1/claims/?speaker=zanzibar",
    "/api/v1/claims/?status=false",
    "/api/v1/claims/?ordering=ref",
    "/api/v1/claims/?language=kk",
    "/api/v1/claims/?language=fa",
    "/api/v1/outlets/?ordering=name",
    "/api/v1/outlets/?country=TM",
]


@pytest.fixture(autouse=True)
def empty_page_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def desk(db):
    """An editor whose name is a marker: who did what stays inside the newsroom."""
    return UserFactory(username="zanzibar-editor", first_name="Zanzibar", last_name="Zanzibarova", role="Editor")


@pytest.fixture
def planted(desk):
    sample = public_register_sample(editor=desk)
    metric = MetricFactory(ref="trade-turnover", name="Trade turnover", unit="USD")
    hidden_outlet = OutletFactory(name="Zanzibar Outlet", country="TM", website="https://zanzibar-outlet.example.org")
    hidden_source = SourceFactory(
        ref="zanzibar-hidden-source",
        title="zanzibar hidden source",
        outlet=hidden_outlet,
        url="https://zanzibar.example.org/hidden",
        origin="zanzibar-origin",
        notes="zanzibar notes",
    )
    # A source of a public outlet, cited by the draft only: the outlet's counts must not count it.
    tasnim_draft_source = SourceFactory(ref="zanzibar-tasnim-source", title="zanzibar tasnim", outlet=sample["tasnim"])
    follow_up_source = SourceFactory(ref="zanzibar-follow-up-source", title="zanzibar follow-up source", outlet=None)
    # A public source may carry notes for the desk; they are not for readers.
    sample["readout"].notes = "zanzibar internal note on a public source"
    sample["readout"].save()
    # The kept copies of articles are for the newsroom: a public source's copy and a hidden one's.
    copy_keep(
        source=sample["readout"],
        text="The zanzibar kept copy of a public article.",
        how=CopyHow.PASTE,
        user=system_user(),
        note="Kept for the check.",
    )
    copy_keep(
        source=hidden_source, text="The zanzibar kept copy of a hidden article.", how=CopyHow.FILE, user=system_user()
    )

    draft = commitment(
        ref="zanzibar-draft-old-ref",
        visit=sample["astana"],
        article=hidden_source,
        text="zanzibar draft text",
        quote="zanzibar draft quote",
        speaker="Zanzibar Speaker, zanzibar office",
        due=datetime.date(2026, 6, 1),
        horizon="zanzibar horizon",
        commitment_first_made="zanzibar first made",
        metric=metric,
        figure_value=Decimal("424242"),
        figure_unit="USD",
        figure_period="zanzibar period",
        figure_period_note="zanzibar period note",
    )
    # Renamed while unpublished: the earlier ref was never public and leads nowhere.
    draft = services.claim_update(claim=draft, user=desk, values={"ref": "zanzibar-draft-ref"})
    services.evidence_add(
        claim=draft,
        user=desk,
        source=hidden_source,
        stance=Stance.CONTRADICTS,
        quote="zanzibar evidence quote",
        note="zanzibar evidence note",
        metric=metric,
        figure_value=Decimal("515151"),
        figure_unit="USD",
        figure_period="zanzibar evidence period",
    )
    services.evidence_add(
        claim=draft, user=desk, source=sample["readout"], stance=Stance.CORROBORATES, quote="zanzibar public passage"
    )
    services.evidence_add(
        claim=draft, user=desk, source=tasnim_draft_source, stance=Stance.CONTEXT, quote="zanzibar tasnim passage"
    )
    services.claim_set_verdict(
        claim=draft, user=desk, status=Status.FALSE, verdict_summary="zanzibar draft summary", note="zanzibar note"
    )
    commitments.commitment_follow_up(
        claim=draft,
        user=desk,
        status=FollowUpStatus.NOT_FULFILLED,
        checked_on=datetime.date(2025, 12, 20),
        note="zanzibar follow-up note",
        source=follow_up_source,
        quote="zanzibar follow-up quote",
    )
    # A published claim linked as another appearance of the draft (the draft, logged first, is the root).
    repeat = publish(ClaimFactory(visit=sample["astana"], text="A published repeat of a hidden statement"), editor=desk)
    repeats.repeat_link(claim=repeat, other=draft, user=desk)
    repeat.refresh_from_db()
    assert repeat.repeat_of_id == draft.pk

    # The desk's own: internal notes and who a claim is assigned to, on a published claim and on the draft.
    for claim in (sample["corrected"], draft):
        services.note_add(claim=claim, user=desk, text="zanzibar internal claim note: call the ministry back")
    services.claims_assign([sample["corrected"], draft], user=desk, assignee=desk)
    assert Claim.objects.filter(assigned_to=desk, notes__text__contains="zanzibar internal").count() == 2

    withdrawn_source = SourceFactory(ref="zanzibar-withdrawn-source", title="zanzibar withdrawn source")
    withdrawn = publish(
        ClaimFactory(visit=sample["tehran"], text="zanzibar-withdrawn-text"),
        editor=desk,
        status=Status.FALSE,
        summary="zanzibar-withdrawn-summary",
    )
    EvidenceFactory(claim=withdrawn, source=withdrawn_source, stance=Stance.CONTEXT, quote="zanzibar withdrawn quote")
    services.claim_set_verdict(
        claim=withdrawn,
        user=desk,
        status=Status.DISPUTED,
        verdict_summary="zanzibar-withdrawn-summary two",
        note="zanzibar correction",
    )
    services.claim_unpublish(claim=withdrawn, user=desk, reason="zanzibar reason")
    # Translations: only a published one of a published claim or of a visit is public, and never who reviewed it.
    for original, language, status in ((repeat, "fa", "draft"), (repeat, "ru", "review"), (draft, "kk", "published")):
        translation_save(
            ClaimTranslation(
                claim=original,
                language=language,
                status=status,
                text=f"zanzibar translated text {language}",
                verdict_summary="zanzibar translated summary",
                translator="zanzibar translator",
            ),
            user=desk,
        )
    translation_save(
        ClaimTranslation(claim=repeat, language="kk", status="published", text="Жарияланған", translator="Desk"),
        user=desk,
        review=True,
    )
    translation_save(
        VisitTranslation(
            visit=sample["astana"], language="fa", title="zanzibar visit title", translator="zanzibar translator"
        ),
        user=desk,
    )
    # A speaker known only from the draft, and a place only the draft names: no page, no list, no count. A public
    # speaker (of a published claim) whom the draft names too: its counts count the published claim alone.
    hidden_speaker = Entity.objects.create(
        ref="zanzibar-speaker",
        kind=Entity.Kind.PERSON,
        name="Zanzibar Speaker",
        name_fa="zanzibar fa name",
        other_names="zanzibar spelling",
        description="zanzibar description",
        country="TM",
    )
    office = EntityRole.objects.create(entity=hidden_speaker, title="zanzibar office")
    Claim.objects.filter(pk=draft.pk).update(speaker_entity=hidden_speaker, speaker_role=office)
    hidden_place = Entity.objects.create(ref="zanzibar-place", kind=Entity.Kind.PLACE, name="Zanzibar Place")
    ClaimMention.objects.create(claim=draft, entity=hidden_place)
    public_speaker = Entity.objects.create(ref="public-speaker", kind=Entity.Kind.PERSON, name="Public Speaker")
    Claim.objects.filter(pk=sample["corrected"].pk).update(speaker_entity=public_speaker)
    ClaimMention.objects.create(claim=draft, entity=public_speaker)
    # A reader's tip is for the editors alone: what was sent, how to reach the reader, and the decision.
    tip = tip_receive(
        statement="zanzibar tip statement",
        where_said="zanzibar tip where",
        link="https://zanzibar-tip.example.org/said",
        language="ru",
        contact="zanzibar-reader@example.org",
    )
    tip_decide(tip=tip, user=desk, status="declined", reason="zanzibar tip reason")
    return {
        **sample,
        "metric": metric,
        "draft": draft,
        "repeat": repeat,
        "withdrawn": withdrawn,
        "hidden_outlet": hidden_outlet,
        "hidden_entities": [hidden_speaker, hidden_place],
        "public_speaker": public_speaker,
        "tip": tip,
        "hidden_sources": [hidden_source, tasnim_draft_source, follow_up_source, withdrawn_source],
    }


def every_public_answer(client) -> dict[str, str]:
    """Every public page, API answer (lists, every page, every detail, the browsable API, the schema), feed
    and download, by address."""
    answers = public_pages(client, start=SEARCHES)
    assert set(SEARCHES) <= set(answers)
    for url in answers:
        # The search box, the notice and the language switcher echo the reader's own words back (in every
        # language); the results must not. So do the download links, which carry the filters to /claims.csv.
        path, _, query = address_in(url, settings.LANGUAGE_CODE).partition("?")
        if path == "/claims/" and query:
            results = answers[url].split('id="results-heading"', 1)[1]
            answers[url] = re.sub(r'<p class="downloads">.*?</p>', "", results, flags=re.S)
    answers.update(api_answers(client, details=True))
    answers.update(api_pages_for_people(client))
    for url in API_SEARCHES:
        response = client.get(url)
        assert response.status_code == 200, url
        answers[url] = response.content.decode()
    for url in ("/claims.csv", "/claims.csv?status=false", "/claims.csv?q=zanzibar"):
        answers[url] = download(client, url)
    return answers


def on_record(url: str, withdrawn_page: str) -> bool:
    """Whether `url` is a page of the public record (in any language: /fa/feed/ is the Persian /feed/)."""
    url = address_in(url, settings.LANGUAGE_CODE)
    return url.split("?")[0].split(" ")[0] in RECORD_PAGES or url.startswith(withdrawn_page)


def test_no_unpublished_marker_appears_on_any_public_surface(client, planted):
    answers = every_public_answer(client)
    draft_visit, repeat = planted["astana"].ref, planted["repeat"]
    for url in (f"/visits/{draft_visit}/", f"/claims/{repeat.ref}/", f"/api/v1/claims/{repeat.ref}/", "/figures/"):
        assert url in answers, f"the crawl missed {url}"
    # The crawl reached the form readers send tips with, and the transparency pages, from the footer; and the
    # page of a published claim's speaker, from the claim.
    for url in ("/send-a-claim/", "/about/contact/", "/about/corrections-policy/", "/entities/public-speaker/"):
        assert url in answers, f"the crawl missed {url}"
    assert len(answers) > 60
    withdrawn_page = f"/claims/{planted['withdrawn'].ref}/"
    for url, body in answers.items():
        text = body.lower()
        allowed = WITHDRAWN + ["zanzibar reason", "zanzibar correction"] if on_record(url, withdrawn_page) else []
        for line in text.splitlines():
            if MARKER in line:
                assert any(ok.lower() in line for ok in allowed), f"{url}: {line.strip()[:200]}"
        for number in HIDDEN_NUMBERS:
            assert number not in body, f"{number} (a draft's figure) on {url}"
        assert planted["tip"].reference not in body, f"a reader's tip reference on {url}"


def test_hidden_records_have_no_public_address(client, planted):
    draft = planted["draft"]
    for url in (
        f"/claims/{draft.ref}/",
        "/claims/zanzibar-draft-old-ref/",
        f"/api/v1/claims/{draft.ref}/",
        "/api/v1/claims/zanzibar-draft-old-ref/",
        f"/api/v1/outlets/{planted['hidden_outlet'].pk}/",
        *[f"/sources/{source.ref}/" for source in planted["hidden_sources"]],
        *[f"/entities/{entity.ref}/" for entity in planted["hidden_entities"]],
        *[f"/api/v1/entities/{entity.ref}/" for entity in planted["hidden_entities"]],
        *[f"/api/v1/sources/{source.ref}/" for source in planted["hidden_sources"]],
    ):
        assert client.get(url).status_code == 404, url
    # A hidden outlet's id filters to nothing, as an id that names no outlet does.
    for url in ("/api/v1/sources/", "/api/v1/claims/"):
        response = client.get(url, {"outlet": planted["hidden_outlet"].pk})
        assert response.status_code == 200 and response.json()["results"] == [], url


def results(client, url) -> list[dict]:
    found, page = [], url
    while page:
        body = client.get(page).json()
        found += body["results"]
        page = body["next"] and body["next"].split("testserver", 1)[-1].split("127.0.0.1:8000", 1)[-1]
    return found


def test_counts_and_references_count_only_what_is_published(client, planted):
    published = Claim.objects.published()
    outlets = {o["name"]: o["source_count"] for o in results(client, "/api/v1/outlets/")}
    repeat = planted["repeat"]
    expected = {"Tasnim News": 1, "The Astana Times": 1}  # the draft's Tasnim source is not counted
    expected |= {item.source.outlet.name: 1 for item in repeat.evidence.all()} | {repeat.article.outlet.name: 1}
    assert outlets == expected  # nor the withdrawn claim's outlets, nor the draft's
    sources = {s["ref"]: s for s in results(client, "/api/v1/sources/")}
    readout = sources[planted["readout"].ref]
    assert readout["citation_count"] == Evidence.objects.filter(source=planted["readout"], claim__in=published).count()
    trade = sources[planted["trade_article"].ref]
    assert trade["claim_count"] == published.filter(article=planted["trade_article"]).count()
    visits = {v["ref"]: v["claim_count"] for v in results(client, "/api/v1/visits/")}
    assert visits["pezeshkian-astana-2025"] == published.filter(visit=planted["astana"]).count()
    metrics = {m["ref"]: m["figure_count"] for m in results(client, "/api/v1/metrics/")}
    assert metrics["trade-turnover"] == 0  # both its figures are the draft's and its evidence's
    body = client.get(f"/api/v1/claims/{repeat.ref}/").json()
    assert body["appearances"] == [] and body["previous_refs"] == []
    rows = {row["ref"]: row for row in csv.DictReader(io.StringIO(download(client, "/claims.csv")))}
    assert rows[repeat.ref]["repeat_of"] == ""
    assert "version" not in next(iter(rows.values()))
    assert all("version" not in claim for claim in results(client, "/api/v1/claims/"))
    entities = {e["ref"]: e for e in results(client, "/api/v1/entities/")}
    assert set(entities) == {"public-speaker"}  # the draft's speaker and place are not in the feed
    assert (entities["public-speaker"]["claims_said"], entities["public-speaker"]["claims_naming"]) == (1, 0)
    assert [c["ref"] for c in results(client, "/api/v1/claims/?entity=public-speaker")] == [planted["corrected"].ref]
    assert results(client, "/api/v1/claims/?entity=zanzibar-speaker") == []


def test_structured_data_names_only_published_claims(client, planted):
    feed = client.get("/api/v1/claimreview.json").json()
    urls = {item["url"].rsplit("/", 2)[-2] for item in feed["dataFeedElement"]}
    assert urls == set(Claim.objects.published().values_list("ref", flat=True))
    page = client.get(f"/claims/{planted['repeat'].ref}/").content.decode()
    review = json.loads(page.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0])
    assert MARKER not in json.dumps(review).lower()


def test_a_withdrawn_claim_vanishes_from_every_list_the_moment_it_is_unpublished(client, editor):
    sample = public_register_sample(editor=editor)
    victim = sample["claims"][1]
    pages = [
        "/claims/",
        f"/visits/{victim.visit.ref}/",
        f"/sources/{sample['readout'].ref}/",
        "/sitemap.xml",
        "/api/v1/claims/",
        "/api/v1/claimreview.json",
    ]
    for url in pages:
        assert victim.ref in client.get(url).content.decode(), url
    services.claim_unpublish(claim=victim, user=editor, reason="Published by mistake")
    for url in pages:
        assert victim.ref not in client.get(url).content.decode(), url
    # Its record stays: the feed and the home page now say it was withdrawn, and why.
    for url in ("/feed/", "/"):
        page = client.get(url).content.decode()
        assert f"Withdrawn: {victim.text}" in page or "badge--withdrawn" in page, url
        assert "Published by mistake" in page, url
    gone = client.get(f"/claims/{victim.ref}/")
    assert gone.status_code == 410 and "Published by mistake" in gone.content.decode()


def test_the_feed_gives_only_published_translations_of_published_claims(client, planted):
    repeat = planted["repeat"]
    (listed,) = results(client, "/api/v1/claims/?language=kk")  # the draft's published kk translation is not public
    assert listed["ref"] == repeat.ref
    assert [(t["language"], t["status"], t["reviewed"]) for t in listed["translations"]] == [("kk", "published", True)]
    assert results(client, "/api/v1/claims/?language=fa") == []  # a draft translation is no translation
    astana = client.get(f"/api/v1/visits/{planted['astana'].ref}/").json()
    assert astana["translations"] == []
