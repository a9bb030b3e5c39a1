"""An editor takes an article in (pasted, uploaded as .txt or .html, fetched from its address, or from the command
line), the register keeps its copy with a SHA-256, and the article's page shows its check-worthy sentences."""

import hashlib
import html as markup
import http.server
import json
import re
import threading
import time
from io import StringIO
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from claims import services
from claims.models import Claim, Topic
from claims.services import copy_keep, digest
from intake.score import CHECKWORTHY, score
from intake.segment import sentences
from intake.speakers import SpeakerGuess, guess_speaker, speaker_index
from sources.models import ArticleCopy, CopyHow, Source
from tests.admin_helpers import MENTIONS_NONE
from tests.factories import ClaimFactory, EvidenceFactory, OutletFactory, SourceFactory, VisitFactory

pytestmark = pytest.mark.django_db

ARTICLE = (
    "Tokayev and Pezeshkian sign transport roadmap\n\n"
    "ASTANA – President Kassym-Jomart Tokayev met Iranian President Masoud Pezeshkian in Astana on Dec. 11. "
    "The two sides signed 14 documents, including a roadmap to raise trade to $3 billion.\n\n"
    "“Trade between our countries grew by 40% in ten months,” Tokayev said. "
    "The weather in the capital was cold.\n"
)
ADD = "/admin/sources/articlecopy/add/"


def copies() -> int:
    return ArticleCopy.objects.count()


@pytest.fixture
def source(db):
    return SourceFactory(ref="astana-talks", title="Tokayev and Pezeshkian sign transport roadmap")


def add_copy(client, source, **fields):
    return client.post(ADD, {"source": source.pk, "paste": "", "fetch": "", **fields}, follow=True)


def shown(response) -> str:
    """The page's text as a reader sees it (entities decoded)."""
    return markup.unescape(response.content.decode())


# --- Taking the article in ------------------------------------------------------------------
def test_a_pasted_article_is_kept_as_received_with_its_hash_and_size(editor_client, source):
    response = add_copy(editor_client, source, paste=ARTICLE)
    assert response.status_code == 200
    copy = ArticleCopy.objects.get(source=source)
    assert copy.text == ARTICLE
    assert copy.how == CopyHow.PASTE
    assert copy.sha256 == hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    assert copy.size == len(ARTICLE.encode("utf-8"))
    assert copy.retrieved_at is not None
    # Split once, at intake, for the article's page.
    assert copy.sentences == [[s.start, s.end, s.paragraph] for s in sentences(ARTICLE)]
    assert copy.sentences_language == "en"


def test_the_hash_is_stable_and_the_same_text_again_changes_nothing(editor, source):
    first, kept = copy_keep(source=source, text=ARTICLE, how=CopyHow.PASTE, user=editor)
    again, kept_again = copy_keep(source=source, text=ARTICLE, how=CopyHow.FILE, user=editor)
    assert kept and not kept_again
    assert again.sha256 == first.sha256 == digest(ARTICLE)[0]
    assert again.retrieved_at == first.retrieved_at and again.how == CopyHow.PASTE
    changed, kept_changed = copy_keep(source=source, text=ARTICLE + "More.", how=CopyHow.PASTE, user=editor)
    assert kept_changed and changed.sha256 != first.sha256 and copies() == 1


def test_a_txt_file_is_kept_as_it_is(editor_client, source):
    upload = SimpleUploadedFile("article.txt", ARTICLE.encode("utf-8"), content_type="text/plain")
    add_copy(editor_client, source, upload=upload)
    copy = ArticleCopy.objects.get(source=source)
    assert (copy.text, copy.how, copy.filename) == (ARTICLE, CopyHow.FILE, "article.txt")


