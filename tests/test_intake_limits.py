"""An editor takes in a text made to hold the server (a page that never ends, a file of full stops, a binary
file), and the intake refuses it or splits it in bounded work, saying what it did; a normal article is split
exactly as before.

How long these take is measured in bench/sentence_split.py, not here: these tests count the work instead
(what pysbd is given) and check the offsets of every sentence."""

import bisect
import http.server
import re
import socket
import threading
import time
from pathlib import Path

import pysbd
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from claims.demo import data
from claims.demo.loader import ARTICLES_DIR
from claims.services import copy_keep
from intake import article
from intake.fetch import IntakeError, from_paste, from_url
from intake.segment import MAX_SENTENCES, PIECE, PYSBD_BUDGET, sentences
from sources.models import ArticleCopy, CopyHow
from tests.factories import SourceFactory
from tests.test_article_intake import ARTICLE, add_copy, shown

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(db):
    return SourceFactory(ref="astana-talks", title="Tokayev and Pezeshkian sign transport roadmap")


# --- Splitting: bounded pieces, exact offsets -------------------------------------------------
@pytest.fixture
def given_to_pysbd(monkeypatch):
    """The length of every text pysbd is asked to split."""
    lengths: list[int] = []
    processor = pysbd.Segmenter.processor

    def counted(self, text):
        lengths.append(len(text))
        return processor(self, text)

    monkeypatch.setattr(pysbd.Segmenter, "processor", counted)
    return lengths


def assert_exact(text: str, found) -> None:
    """Each sentence is where its offsets say, in order, without overlap, on the line it says (counting the
    lines with text), and together with the whitespace between them they are the whole text: nothing is lost,
    nothing added. Up to MAX_SENTENCES, no sentence runs over a line."""
    lines = [line.start() for line in re.finditer(r"[^\n]+", text) if line.group().strip()]
    cursor = 0
    for number, sentence in enumerate(found):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert number >= MAX_SENTENCES or "\n" not in sentence.text
        assert sentence.paragraph == bisect.bisect_right(lines, sentence.start) - 1
        assert sentence.start >= cursor and not text[cursor : sentence.start].strip()
        cursor = sentence.end
    assert not text[cursor:].strip()


@pytest.mark.parametrize(
    "text",
    [
        "a. " * 13_000,  # 39 KB: pysbd alone took a minute
        "Dr. " * 10_000,  # each abbreviation made pysbd rewrite the whole text
        "Mr. A. B. Smith said. " * 2_000,
        "." * 50_000,
        "word " * 20_000,  # one line, no sentence mark at all
        "x" * 30_000,  # not even a space
        "a.\n" * 20_000,  # many short lines
    ],
    ids=["a-dot", "doctor", "initials", "dots", "words", "one-word", "lines"],
)
def test_a_text_made_to_be_slow_is_split_in_bounded_pieces_with_exact_offsets(text, given_to_pysbd):
    found = sentences(text)
    assert_exact(text, found)
    assert max(given_to_pysbd, default=0) <= PIECE
    assert sum(given_to_pysbd) <= PYSBD_BUDGET


def test_past_the_most_sentences_a_text_is_kept_in_chunks_of_whole_lines():
    text = "a.\n" * (MAX_SENTENCES + 50_000)
    found = sentences(text)
    assert_exact(text, found)
    assert len(found) < MAX_SENTENCES + 100
    assert found[MAX_SENTENCES - 1].text == "a." and len(found[MAX_SENTENCES].text) > PIECE - 3


def test_a_text_of_full_stops_keeps_its_sentences():
    found = sentences("a. " * 13_000)
    assert len(found) == 13_000 and {s.text for s in found} == {"a."}
    assert [s.paragraph for s in found[:2]] == [0, 0]


