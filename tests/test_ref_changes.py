"""An editor changes a published claim's ref: the old address keeps leading to it, and mirrors are told.

The old page and the old API detail answer 301 to the new ones, the API lists the old ref in
`previous_refs` (the claim comes back through `updated_since`), and no other claim may take it:
not from the admin's form, not from a CSV import, not by a ref made from a claim's text.
"""

import pytest
from django.urls import reverse

from claims import services
from claims.models import Claim, ClaimEvent, FormerRef, Status
from csvio import importer
from tests.admin_helpers import claim_form_data, with_evidence
from tests.csv_helpers import CLAIM_HEADER, csv_bytes, snapshot
from tests.factories import ClaimFactory, publish, published_claim

pytestmark = pytest.mark.django_db


def rename(claim, new_ref: str, *, editor, note="The ref named the wrong visit."):
    return services.claim_update(claim=claim, user=editor, values={"ref": new_ref}, change_note=note)


def test_the_admin_form_changes_a_published_ref_and_the_old_page_redirects(editor_client, editor, client):
    claim = published_claim(editor=editor, ref="trade-will-double")
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    data = with_evidence(
        claim_form_data(claim, ref="trade-to-double-by-2030", seen_version=claim.version, change_note="Clearer ref."),
        claim,
    )
    assert editor_client.post(url, data).status_code == 302
    claim.refresh_from_db()
    assert claim.ref == "trade-to-double-by-2030"
    assert FormerRef.objects.get(ref="trade-will-double").claim_id == claim.pk

    old = client.get("/claims/trade-will-double/")
    assert old.status_code == 301 and old["Location"] == "/claims/trade-to-double-by-2030/"
    page = client.get(old["Location"]).content.decode()
    # The claim's record keeps its publication, taken under the old ref, and says what changed.
    published = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.PUBLISHED)
    assert published.claim_ref == "trade-will-double"
    assert f'id="event-{published.pk}"' in page and "Clearer ref." in page
    update = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert update.changes[0]["before"] == "trade-will-double" and update.changes[0]["after"] == claim.ref


def test_the_old_api_address_redirects_and_the_claim_carries_its_previous_refs(client, editor):
    claim = published_claim(editor=editor, ref="first-ref")
    synced = client.get("/api/v1/claims/").json()["results"][0]["updated_at"]
    rename(claim, "second-ref", editor=editor)
    rename(claim, "third-ref", editor=editor)

    old = client.get("/api/v1/claims/first-ref/?format=json")
    assert old.status_code == 301
    assert old["Location"] == "http://127.0.0.1:8000/api/v1/claims/third-ref/?format=json"
    assert client.get("/api/v1/claims/second-ref/").status_code == 301
    body = client.get("/api/v1/claims/third-ref/").json()
    assert body["ref"] == "third-ref" and body["previous_refs"] == ["first-ref", "second-ref"]
    # A mirror's next sync brings the claim under its new ref, with the refs to drop.
    changed = client.get("/api/v1/claims/", {"updated_since": synced}).json()["results"]
    assert [(c["ref"], c["previous_refs"]) for c in changed] == [("third-ref", ["first-ref", "second-ref"])]
    assert client.get("/api/v1/claims/never-was/").status_code == 404


def test_previous_refs_cost_no_query_of_their_own(client, editor, django_assert_num_queries):
    for n in range(3):
        rename(published_claim(editor=editor, ref=f"old-{n}"), f"new-{n}", editor=editor)
    # The stamp, the claims (previous refs annotated), their evidence, translations, the entities they name.
    with django_assert_num_queries(5):
        body = client.get("/api/v1/claims/").json()
    assert sorted(c["previous_refs"][0] for c in body["results"]) == ["old-0", "old-1", "old-2"]


def test_a_new_claim_may_not_take_a_former_ref_in_the_admin(editor_client, editor):
    claim = published_claim(editor=editor, ref="kept-address")
    rename(claim, "new-address", editor=editor)
    other = ClaimFactory.build(article=claim.article, visit=claim.visit)
    data = claim_form_data(other, ref="kept-address", status="unverified")
    data.pop("seen_version", None)
    response = editor_client.post(reverse("admin:claims_claim_add"), data)
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors["ref"]
    assert "'kept-address' was the address of claim 'new-address'" in errors[0]
    assert not Claim.objects.filter(ref="kept-address").exists()