HTML = (
    "<html><head><title>Talks</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
    "<article><h1>Tokayev and Pezeshkian sign transport roadmap</h1>"
    "<p>President Kassym-Jomart Tokayev met Iranian President Masoud Pezeshkian in Astana on Dec. 11. The two sides "
    "signed 14 documents, including a roadmap to raise trade to $3 billion.</p>"
    "<p>“Trade between our countries grew by 40% in ten months,” Tokayev said. The talks lasted four hours and "
    "ended with a joint statement on transport, energy and agriculture.</p></article>"
    "<footer>Subscribe to our newsletter. Copyright 2025.</footer></body></html>"
)


def test_an_html_file_keeps_its_main_text_without_the_page_around_it(editor_client, source):
    upload = SimpleUploadedFile("article.html", HTML.encode("utf-8"), content_type="text/html")
    add_copy(editor_client, source, upload=upload)
    text = ArticleCopy.objects.get(source=source).text
    assert "signed 14 documents" in text and "Tokayev said" in text
    assert "Subscribe" not in text and "Home" not in text and "<p>" not in text


def test_a_file_of_another_kind_or_not_utf8_is_refused_with_its_name(editor_client, source):
    response = add_copy(editor_client, source, upload=SimpleUploadedFile("article.pdf", b"%PDF-1.4"))
    assert "The file 'article.pdf' is neither a .txt nor an .html file." in shown(response)
    response = add_copy(
        editor_client, source, upload=SimpleUploadedFile("latin.txt", "Tokayev – café".encode("cp1252"))
    )
    assert "The file 'latin.txt' is not UTF-8 text" in shown(response)
    assert copies() == 0


def test_nothing_given_or_two_ways_at_once_is_refused(editor_client, source):
    assert "Give the article's text one way" in shown(add_copy(editor_client, source))
    both = add_copy(editor_client, source, paste=ARTICLE, fetch="https://news.example.org/a")
    assert "Give the article's text one way" in shown(both)
    assert copies() == 0


class ArticleServer(http.server.BaseHTTPRequestHandler):
    pages = {
        "/article": ("text/html; charset=utf-8", HTML.encode("utf-8")),
        "/plain": ("text/plain; charset=utf-8", ARTICLE.encode("utf-8")),
        "/huge": ("text/html; charset=utf-8", b"<p>" + b"word " * 400_000 + b"</p>"),
        "/slow": ("text/plain; charset=utf-8", ARTICLE.encode("utf-8")),
    }

    def do_GET(self):
        if self.path == "/slow":
            time.sleep(2)
        page = self.pages.get(self.path)
        if page is None:
            self.send_error(404)
            return
        content_type, body = page
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.end_headers()  # no Content-Length: the size limit must hold while reading
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # the client hung up on a slow or oversized answer, as it should


