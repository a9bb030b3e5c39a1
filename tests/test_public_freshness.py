"""The public pages' ETag and Last-Modified move with every public change, and with nothing else.

They come from the register's freshness stamp (factregister.publiccache), which claims.public
narrows to public rows. An edit to a draft, its evidence or follow-ups, a source or outlet nothing
public cites, a repeat dismissed or a user must not tell outsiders that the desk is at work; every
change a reader can see must reach them at once. Both directions, table by table.
"""

import datetime
import time

import pytest
from django.utils import timezone
from simple_history.models import registered_models

from claims import services
from claims.commitments import services as commitments
from claims.models import Claim, Evidence, FollowUpStatus, Stance, Status
from claims.repeats import services as repeats
from csvio import importer
from factregister import publiccache
from tests.csv_helpers import CLAIM_HEADER, csv_bytes
from tests.factories import (
    ClaimFactory,
    EvidenceFactory,
    MetricFactory,
    OutletFactory,
    SourceFactory,
    VisitFactory,
    commitment,
    publish,
)

pytestmark = pytest.mark.django_db
PAGES = ["/claims/", "/api/v1/claims/", "/sources/", "/feed/"]
VISITS_HEADER = "ref,title,host_country,guest,guest_country,start_date,end_date,location,summary"


@pytest.fixture(autouse=True)
def stamp_read_on_every_request(settings):
    settings.REGISTER_STAMP_SECONDS = 0


@pytest.fixture
def register(editor):
    public_outlet, hidden_outlet = OutletFactory(name="Public outlet"), OutletFactory(name="Hidden outlet")
    article = SourceFactory(outlet=public_outlet)
    cited = SourceFactory(outlet=None)
    published = publish(ClaimFactory(article=article), editor=editor)
    evidence = EvidenceFactory(claim=published, source=cited, stance=Stance.CONTEXT)
    promise = publish(commitment(article=article), editor=editor)
    draft_article = SourceFactory(outlet=hidden_outlet)
    draft = ClaimFactory(article=draft_article, text="A statement still being checked")
    draft_evidence = EvidenceFactory(claim=draft, source=SourceFactory(outlet=hidden_outlet))
    draft_promise = commitment(article=draft_article)
    return {
        "promise_follow_up": follow_up(promise, editor),
        "draft_follow_up": follow_up(draft_promise, editor),
        "published": published,
        "evidence": evidence,
        "article": article,
        "cited": cited,
        "public_outlet": public_outlet,
        "promise": promise,
        "draft": draft,
        "draft_evidence": draft_evidence,
        "draft_article": draft_article,
        "hidden_outlet": hidden_outlet,
        "draft_promise": draft_promise,
        "visit": VisitFactory(),
        "metric": MetricFactory(),
    }


def headers(client) -> list:
    time.sleep(0.002)  # every write after this is stamped later than every write before it
    seen = [publiccache.register_last_modified()]
    for url in PAGES:
        response = client.get(url)
        assert response.status_code == 200, url
        seen += [response["ETag"], response["Last-Modified"]]
    return seen


def follow_up(claim, user):
    return commitments.commitment_follow_up(
        claim=claim,
        user=user,
        status=FollowUpStatus.IN_PROGRESS,
        checked_on=timezone.localdate() - datetime.timedelta(days=1),
        note="Checked against the ministry's statement.",
    )


def imported(table, header, line, user):
    report = importer.import_file(table, csv_bytes(header, line), user=user)
    assert report.ok, report.errors


def save(instance, **values):
    """A plain save, as the sources admin makes one (sources and outlets have no service of their own)."""
    for name, value in values.items():
        setattr(instance, name, value)
    instance.save()


