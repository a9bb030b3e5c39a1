"""The source watch: `manage.py watch_sources` fetches each cited source's address from a server this test starts on
127.0.0.1 and records whether its text is unchanged, changed since we cited it, gone or unreachable; a published
claim's page tells its readers when a source it cites changed or went after it cited it."""

import datetime
import http.server
import socket
import threading
import time
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from claims import services
from claims.services import Reading, check_record, copy_keep, system_user
from factregister.models import PublicChange
from intake.fetch import main_text
from intake.watch import Spacing
from sources.models import ArticleCopy, CheckStatus, CopyHow, SeenText, SourceCheck
from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, publish

pytestmark = pytest.mark.django_db

PAGE = """<html><head><title>Talks in Astana</title></head><body><nav>Home | World | Subscribe</nav>
<article><h1>Presidents meet in Astana</h1>
<p>The two presidents signed fourteen documents on trade, transport and culture during the visit.</p>
<p>Officials said trade between the two countries grew by forty percent over ten months of the year.</p>
</article><footer>Copyright the outlet</footer></body></html>"""
EDITED = PAGE.replace("fourteen documents", "twelve documents")
REFLOWED = PAGE.replace("during the visit.", "during\n   the   visit.")


class Pages(http.server.BaseHTTPRequestHandler):
    pages: dict[str, str] = {}
    seen: list[tuple[str, float]] = []

    def do_GET(self):
        Pages.seen.append((self.path, time.monotonic()))
        if self.path == "/slow":
            time.sleep(3)
        if self.path == "/removed":
            self.send_error(410)
            return
        if self.path == "/broken":
            self.send_error(503)
            return
        page = self.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        body = page.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the client gave up on a slow answer, as it should