@pytest.fixture
def article_server(settings):
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = True  # the test's server is on this machine
    server = QuietServer(("127.0.0.1", 0), ArticleServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_article_fetched_from_its_address_keeps_its_main_text_and_address(editor_client, source, article_server):
    add_copy(editor_client, source, fetch=f"{article_server}/article")
    copy = ArticleCopy.objects.get(source=source)
    assert copy.how == CopyHow.URL and copy.url == f"{article_server}/article"
    assert "signed 14 documents" in copy.text and "Subscribe" not in copy.text


def test_an_unreachable_address_a_missing_page_and_an_oversized_one_are_refused_and_nothing_is_kept(
    editor_client, source, article_server, settings
):
    settings.INTAKE_FETCH_TIMEOUT = 2
    settings.INTAKE_MAX_BYTES = 1_000_000
    closed = http.server.HTTPServer(("127.0.0.1", 0), ArticleServer)
    port = closed.server_address[1]
    closed.server_close()
    unreachable = shown(add_copy(editor_client, source, fetch=f"http://127.0.0.1:{port}/article"))
    assert f"The page at http://127.0.0.1:{port}/article could not be reached" in unreachable
    missing = shown(add_copy(editor_client, source, fetch=f"{article_server}/gone"))
    assert "answered HTTP 404: nothing was kept" in missing
    huge = shown(add_copy(editor_client, source, fetch=f"{article_server}/huge"))
    assert "is larger than the 1,000,000 bytes an article may have" in huge
    settings.INTAKE_FETCH_TIMEOUT = 1
    slow = shown(add_copy(editor_client, source, fetch=f"{article_server}/slow"))
    assert f"The page at {article_server}/slow did not answer within 1 seconds: nothing was kept." in slow
    assert copies() == 0


def test_an_address_on_this_machine_or_a_private_network_is_refused(editor_client, source, article_server, settings):
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = False
    for address in (f"{article_server}/article", "http://10.0.0.8/article", "http://169.254.169.254/latest/"):
        answer = shown(add_copy(editor_client, source, fetch=address))
        assert f"The address {address} leads to" in answer and "public pages only" in answer, answer
    assert copies() == 0


def test_a_host_name_is_judged_by_the_address_it_resolves_to(settings):
    from intake.fetch import IntakeError, check_public_address

    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = False
    with pytest.raises(IntakeError, match="leads to 127.0.0.1"):
        check_public_address("http://localhost:8000/admin/")
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = True
    check_public_address("http://localhost:8000/admin/")


def test_an_oversized_paste_is_refused(editor_client, source, settings):
    settings.INTAKE_MAX_BYTES = 100
    assert "The pasted text is larger than" in shown(add_copy(editor_client, source, paste=ARTICLE))
    assert copies() == 0


def test_a_contributor_takes_articles_in_too(contributor_client, source):
    add_copy(contributor_client, source, paste=ARTICLE)
    assert ArticleCopy.objects.filter(source=source).exists()


# --- A new source, in the same form ---------------------------------------------------------
NEW_SOURCE = {
    "source": "",
    "source_title": "Kazakhstan and Iran agree on a grain corridor",
    "source_outlet": "Kazinform",
    "source_published_on": "2025-12-11",
    "source_url": "https://www.inform.kz/en/grain-corridor",
    "source_language": "en",
    "paste": ARTICLE,
    "fetch": "",
}


def test_saving_an_article_lands_on_its_sentence_page(editor_client, source):
    response = add_copy(editor_client, source, paste=ARTICLE)
    copy = ArticleCopy.objects.get(source=source)
    assert response.redirect_chain[-1][0] == f"/admin/sources/articlecopy/{copy.pk}/change/#sentences"
    assert 'id="coverage"' in response.content.decode()


def test_a_new_source_is_described_in_the_article_form_and_made_with_its_outlet(editor_client):
    page = editor_client.get(ADD).content.decode()
    assert "A new source" in page and 'name="source_outlet"' in page
    assert 'id="add_id_source"' not in page  # no popup to make the source first

    response = editor_client.post(ADD, NEW_SOURCE, follow=True)
    made = Source.objects.get(title=NEW_SOURCE["source_title"])
    assert (made.outlet.name, made.published_on.isoformat(), made.url, made.language, made.kind) == (
        "Kazinform",
        "2025-12-11",
        NEW_SOURCE["source_url"],
        "en",
        Source.Kind.ARTICLE,
    )
    assert made.ref.startswith("kazakhstan-and-iran-agree")
    copy = ArticleCopy.objects.get(source=made)
    assert copy.text == ARTICLE
    assert response.redirect_chain[-1][0] == f"/admin/sources/articlecopy/{copy.pk}/change/#sentences"
    assert "5 sentences, 3 check-worthy, 0 logged" in shown(response)


def test_a_known_outlet_is_found_whatever_its_case(editor_client):
    known = OutletFactory(name="Kazinform")
    editor_client.post(ADD, {**NEW_SOURCE, "source_outlet": "KAZINFORM"}, follow=True)
    assert Source.objects.get(title=NEW_SOURCE["source_title"]).outlet == known


@pytest.mark.parametrize(
    "change, field, message",
    [
        ({"source_outlet": ""}, "source_outlet", "A new source needs its outlet."),
        ({"source_title": ""}, "source_title", "A new source needs its title."),
        ({"source_language": "english"}, "source_language", "at most 2 characters"),
        ({"source_published_on": "11 Dec"}, "source_published_on", "Enter a valid date."),
        ({"source_title": "", "source_outlet": "", "source_published_on": "", "source_url": ""}, "source",
         "Pick the article's source, or describe a new one"),
    ],
)  # fmt: skip
def test_a_new_source_missing_something_is_refused_in_place_with_the_input_kept(editor_client, change, field, message):
    response = editor_client.post(ADD, {**NEW_SOURCE, **change})
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert any(message in error for error in form.errors[field]), form.errors
    assert not ArticleCopy.objects.exists() and not Source.objects.exists()
    text = response.content.decode()
    assert '<ul class="errorlist"' in text
    assert ARTICLE.split("\n")[0] in text  # the pasted text is kept
    for name, value in NEW_SOURCE.items():
        if name.startswith("source_") and name not in change and value:
            assert f'value="{value}"' in text, name


def test_a_source_picked_and_a_new_one_described_at_once_is_refused(editor_client, source):
    response = editor_client.post(ADD, {**NEW_SOURCE, "source": source.pk})
    assert response.context["adminform"].form.errors["source"] == ["Pick a source or describe a new one, not both."]
    assert not ArticleCopy.objects.exists() and Source.objects.count() == 1


def test_a_new_source_at_an_address_the_register_has_points_to_that_source(editor_client, source):
    services.source_update(source=source, user=services.system_user(), values={"url": NEW_SOURCE["source_url"]})
    response = editor_client.post(ADD, NEW_SOURCE)
    (error,) = response.context["adminform"].form.errors["source_url"]
    assert "The register has this address already" in error and source.title in error
    assert not ArticleCopy.objects.exists() and Source.objects.count() == 1


# --- From the command line --------------------------------------------------------------------
def run_intake(*args) -> str:
    out = StringIO()
    call_command("intake_article", *args, stdout=out)
    return out.getvalue()


def test_intake_article_creates_the_source_and_its_copy_and_prints_the_checkworthy_sentences(tmp_path, db):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out = run_intake(
        str(path), "--outlet", "The Astana Times", "--title", "Talks in Astana", "--published-on", "2025-12-11"
    )
    source = Source.objects.get(title="Talks in Astana")
    assert source.outlet.name == "The Astana Times" and str(source.published_on) == "2025-12-11"
    assert source.kept_copy.text == ARTICLE
    assert f"SHA-256 {digest(ARTICLE)[0]}" in out
    assert "The two sides signed 14 documents" in out
    assert "The weather in the capital was cold." not in out
    # Again, for the same source by its ref: nothing changes.
    assert "unchanged" in run_intake(str(path), "--source", source.ref)
    assert Source.objects.count() == 1 and copies() == 1


def test_intake_article_json_gives_every_sentence_with_its_score_and_reasons(tmp_path, source):
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    rows = [json.loads(line) for line in run_intake(str(path), "--source", source.ref, "--json").splitlines()]
    assert [row["text"] for row in rows] == [s.text for s in sentences(ARTICLE)]
    assert all(set(row) == {"text", "score", "checkworthy", "reasons"} for row in rows)
    signed = next(row for row in rows if row["text"].startswith("The two sides signed"))
    assert signed["checkworthy"] is True and "a signed document" in signed["reasons"]
    weather = next(row for row in rows if row["text"].startswith("The weather"))
    assert weather["checkworthy"] is False


def test_intake_article_from_an_address(article_server, source):
    run_intake(f"{article_server}/plain", "--source", source.ref)
    assert ArticleCopy.objects.get(source=source).text == ARTICLE


def test_intake_article_refusals_say_why_and_keep_nothing(tmp_path, source, article_server):
    with pytest.raises(CommandError, match="There is no file"):
        run_intake(str(tmp_path / "missing.txt"), "--source", source.ref)
    with pytest.raises(CommandError, match="Name the source"):
        run_intake(str(tmp_path / "missing.txt"))
    with pytest.raises(CommandError, match="answered HTTP 404"):
        run_intake(f"{article_server}/nothing", "--source", source.ref)
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError, match="There is no source with ref 'no-such-source'"):
        run_intake(str(path), "--source", "no-such-source")
    with pytest.raises(CommandError, match="is not a date"):
        run_intake(str(path), "--source", source.ref, "--published-on", "11/12/2025")
    assert copies() == 0


