"""An editor leaves a claim's or a source's ref blank and the register makes one from its text or title: in Latin
letters whatever the script (English, Russian, Kazakh, Persian), a dash or slash between words a hyphen, cut
after a whole word. A ref once made never changes."""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim
from sources.models import Outlet, Source
from sources.slugs import ascii_slug, transliterate
from tests.admin_helpers import MENTIONS_NONE
from tests.factories import ClaimFactory, OutletFactory, SourceFactory, VisitFactory

pytestmark = pytest.mark.django_db


def add_claim(client, text: str, **fields) -> Claim:
    data = {
        "ref": "",
        "article": SourceFactory().pk,
        "visit": VisitFactory().pk,
        "speaker": "Kassym-Jomart Tokayev, President of Kazakhstan",
        "topic": "trade",
        "text": text,
        "quote": text,
        "status": "unverified",
        "verdict_summary": "",
        "change_note": "",
        "evidence-TOTAL_FORMS": 0,
        "evidence-INITIAL_FORMS": 0,
        "events-TOTAL_FORMS": 0,
        "events-INITIAL_FORMS": 0,
        "notes-TOTAL_FORMS": 0,
        "notes-INITIAL_FORMS": 0,
        **MENTIONS_NONE,
        **fields,
    }
    response = client.post("/admin/claims/claim/add/", data)
    assert response.status_code == 302, errors(response)
    return Claim.objects.get(text=text)


def errors(response) -> list:
    context = response.context
    return [context["adminform"].form.errors, *(inline.formset.errors for inline in context["inline_admin_formsets"])]


def add_source(client, title: str, language: str) -> Source:
    data = {
        "title": title,
        "ref": "",
        "outlet": OutletFactory().pk,
        "kind": Source.Kind.ARTICLE,
        "url": "",
        "published_on": "2025-12-11",
        "language": language,
        "origin": "",
        "notes": "",
        "change_note": "",
        "claims_logged-TOTAL_FORMS": 0,
        "claims_logged-INITIAL_FORMS": 0,
    }
    response = client.post("/admin/sources/source/add/", data)
    assert response.status_code == 302, errors(response)
    return Source.objects.get(title=title)


def test_a_claims_ref_keeps_the_dash_between_two_words_and_ends_with_a_whole_word(editor_client):
    claim = add_claim(
        editor_client, "Kazakhstan–Iran trade turnover reached $480 million in the first nine months of 2025."
    )
    # It was "kazakhstaniran-trade-turnover-reached-480-million-in-the-fir".
    assert claim.ref == "kazakhstan-iran-trade-turnover-reached-480-million-in-the"
    assert editor_client.get(f"/admin/claims/claim/{claim.pk}/change/").status_code == 200


@pytest.mark.parametrize(
    "title, language, ref",
    [
        ("Astana/Tehran — a new corridor for Kazakh grain", "en", "astana-tehran-a-new-corridor-for-kazakh-grain"),
        ("Товарооборот Казахстана и Ирана достиг 480 млн долларов", "ru",
         "tovarooborot-kazakhstana-i-irana-dostig-480-mln-dollarov"),
        ("Токаев и Пезешкиан подписали дорожную карту", "ru", "tokayev-i-pezeshkian-podpisali-dorozhnuyu-kartu"),
        ("Тоқаев пен Пезешкиан Астанада кездесті", "kk", "toqayev-pen-pezeshkian-astanada-kezdesti"),
        ("Қазақстан мен Иран арасындағы сауда айналымы өсті", "kk",
         "qazaqstan-men-iran-arasyndaghy-sauda-aynalymy-osti"),
        ("سفر پزشکیان به آستانه", "fa", "sfr-pzshkian-be-astane"),
        ("تجارت ایران و قزاقستان ۴۸۰ میلیون دلار رسید", "fa", "tjart-iran-va-qzaqstan-480-milivn-dlar-rsid"),
    ],
)  # fmt: skip
def test_a_sources_ref_is_made_from_its_title_in_latin_letters(editor_client, title, language, ref):
    assert add_source(editor_client, title, language).ref == ref