INTERNAL = {
    "draft's wording": lambda r, e: services.claim_update(claim=r["draft"], user=e, values={"text": "Reworded"}),
    "draft's verdict": lambda r, e: services.claim_set_verdict(
        claim=r["draft"], user=e, status=Status.FALSE, verdict_summary="Not so."
    ),
    "draft's ref": lambda r, e: services.claim_update(claim=r["draft"], user=e, values={"ref": "renamed-draft"}),
    "draft deleted": lambda r, e: services.claim_delete(claim=r["draft"], user=e),
    "new draft": lambda r, e: services.claim_create(
        claim=Claim(article=r["draft_article"], visit=r["visit"], speaker="S", text="New", quote="Q"), user=e
    ),
    "draft's evidence added": lambda r, e: services.evidence_add(
        claim=r["draft"], user=e, source=r["cited"], stance=Stance.CONTEXT, quote="Another passage"
    ),
    "draft's evidence changed": lambda r, e: services.evidence_update(
        evidence=r["draft_evidence"], user=e, values={"note": "How it bears"}
    ),
    "draft's evidence deleted": lambda r, e: services.evidence_delete(evidence=r["draft_evidence"], user=e),
    "draft's follow-up": lambda r, e: follow_up(r["draft_promise"], e),
    "draft's follow-up deleted": lambda r, e: commitments.follow_up_delete(follow_up=r["draft_follow_up"], user=e),
    "source cited by a draft": lambda r, e: save(r["draft_article"], title="Retitled quietly"),
    "outlet of drafts only": lambda r, e: save(r["hidden_outlet"], website="https://hidden.example.org"),
    "new source": lambda r, e: SourceFactory(),
    "new outlet": lambda r, e: OutletFactory(),
    "repeat dismissed": lambda r, e: repeats.repeat_dismiss(claim=r["draft"], other=r["draft_promise"], user=e),
    "user": lambda r, e: save(e, first_name="Farid", email="farid@example.org"),
    "drafts imported": lambda r, e: imported(
        "claims",
        CLAIM_HEADER,
        f"imported-draft,{r['draft_article'].ref},{r['visit'].ref},S,T,Q,trade,unverified,,false",
        e,
    ),
}

PUBLIC = {
    "claim published": lambda r, e: publish(r["draft"], editor=e, status=Status.FALSE, summary="Not so."),
    "verdict corrected": lambda r, e: services.claim_set_verdict(
        claim=r["published"], user=e, status=Status.PARTLY_VERIFIED, verdict_summary="Partly.", note="New figures"
    ),
    "published claim updated": lambda r, e: services.claim_update(
        claim=r["published"], user=e, values={"text": "Reworded"}, change_note="Clearer"
    ),
    "published claim's ref": lambda r, e: services.claim_update(
        claim=r["published"], user=e, values={"ref": "new-address"}, change_note="Clearer address"
    ),
    "claim withdrawn": lambda r, e: services.claim_unpublish(claim=r["published"], user=e, reason="Too early"),
    "evidence added": lambda r, e: services.evidence_add(
        claim=r["published"], user=e, source=r["cited"], stance=Stance.CONTEXT, quote="More", change_note="More"
    ),
    "evidence changed": lambda r, e: services.evidence_update(
        evidence=r["evidence"], user=e, values={"note": "How it bears"}, change_note="Explained"
    ),
    "evidence deleted": lambda r, e: services.evidence_delete(evidence=r["evidence"], user=e, change_note="Off"),
    "follow-up": lambda r, e: follow_up(r["promise"], e),
    "follow-up deleted": lambda r, e: commitments.follow_up_delete(follow_up=r["promise_follow_up"], user=e),
    "article of a published claim": lambda r, e: save(r["article"], title="Retitled"),
    "source cited by a published claim": lambda r, e: save(r["cited"], published_on=datetime.date(2025, 12, 1)),
    "public outlet": lambda r, e: save(r["public_outlet"], website="https://public.example.org"),
    "visit": lambda r, e: save(r["visit"], summary="What happened"),
    "new visit": lambda r, e: VisitFactory(),
    "metric": lambda r, e: save(r["metric"], description="How it is counted"),
    "visit imported": lambda r, e: imported(
        "visits", VISITS_HEADER, "imported-visit,Imported visit,KZ,G,IR,2025-06-10,2025-06-11,Astana,Summary", e
    ),
}


@pytest.mark.parametrize("change", INTERNAL)
def test_an_internal_change_leaves_every_public_header_as_it_was(client, editor, register, change):
    before = headers(client)
    INTERNAL[change](register, editor)
    assert headers(client) == before


@pytest.mark.parametrize("change", PUBLIC)
def test_a_public_change_moves_every_public_header(client, editor, register, change):
    before = headers(client)
    PUBLIC[change](register, editor)
    after = headers(client)
    assert after[0] > before[0]
    assert all(new != old for new, old in zip(after[1::2], before[1::2], strict=True)), "an ETag stayed the same"


def test_deleting_a_published_claim_moves_the_stamp(client, editor, register):
    before = headers(client)
    services.claim_delete(claim=register["published"], user=editor, reason="Duplicate")
    assert headers(client)[0] > before[0]
    assert not Evidence.objects.filter(pk=register["evidence"].pk).exists()


def test_every_tracked_model_says_which_of_its_rows_are_public():
    """A model added with history must be narrowed to its public rows (or kept out) in claims.public."""
    assert publiccache.unwatched_history() == [], "say in claims.public.watch_public_changes() what is public"
    assert len(registered_models) >= 7