def test_a_claim_renamed_onto_another_claims_former_ref_is_refused(editor):
    first = published_claim(editor=editor, ref="taken-once")
    rename(first, "taken-now", editor=editor)
    second = published_claim(editor=editor, ref="second-claim")
    with pytest.raises(Exception) as refused:
        rename(second, "taken-once", editor=editor)
    assert "'taken-once' was the address of claim 'taken-now'" in str(refused.value)
    assert Claim.objects.get(pk=second.pk).ref == "second-claim"


def test_an_import_of_a_new_claim_under_a_former_ref_names_the_row_and_writes_nothing(editor):
    claim = published_claim(editor=editor, ref="imported-address")
    rename(claim, "renamed-address", editor=editor)
    before = snapshot()
    line = (
        f"imported-address,{claim.article.ref},{claim.visit.ref},Someone,A new claim,The quote,trade,unverified,,false"
    )
    report = importer.import_file("claims", csv_bytes(CLAIM_HEADER, line), user=editor)
    assert not report.ok
    assert [(e.row, e.column) for e in report.errors] == [(2, "ref")]
    assert "'imported-address' was the address of claim 'renamed-address'" in report.errors[0].message
    assert snapshot() == before


def test_a_ref_made_from_the_text_skips_former_refs(editor):
    claim = published_claim(editor=editor, ref="trade-will-double-by-2030", text="Trade will double by 2030")
    rename(claim, "trade-doubling", editor=editor)
    fresh = ClaimFactory(ref="", text="Trade will double by 2030")
    assert fresh.ref == "trade-will-double-by-2030-2"


def test_only_refs_the_public_saw_are_kept(editor, client):
    draft = ClaimFactory(ref="working-title")
    rename(draft, "better-title", editor=editor, note="")
    assert not FormerRef.objects.exists()
    assert client.get("/claims/working-title/").status_code == 404


def test_a_claim_can_take_back_its_own_former_ref(editor, client):
    claim = published_claim(editor=editor, ref="original")
    rename(claim, "interim", editor=editor)
    rename(claim, "original", editor=editor, note="Back to the first ref.")
    assert list(FormerRef.objects.values_list("ref", flat=True)) == ["interim"]
    assert client.get("/claims/original/").status_code == 200
    assert client.get("/claims/interim/")["Location"] == "/claims/original/"


def test_a_withdrawn_claims_old_address_keeps_its_withdrawal_until_it_is_published_again(editor, client):
    claim = published_claim(editor=editor, ref="before-withdrawal")
    services.claim_unpublish(claim=claim, user=editor, reason="Published too early")
    rename(claim, "after-withdrawal", editor=editor, note="")
    gone = client.get("/claims/before-withdrawal/")
    assert gone.status_code == 410 and "Published too early" in gone.content.decode()
    assert client.get("/claims/after-withdrawal/").status_code == 404  # never public under this ref
    services.claim_publish(claim=claim, user=editor)
    assert client.get("/claims/before-withdrawal/")["Location"] == "/claims/after-withdrawal/"


def test_a_claim_withdrawn_under_its_new_ref_is_reached_from_the_old_one(editor, client):
    claim = published_claim(editor=editor, ref="old-address")
    rename(claim, "new-address", editor=editor)
    services.claim_unpublish(claim=claim, user=editor, reason="Sources retracted")
    moved = client.get("/claims/old-address/")
    assert moved.status_code == 301 and moved["Location"] == "/claims/new-address/"
    assert client.get("/claims/new-address/").status_code == 410
    assert client.get("/api/v1/claims/old-address/").status_code == 404  # the feed lists only what is published


