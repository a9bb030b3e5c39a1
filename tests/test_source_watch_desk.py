"""What editors see of the source watch in the admin (the changed and gone sources with the published claims citing
them, a button and an action that check sources now), and a source's archive address: checked, and shown beside
its own address on its page, on a claim's page, in the API and in sources.csv."""

import csv

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from claims.services import Reading, check_record, source_update, system_user
from sources.models import CheckStatus, SourceCheck
from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, UserFactory, publish
from tests.test_source_watch import Pages, server  # noqa: F401  (the page server fixture)

pytestmark = pytest.mark.django_db

WAYBACK = "https://web.archive.org/web/20251211090000/https://news.example.org/talks"


def gone(source, *, user=None):
    reading = Reading(url=source.url, status=CheckStatus.GONE, http_status=404, detail="answered HTTP 404")
    return check_record(source=source, reading=reading, user=user or system_user(), now=timezone.now())


def test_the_desk_lists_gone_sources_with_the_published_claims_citing_them(editor_client, editor):
    cited = SourceFactory(ref="cited-and-gone", title="Readout of the talks")
    claim = publish(ClaimFactory(ref="trade-grew", article=cited), editor=editor)
    draft_only = SourceFactory(ref="draft-only-gone", title="A draft's source")
    ClaimFactory(ref="still-a-draft", article=draft_only)
    gone(cited), gone(draft_only)
    url = reverse("admin:sources_sourcecheck_changelist")
    page = editor_client.get(url, {"status__exact": "gone"}).content.decode()
    assert "Readout of the talks" in page and "A draft&#x27;s source" in page
    assert reverse("admin:claims_claim_change", args=[claim.pk]) in page and "trade-grew" in page
    assert "still-a-draft" not in page  # only published claims are named
    published_only = editor_client.get(url, {"status__exact": "gone", "published": "yes"}).content.decode()
    assert "Readout of the talks" in published_only and "A draft&#x27;s source" not in published_only
    sources = editor_client.get(reverse("admin:sources_source_changelist"), {"watch__status__exact": "gone"})
    assert "Readout of the talks" in sources.content.decode()


def test_the_button_checks_a_batch_and_the_action_checks_the_selected_sources(server, editor_client, editor):  # noqa: F811
    source = SourceFactory(ref="at-the-server", url=f"{server}/article")
    claim = ClaimFactory(article=source)
    EvidenceFactory(claim=claim, source=SourceFactory(url=None))
    publish(claim, editor=editor)
    url = reverse("admin:sources_sourcecheck_changelist")
    assert "Check 10 sources now" in editor_client.get(url).content.decode()
    assert editor_client.get(reverse("admin:sources_sourcecheck_check")).status_code == 405
    answer = editor_client.post(reverse("admin:sources_sourcecheck_check"), follow=True)
    assert "1 source checked: 1 unchanged." in answer.content.decode()
    check = SourceCheck.objects.get(source=source)
    assert check.status == CheckStatus.UNCHANGED and check.history.first().history_user == editor
    page = editor_client.get(reverse("admin:sources_sourcecheck_change", args=[check.pk])).content.decode()
    assert "Texts read at the address" in page and ", the text now)" in page

    Pages.pages.pop("/article")
    answer = editor_client.post(url, {"action": "check_again", "_selected_action": [check.pk]}, follow=True)
    assert "1 source checked: 1 gone." in answer.content.decode()
    assert SourceCheck.objects.get(source=source).status == CheckStatus.GONE


def test_a_contributor_reads_the_desk_but_checks_nothing(contributor_client, editor):
    source = SourceFactory()
    ClaimFactory(article=source)
    gone(source)
    url = reverse("admin:sources_sourcecheck_changelist")
    page = contributor_client.get(url).content.decode()
    assert source.title in page and "Check 10 sources now" not in page
    assert contributor_client.post(reverse("admin:sources_sourcecheck_check")).status_code == 403
    desk_admin = UserFactory(username="desk", role="Desk admin")
    contributor_client.force_login(desk_admin)
    assert contributor_client.get(url).status_code == 403
    with pytest.raises(Exception, match="You may not change source checks"):
        gone(source, user=UserFactory(username="reader", role="Contributor"))


# --- The archive address ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "address",
    [
        "http://web.archive.org/web/2025/https://news.example.org/talks",
        "https://archive.example.com/web/2025/https://news.example.org/talks",
        "https://web.archive.org.example.com/talks",
    ],
)
def test_an_archive_address_is_an_https_address_at_the_wayback_machine_or_perma_cc(address, editor):
    source = SourceFactory()
    with pytest.raises(ValidationError, match="is not an archived copy"):
        source_update(source=source, user=editor, values={"archive_url": address})


def test_the_archive_address_is_shown_beside_the_sources_own(client, editor, tmp_path):
    source = SourceFactory(ref="talks", url="https://news.example.org/talks")
    evidence_source = SourceFactory(ref="perma", url="https://news.example.org/other")
    claim = ClaimFactory(article=source)
    EvidenceFactory(claim=claim, source=evidence_source)
    publish(claim, editor=editor)
    source_update(source=source, user=editor, values={"archive_url": WAYBACK}, change_note="Archived copy added.")
    source_update(
        source=evidence_source,
        user=editor,
        values={"archive_url": "https://perma.cc/AB12-CD34"},
        change_note="Archived copy added.",
    )
    page = client.get(claim.get_absolute_url()).content.decode()
    assert f'<a href="{WAYBACK}" rel="noopener">archived copy</a>' in page
    assert '<a href="https://perma.cc/AB12-CD34" rel="noopener">archived copy</a>' in page
    assert WAYBACK in client.get(source.get_absolute_url()).content.decode()
    assert client.get("/api/v1/sources/talks/").json()["archive_url"] == WAYBACK
    claim_json = client.get(f"/api/v1/claims/{claim.ref}/").json()
    assert claim_json["article"]["archive_url"] == WAYBACK
    out = tmp_path / "sources.csv"
    call_command("export_register", "sources", "--output", str(out))
    rows = {row["ref"]: row for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows["talks"]["archive_url"] == WAYBACK and rows["talks"]["url"] == "https://news.example.org/talks"