def test_a_long_title_is_cut_after_a_whole_word_within_the_limit(editor_client):
    title = "Қазақстан Республикасы мен Иран Ислам Республикасы арасындағы сауда-экономикалық ынтымақтастық туралы"
    source = add_source(editor_client, title, "kk")
    assert len(source.ref) <= 80 and source.ref.startswith("qazaqstan-respublikasy-men-iran-islam")
    assert transliterate(title).lower().replace(" ", "-").startswith(source.ref)  # it ends where a word ends


def test_a_ref_taken_already_gets_a_number_after_a_whole_word(editor_client):
    text = "Kazakhstan–Iran trade turnover reached $480 million in the first nine months of 2025."
    first = add_claim(editor_client, text)
    second = add_claim(editor_client, text.replace("2025.", "2025, customs said."))
    assert first.ref == "kazakhstan-iran-trade-turnover-reached-480-million-in-the"
    assert second.ref == "kazakhstan-iran-trade-turnover-reached-480-million-in-the-2"
    third = add_claim(editor_client, text.replace("2025.", "2025, the ministry said."))
    assert third.ref == "kazakhstan-iran-trade-turnover-reached-480-million-in-the-3"


def test_a_text_with_nothing_to_spell_gets_a_ref_all_the_same(editor_client):
    assert add_claim(editor_client, "★ ★ ★").ref == "item"


def test_the_command_line_makes_a_new_sources_ref_the_same_way(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Тоқаев пен Пезешкиан Астанада кездесті. Екі ел 14 құжатқа қол қойды.", encoding="utf-8")
    call_command(
        "intake_article", str(path), "--outlet", "Kazinform", "--title", "Тоқаев пен Пезешкиан кездесті",
        "--language", "kk", stdout=StringIO(),
    )  # fmt: skip
    assert Source.objects.get(outlet=Outlet.objects.get(name="Kazinform")).ref == "toqayev-pen-pezeshkian-kezdesti"


def test_a_ref_once_made_never_changes(editor_client, editor):
    from claims import services
    from tests.admin_helpers import claim_form_data

    old = "kazakhstaniran-trade-turnover-reached-480-million-in-the-fir"
    claim = services.claim_create(
        claim=ClaimFactory.build(ref=old, visit=VisitFactory(), article=SourceFactory()), user=editor
    )
    data = claim_form_data(claim, text="Kazakhstan–Iran trade turnover reached $480 million, customs said.")
    data["seen_version"] = claim.version
    response = editor_client.post(f"/admin/claims/claim/{claim.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    claim.refresh_from_db()
    assert claim.text.endswith("customs said.") and claim.ref == old
    source = SourceFactory(ref="astana-talks", title="Astana talks")
    source.title = "Переговоры в Астане"
    source.save()
    assert Source.objects.get(pk=source.pk).ref == "astana-talks"


@pytest.mark.parametrize(
    "text, ref",
    [
        ("Елена Токаева: съезд в Астане", "yelena-tokayeva-syezd-v-astane"),
        ("Щучинск, Хоргос, Жаңаөзен", "shchuchinsk-khorgos-zhangaozen"),
        ("تفاهم‌نامه همکاری حمل و نقل", "tfahmname-hmkari-hml-va-nql"),
        ("ایران و اوکراین", "iran-va-ukrayn"),
        ("Türkiye’s café — Tehran\\Ashgabat", "turkiyes-cafe-tehran-ashgabat"),
        ("supercalifragilisticexpialidocious", "supercalifragilist"),  # one word longer than the limit
    ],
)
def test_transliteration_follows_its_systems(text, ref):
    assert ascii_slug(text, 18 if " " not in text else 80) == ref
