"""Check-worthy sentences and speaker guesses on the demo register's quotes, and the intake of a long article.

    .venv/bin/python bench/checkworthy.py                 # a scratch SQLite file for the timing
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch .venv/bin/python bench/checkworthy.py

1. quality: the five articles (../shared/seeds/) are split and scored. A sentence counts as quoted
   when a quote of the demo register (a claim's, or a piece of evidence's in its own words) covers any
   of it. Printed: the rules' recall (quoted sentences flagged / quoted sentences), the share of all
   sentences flagged, the precision (flagged sentences that are quoted) and F1, beside the baseline
   "any sentence with a number" (a digit). Target: recall >= 0.9 while flagging at most half the sentences.
   Then the speaker guesses (intake.speakers) for the demo's 66 claims: each claim's quote is found in its
   article, and the guess for the sentence it starts in (the one an editor logs it from) is compared with
   the claim's speaker: right when it names the same person or body (the same name before the comma, or
   the speaker's name ending with the guess: "Pezeshkian" for "Masoud Pezeshkian, President of Iran"),
   not known when the guess says so, else wrong. Twice: with a register that knows no speaker yet, and
   with one that knows the other 65 claims' speakers (how the guess writes a name it finds).
2. speed: an article of 5,000 words (the five articles, repeated) is taken in (split, copy kept,
   quotes checked again) and its admin page rendered (scored, guesses made) for an editor; the
   median of 5 runs, in wall-clock time and in this process's CPU time (on a shared machine the
   wall clock also counts the wait for a CPU).

The database named by DATABASE_URL (else SQLITE_PATH, default /tmp/checkworthy-bench.sqlite3) is
migrated and given the demo register: use a scratch database.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factregister.settings")
os.environ.setdefault("DEBUG", "true")
if not os.environ.get("DATABASE_URL"):
    os.environ.setdefault("SQLITE_PATH", "/tmp/checkworthy-bench.sqlite3")

import django  # noqa: E402

django.setup()

from claims.demo import data  # noqa: E402
from claims.demo.loader import ARTICLES_DIR  # noqa: E402
from intake.score import any_number, score  # noqa: E402
from intake.segment import sentences  # noqa: E402
from intake.speakers import guess_speaker, speaker_index  # noqa: E402

WORDS = 5000
RUNS = 5


def quoted_passages() -> dict[str, list[str]]:
    """The passages of each article the demo register quotes, by the article's ref."""
    passages: dict[str, list[str]] = {}
    for row in data.CLAIMS:
        passages.setdefault(row["article"], []).append(row["quote"])
        for item in row["evidence"]:
            if not item["paraphrased"]:
                passages.setdefault(item["source"], []).append(item["quote"])
    return passages


def articles() -> list[tuple[str, str]]:
    rows = [row for row in data.SOURCES if row.get("copy")]
    missing = [row["copy"] for row in rows if not (ARTICLES_DIR / row["copy"]).is_file()]
    if missing:
        sys.exit(f"The five articles are not in {ARTICLES_DIR}: {', '.join(missing)}")
    return [(row["ref"], (ARTICLES_DIR / row["copy"]).read_text(encoding="utf-8")) for row in rows]


def quality() -> None:
    passages = quoted_passages()
    counts = {"sentences": 0, "quoted": 0, "flagged": 0, "hit": 0, "baseline": 0, "baseline_hit": 0}
    for ref, text in articles():
        spans = []
        for passage in passages.get(ref, []):
            start = text.find(passage)
            if start < 0:
                sys.exit(f"A quote of '{ref}' is not in its text: {passage}")
            spans.append((start, start + len(passage)))
        for sentence in sentences(text):
            quoted = any(start < sentence.end and sentence.start < end for start, end in spans)
            flagged, baseline = score(sentence.text).checkworthy, any_number(sentence.text)
            counts["sentences"] += 1
            counts["quoted"] += quoted
            counts["flagged"] += flagged
            counts["hit"] += flagged and quoted
            counts["baseline"] += baseline
            counts["baseline_hit"] += baseline and quoted
    total, quoted = counts["sentences"], counts["quoted"]
    print(f"Five articles: {total} sentences, {quoted} of them quoted by the demo register.")
    print(f"{'':28} {'recall':>7} {'flagged':>8} {'precision':>10} {'F1':>6}")
    for label, flagged, hit in (
        ("rules (score >= threshold)", counts["flagged"], counts["hit"]),
        ("baseline (has a number)", counts["baseline"], counts["baseline_hit"]),
    ):
        recall, precision = hit / quoted, hit / flagged if flagged else 0
        f1 = 2 * precision * recall / (precision + recall) if hit else 0
        print(f"{label:28} {recall:7.3f} {flagged / total:8.3f} {precision:10.3f} {f1:6.3f}")
    recall, share = counts["hit"] / quoted, counts["flagged"] / total
    verdict = "met" if recall >= 0.9 and share <= 0.5 else "NOT met"
    print(f"Target recall >= 0.9 flagging <= 0.5 of the sentences: {verdict}.")


