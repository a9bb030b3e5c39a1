"""The intake's limits: how long splitting a text into sentences takes as the text grows, for articles and
for texts made to be slow, and how long a fetch of a page sent a byte at a time holds the request.

    .venv/bin/python bench/sentence_split.py            # splitting, then the dripping page
    .venv/bin/python bench/sentence_split.py --before   # also pysbd alone, line by line (the intake before)
    .venv/bin/python bench/sentence_split.py --page     # also: taken in and its admin page rendered

1. splitting (intake.segment.sentences) at 10 KB, 39 KB, 100 KB, 1 MB and 5 MB (INTAKE_MAX_BYTES): the time,
   the sentences found and the time per MB, which stays level when the work grows with the length. The
   inputs: the five demo articles repeated (as paragraphs, and as one line each), and texts made to be slow
   ("a. " repeated, as in the report; abbreviations; initials; one-word lines; a line with no full stop).
   Then whether the five articles split exactly as pysbd alone splits them.
2. --before: pysbd alone, each line by its segment(), as the intake split before, at 5, 10 and 20 KB: its
   time grows with the square of the length.
3. a server on 127.0.0.1 sending a byte every 2 seconds: how long intake.fetch.from_url waits before it
   refuses (INTAKE_FETCH_DEADLINE, 30 s by default; --deadline to change it).
4. --page: each text made to be slow, at 39 KB and 5 MB, taken in (split, copy kept) and its admin page
   rendered, in a scratch SQLite database (SQLITE_PATH, default /tmp/sentence-split-bench.sqlite3).
"""

import argparse
import http.server
import os
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
os.environ.setdefault("DEBUG", "true")
if not os.environ.get("DATABASE_URL"):
    os.environ.setdefault("SQLITE_PATH", "/tmp/sentence-split-bench.sqlite3")

import django  # noqa: E402

django.setup()

import pysbd  # noqa: E402
from django.conf import settings  # noqa: E402

from claims.demo import data  # noqa: E402
from claims.demo.loader import ARTICLES_DIR  # noqa: E402
from intake.segment import sentences  # noqa: E402

KB, MB = 1024, 1024 * 1024
SIZES = [10 * KB, 39 * KB, 100 * KB, 1 * MB, 5 * MB]
BEFORE_SIZES = [5 * KB, 10 * KB, 20 * KB]


def seeds() -> list[str]:
    rows = [row for row in data.SOURCES if row.get("copy")]
    missing = [row["copy"] for row in rows if not (ARTICLES_DIR / row["copy"]).is_file()]
    if missing:
        sys.exit(f"The five articles are not in {ARTICLES_DIR}: {', '.join(missing)}")
    return [(ARTICLES_DIR / row["copy"]).read_text(encoding="utf-8") for row in rows]


