"""An editor logging a claim is told which existing claims already say the same thing."""

import pytest
from django.db import connection

from claims.models import RepeatDismissal
from claims.repeats import suggestions as repeat_suggestions
from claims.repeats.services import repeat_dismiss, repeat_link
from claims.repeats.suggestions import (
    MIN_SIMILARITY,
    SUGGESTIONS,
    similarity,
    suggestions,
    suggestions_for_text,
    trigrams,
)
from tests.factories import ClaimFactory, UserFactory

ROADMAP = "Pezeshkian said a roadmap to raise bilateral trade to $3 billion has been prepared."
ROADMAP_AGAIN = "Pezeshkian said a roadmap to raise trade to 3 billion dollars is ready."
UNRELATED = "Tokayev thanked Iran for land at the Shahid Rajaee port in Bandar Abbas."


def refs(found):
    return [s.claim.ref for s in found]


class TestSimilarityMeasure:
    def test_trigrams_are_pg_trgm_trigrams(self):
        assert trigrams("Cat") == {"  c", " ca", "cat", "at "}

    def test_identical_texts_score_one_and_disjoint_texts_zero(self):
        assert similarity("Trade grew", "trade, grew!") == 1.0
        assert similarity("abc", "xyz") == 0.0
        assert similarity("", "xyz") == 0.0

    def test_a_paraphrase_scores_above_the_threshold_and_an_unrelated_claim_below(self):
        assert similarity(ROADMAP, ROADMAP_AGAIN) >= MIN_SIMILARITY
        assert similarity(ROADMAP, UNRELATED) < MIN_SIMILARITY


@pytest.mark.django_db
class TestSuggestions:
    def test_the_same_statement_is_suggested_first_and_unrelated_claims_not_at_all(self):
        claim = ClaimFactory(ref="roadmap", text=ROADMAP)
        ClaimFactory(ref="roadmap-again", text=ROADMAP_AGAIN)
        ClaimFactory(ref="roadmap-exact", text=ROADMAP)
        ClaimFactory(ref="port", text=UNRELATED)
        found = suggestions(claim)
        assert refs(found) == ["roadmap-exact", "roadmap-again"]
        assert found[0].similarity == pytest.approx(1.0)

    def test_scores_agree_with_the_python_measure(self):
        claim = ClaimFactory(text=ROADMAP)
        ClaimFactory(ref="again", text=ROADMAP_AGAIN)
        (found,) = suggestions(claim)
        assert found.similarity == pytest.approx(similarity(ROADMAP, ROADMAP_AGAIN), abs=1e-4)

    def test_the_claim_itself_and_its_group_are_left_out(self, editor):
        claim = ClaimFactory(ref="roadmap", text=ROADMAP)
        linked = ClaimFactory(ref="linked", text=ROADMAP)
        ClaimFactory(ref="other", text=ROADMAP_AGAIN)
        repeat_link(claim=linked, other=claim, user=editor)
        assert refs(suggestions(claim)) == ["other"]
        assert refs(suggestions(linked)) == ["other"]

    def test_dismissed_pairs_are_left_out_both_ways(self, editor):
        claim = ClaimFactory(ref="roadmap", text=ROADMAP)
        other = ClaimFactory(ref="other", text=ROADMAP_AGAIN)
        repeat_dismiss(claim=claim, other=other, user=editor)
        assert suggestions(claim) == []
        assert suggestions(other) == []

    def test_suggestions_for_text_before_the_claim_is_saved(self):
        ClaimFactory(ref="roadmap", text=ROADMAP)
        assert refs(suggestions_for_text(ROADMAP_AGAIN)) == ["roadmap"]
        assert suggestions_for_text("  ") == []

    def test_the_limit_is_kept(self):
        claim = ClaimFactory(text=ROADMAP)
        for n in range(7):
            ClaimFactory(text=f"{ROADMAP} ({n})")
        assert len(suggestions(claim)) == SUGGESTIONS
        assert len(suggestions(claim, limit=2)) == 2


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor == "postgresql", reason="the standard-library fallback runs on SQLite")
class TestSqliteFallback:
    def test_the_fallback_scores_only_a_bounded_set_of_candidates(self, monkeypatch):
        claim = ClaimFactory(text=ROADMAP)
        for n in range(5):
            ClaimFactory(text=f"{ROADMAP_AGAIN} {n}")
        monkeypatch.setattr(repeat_suggestions, "FALLBACK_CANDIDATES", 2)
        found = suggestions(claim)
        assert len(found) == 2
        # The most recently logged candidates are the ones scored.
        assert {s.claim.text for s in found} == {f"{ROADMAP_AGAIN} 4", f"{ROADMAP_AGAIN} 3"}

    def test_a_claim_sharing_no_long_word_is_not_a_candidate(self):
        claim = ClaimFactory(text=ROADMAP)
        ClaimFactory(text="Rail freight doubled on the eastern corridor")
        assert suggestions(claim) == []


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="the trigram index exists on PostgreSQL only")
def test_postgresql_has_the_trigram_index_and_uses_the_operator():
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'claim_text_trgm'")
        (definition,) = cursor.fetchone()
    assert "gin_trgm_ops" in definition
    ClaimFactory(text=ROADMAP)
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        suggestions_for_text(ROADMAP_AGAIN)
    assert any("%%" in q["sql"] or " % " in q["sql"] for q in queries.captured_queries)


@pytest.mark.django_db
def test_dismissing_twice_keeps_one_row(editor):
    claim, other = ClaimFactory(text=ROADMAP), ClaimFactory(text=ROADMAP_AGAIN)
    repeat_dismiss(claim=claim, other=other, user=editor)
    repeat_dismiss(claim=other, other=claim, user=editor)
    assert RepeatDismissal.objects.count() == 1


@pytest.mark.django_db
def test_a_reader_without_permission_cannot_dismiss():
    from django.core.exceptions import PermissionDenied

    claim, other = ClaimFactory(text=ROADMAP), ClaimFactory(text=ROADMAP_AGAIN)
    with pytest.raises(PermissionDenied):
        repeat_dismiss(claim=claim, other=other, user=UserFactory(username="reader"))
    assert not RepeatDismissal.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("near_copies", [1, 7])
def test_suggestions_rank_as_the_python_measure_does_whether_or_not_the_strict_pass_fills_the_list(near_copies):
    claim = ClaimFactory(text=ROADMAP)
    texts = [f"{ROADMAP} Copy {n}." for n in range(near_copies)] + [ROADMAP_AGAIN, f"{ROADMAP_AGAIN} Again."]
    for text in texts:
        ClaimFactory(text=text)
    expected = sorted(texts, key=lambda t: -similarity(ROADMAP, t))[:SUGGESTIONS]
    found = suggestions(claim)
    assert [round(s.similarity, 4) for s in found] == [round(similarity(ROADMAP, t), 4) for t in expected]