def same_speaker(guess: str, speaker: str) -> bool:
    """The guess names the claim's speaker: the same name (before the comma), or the speaker's name ends with it."""

    def name(text: str) -> str:
        return text.split(",")[0].strip().lower().removeprefix("the ")

    guessed, wanted = name(guess), name(speaker)
    return bool(guessed) and (guessed == wanted or wanted.endswith(f" {guessed}"))


def speaker_guesses() -> None:
    sources = {row["ref"]: row for row in data.SOURCES}
    texts = dict(articles())
    split = {ref: sentences(text) for ref, text in texts.items()}
    print(f"\nSpeaker guesses for the demo's {len(data.CLAIMS)} claims, from the sentence each quote starts in:")
    print(f"{'the register knows':38} {'right':>6} {'not known':>10} {'wrong':>6} {'accuracy':>9}")
    for label, known in (("no speaker yet", False), ("the other claims' speakers", True)):
        right = unknown = 0
        for number, row in enumerate(data.CLAIMS):
            text, found = texts[row["article"]], split[row["article"]]
            start = text.find(row["quote"])
            index = next(i for i, s in enumerate(found) if s.end > start)
            others = [other["speaker"] for n, other in enumerate(data.CLAIMS) if n != number] if known else []
            outlet = sources[row["article"]]["outlet"]
            guess = guess_speaker(found, index, outlet=outlet, speakers=speaker_index(others))
            right += same_speaker(guess.name, row["speaker"])
            unknown += not guess.name
        total = len(data.CLAIMS)
        print(f"{label:38} {right:>6} {unknown:>10} {total - right - unknown:>6} {right / total:>9.3f}")


def long_article() -> str:
    texts = [text for _, text in articles()]
    parts, words = [], 0
    while words < WORDS:
        for text in texts:
            parts.append(text)
            words += len(text.split())
            if words >= WORDS:
                break
    return "\n\n".join(parts)


def speed() -> None:
    from django.core.management import call_command
    from django.test import Client

    from claims.demo.loader import load_demo
    from claims.services import system_user
    from intake.fetch import from_paste
    from intake.services import article_intake
    from sources.models import Source
    from tests.factories import UserFactory

    call_command("migrate", verbosity=0)
    load_demo()
    text = long_article()
    source = Source.objects.get(ref=data.ARTICLES[0])
    editor = UserFactory(username=f"bench-editor-{time.time_ns()}", role="Editor")
    client = Client(HTTP_HOST="localhost")
    client.force_login(editor)
    # Wall-clock time, and this process's CPU time: on a shared machine the first waits for the CPU too.
    timings: dict[str, list[tuple[float, float]]] = {"split and score": [], "intake": [], "admin page": []}

    def timed(key, step, *args):
        wall, cpu = time.perf_counter(), time.process_time()
        result = step(*args)
        timings[key].append((time.perf_counter() - wall, time.process_time() - cpu))
        return result

    def split_and_score(text):
        return sum(score(s.text).checkworthy for s in sentences(text))

    def take_in(text):
        note = "Taken again by the benchmark."  # the source is cited by published claims
        return article_intake(source=source, received=from_paste(text), user=system_user(), note=note)[0]

    for run in range(RUNS):
        variant = f"{text}\n\nRun {run}."  # a new text each time: the copy is kept again, quotes rechecked
        flagged = timed("split and score", split_and_score, variant)
        copy = timed("intake", take_in, variant)
        response = timed("admin page", client.get, f"/admin/sources/articlecopy/{copy.pk}/change/")
        assert response.status_code == 200, response.status_code

    def median(key, which):
        return statistics.median(pair[which] for pair in timings[key]) * 1000

    print(f"\nAn article of {len(text.split()):,} words ({len(sentences(text))} sentences, {flagged} check-worthy),")
    print(f"median of {RUNS} runs, load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs:")
    for key in timings:
        print(f"  {key:16} {median(key, 0):7.1f} ms wall {median(key, 1):7.1f} ms CPU")
    wall = median("intake", 0) + median("admin page", 0)
    cpu = median("intake", 1) + median("admin page", 1)
    print(f"  taken in (split, scored, kept) and its page rendered: {wall:.0f} ms wall, {cpu:.0f} ms CPU.")
    print("  Target: under 1,000 ms.")


if __name__ == "__main__":
    quality()
    speaker_guesses()
    speed()