# --- Sentences and scores --------------------------------------------------------------------
def test_abbreviations_and_quotations_do_not_split_a_sentence():
    text = 'Dr. Smith met U.S. officials on Dec. 11 in Astana. "We agreed to this," he said. Trade rose 40%.'
    assert [s.text for s in sentences(text)] == [
        "Dr. Smith met U.S. officials on Dec. 11 in Astana.",
        '"We agreed to this," he said.',
        "Trade rose 40%.",
    ]


def test_headlines_stay_apart_and_offsets_point_into_the_text():
    found = sentences(ARTICLE)
    assert found[0].text == "Tokayev and Pezeshkian sign transport roadmap"
    assert all(ARTICLE[s.start : s.end] == s.text for s in found)
    assert [s.paragraph for s in found] == [0, 1, 1, 2, 2]


def test_russian_and_persian_text_is_split_by_its_own_rules():
    russian = "Г-н Токаев прибыл в Тегеран в 10 ч. утра. Он сказал: «Мы подписали 14 документов». Визит завершён."
    assert [s.text for s in sentences(russian, "ru")] == [
        "Г-н Токаев прибыл в Тегеран в 10 ч. утра.",
        "Он сказал: «Мы подписали 14 документов».",
        "Визит завершён.",
    ]
    persian = "رئیس جمهور به آستانه رفت. او گفت که تجارت ۴۰ درصد رشد کرده است؟ این سفر دو روزه است."
    assert [s.text for s in sentences(persian, "fa")] == [
        "رئیس جمهور به آستانه رفت.",
        "او گفت که تجارت ۴۰ درصد رشد کرده است؟",
        "این سفر دو روزه است.",
    ]
    assert score("او گفت که تجارت ۴۰ درصد رشد کرده است؟").checkworthy


