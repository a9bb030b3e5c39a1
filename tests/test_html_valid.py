"""Every kind of public page is valid HTML by the W3C's Nu HTML Checker (vnu), run over the demo register."""

import datetime
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from claims import services
from claims.demo import load_demo
from claims.models import Claim, ClaimMention, Entity, EntityRole, EventTranslation, Status
from tests.factories import translate

pytestmark = pytest.mark.django_db

VNU = Path(settings.BASE_DIR) / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def _checker() -> list[str]:
    java = shutil.which("java")
    problem = None
    if not java:
        problem = "Java is not installed (apt-get install -y default-jre-headless); the HTML checker needs it"
    elif not VNU.exists():
        problem = f"the Nu HTML Checker is not installed at {VNU} (npm ci in the project folder)"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(problem)
        pytest.skip(problem)
    return [java, "-Xss4m", "-jar", str(VNU)]


def page_types(client) -> dict[str, str]:
    """One address for every kind of public page, with a correction and a withdrawal on the record."""
    load_demo()
    editor = services.system_user("html-check")
    published = Claim.objects.published().order_by("ref")
    corrected = published.filter(status=Status.VERIFIED).first()
    # Translated into Persian and Russian before its correction: both pages say their translation is out of date.
    for language in ("fa", "ru"):
        translate(corrected, language, editor=editor)
    services.claim_set_verdict(
        claim=corrected,
        user=editor,
        status=Status.PARTLY_VERIFIED,
        verdict_summary=corrected.verdict_summary,
        note="The period in the summary was too wide.",
    )
    correction = corrected.events.filter(kind="correction").latest("at")
    # Its reason, translated into Persian: the Persian record and corrections log give it in Persian.
    reason = EventTranslation(event=correction, language="fa", note="دورهٔ خلاصه بیش از حد گسترده بود.")
    reason.translator, reason.status = "The register's desk", "published"
    services.translation_save(reason, user=editor)
    claim = published.exclude(pk=corrected.pk).exclude(quote="").first()
    # A current translation, machine-assisted and not yet reviewed, with the register's translation of the quote.
    translate(claim, "fa", editor=editor, review=False, machine_assisted=True)
    withdrawn = (
        published.exclude(pk__in=[corrected.pk, claim.pk]).filter(repeats__isnull=True, repeat_of__isnull=True).last()
    )
    services.claim_unpublish(claim=withdrawn, user=editor, reason="Its article was retracted by its publisher.")
    source = corrected.article
    # The source watch found the article gone, and it has an archived copy: the claim's page says so.
    address = source.url or "https://news.example.org/article"
    services.check_record(
        source=source,
        reading=services.Reading(url=address, status="gone", http_status=404),
        user=editor,
        now=timezone.now(),
    )
    services.source_update(
        source=source,
        user=editor,
        values={"archive_url": f"https://web.archive.org/web/20251211000000/{address}"},
        change_note="An archived copy of the article.",
    )
    # A speaker with a name in every script and a dated office, and a place the claim names (the tests' own set-up).
    speaker = Entity.objects.create(
        ref="html-check-speaker",
        kind=Entity.Kind.PERSON,
        name="Masoud Pezeshkian",
        name_fa="مسعود پزشکیان",
        name_ru="Масуд Пезешкиан",
        name_kk="Масуд Пезешкиан",
        name_kk_latn="Masud Pezeshkian",
        other_names="Pezeshkyan",
        country="IR",
    )
    office = EntityRole.objects.create(entity=speaker, title="President of Iran", start_date=datetime.date(2024, 7, 28))
    Claim.objects.filter(pk=claim.pk).update(speaker_entity=speaker, speaker_role=office)
    place = Entity.objects.create(ref="html-check-place", kind=Entity.Kind.PLACE, name="Bandar Abbas", country="IR")
    ClaimMention.objects.create(claim=claim, entity=place)
    visit = corrected.visit
    metric = Claim.objects.published().exclude(metric=None).first().metric
    said_by = corrected.speaker
    # A figure page that draws its chart (an image whose parts must not be links).
    charted = next(
        url
        for url in sorted({claim.metric.get_absolute_url() for claim in published.exclude(metric=None)})
        if b'role="img"' in client.get(url).content
    )
    return {
        "home": "/",
        "claim list": "/claims/",
        "claim list, filtered": f"/claims/?status=verified&visit={visit.ref}&q=trade",
        "claim list, by speaker": f"/claims/?speaker={said_by}",
        "claim list, page 2": "/claims/?page=2",
        "claim list, nothing found": "/claims/?q=zzzzzz",
        "claim": claim.get_absolute_url(),
        "corrected claim": corrected.get_absolute_url(),
        "withdrawn claim": withdrawn.get_absolute_url(),
        "visit": visit.get_absolute_url(),
        "two accounts": f"{visit.get_absolute_url()}accounts/",
        "figures": "/figures/",
        "figure": metric.get_absolute_url(),
        "figure with a chart": charted,
        "commitments": "/commitments/",
        "sources": "/sources/",
        "source": source.get_absolute_url(),
        "people and places": "/entities/",
        "person": speaker.get_absolute_url(),
        "place": place.get_absolute_url(),
        "corrections": "/corrections/",
        "methodology": "/methodology/",
        "who runs the register": "/about/about/",
        "corrections policy": "/about/corrections-policy/",
        "send us a claim": "/send-a-claim/",
        "not found": "/claims/no-such-claim/",
    }