def test_history_revert_of_a_ref_goes_through_the_service_and_keeps_the_old_one(editor_client, editor, client):
    claim = publish(ClaimFactory(ref="reverted-to"), editor=editor, status=Status.VERIFIED)
    first_version = claim.history.earliest()
    rename(claim, "renamed-for-a-while", editor=editor)
    claim.refresh_from_db()
    revert_url = reverse("admin:claims_claim_simple_history", args=[claim.pk, first_version.history_id])
    form = editor_client.get(revert_url).context["adminform"].form
    data = claim_form_data(
        claim, ref="reverted-to", seen_version=form["seen_version"].value(), change_note="Back to the first ref."
    )
    data["_save"] = "Save"
    response = editor_client.post(revert_url, with_evidence(data, claim))
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    claim.refresh_from_db()
    assert claim.ref == "reverted-to"
    assert list(FormerRef.objects.values_list("ref", flat=True)) == ["renamed-for-a-while"]
    assert client.get("/claims/renamed-for-a-while/")["Location"] == "/claims/reverted-to/"


def test_a_deleted_claims_former_refs_stay_reserved_and_lead_to_it_once_restored(editor, client):
    claim = published_claim(editor=editor, ref="address-one")
    rename(claim, "address-two", editor=editor)
    services.claim_unpublish(claim=claim, user=editor, reason="Duplicate")
    services.claim_delete(claim=claim, user=editor, reason="Duplicate")
    # Its last address keeps the withdrawal; the older one leads there.
    assert client.get("/claims/address-two/").status_code == 410
    assert client.get("/claims/address-one/")["Location"] == "/claims/address-two/"
    problem = FormerRef.problem_for("address-one", claim_id=None)
    assert problem and "a claim since deleted" in problem
    deleted = services.deleted_claims().first()
    restored = services.claim_restore_deleted(history_id=deleted.history_id, user=editor)
    publish(restored, editor=editor, status=restored.status, summary=restored.verdict_summary)
    assert client.get("/claims/address-one/")["Location"] == "/claims/address-two/"


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_the_refs_published_claims_had_before_it():
    import datetime

    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    # Sources' own later migrations (columns with no database default) are undone too, so that the rows made
    # below with the old models are whole.
    before = [
        ("claims", "0010_figure_qualifiers_paraphrases_commitment_readings"),
        ("sources", "0005_article_copy_history"),
    ]
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    apps = executor.loader.project_state(before).apps
    visit = apps.get_model("claims", "Visit").objects.create(
        ref="v",
        title="V",
        host_country="KZ",
        guest="G",
        guest_country="IR",
        start_date=datetime.date(2025, 1, 1),
        end_date=datetime.date(2025, 1, 1),
        location="Astana",
    )
    article = apps.get_model("sources", "Source").objects.create(ref="a", title="A")
    Claim, ClaimEvent = apps.get_model("claims", "Claim"), apps.get_model("claims", "ClaimEvent")
    HistoricalClaim = apps.get_model("claims", "HistoricalClaim")
    renamed = Claim.objects.create(ref="renamed-now", article=article, visit=visit, speaker="S", text="T", quote="Q")
    draft = Claim.objects.create(ref="draft-now", article=article, visit=visit, speaker="S", text="T", quote="Q")
    published_at = datetime.datetime(2025, 6, 1, tzinfo=datetime.UTC)
    renamed_at = datetime.datetime(2025, 6, 2, tzinfo=datetime.UTC)
    ClaimEvent.objects.create(claim=renamed, claim_ref="published-as", kind="published", at=published_at)
    ClaimEvent.objects.create(claim=draft, claim_ref="draft-was", kind="status", at=published_at)
    for ref, at in (("published-as", published_at), ("renamed-now", renamed_at)):
        HistoricalClaim.objects.create(
            id=renamed.pk,
            ref=ref,
            article=article,
            visit=visit,
            speaker="S",
            text="T",
            quote="Q",
            history_date=at,
            history_type="~",
            created_at=at,
            updated_at=at,
        )

    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())  # back to the latest state, for the tests after this one
    assert list(FormerRef.objects.values_list("ref", "claim_id", "changed_at")) == [
        ("published-as", renamed.pk, renamed_at)
    ]


def test_the_methodology_tells_readers_that_addresses_last(client, db):
    page = client.get("/methodology/").content.decode()
    assert "the old address keeps leading to the claim" in page