def repeated(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def inputs() -> dict[str, Callable[[int], str]]:
    articles = "\n\n".join(seeds())
    one_line = " ".join(line.strip() for line in articles.split("\n") if line.strip())
    return {
        "articles (paragraphs)": repeated(articles + "\n\n"),
        "articles (one line each)": repeated(one_line + "\n"),
        '"a. " repeated': repeated("a. "),
        '"Dr. " repeated': repeated("Dr. "),
        '"Mr. A. " repeated': repeated("Mr. A. "),
        '"a.\\n" (one-word lines)': repeated("a.\n"),
        '"word " (no full stop)': repeated("word "),
    }


def timed(step: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - began)
    return statistics.median(times), result


def splitting() -> None:
    print(f"1. intake.segment.sentences(), median of 3 runs (1 run at 1 MB and more); load average "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")  # fmt: skip
    header = "".join(f"{f'{size // KB:,} KB':>22}" for size in SIZES)
    print(f"{'text':28}{header}")
    for name, make in inputs().items():
        cells = []
        for size in SIZES:
            text = make(size)
            seconds, found = timed(lambda text=text: sentences(text), 1 if size >= MB else 3)
            per_mb = seconds / (len(text) / MB)
            cells.append(f"{seconds:6.2f} s {per_mb:5.2f} s/MB")
        print(f"{name:28}" + "".join(f"{cell:>22}" for cell in cells))
    print("   (s/MB: the time per megabyte; level as the text grows = linear)")
    same = all(_as_tuples(sentences(text)) == pysbd_line_by_line(text) for text in seeds())
    count = sum(len(sentences(text)) for text in seeds())
    print(f"   The five demo articles: {count} sentences, split exactly as pysbd alone splits them: {same}.")


def _as_tuples(found) -> list[tuple[str, int, int, int]]:
    return [(s.text, s.start, s.end, s.paragraph) for s in found]


def pysbd_line_by_line(text: str) -> list[tuple[str, int, int, int]]:
    """The intake's split before its work was bounded: each line by pysbd's segment()."""
    segmenter = pysbd.Segmenter(language="en", clean=False)
    found, offset, number = [], 0, 0
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


def before() -> None:
    print("\n2. Before: pysbd alone, line by line, one run")
    print(f"{'text':28}" + "".join(f"{f'{size // KB} KB':>12}" for size in BEFORE_SIZES))
    for name, make in inputs().items():
        cells = []
        for size in BEFORE_SIZES:
            text = make(size)
            cells.append(f"{timed(lambda text=text: pysbd_line_by_line(text), 1)[0]:10.2f} s")
        print(f"{name:28}" + "".join(f"{cell:>12}" for cell in cells))
    print("   (twice the text, four times the time: the square of the length)")


class Dripping(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"Trade between Kazakhstan and Iran grew by 40% in ten months." * 10
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            for byte in body:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(2)
        except OSError:
            pass

    def log_message(self, *args):
        pass


def dripping(deadline: int | None) -> None:
    from intake.fetch import IntakeError, from_url

    settings.INTAKE_ALLOW_PRIVATE_ADDRESSES = True
    if deadline is not None:
        settings.INTAKE_FETCH_DEADLINE = deadline
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Dripping)
    server.daemon_threads, server.block_on_close = True, False
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/article"
    print(
        f"\n3. A page sent a byte every 2 s (600 bytes: 20 minutes), INTAKE_FETCH_TIMEOUT "
        f"{settings.INTAKE_FETCH_TIMEOUT} s, INTAKE_FETCH_DEADLINE {settings.INTAKE_FETCH_DEADLINE} s"
    )
    began = time.perf_counter()
    try:
        from_url(url)
        outcome = "taken (it should not be)"
    except IntakeError as error:
        outcome = f"refused: {error}"
    print(f"   after {time.perf_counter() - began:.1f} s, {outcome}")
    server.shutdown()
    server.server_close()


def page() -> None:
    from django.core.management import call_command
    from django.test import Client

    from intake.fetch import from_paste
    from intake.services import article_intake
    from tests.factories import SourceFactory, UserFactory

    call_command("migrate", verbosity=0)
    editor = UserFactory(username=f"bench-editor-{time.time_ns()}", role="Editor")
    client = Client(HTTP_HOST="localhost")
    client.force_login(editor)
    print("\n4. Taken in (split, copy kept, quotes checked) and the article's admin page rendered, one run")
    print(f"{'text':28}{'size':>8}{'sentences':>12}{'intake':>10}{'page':>10}{'page size':>12}")
    for name, make in inputs().items():
        if "articles" in name:
            continue
        for size in (39 * KB, 5 * MB):
            source, received = SourceFactory(), from_paste(make(size))
            began = time.perf_counter()
            copy, _ = article_intake(source=source, received=received, user=editor)
            seconds = time.perf_counter() - began
            began = time.perf_counter()
            response = client.get(f"/admin/sources/articlecopy/{copy.pk}/change/")
            shown = time.perf_counter() - began
            assert response.status_code == 200, response.status_code
            print(
                f"{name:28}{f'{size // KB:,} KB':>8}{len(copy.sentences):>12,}{seconds:>8.2f} s{shown:>8.2f} s"
                f"{len(response.content) / MB:>9.1f} MB"
            )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", action="store_true", help="also time pysbd alone, line by line")
    parser.add_argument("--page", action="store_true", help="also take the texts in and render their page")
    parser.add_argument("--deadline", type=int, help="INTAKE_FETCH_DEADLINE for the dripping page, in seconds")
    options = parser.parse_args()
    splitting()
    if options.before:
        before()
    dripping(options.deadline)
    if options.page:
        page()
