"""The source watch: each cited source's address fetched again, and what was found there recorded.

The fetch is the intake's (intake.fetch.from_url): public addresses only, its timeouts and deadline, its
extraction of a page's main text, with the watch's own cap on a page's size (SOURCE_WATCH_MAX_BYTES). Two
requests to one host are at least SOURCE_WATCH_HOST_SPACING_MS apart. What a fetch gives is recorded by
claims.services.source_checks: unchanged, changed since we cited it, gone (404, 410), unreachable (no
answer, or an error of the server's), or not read (not a public address, not a page, too large, no text).
Nothing a fetch meets stops the watch: each source gets its result and the next is fetched.
"""

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError
from django.utils import timezone

from claims.services import Reading, check_record
from intake.fetch import Answered, IntakeError, Unreachable, from_url
from sources.models import CheckStatus, Source, SourceCheck

GONE = frozenset({404, 410})


def read(url: str) -> Reading:
    """Fetch `url` as the intake does and say what was found."""
    try:
        received = from_url(url, limit=settings.SOURCE_WATCH_MAX_BYTES, limit_name="SOURCE_WATCH_MAX_BYTES")
    except Answered as answered:
        status = CheckStatus.GONE if answered.status in GONE else CheckStatus.UNREACHABLE
        return Reading(url=url, status=status, http_status=answered.status, detail=str(answered))
    except Unreachable as error:
        return Reading(url=url, status=CheckStatus.UNREACHABLE, detail=str(error))
    except IntakeError as error:
        return Reading(url=url, status=CheckStatus.REFUSED, detail=str(error))
    except Exception as error:  # noqa: BLE001 - a parser's own failure on one page must not stop the watch
        return Reading(url=url, status=CheckStatus.REFUSED, detail=f"The page could not be read ({error!r}).")
    return Reading(url=url, text=received.text, http_status=200)


class Spacing:
    """Waits so that a request to a host starts at least `seconds` after the last one to it ended."""

    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic, sleep=time.sleep):
        self.seconds, self.clock, self.sleep = seconds, clock, sleep
        self.last: dict[str, float] = {}

    @staticmethod
    def host(url: str) -> str:
        return (urlsplit(url).hostname or "").lower()

    def wait(self, url: str) -> None:
        ended = self.last.get(self.host(url))
        if ended is not None:
            left = ended + self.seconds - self.clock()
            if left > 0:
                self.sleep(left)

    def done(self, url: str) -> None:
        self.last[self.host(url)] = self.clock()


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    checks: list[SourceCheck] = field(default_factory=list)

    def __str__(self) -> str:
        total = sum(self.counts.values())
        parts = [f"{self.counts[key]} {label.lower()}" for key, label in CheckStatus.choices if self.counts[key]]
        return f"{total} source{'' if total == 1 else 's'} checked" + (f": {', '.join(parts)}." if parts else ".")


def watch(sources: Iterable[Source], *, user, report: Callable[[Source, SourceCheck], None] | None = None) -> Summary:
    """Fetch each source's address and record what was found, one source after another."""
    spacing = Spacing(settings.SOURCE_WATCH_HOST_SPACING_MS / 1000)
    summary = Summary()
    for source in sources:
        if not source.url:
            continue
        spacing.wait(source.url)
        reading = read(source.url)
        spacing.done(source.url)
        try:
            check = check_record(source=source, reading=reading, user=user, now=timezone.now())
        except IntegrityError:  # another watch recorded this source's first check meanwhile: its result stands
            continue
        summary.counts[check.status] += 1
        summary.checks.append(check)
        if report is not None:
            report(source, check)
    return summary