@pytest.mark.parametrize(
    "sentence, reasons, checkworthy",
    [
        ("The two sides signed 14 documents, including a roadmap to raise trade to $3 billion.",
         {"money", "a signed document", "a promise or plan", "a count of documents, people or things"}, True),
        ("“Trade between our countries grew by 40% in ten months,” Tokayev said.",
         {"a percentage", "a comparison", "attribution"}, True),
        ("More than 5,000 ethnic Kazakhs currently reside in Iran’s Golestan province.",
         {"a count of documents, people or things", "a comparison", "a checkable event"}, True),
        ("Diplomatic relations between Kazakhstan and Iran were established in January 1992.",
         {"a date", "a checkable event"}, True),
        ("The weather in the capital was cold.", set(), False),
        ("Cultural and humanitarian ties remain a golden bridge in bilateral relations.", set(), False),
        ("Get The Astana Times stories sent directly to you!", {"a checkable event"}, False),
        ("Kazakhstan is now the largest supplier of wheat to Iran, ahead of Russia, the minister claimed.",
         {"a superlative or ranking", "attribution"}, True),
        ("Iran became the first country to ship grain along the new corridor.", {"a superlative or ranking"}, True),
    ],
)  # fmt: skip
def test_each_sentence_gets_a_score_and_its_reasons(sentence, reasons, checkworthy):
    found = score(sentence)
    assert reasons <= set(found.reasons)
    assert found.checkworthy is checkworthy
    assert found.checkworthy == (found.score >= CHECKWORTHY)