def test_beyond_pysbds_share_the_rest_of_a_long_text_is_split_by_the_simple_rule(given_to_pysbd):
    paragraph = "Trade grew by 40% in ten months, the minister said. Dr. Smith agreed with him. " * 20
    text = "\n\n".join([paragraph] * (PYSBD_BUDGET // len(paragraph) + 20))
    found = sentences(text)
    assert_exact(text, found)
    assert sum(given_to_pysbd) <= PYSBD_BUDGET < len(text)
    # pysbd keeps "Dr. Smith" whole; the simple rule, after pysbd's share, splits at every full stop.
    assert found[1].text == "Dr. Smith agreed with him."
    assert found[-1].text == "Smith agreed with him." and found[-2].text == "Dr."


def pysbd_line_by_line(text: str, language: str = "en") -> list[tuple[str, int, int, int]]:
    """How the intake split a text before it bounded pysbd's work: each line by pysbd's own segment()."""
    segmenter = pysbd.Segmenter(language=language, clean=False)
    found = []
    offset, number = 0, 0
    for line in text.split("\n"):
        if line.strip():
            cursor = 0
            for piece in segmenter.segment(line):
                stripped = piece.strip()
                if stripped:
                    at = line.find(stripped, cursor)
                    cursor = at + len(stripped)
                    found.append((stripped, offset + at, offset + cursor, number))
            number += 1
        offset += len(line) + 1
    return found


def seed_articles() -> list[str]:
    paths = [ARTICLES_DIR / row["copy"] for row in data.SOURCES if row.get("copy")]
    if not all(path.is_file() for path in paths):
        pytest.skip(f"The five demo articles are not in {ARTICLES_DIR}.")
    return [Path(path).read_text(encoding="utf-8") for path in paths]


def test_the_five_demo_articles_split_as_pysbd_alone_splits_them():
    for text in seed_articles():
        assert [(s.text, s.start, s.end, s.paragraph) for s in sentences(text)] == pysbd_line_by_line(text)


def test_a_paragraph_longer_than_a_piece_is_cut_where_pysbd_splits_it_too(given_to_pysbd):
    # Each article as one line of 2,500 to 7,500 characters: cut in pieces, split as pysbd splits the line.
    for text in seed_articles():
        line = " ".join(part.strip() for part in text.split("\n") if part.strip())
        assert len(line) > PIECE
        found = [(s.text, s.start, s.end, s.paragraph) for s in sentences(line)]
        given_to_pysbd.clear()
        assert found == pysbd_line_by_line(line)


def test_a_quotation_is_not_cut_in_the_middle_when_a_long_line_is_cut():
    # The limit of the first piece falls inside the quotation: the line is cut before it.
    quote = "“" + "We agreed on the roadmap today. " * 40 + "Then we signed it,” Tokayev said."
    line = ("The talks lasted four hours. " * 30) + quote + " The weather was cold."
    assert len(line) > PIECE > line.index("“") + 100
    found = [s.text for s in sentences(line)]
    assert_exact(line, sentences(line))
    assert found == [s.strip() for s in pysbd.Segmenter(language="en", clean=False).segment(line)]


def test_russian_and_persian_long_lines_keep_exact_offsets():
    russian = "Г-н Токаев прибыл в Тегеран в 10 ч. утра. Он сказал: «Мы подписали 14 документов». " * 200
    persian = "رئیس جمهور به آستانه رفت. او گفت که تجارت ۴۰ درصد رشد کرده است؟ " * 200
    for text, language in ((russian, "ru"), (persian, "fa")):
        found = sentences(text, language)
        assert_exact(text, found)
        assert len(found) >= 400
    assert sentences(russian, "ru")[0].text == "Г-н Токаев прибыл в Тегеран в 10 ч. утра."


@hypothesis_settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Dr.",
                "U.S.",
                "a.",
                "said.",
                "The",
                "trade",
                "“We",
                "agreed,”",
                "(",
                ")",
                "«",
                "»",
                '"',
                "?",
                "!",
                "…",
                "40%",
                "\n",
                "\n\n",
                " ",
                "  ",
                "\t",
                "Г-н",
                "ч.",
                "است؟",
                "رفت.",
                "e.g.",
                "...",
                "x" * 50,
            ]
        ),  # fmt: skip
        max_size=400,
    ).map(" ".join)
)
def test_any_text_is_split_with_exact_offsets_and_nothing_lost(text):
    assert_exact(text, sentences(text))