@pytest.fixture
def server(settings):
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = True  # the test's server is on this machine
    settings.SOURCE_WATCH_HOST_SPACING_MS = 0
    Pages.pages = {"/article": PAGE, "/other": PAGE.replace("Astana", "Ashgabat")}
    Pages.seen = []
    httpd = QuietServer(("127.0.0.1", 0), Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def watch(*refs: str) -> str:
    out = StringIO()
    call_command("watch_sources", *(arg for ref in refs for arg in ("--source", ref)), stdout=out)
    return out.getvalue()


def cited_source(url: str, *, editor, ref: str = "astana-talks"):
    """A source at `url` that a published claim was logged from (its evidence has no address)."""
    source = SourceFactory(ref=ref, url=url)
    claim = ClaimFactory(article=source)
    EvidenceFactory(claim=claim, source=SourceFactory(url=None))
    publish(claim, editor=editor)
    return source, claim


def check_of(source) -> SourceCheck:
    return SourceCheck.objects.get(source=source)


# --- What the watch records ------------------------------------------------------------------------
def test_a_page_read_again_is_unchanged_then_changed_with_its_new_text_kept_and_the_old_in_history(server, editor):
    source, _ = cited_source(f"{server}/article", editor=editor)
    assert "astana-talks: unchanged" in watch("astana-talks")
    first = check_of(source)
    assert (
        first.status == CheckStatus.UNCHANGED and "fourteen documents" in first.text and "Subscribe" not in first.text
    )

    Pages.pages["/article"] = REFLOWED  # the same words, laid out anew: not a change
    watch("astana-talks")
    assert check_of(source).status == CheckStatus.UNCHANGED

    Pages.pages["/article"] = EDITED
    assert "astana-talks: changed since we cited it" in watch("astana-talks")
    changed = check_of(source)
    assert changed.status == CheckStatus.CHANGED and "twelve documents" in changed.text
    assert changed.since == changed.checked_at and changed.seen_sha256 != changed.baseline_sha256
    # Each distinct text read is kept once, with when it was first read; the history keeps the hashes.
    texts = list(SeenText.objects.filter(source=source).order_by("first_seen_at"))
    assert ["fourteen documents" in t.text for t in texts] == [True, False]
    assert "twelve documents" in texts[-1].text and texts[-1].sha256 == changed.seen_sha256
    assert [row.seen_sha256 for row in changed.history.order_by("history_date")][-1] == changed.seen_sha256

    watch("astana-talks")  # the same changed text again: still changed, since the same time
    again = check_of(source)
    assert again.status == CheckStatus.CHANGED and again.since == changed.since and again.checked_at > changed.since
    assert SeenText.objects.filter(source=source).count() == 2  # read again, not stored again

    Pages.pages["/article"] = PAGE  # the outlet put its words back
    watch("astana-talks")
    assert check_of(source).status == CheckStatus.UNCHANGED
    assert SeenText.objects.filter(source=source).count() == 2
    assert not hasattr(check_of(source).history.model, "text")  # no row of the history holds a page's text


def test_a_copy_kept_from_the_address_is_the_baseline_and_stays_as_it_was(server, editor):
    source, _ = cited_source(f"{server}/article", editor=editor)
    kept, _ = copy_keep(
        source=source,
        text=main_text(PAGE, what="the page"),
        how=CopyHow.URL,
        url=f"{server}/article",
        user=editor,
        note="Taken from its address.",
    )
    Pages.pages["/article"] = EDITED
    watch("astana-talks")
    assert check_of(source).status == CheckStatus.CHANGED  # the first reading already differs from our copy
    copy = ArticleCopy.objects.get(source=source)
    assert copy.sha256 == kept.sha256 and "fourteen documents" in copy.text  # the quotes' proof is untouched

    # An editor takes the edited page's text as the copy: the watch compares with it from then on.
    copy_keep(
        source=source,
        text=main_text(EDITED, what="the page"),
        how=CopyHow.URL,
        url=f"{server}/article",
        user=editor,
        note="The outlet's corrected text.",
    )
    watch("astana-talks")
    assert check_of(source).status == CheckStatus.UNCHANGED


def test_a_404_and_a_410_are_gone_with_their_status(server, editor):
    missing, _ = cited_source(f"{server}/nowhere", editor=editor, ref="missing")
    removed, _ = cited_source(f"{server}/removed", editor=editor, ref="removed")
    out = watch("missing", "removed")
    assert (check_of(missing).status, check_of(missing).http_status) == (CheckStatus.GONE, 404)
    assert (check_of(removed).status, check_of(removed).http_status) == (CheckStatus.GONE, 410)
    assert "2 sources checked: 2 gone." in out


def test_a_closed_port_a_server_error_and_a_timeout_are_unreachable_and_the_command_goes_on(server, editor, settings):
    settings.INTAKE_FETCH_DEADLINE = 1
    closed, _ = cited_source(f"http://127.0.0.1:{closed_port()}/article", editor=editor, ref="closed")
    broken, _ = cited_source(f"{server}/broken", editor=editor, ref="broken")
    slow, _ = cited_source(f"{server}/slow", editor=editor, ref="slow")
    fine, _ = cited_source(f"{server}/article", editor=editor, ref="fine")
    started = time.monotonic()
    out = watch("closed", "broken", "slow", "fine")  # call_command raises on a non-zero exit: none here
    assert time.monotonic() - started < 10
    assert check_of(closed).status == CheckStatus.UNREACHABLE and "could not be reached" in check_of(closed).detail
    assert (check_of(broken).status, check_of(broken).http_status) == (CheckStatus.UNREACHABLE, 503)
    assert check_of(slow).status == CheckStatus.UNREACHABLE and "within 1 seconds" in check_of(slow).detail
    assert check_of(fine).status == CheckStatus.UNCHANGED
    assert "4 sources checked: 1 unchanged, 3 unreachable." in out


def test_a_private_address_is_not_fetched(server, editor, settings):
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = False
    source, _ = cited_source(f"{server}/article", editor=editor)
    assert "astana-talks: not read (The address" in watch("astana-talks")
    check = check_of(source)
    assert check.status == CheckStatus.REFUSED and "public pages only" in check.detail
    assert Pages.seen == []  # refused before any request left


def test_a_page_larger_than_the_watch_reads_is_not_read(server, editor, settings):
    settings.SOURCE_WATCH_MAX_BYTES = 200
    source, _ = cited_source(f"{server}/article", editor=editor)
    watch("astana-talks")
    check = check_of(source)
    assert check.status == CheckStatus.REFUSED and "(SOURCE_WATCH_MAX_BYTES)" in check.detail


def test_two_requests_to_one_host_are_spaced(server, editor, settings):
    settings.SOURCE_WATCH_HOST_SPACING_MS = 400
    cited_source(f"{server}/article", editor=editor, ref="one")
    cited_source(f"{server}/other", editor=editor, ref="two")
    watch("one", "two")
    (_, first), (_, second) = Pages.seen
    assert second - first >= 0.4


def test_spacing_waits_only_for_the_same_host():
    now, slept = [100.0], []
    spacing = Spacing(1.5, clock=lambda: now[0], sleep=slept.append)
    for url in ("https://a.example/1", "https://b.example/1"):
        spacing.wait(url)
        spacing.done(url)
    now[0] += 0.5
    spacing.wait("https://A.example/2")
    spacing.wait("https://c.example/1")
    assert slept == [1.0]


def test_every_cited_source_is_watched_published_first_and_a_drafts_source_moves_no_stamp(server, editor):
    draft_source = SourceFactory(ref="draft-only", url=f"{server}/nowhere")
    ClaimFactory(article=draft_source)
    public, _ = cited_source(f"{server}/article", editor=editor, ref="public")
    SourceFactory(ref="cited-by-nobody", url=f"{server}/other")
    stamps = PublicChange.objects.count()
    out = watch()
    lines = [line.split(":")[0] for line in out.splitlines()[:-1]]
    assert lines == ["public", "draft-only"]
    assert check_of(draft_source).status == CheckStatus.GONE
    assert PublicChange.objects.count() == stamps  # unchanged public source, gone draft source: nothing public moved

    Pages.pages.pop("/article")
    watch("public")
    assert PublicChange.objects.count() == stamps + 1  # a published claim's page now says its article is gone


# --- What readers see -------------------------------------------------------------------------------
def test_a_published_claims_page_says_its_source_changed_after_it_was_cited_and_that_our_copy_is_kept(
    server, editor, client
):
    source, claim = cited_source(f"{server}/article", editor=editor)
    copy_keep(source=source, text="The two presidents signed fourteen documents.", how=CopyHow.PASTE, user=editor,
              note="The article's text.")  # fmt: skip
    watch("astana-talks")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Sources that changed after we cited them" not in page

    Pages.pages["/article"] = EDITED
    watch("astana-talks")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "Sources that changed after we cited them" in page
    assert "we found a different text at its address than the one we cited" in page
    assert "We keep our copy of it as it was, taken on" in page

    Pages.pages.pop("/article")
    watch("astana-talks")
    page = client.get(claim.get_absolute_url()).content.decode()
    assert "its address answered that the page is gone" in page


def test_a_change_found_before_the_claim_cited_the_source_is_not_told_as_after(editor, client):
    source = SourceFactory(ref="older", url="https://news.example.org/older")
    long_ago = timezone.now() - datetime.timedelta(days=30)
    check_record(source=source, reading=Reading(url=source.url, status=CheckStatus.GONE), user=editor, now=long_ago)
    claim = publish(ClaimFactory(article=source), editor=editor)
    assert "Sources that changed after we cited them" not in client.get(claim.get_absolute_url()).content.decode()

    # Cited as evidence by a published claim, then found gone: told.
    evidence_source = SourceFactory(ref="newer", url="https://news.example.org/newer")
    later = publish(ClaimFactory(article=SourceFactory(url=None)), editor=editor)
    services.evidence_add(
        claim=later, user=editor, source=evidence_source, stance="context", quote="A detail.", change_note="More."
    )
    check_record(
        source=evidence_source,
        reading=Reading(url=evidence_source.url, status=CheckStatus.GONE),
        user=system_user(),
        now=timezone.now() + datetime.timedelta(seconds=1),
    )
    page = client.get(later.get_absolute_url()).content.decode()
    assert "Sources that changed after we cited them" in page and "answered that the page is gone" in page