# --- The article's page ---------------------------------------------------------------------
@pytest.fixture
def article(editor, source):
    copy, _ = copy_keep(source=source, text=ARTICLE, how=CopyHow.PASTE, user=editor)
    return copy


def page_of(client, copy) -> str:
    response = client.get(f"/admin/sources/articlecopy/{copy.pk}/change/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_article_page_highlights_checkworthy_sentences_marks_logged_ones_and_counts_them(
    editor_client, editor, article, source
):
    claim = services.claim_create(
        claim=ClaimFactory.build(
            ref="fourteen-documents",
            article=source,
            visit=VisitFactory(),
            quote="The two sides signed 14 documents, including a roadmap to raise trade to $3 billion.",
        ),
        user=editor,
    )
    EvidenceFactory(source=source, quote="Trade between our countries grew by 40% in ten months", claim=ClaimFactory())
    html = page_of(editor_client, article)
    assert '<p class="article-coverage" id="coverage">5 sentences, 3 check-worthy, 2 logged</p>' in html
    logged = re.search(r'<span class="sentence checkworthy logged"[^>]*>The two sides signed', html)
    assert logged, "the logged, check-worthy sentence is highlighted and marked"
    assert f'logged as <a href="/admin/claims/claim/{claim.pk}/change/">fourteen-documents</a>' in html
    assert re.search(r'<span class="sentence" data-score="-?\d+">The weather in the capital was cold.</span>', html)
    assert "[money, a signed document" in html or "a signed document" in html


def test_log_as_claim_prefills_the_article_quote_speaker_topic_and_visit(editor_client, editor, article, source):
    from tests.factories import published_claim

    visit = VisitFactory(ref="pezeshkian-astana", location="Astana", start_date=source.published_on,
                         end_date=source.published_on)  # fmt: skip
    published_claim(editor=editor, visit=visit, speaker="Kassym-Jomart Tokayev, President of Kazakhstan")
    html = page_of(editor_client, article)
    links = re.findall(r'<a class="log-as-claim" href="([^"]+)"', html)
    assert len(links) == 5
    quoted = parse_qs(urlparse(links[3].replace("&amp;", "&")).query)
    assert quoted["quote"] == ["“Trade between our countries grew by 40% in ten months,” Tokayev said."]
    assert quoted["article"] == [str(source.pk)] and quoted["visit"] == [str(visit.pk)]
    assert quoted["speaker"] == ["Kassym-Jomart Tokayev, President of Kazakhstan"]
    assert quoted["topic"] == [Topic.TRADE]
    form = editor_client.get(links[3].replace("&amp;", "&")).content.decode()
    assert "“Trade between our countries grew by 40% in ten months,” Tokayev said.</textarea>" in form
    assert 'value="Kassym-Jomart Tokayev, President of Kazakhstan"' in form
    # The likely-repeats panel has already run on the prefilled words.
    assert "No existing claim says anything similar." in form or "may already have this statement" in form
    evidence = re.findall(r'<a class="use-as-evidence" href="([^"]+)"', html)[1].replace("&amp;", "&")
    assert parse_qs(urlparse(evidence).query) == {"source": [str(source.pk)], "quote": [sentences(ARTICLE)[1].text]}
    assert 'name="claim"' in editor_client.get(evidence).content.decode()