def test_a_line_of_the_largest_size_the_intake_takes_is_cut_in_pieces_with_exact_offsets(settings):
    text = "word " * (settings.INTAKE_MAX_BYTES // 5)
    found = sentences(text)
    assert_exact(text, found)
    assert max(len(s.text) for s in found) <= PIECE


# --- The article's page shows a bounded number of sentences ---------------------------------
def test_the_article_page_shows_the_first_sentences_of_a_very_long_copy_and_says_so(
    editor_client, editor, source, monkeypatch
):
    monkeypatch.setattr(article, "SHOWN", 3)
    copy, _ = copy_keep(source=source, text=ARTICLE, how=CopyHow.PASTE, user=editor)
    page = editor_client.get(f"/admin/sources/articlecopy/{copy.pk}/change/").content.decode()
    assert page.count('class="log-as-claim"') == 3
    assert "5 sentences; the first 3 are shown, of which 2 check-worthy, 0 logged" in page
    monkeypatch.setattr(article, "SHOWN_CHARACTERS", 150)  # the headline and the next sentence: 144
    page = editor_client.get(f"/admin/sources/articlecopy/{copy.pk}/change/").content.decode()
    assert page.count('class="log-as-claim"') == 2 and "5 sentences; the first 2 are shown" in page


# --- A page that never ends ------------------------------------------------------------------
DRIP_SECONDS = 0.25
DRIP_BYTES = 40  # ten seconds in all, far past the deadline the tests set


class DrippingServer(http.server.BaseHTTPRequestHandler):
    """Answers a byte at a time, each well within the read timeout: the body (/body, or eight bytes of it:
    /short), the status line and headers (/headers), or a redirect to itself after a pause (/redirect)."""

    protocol_version = "HTTP/1.1"

    def do_GET(self):
        try:
            if self.path == "/headers":
                for byte in (b"HTTP/1.1 200 OK\r\nX-Padding: " + b"a" * DRIP_BYTES)[:DRIP_BYTES]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(DRIP_SECONDS)
                return
            if self.path.startswith("/redirect"):
                time.sleep(DRIP_SECONDS * 3)
                self.send_response(302)
                hop = int(self.path.removeprefix("/redirect").strip("/") or 0)
                self.send_header("Location", f"/redirect/{hop + 1}")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = ARTICLE.encode("utf-8")[: 8 if self.path == "/short" else DRIP_BYTES]
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(DRIP_SECONDS)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the intake hung up, as it should

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a dripping answer ends on its own once the intake has hung up

    def handle_error(self, request, client_address):
        pass


@pytest.fixture
def dripping_server(settings):
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = True  # the test's server is on this machine
    settings.INTAKE_FETCH_TIMEOUT = 5  # each byte comes well within it
    settings.INTAKE_FETCH_DEADLINE = 2
    server = QuietServer(("127.0.0.1", 0), DrippingServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("path", ["/body", "/headers", "/redirect"])
def test_a_page_sent_a_byte_at_a_time_is_cut_off_at_the_deadline_and_nothing_is_kept(
    editor_client, source, dripping_server, path
):
    answer = shown(add_copy(editor_client, source, fetch=f"{dripping_server}{path}"))
    assert (
        f"The page at {dripping_server}{path} did not send the whole page within 2 seconds "
        "(INTAKE_FETCH_DEADLINE): nothing was kept."
    ) in answer
    assert not ArticleCopy.objects.exists()


def test_the_deadline_counts_from_the_start_of_the_fetch(dripping_server, settings):
    settings.INTAKE_FETCH_DEADLINE = 1
    started = time.monotonic()
    with pytest.raises(IntakeError, match="within 1 seconds"):
        from_url(f"{dripping_server}/body")
    # Cut off at the deadline, not at the end of the ten-second body (nor of a five-second read timeout).
    assert time.monotonic() - started < 4


def test_a_slow_page_within_the_deadline_is_taken(dripping_server, settings):
    settings.INTAKE_FETCH_DEADLINE = 30
    assert from_url(f"{dripping_server}/short").text == ARTICLE[:8]


def test_a_server_that_accepts_and_never_answers_is_cut_off(settings):
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = True
    settings.INTAKE_FETCH_TIMEOUT = 30
    settings.INTAKE_FETCH_DEADLINE = 1
    with socket.create_server(("127.0.0.1", 0)) as silent:  # the kernel accepts; nobody reads or writes
        address = f"http://127.0.0.1:{silent.getsockname()[1]}/article"
        with pytest.raises(IntakeError, match="did not send the whole page within 1 seconds"):
            from_url(address)


# --- Binary input ----------------------------------------------------------------------------
def test_a_txt_file_with_a_nul_byte_is_refused_with_its_name_and_place(editor_client, source):
    upload = SimpleUploadedFile("article.txt", b"Tokayev met Pezeshkian.\nTrade\x00 grew.", content_type="text/plain")
    answer = shown(add_copy(editor_client, source, upload=upload))
    assert "The file 'article.txt' has a NUL character (line 2, character 6)" in answer
    assert "not an article's text" in answer
    assert not ArticleCopy.objects.exists()


def test_an_html_file_or_a_fetched_page_with_binary_bytes_is_refused(editor_client, source, tmp_path):
    upload = SimpleUploadedFile("article.html", b"<html><body><p>Trade\x01grew</p></body></html>")
    answer = shown(add_copy(editor_client, source, upload=upload))
    assert "The file 'article.html' has the control character U+0001 (line 1, character 21)" in answer
    path = tmp_path / "image.txt"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;")
    with pytest.raises(CommandError, match="The file 'image.txt' has the control character U\\+0001"):
        call_command("intake_article", str(path), "--source", source.ref)
    assert not ArticleCopy.objects.exists()


def test_a_pasted_text_with_control_characters_is_refused_but_word_processor_breaks_are_kept(editor_client, source):
    answer = shown(add_copy(editor_client, source, paste="Trade grew.\x1b[31m by 40%"))
    assert "The pasted text has the control character U+001B (line 1, character 12)" in answer
    with pytest.raises(IntakeError, match="The pasted text has a NUL character"):
        from_paste("Trade\x00grew")
    assert not ArticleCopy.objects.exists()
    add_copy(editor_client, source, paste="Trade grew.\x0bBy 40%.\x0c\tIn ten months.\r\n")
    assert ArticleCopy.objects.get(source=source).text == "Trade grew.\x0bBy 40%.\x0c\tIn ten months.\r\n"


@pytest.fixture
def binary_server(settings):
    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = True

    class Binary(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"Trade grew\x00 by 40%.")

        def log_message(self, *args):
            pass

    server = QuietServer(("127.0.0.1", 0), Binary)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_fetched_text_with_a_nul_byte_is_refused(editor_client, source, binary_server):
    answer = shown(add_copy(editor_client, source, fetch=f"{binary_server}/article.txt"))
    assert f"The page at {binary_server}/article.txt has a NUL character (line 1, character 11)" in answer
    assert not ArticleCopy.objects.exists()
