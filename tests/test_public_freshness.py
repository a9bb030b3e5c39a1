"""The public pages' ETag and Last-Modified move with every public change, and with nothing else.

They come from the register's freshness stamp (factregister.publiccache), which the write core
moves when, and only when, a change is one the public can see. An edit to a draft, its evidence or
follow-ups, a source or outlet nothing public cites, a public source's internal notes, a repeat
dismissed or a user must not tell outsiders that the desk is at work; every change a reader can see
must reach them at once. Both directions, table by table.
"""

import datetime
import time

import pytest
from django.utils import timezone

from claims import services
from claims.commitments import services as commitments
from claims.figures.services import metric_update
from claims.models import Claim, Evidence, FollowUpStatus, Stance, Status
from claims.repeats import services as repeats
from csvio import importer
from factregister import publiccache
from factregister.models import PublicChange
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


def save_user(user, **values):
    for name, value in values.items():
        setattr(user, name, value)
    user.save()


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
    "source cited by a draft": lambda r, e: services.source_update(
        source=r["draft_article"], user=e, values={"title": "Retitled quietly"}
    ),
    "outlet of drafts only": lambda r, e: services.outlet_update(
        outlet=r["hidden_outlet"], user=e, values={"website": "https://hidden.example.org"}
    ),
    "public source's internal notes": lambda r, e: services.source_update(
        source=r["article"], user=e, values={"notes": "Checked the byline with the desk."}
    ),
    "new source": lambda r, e: services.source_create(source=SourceFactory.build(outlet=r["hidden_outlet"]), user=e),
    "new outlet": lambda r, e: services.outlet_create(outlet=OutletFactory.build(), user=e),
    "copy of a draft's article": lambda r, e: services.copy_keep(
        source=r["draft_article"], text="The draft article's text.", how="paste", user=e
    ),
    "repeat dismissed": lambda r, e: repeats.repeat_dismiss(claim=r["draft"], other=r["draft_promise"], user=e),
    "user": lambda r, e: save_user(e, first_name="Farid", email="farid@example.org"),
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
    "article of a published claim": lambda r, e: services.source_update(
        source=r["article"], user=e, values={"title": "Retitled"}, change_note="The outlet's headline changed."
    ),
    "source cited by a published claim": lambda r, e: services.source_update(
        source=r["cited"], user=e, values={"published_on": datetime.date(2025, 12, 1)}, change_note="Dated."
    ),
    "public outlet": lambda r, e: services.outlet_update(
        outlet=r["public_outlet"], user=e, values={"website": "https://public.example.org"}
    ),
    "visit": lambda r, e: services.visit_update(visit=r["visit"], user=e, values={"summary": "What happened"}),
    "new visit": lambda r, e: services.visit_create(visit=VisitFactory.build(), user=e),
    "metric": lambda r, e: metric_update(metric=r["metric"], user=e, values={"description": "How it is counted"}),
    "copy of a published claim's article": lambda r, e: services.copy_keep(
        source=r["article"], text="The article's text.", how="paste", user=e, note="Kept the article's text."
    ),
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


def test_the_stamp_is_the_newest_public_change_row():
    """The stamp is read from PublicChange rows, which the write core adds with every public change."""
    publiccache.public_change()
    newest = PublicChange.objects.order_by("-at").first()
    assert publiccache.register_last_modified() == newest.at


def test_a_migration_moves_the_stamp(client):
    """A data migration may change what the public sees: every migrate moves the stamp."""
    from django.core.management import call_command

    before = headers(client)
    call_command("migrate", verbosity=0)
    assert headers(client)[0] > before[0]