def test_a_sentence_logged_from_the_page_is_then_marked_with_its_claim(editor_client, article, source):
    html = page_of(editor_client, article)
    link = re.findall(r'<a class="log-as-claim" href="([^"]+)"', html)[1].replace("&amp;", "&")
    query = {key: values[0] for key, values in parse_qs(urlparse(link).query).items()}
    visit = VisitFactory()
    response = editor_client.post(
        "/admin/claims/claim/add/",
        {
            **query,
            "visit": visit.pk,
            "ref": "",
            "text": "Iran and Kazakhstan signed 14 documents.",
            "status": "unverified",
            "verdict_summary": "",
            "change_note": "",
            "evidence-TOTAL_FORMS": 0,
            "evidence-INITIAL_FORMS": 0,
            "follow_ups-TOTAL_FORMS": 0,
            "follow_ups-INITIAL_FORMS": 0,
            "events-TOTAL_FORMS": 0,
            "events-INITIAL_FORMS": 0,
            "notes-TOTAL_FORMS": 0,
            "notes-INITIAL_FORMS": 0,
            **MENTIONS_NONE,
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    claim = Claim.objects.get(text="Iran and Kazakhstan signed 14 documents.")
    assert claim.quote_found is True
    assert "1 logged" in page_of(editor_client, article)


def test_the_article_page_runs_a_fixed_number_of_queries(editor_client, editor, article, source,
                                                         django_assert_max_num_queries):  # fmt: skip
    with django_assert_max_num_queries(40) as few:
        page_of(editor_client, article)
    for n in range(6):
        services.claim_create(
            claim=ClaimFactory.build(ref=f"logged-{n}", article=source, visit=VisitFactory(), quote=ARTICLE[60:120]),
            user=editor,
        )
        EvidenceFactory(source=source, quote=ARTICLE[60:100])
    with django_assert_max_num_queries(len(few.captured_queries)):
        page_of(editor_client, article)


def test_the_source_page_leads_to_its_article_page_or_to_taking_a_copy(editor_client, editor, source):
    page = editor_client.get(f"/admin/sources/source/{source.pk}/change/").content.decode()
    assert f'<a href="/admin/sources/articlecopy/add/?source={source.pk}">No copy kept: take its text in</a>' in page
    assert str(source.pk) in editor_client.get(f"{ADD}?source={source.pk}").content.decode()
    copy, _ = copy_keep(source=source, text=ARTICLE, how=CopyHow.PASTE, user=editor)
    page = editor_client.get(f"/admin/sources/source/{source.pk}/change/").content.decode()
    assert f'<a href="/admin/sources/articlecopy/{copy.pk}/change/">The article, sentence by sentence</a>' in page


# --- Speaker guesses -------------------------------------------------------------------------
def guessed(text: str, sentence: int = -1, **speakers) -> SpeakerGuess:
    found = sentences(text)
    index = sentence % len(found)
    return guess_speaker(found, index, outlet="The Astana Times", speakers=speaker_index(speakers.values()))


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“Trade grew by 40% in ten months,” Tokayev said.", "Tokayev"),
        ("“Trade grew by 40% in ten months,” said Kassym-Jomart Tokayev.", "Kassym-Jomart Tokayev"),
        ("Kazakh President Kassym-Jomart Tokayev told reporters that 14 documents were signed.",
         "Kassym-Jomart Tokayev"),
        ("Pezeshkian stated that Iran has never pursued nuclear weapons.", "Pezeshkian"),
        ("Deputy Prime Minister Murat Nurtleu noted that trade doubled in 2024.", "Murat Nurtleu"),
        ("Tokayev also added that 700 Iranian companies operate in Kazakhstan.", "Tokayev"),
        ("His chief of staff, Mohsen Haji-Mirzaei, stressed that several agreements would be signed.",
         "Mohsen Haji-Mirzaei"),
        ("Pezeshkian, who is in Astana at the head of a delegation, called Kazakhstan a “strategic partner”.",
         "Pezeshkian"),
        ("Imports of steel rose by 12%, according to the Iranian Ministry of Industry, Mine and Trade.",
         "Iranian Ministry of Industry, Mine and Trade"),
        ("According to IRNA, the talks lasted four hours.", "IRNA"),
        ("President Tokayev met Pezeshkian in Astana. “We agreed on everything,” he said.", "Tokayev"),
        ("Trade Minister Arman Shakkaliyev met President Tokayev. Kazakhstan is now the largest supplier of wheat "
         "to Iran, ahead of Russia, the minister claimed.", "Arman Shakkaliyev"),
        ("“We will build a trade house. It will open in 2027,” Shakkaliyev said.", "Shakkaliyev"),
        ("“We consider Iran a partner,” Nurtleu stated. “We fully support your right to peaceful energy.”",
         "Nurtleu"),
        ("The two sides signed 14 documents in Astana.", "The Astana Times"),  # the outlet's own words
    ],
)  # fmt: skip
def test_the_speaker_guess_follows_the_sentences_own_attribution(text, speaker):
    assert guessed(text).name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "“We will build a trade house in Tehran next year.”",
        "“Our relations are older than any treaty.”",
        "“I am sure of it,” he said.",  # nobody named before
        "They said trade would grow.",
        "Officials said the deal was signed.",
        "Iran’s foreign minister said the talks went well.",
        "His spokesman said the talks went well.",
        "Exports rose, according to his office.",
        "President Tokayev met Pezeshkian. Kazakhstan is the largest supplier of wheat to Iran, the minister claimed.",
    ],
)
def test_the_speaker_guess_says_it_does_not_know_rather_than_take_a_pronoun_or_the_outlet(text):
    guess = guessed(text)
    assert guess.name == "" and str(guess) == "not known", guess
    assert guess.why