def _errors(command: list[str], files: dict[str, str]) -> list[str]:
    run = subprocess.run([*command, "--format", "json", *files], capture_output=True, text=True, timeout=600)
    messages = json.loads(run.stderr or "{}").get("messages", [])
    return [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}: line {m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]


def _save(client, tmp_path, pages: dict[str, str]) -> dict[str, str]:
    files = {}
    for name, url in pages.items():
        response = client.get(url)
        assert response.status_code in (200, 404, 410), (name, url, response.status_code)
        path = tmp_path / f"{name.replace(' ', '-').replace(',', '').replace('/', '')}.html"
        path.write_bytes(response.content)
        files[str(path)] = f"{name} ({url})"
    return files


def test_every_kind_of_public_page_is_valid_html(client, tmp_path):
    command = _checker()
    problems = _errors(command, _save(client, tmp_path, page_types(client)))
    assert not problems, "\n".join(problems)


def test_every_kind_of_public_page_is_valid_html_in_persian_russian_and_kazakh(client, tmp_path):
    from factregister.languages import address_in

    command = _checker()
    pages = {}
    for name, url in page_types(client).items():
        path, _, query = url.partition("?")
        for language in ("fa", "ru", "kk"):
            pages[f"{name} {language}"] = address_in(path, language) + (f"?{query}" if query else "")
    problems = _errors(command, _save(client, tmp_path, pages))
    assert not problems, "\n".join(problems)


def test_titles_in_other_languages_carry_their_language_and_direction(client):
    from sources.models import Source
    from tests.factories import ClaimFactory, EvidenceFactory, SourceFactory, publish

    persian = SourceFactory(title="پزشکیان به قزاقستان سفر خواهد کرد", language="fa")
    russian = SourceFactory(title="Токаев президенту Ирана", language="ru")
    claim = ClaimFactory(text="The president will travel to Kazakhstan")
    EvidenceFactory(claim=claim, source=persian)
    EvidenceFactory(claim=claim, source=russian)
    publish(claim, editor=services.system_user("html-check"))
    claim_page = client.get(claim.get_absolute_url()).content.decode()
    assert '<span lang="fa" dir="rtl">پزشکیان به قزاقستان سفر خواهد کرد</span>' in claim_page
    assert '<span lang="ru" dir="ltr">Токаев президенту Ирана</span>' in claim_page
    source_page = client.get(persian.get_absolute_url()).content.decode()
    assert '<h1 lang="fa" dir="rtl">پزشکیان' in source_page
    assert '<span lang="fa" dir="rtl">' in client.get("/sources/").content.decode()
    english = Source.objects.get(pk=claim.article_id)
    assert f"<h1>{english.title}</h1>" in client.get(english.get_absolute_url()).content.decode()
