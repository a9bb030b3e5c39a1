"""An editor loads the demo register (`load_demo`) and gets a first login (`create_local_editor`)."""

import datetime
import os
import re
from collections import Counter
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import transaction

from claims import rules, services
from claims.demo import data, translated
from claims.models import Claim, ClaimEvent, ClaimTranslation, Evidence, Stance, Status, Visit, VisitTranslation
from sources.models import Source

SEEDS_DIR = Path(settings.BASE_DIR).parent / "shared" / "seeds"


def run(command: str) -> str:
    out = StringIO()
    call_command(command, stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    """Rows in every table of every installed model, history and workflow events included."""
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.fixture(scope="module")
def demo_register(django_db_setup, django_db_blocker):
    """The demo register, loaded once for this module and rolled back after it.

    Each test still runs in its own savepoint inside this transaction (the `db`
    fixture), so what one test changes the next does not see.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        output = run("load_demo")
        yield output
        transaction.set_rollback(True)


@pytest.fixture
def loaded(demo_register, db):
    return demo_register


@pytest.fixture
def seeds():
    if not SEEDS_DIR.is_dir():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"The seed articles are missing from {SEEDS_DIR}; CI must check the quotes against them.")
        pytest.skip(f"The seed articles are not at {SEEDS_DIR}, so the quotes cannot be checked here.")
    return {row["ref"]: (SEEDS_DIR / row["copy"]).read_text(encoding="utf-8") for row in data.SOURCES if "copy" in row}


# --- What gets loaded --------------------------------------------------------
def test_loads_at_least_35_claims_most_published_some_in_review(loaded):
    total = Claim.objects.count()
    published = Claim.objects.published().count()
    in_review = Claim.objects.filter(status=Status.IN_REVIEW, is_published=False).count()
    assert total >= 35
    assert published > total / 2
    assert in_review >= 1
    assert not Claim.objects.filter(status__in=Status.working(), is_published=True).exists()


def test_counts_per_status_match_the_data(loaded):
    expected = Counter((row["status"], row["publish"]) for row in data.CLAIMS)
    actual = Counter(Claim.objects.values_list("status", "is_published"))
    assert actual == expected
    # The mix the register is meant to show: every verdict appears, and so does work in progress.
    assert {status for status, _ in actual} >= set(Status.verdicts()) | {Status.IN_REVIEW}


def test_every_published_claim_satisfies_the_publishing_rule(loaded):
    published = list(Claim.objects.published())
    assert published
    for claim in published:
        assert not rules.why_not_publishable(
            status=claim.status, summary=claim.verdict_summary, independence=services.independence(claim)
        ), claim.ref
        assert claim.verdict_summary.strip(), claim.ref


def test_verdicts_and_publication_went_through_the_workflow(loaded):
    system = services.system_user()
    for claim in Claim.objects.published():
        kinds = list(claim.events.order_by("at", "id").values_list("kind", "user"))
        expected = [(ClaimEvent.Kind.STATUS, system.pk), (ClaimEvent.Kind.PUBLISHED, system.pk)]
        if claim.ref == translated.OUT_OF_DATE_CLAIM:
            # Updated after its translations were made (claims.demo.translated), so readers see them out of date.
            expected.append((ClaimEvent.Kind.CORRECTION, system.pk))
        assert kinds == expected, claim.ref
    for claim in Claim.objects.filter(status=Status.IN_REVIEW):
        event = claim.events.get()
        assert (event.kind, event.to_status) == (ClaimEvent.Kind.STATUS, Status.IN_REVIEW)
        assert event.note, f"{claim.ref}: an in-review claim says what is left to check"
    assert not ClaimEvent.objects.filter(claim__status=Status.UNVERIFIED).exists()


def test_the_three_visits_with_their_hosts_and_dates(loaded):
    visits = {v.ref: v for v in Visit.objects.all()}
    assert set(visits) == {data.NURTLEU_TEHRAN, data.PEZESHKIAN_ASTANA, data.PEZESHKIAN_ASHGABAT}
    assert (visits[data.NURTLEU_TEHRAN].host_country, visits[data.NURTLEU_TEHRAN].guest_country) == ("IR", "KZ")
    assert visits[data.PEZESHKIAN_ASTANA].host_country == "KZ"
    assert visits[data.PEZESHKIAN_ASHGABAT].host_country == "TM"
    assert visits[data.PEZESHKIAN_ASTANA].start_date == datetime.date(2025, 12, 10)
    for visit in visits.values():
        assert "infer" in visit.summary, f"{visit.ref}: the summary says which dates are inferred"


def test_the_five_articles_are_cited_with_their_publisher_address_and_date(loaded):
    articles = {source.ref: source for source in Source.objects.filter(ref__in=data.ARTICLES).select_related("outlet")}
    assert len(articles) == 5
    cited = {ref: (s.outlet.name, s.url, s.published_on) for ref, s in articles.items()}
    assert cited["tt-2025-12-12-pezeshkian-tour"] == (
        "Tehran Times",
        "https://www.tehrantimes.com/news/521552/Iran-strengthens-ties-in-Central-Asia-as-Pezeshkian-visits-Kazakhstan",
        datetime.date(2025, 12, 12),
    )
    assert cited["tt-2025-06-07-nurtleu-pezeshkian"][0:3:2] == ("Tehran Times", datetime.date(2025, 6, 7))
    assert cited["presstv-2025-12-11-transport-corridor"][0] == "Press TV"
    assert cited["astanatimes-2025-12-astana-tehran-partnership"][0] == "The Astana Times"
    assert cited["alwaght-2025-12-pezeshkian-central-asia-tour"][0] == "Alwaght"
    # The two write-ups of the Iranian presidency's account are one voice, not two.
    assert articles["tt-2025-12-12-pezeshkian-tour"].origin == articles["presstv-2025-12-11-transport-corridor"].origin


def test_every_source_has_an_address_and_every_paraphrase_a_source_to_read(loaded):
    assert not Source.objects.filter(url=None).exists()
    assert not Source.objects.filter(outlet=None).exists()
    for item in Evidence.objects.filter(paraphrased=True).select_related("source"):
        assert item.source.url and item.source.ref not in data.ARTICLES, item.pk
    # Evidence from the five articles is quoted, never paraphrased.
    assert not Evidence.objects.filter(paraphrased=True, source__ref__in=data.ARTICLES).exists()
    assert Evidence.objects.filter(paraphrased=True).count() > 50


def test_claims_that_state_a_number_carry_it(loaded):
    trade = Claim.objects.get(ref="trade-reached-310-8-million-january-september-2025")
    assert (trade.figure_value, trade.figure_unit, trade.figure_period) == (310800000, "USD", "January–September 2025")
    growth = Claim.objects.get(ref="trade-up-44-9-percent-january-september-2025")
    assert (float(growth.figure_value), growth.figure_unit) == (44.9, "percent")
    assert Claim.objects.exclude(figure_value=None).count() >= 15
    assert not Claim.objects.exclude(figure_value=None).filter(figure_unit="").exists()


def test_the_audit_findings_are_on_the_register(loaded):
    verdicts = dict(Claim.objects.values_list("ref", "status"))
    # He did meet Gurbanguly Berdimuhamedov; only the title "President" was wrong.
    assert verdicts["pezeshkian-met-president-gurbanguly-berdimuhamedov"] == Status.PARTLY_VERIFIED
    # Other invitations (the Chairman of the People's Council's, the foreign minister's) do not show that the
    # President, who hosted the forum, did not invite him: not false, and not confirmed either.
    assert verdicts["invited-to-ashgabat-by-president-serdar-berdimuhamedov"] == Status.UNVERIFIABLE
    # The IAEA confirmed that Iran kept its 2015 commitments, not "transparency": misleading, not partly verified.
    assert verdicts["iaea-confirmed-transparency-of-iran-nuclear-activities"] == Status.MISLEADING
    # Eight and fourteen count different things: both stand.
    assert verdicts["eight-intergovernmental-documents-signed-in-astana"] == Status.VERIFIED
    assert verdicts["fourteen-agreements-and-memoranda-signed-in-astana"] == Status.PARTLY_VERIFIED
    # A group already in Kazakhstan does not dispute the size of the delegation.
    assert verdicts["delegation-of-100-business-leaders-accompanied-pezeshkian"] == Status.UNVERIFIABLE
    assert verdicts["chief-of-staff-said-trade-agreements-would-be-finalised"] == Status.UNVERIFIABLE
    assert verdicts["honorary-doctorate-at-nazarbayev-university"] == Status.UNVERIFIABLE
    # New check-worthy statements.
    assert verdicts["iran-has-never-pursued-nuclear-weapons"] == Status.FALSE
    assert "pezeshkian-urged-implementation-of-past-agreements-in-ashgabat" in verdicts
    # An unverifiable verdict says so plainly, and says what was looked at.
    for claim in Claim.objects.published().filter(status=Status.UNVERIFIABLE):
        summary = claim.verdict_summary.lower()
        assert summary.startswith("we could not confirm"), claim.ref
        assert any(word in summary for word in ("found", "searched", "looked", "only")), claim.ref


def test_one_speakers_figure_does_not_corroborate_anothers(loaded):
    """Tokayev's 40% is context for Pezeshkian's 40%, not corroboration of it."""
    pezeshkian = Claim.objects.get(ref="pezeshkian-trade-grew-40-percent-past-year")
    tokayev = Claim.objects.get(ref="tokayev-trade-grew-40-percent-past-ten-months")
    for claim, other in ((pezeshkian, tokayev), (tokayev, pezeshkian)):
        assert not claim.evidence.filter(
            stance=Stance.CORROBORATES, source=other.article, quote=other.quote
        ).exists(), claim.ref
    # Neither period ends on the day of the talks.
    assert datetime.date(2025, 12, 11) not in (pezeshkian.figure_period_end, tokayev.figure_period_end)
    assert (tokayev.figure_period_start, tokayev.figure_period_end) == (
        datetime.date(2025, 1, 1),
        datetime.date(2025, 10, 31),
    )


def test_repeats_carry_the_same_verdict(loaded):
    for claim in Claim.objects.filter(repeat_of__isnull=False).select_related("repeat_of"):
        assert claim.status == claim.repeat_of.status, claim.ref


def test_commitments_name_their_speaker_and_say_when_a_date_is_our_reading(loaded):
    roadmap = Claim.objects.get(ref="roadmap-to-raise-trade-to-3-billion-dollars")
    assert "2022" in roadmap.commitment_first_made
    programme = Claim.objects.get(ref="cultural-exchange-programme-2026-2028-approved")
    assert programme.commitment_due == datetime.date(2028, 12, 31) and programme.commitment_due_is_reading
    assert not Claim.objects.filter(is_commitment=True, speaker="The Astana Times").exists()


# --- Quotes are verbatim -----------------------------------------------------
def test_every_quote_is_verbatim_in_its_article(loaded, seeds):
    checked = 0
    for claim in Claim.objects.select_related("article"):
        assert claim.quote in seeds[claim.article.ref], f"claim {claim.ref}: quote not in {claim.article.ref}"
        checked += 1
    for item in Evidence.objects.filter(paraphrased=False).select_related("claim", "source"):
        assert item.quote in seeds[item.source.ref], f"evidence on {item.claim.ref}: quote not in {item.source.ref}"
        checked += 1
    quoted = sum(not item["paraphrased"] for row in data.CLAIMS for item in row["evidence"])
    assert checked == len(data.CLAIMS) + quoted


def test_the_demo_keeps_a_copy_of_each_article_and_every_quote_is_found_in_it(loaded, seeds):
    from claims.services import digest
    from sources.models import ArticleCopy

    copies = {copy.source.ref: copy for copy in ArticleCopy.objects.select_related("source")}
    assert set(copies) == set(data.ARTICLES) and len(copies) == 5
    for ref, text in seeds.items():
        assert (copies[ref].text, copies[ref].sha256) == (text, digest(text)[0])
    assert "article copies 5/0/0" in loaded
    claims = Claim.objects.filter(article__ref__in=data.ARTICLES)
    assert claims.count() == len(data.CLAIMS) and not claims.exclude(quote_found=True).exists()
    quoted = Evidence.objects.filter(source__ref__in=data.ARTICLES, paraphrased=False)
    assert quoted.exists() and not quoted.exclude(quote_found=True).exists()
    call_command("check_quotes", stdout=StringIO())  # exits 0: nothing to list


def test_without_the_articles_beside_the_checkout_the_demo_says_so(db, monkeypatch, tmp_path):
    from claims.demo import loader
    from claims.services import system_user
    from intake.services import copy_remove
    from sources.models import ArticleCopy

    for copy in ArticleCopy.objects.all():  # when the module's demo register is loaded already
        copy_remove(copy=copy, user=system_user(), note="Testing the load without the articles.")
    monkeypatch.setattr(loader, "ARTICLES_DIR", tmp_path)
    output = run("load_demo")
    assert f"No copy of the articles was kept: 5 of their 5 files are not in {tmp_path}" in output
    assert not ArticleCopy.objects.exists()
    assert Claim.objects.exists() and not Claim.objects.filter(quote_found__isnull=False).exists()


def test_quotes_are_passages_not_whole_articles(seeds):
    for row in data.CLAIMS:
        for quote in [row["quote"], *(item["quote"] for item in row["evidence"] if not item["paraphrased"])]:
            assert 20 < len(quote) < 600, row["ref"]


def test_weekdays_stated_with_dates_are_right():
    """Every 'Weekday D Month YYYY' the data asserts is checked against the calendar."""
    pattern = re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (\d{1,2}) (\w+) (\d{4})")
    found = 0
    texts = [row["summary"] for row in data.VISITS]
    texts += [row[key] for row in data.CLAIMS for key in ("text", "verdict_summary", "review_note")]
    for text in texts:
        for weekday, day, month, year in pattern.findall(text):
            date = datetime.datetime.strptime(f"{day} {month} {year}", "%d %B %Y").date()
            assert date.strftime("%A") == weekday, f"{weekday} {day} {month} {year}"
            found += 1
    assert found >= 8


# --- Idempotence -------------------------------------------------------------
def test_running_twice_changes_nothing(loaded):
    before = row_counts()
    assert before["claims.HistoricalClaim"] > 0 and before["claims.ClaimEvent"] > 0
    stamps = dict(Claim.objects.values_list("ref", "updated_at"))
    output = run("load_demo")
    assert row_counts() == before
    assert dict(Claim.objects.values_list("ref", "updated_at")) == stamps
    assert "created 0, updated 0," in output


def test_a_rerun_updates_only_what_differs(loaded):
    Claim.objects.filter(ref="700-iranian-companies-operate-in-kazakhstan").update(text="Changed by hand.")
    Source.objects.filter(ref="presstv-2025-12-11-transport-corridor").update(title="Changed by hand.")
    before = row_counts()
    output = run("load_demo")
    after = row_counts()
    assert (
        Claim.objects.get(ref="700-iranian-companies-operate-in-kazakhstan").text
        == "Tokayev said about 700 Iranian companies operate in Kazakhstan."
    )
    assert after["claims.HistoricalClaim"] == before["claims.HistoricalClaim"] + 1
    assert after["sources.HistoricalSource"] == before["sources.HistoricalSource"] + 1
    # The published claim's wording changed: that is an update on its public record, with a reason. So is the
    # source's title, on the record of every published claim citing it (the loader writes through the same rules).
    citing = services.claims_citing([Source.objects.get(ref="presstv-2025-12-11-transport-corridor").pk])
    (cited,) = citing.values()
    assert after["claims.ClaimEvent"] == before["claims.ClaimEvent"] + 1 + len(cited)
    updates = ClaimEvent.objects.filter(kind=ClaimEvent.Kind.UPDATE)
    (wording,) = [event for event in updates if event.changes[0]["field"] == "text"]
    assert (
        wording.note
        and wording.changes[0]["after"] == "Tokayev said about 700 Iranian companies operate in Kazakhstan."
    )
    retitled = updates.exclude(pk=wording.pk)
    assert sorted(event.claim_id for event in retitled) == sorted(claim.pk for claim in cited)
    assert all(event.note and event.changes[0]["label"] == "Source: title" for event in retitled)
    assert "updated 2," in output


def test_a_revised_verdict_is_recorded_as_a_correction(loaded, monkeypatch):
    ref = "joint-statement-signed-in-astana"
    rows = [
        dict(row, verdict_summary=row["verdict_summary"] + " Revised.") if row["ref"] == ref else row
        for row in data.CLAIMS
    ]
    monkeypatch.setattr(data, "CLAIMS", rows)
    run("load_demo")
    claim = Claim.objects.get(ref=ref)
    assert claim.is_published and claim.verdict_summary.endswith("Revised.")
    correction = claim.events.get(kind=ClaimEvent.Kind.CORRECTION)
    assert correction.note


def test_bad_data_names_the_row_and_writes_nothing(loaded, monkeypatch):
    good = dict(data.CLAIMS[0], ref="a-new-claim-written-before-the-bad-row")
    bad = dict(data.CLAIMS[1], topic="gossip")
    monkeypatch.setattr(data, "CLAIMS", [good, bad])
    before = row_counts()
    with pytest.raises(CommandError, match=rf"claim '{bad['ref']}'.*topic"):
        run("load_demo")
    assert row_counts() == before
    assert not Claim.objects.filter(ref=good["ref"]).exists()


def test_publishing_without_evidence_is_refused_by_the_workflow(loaded, monkeypatch):
    row = dict(data.CLAIMS[0], ref="a-new-claim-without-evidence", evidence=[])
    monkeypatch.setattr(data, "CLAIMS", [row])
    before = row_counts()
    with pytest.raises(CommandError, match=rf"'{row['ref']}' cannot be published.*evidence"):
        run("load_demo")
    assert row_counts() == before


# --- create_local_editor ----------------------------------------------------
def people():
    """Usernames of the accounts someone can log in with (the system account cannot)."""
    return sorted(u.username for u in get_user_model().objects.all() if u.has_usable_password())


def test_local_editor_is_created_when_debug_is_on_and_nobody_can_log_in(loaded, settings):
    settings.DEBUG = True
    assert get_user_model().objects.filter(username=services.system_user().username).exists()
    assert people() == []
    output = run("create_local_editor")
    user = get_user_model().objects.get(username="editor")
    password = re.search(r"password: (\S+)", output).group(1)
    assert user.is_staff and not user.is_superuser
    assert list(user.groups.values_list("name", flat=True)) == ["Editor"]
    assert user.check_password(password)
    assert "http://127.0.0.1:8000/admin/" in output and "username: editor" in output
    assert user.has_perm(rules.PERM_PUBLISH)


def test_no_local_editor_when_debug_is_off(loaded, settings):
    settings.DEBUG = False
    users = get_user_model().objects.count()
    output = run("create_local_editor")
    assert get_user_model().objects.count() == users
    assert people() == []
    assert "DEBUG is off" in output


def test_no_local_editor_when_a_user_already_exists(loaded, settings, contributor):
    settings.DEBUG = True
    output = run("create_local_editor")
    assert people() == ["contributor"]
    assert "already exist" in output


def test_running_create_local_editor_twice_creates_one_user(loaded, settings):
    settings.DEBUG = True
    run("create_local_editor")
    output = run("create_local_editor")
    assert people() == ["editor"]
    assert "already exist" in output


# --- The second audit's findings ------------------------------------------------------------------------------
def test_yjc_renders_akordas_readout_and_no_longer_counts_as_independent_of_it(loaded):
    yjc = Source.objects.get(ref="yjc-2025-12-11-manuscripts-exhibition")
    akorda = Source.objects.get(ref="astanatimes-2025-12-astana-tehran-partnership")
    assert yjc.origin_id == akorda.origin_id == "akorda-2025-12-11-readouts"
    order = Claim.objects.get(ref="tokayev-ordered-exhibition-of-the-manuscripts")
    assert order.article.origin_id == yjc.origin_id
    assert not services.independent_evidence(order).filter(source=yjc).exists()
    assert services.independent_evidence(order).filter(stance=Stance.CORROBORATES).exists()


def test_sources_nobody_could_find_again_are_no_longer_cited(loaded):
    gone = ["mehr-tr-serdar-meeting", "kazinform-ru-2025-12-11-expanded-talks", "izvestia-dzen-visit-announcement"]
    assert not Source.objects.filter(ref__in=gone).exists()
    # The speaker rests on the report again, not on the Mehr account that could not be found.
    remark = Claim.objects.get(ref="ashgabat-summit-brought-together-leaders-of-un-member-states")
    assert remark.speaker.startswith("Gurbanguly Berdimuhamedov")


def test_the_third_reading_cites_what_the_summaries_state(loaded):
    # The visit's dates rest on Kazinform now, the page Izvestia's dates came from being gone.
    left = Claim.objects.get(ref="pezeshkian-left-tehran-wednesday-10-december-2025")
    assert left.evidence.filter(source__ref="kazinform-kk-2025-12-12-foreign-media-review").exists()
    assert "Izvestia" not in left.verdict_summary
    # The free trade agreement: a date it was to take effect, and the Commission's own word that it is in force.
    eaeu = Claim.objects.get(ref="iran-eaeu-free-trade-agreement-to-be-fully-implemented")
    assert "was to take effect" in eaeu.verdict_summary
    assert eaeu.evidence.filter(source__ref="tehrantimes-2025-08-02-eaeu-roadmap").exists()
    # Iran's full membership of BRICS has a source of its own.
    brics = Claim.objects.get(ref="iran-and-central-asia-share-eco-sco-brics-membership")
    assert brics.evidence.filter(source__ref="mehr-2023-08-24-brics-membership").exists()


def test_a_page_silent_on_a_claim_does_not_contradict_it(loaded):
    doctorate = Claim.objects.get(ref="doctorate-from-nazarbayev-international-university")
    assert not doctorate.evidence.filter(source__ref="nu-edu-kz-official-site", stance=Stance.CONTRADICTS).exists()
    assert "the name is wrong" not in doctorate.verdict_summary


def test_the_eight_documents_are_not_said_to_overstate_a_total(loaded):
    eight = Claim.objects.get(ref="eight-intergovernmental-documents-signed-in-astana")
    assert "overstate" not in eight.verdict_summary
    barley = Claim.objects.get(ref="kazakhstan-supplied-500000-tons-of-barley-to-iran")
    assert "delivered to Iran in 2024" not in barley.verdict_summary and "2024–25 season" in barley.verdict_summary


def test_the_membership_claim_is_filed_under_the_astana_visit(loaded):
    claim = Claim.objects.get(ref="iran-and-central-asia-share-eco-sco-brics-membership")
    assert claim.visit.ref == data.PEZESHKIAN_ASTANA


def test_commitments_say_no_date_once_and_carry_the_follow_ups_found(loaded, client):
    assert not Claim.objects.filter(is_commitment=True, commitment_horizon__icontains="no date given").exists()
    exhibition = Claim.objects.get(ref="tokayev-ordered-exhibition-of-the-manuscripts")
    (check,) = exhibition.follow_ups.all()
    assert (check.status, check.checked_on, check.source.ref) == (
        "fulfilled",
        datetime.date(2025, 12, 13),
        "kazpravda-2025-12-13-manuscripts-exhibition",
    )
    roadmap = Claim.objects.get(ref="roadmap-to-raise-trade-to-3-billion-dollars")
    assert roadmap.follow_ups.get().checked_on.year == 2026
    html = client.get("/commitments/").content.decode()
    assert "no date given (no date given)" not in html.lower()


def test_the_demo_register_in_persian_russian_and_kazakh(loaded):
    """Every published claim and visit in Persian and Russian, the visits and twenty claims in Kazakh; each
    credited to the desk as machine-assisted and not reviewed; one out of date after a later update."""
    published = set(Claim.objects.published().values_list("pk", flat=True))
    for language in ("fa", "ru"):
        made = set(
            ClaimTranslation.objects.filter(language=language, status="published").values_list("claim", flat=True)
        )
        assert made == published, language
    assert ClaimTranslation.objects.filter(language="kk", claim__in=published).count() >= 20
    for language in ("fa", "ru", "kk"):
        assert VisitTranslation.objects.filter(language=language, status="published").count() == Visit.objects.count()
    for model in (ClaimTranslation, VisitTranslation):
        assert not model.objects.filter(reviewed_by__isnull=False).exists()
        for language, desk in translated.TRANSLATORS.items():
            made = model.objects.filter(language=language)
            assert made.exists() and not made.exclude(translator=desk, machine_assisted=True).exists()
    stale = ClaimTranslation.objects.filter(outdated_at__isnull=False)
    assert {(t.claim.ref, t.language) for t in stale} == {
        (translated.OUT_OF_DATE_CLAIM, "fa"),
        (translated.OUT_OF_DATE_CLAIM, "ru"),
    }