def test_a_speaker_the_text_names_is_written_the_registers_way_and_no_other_is_taken_from_the_register():
    shakkaliyev = "Arman Shakkaliyev, Minister of Trade and Integration of Kazakhstan"
    text = "Shakkaliyev said exports of wheat grew by 40% this year.\n\n“We will build a trade house in Tehran.”"
    assert guessed(text, 0, minister=shakkaliyev).name == shakkaliyev
    assert guessed(text, 1, minister=shakkaliyev).name == ""


ARTICLE_WITH_QUOTES = (
    "Kazakhstan and Iran to open a trade house\n\n"
    "Trade Minister Arman Shakkaliyev met Iranian officials in Tehran on Monday.\n\n"
    "Shakkaliyev said exports of wheat to Iran grew by 40% this year.\n\n"
    "“We will build a trade house in Tehran by 2027 and raise trade to $3 billion.”\n\n"
    "“Our goal is to double the number of flights,” the joint statement said.\n\n"
    "Imports of Kazakh steel rose by 12% in 2025, according to the Iranian Ministry of Industry, Mine and Trade.\n"
)


def test_the_article_page_guesses_each_speaker_from_the_text_and_leaves_it_blank_when_the_text_does_not_say(
    editor_client, editor, source
):
    copy, _ = copy_keep(source=source, text=ARTICLE_WITH_QUOTES, how=CopyHow.PASTE, user=editor)
    shakkaliyev = "Arman Shakkaliyev, Minister of Trade and Integration of Kazakhstan"
    services.claim_create(
        claim=ClaimFactory.build(
            ref="wheat-exports-grew-40-percent",
            article=source,
            visit=VisitFactory(),
            speaker=shakkaliyev,
            quote="Shakkaliyev said exports of wheat to Iran grew by 40% this year.",
        ),
        user=editor,
    )
    html = page_of(editor_client, copy)
    links = [
        parse_qs(urlparse(link.replace("&amp;", "&")).query)
        for link in re.findall(r'<a class="log-as-claim" href="([^"]+)"', html)
    ]
    speakers = {query["quote"][0].split()[1]: query.get("speaker", [""])[0] for query in links}
    assert speakers == {
        "and": source.outlet.name,  # the headline: the outlet's own words
        "Minister": source.outlet.name,
        "said": shakkaliyev,
        "will": "",  # after the logged claim by Shakkaliyev: not his without grounds
        "goal": "",
        "of": "Iranian Ministry of Industry, Mine and Trade",
    }
    assert "speaker: not known (a quotation the text does not attribute)" in shown_text(html)
    assert "speaker: Iranian Ministry of Industry, Mine and Trade (according to the Iranian Ministry" in shown_text(
        html
    )


def shown_text(html: str) -> str:
    return markup.unescape(re.sub(r"\s+", " ", html))
