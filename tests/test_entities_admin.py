"""People, organisations and places in the admin, as the desk uses it: the entity page with its roles, the list's
search and filters, a claim's speaker entity, role and the entities it names, and every refusal shown on the form."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse

from claims.entities.services import claim_mentions_set, entity_role_save, entity_save
from claims.models import Claim, ClaimMention, Entity, EntityRole
from tests.admin_helpers import claim_form_data, messages_of
from tests.factories import ClaimFactory, published_claim

pytestmark = pytest.mark.django_db

ADD = reverse("admin:claims_entity_add")
LIST = reverse("admin:claims_entity_changelist")


def roles_none(**rows) -> dict:
    return {
        "roles-TOTAL_FORMS": "0",
        "roles-INITIAL_FORMS": "0",
        "roles-MIN_NUM_FORMS": "0",
        "roles-MAX_NUM_FORMS": "1000",
        **rows,
    }


def entity_data(**values) -> dict:
    return {
        "ref": "masoud-pezeshkian",
        "kind": "person",
        "name": "Masoud Pezeshkian",
        "description": "",
        "country": "IR",
        "wikidata_id": "",
        "name_fa": "مسعود پزشکیان",
        "name_ru": "Масуд Пезешкиан",
        "name_kk": "Масуд Пезешкиан",
        "name_kk_latn": "",
        "other_names": "Pezeshkyan",
        **roles_none(),
        **values,
    }


def person(user, ref="masoud-pezeshkian", name="Masoud Pezeshkian", **values) -> Entity:
    return entity_save(user=user, entity=Entity(ref=ref, name=name, kind=values.pop("kind", "person"), **values))


def form_errors(response) -> dict:
    return response.context["adminform"].form.errors


def inline_errors(response) -> list:
    return [
        inline.formset.errors + inline.formset.non_form_errors() for inline in response.context["inline_admin_formsets"]
    ]


# --- The entity page ------------------------------------------------------------------------------------------
def test_a_contributor_adds_an_entity_with_a_role_through_the_core(contributor_client):
    data = entity_data(
        **{
            "roles-TOTAL_FORMS": "1",
            "roles-0-title": "President of Iran",
            "roles-0-title_ru": "Президент Ирана",
            "roles-0-start_date": "2024-07-28",
        }
    )
    response = contributor_client.post(ADD, data)
    assert response.status_code == 302, form_errors(response)
    entity = Entity.objects.get(ref="masoud-pezeshkian")
    assert entity.name_fa == "مسعود پزشکیان" and entity.history.count() == 1 and entity.version == 1
    [role] = entity.roles.all()
    assert (role.title, role.title_ru, str(role.start_date)) == ("President of Iran", "Президент Ирана", "2024-07-28")
    assert role.history.get().history_user.username == "contributor"


def test_a_wikidata_id_given_to_another_entity_shows_on_its_field_and_nothing_typed_is_lost(
    contributor_client, contributor
):
    person(contributor, ref="someone-else", name="Someone Else", wikidata_id="Q5936493")
    response = contributor_client.post(ADD, entity_data(wikidata_id="Q5936493"))
    assert response.status_code == 200, response
    assert form_errors(response)["wikidata_id"] == ["Wikidata id Q5936493 is already given to entity 'someone-else'."]
    assert "مسعود پزشکیان" in response.content.decode()
    assert Entity.objects.count() == 1


def test_a_change_from_an_out_of_date_page_is_refused(contributor_client, contributor):
    entity = person(contributor)
    url = reverse("admin:claims_entity_change", args=[entity.pk])
    entity.description = "Changed meanwhile"
    entity_save(user=contributor, entity=entity)
    response = contributor_client.post(url, entity_data(description="Mine", seen_version="1"))
    assert response.status_code == 200 and "Someone else saved this entity" in response.content.decode()
    assert Entity.objects.get(pk=entity.pk).description == "Changed meanwhile"


def test_deleting_a_role_a_claim_was_spoken_in_is_refused_on_its_row(editor_client, editor):
    entity = person(editor)
    role = entity_role_save(user=editor, role=EntityRole(entity=entity, title="President of Iran"))
    ClaimFactory(ref="trade-target", speaker_entity=entity, speaker_role=role)
    url = reverse("admin:claims_entity_change", args=[entity.pk])
    rows = {
        "roles-TOTAL_FORMS": "1",
        "roles-INITIAL_FORMS": "1",
        "roles-0-id": role.pk,
        "roles-0-entity": entity.pk,
        "roles-0-title": role.title,
        "roles-0-DELETE": "on",
    }
    response = editor_client.post(url, entity_data(seen_version=entity.version, **rows))
    assert response.status_code == 200
    assert any("claim trade-target" in str(error) for error in inline_errors(response))
    assert EntityRole.objects.filter(pk=role.pk).exists()


def test_an_entity_a_claim_names_is_not_deleted_and_the_message_names_the_claim(editor_client, editor):
    entity = person(editor)
    claim_mentions_set(user=editor, claim=ClaimFactory(ref="trade-target"), entities=[entity])
    response = editor_client.post(reverse("admin:claims_entity_delete", args=[entity.pk]), {"post": "yes"}, follow=True)
    assert any("used by claim trade-target" in message for message in messages_of(response))
    assert Entity.objects.filter(pk=entity.pk).exists()


def test_an_editor_deletes_an_unused_entity_a_contributor_may_not(contributor, editor):
    entity = person(contributor)
    url = reverse("admin:claims_entity_delete", args=[entity.pk])
    client = Client()
    client.force_login(contributor)
    assert client.post(url, {"post": "yes"}).status_code == 403
    client.force_login(editor)
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Entity.objects.exists()


# --- The entity list ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("query", ["Pezeshkyan", "پزشکیان", "Пезешкиан", "masoud-pezeshkian"])
def test_the_list_searches_every_name_field(contributor_client, contributor, query):
    person(contributor, name_fa="مسعود پزشکیان", name_ru="Масуд Пезешкиан", other_names="Pezeshkyan")
    person(contributor, ref="kassym-jomart-tokayev", name="Kassym-Jomart Tokayev")
    page = contributor_client.get(LIST, {"q": query}).content.decode()
    assert "Masoud Pezeshkian" in page and "Kassym-Jomart Tokayev" not in page


def test_the_list_filters_and_counts_claims_said_and_named(contributor_client, contributor):
    speaker = person(contributor, wikidata_id="Q5936493")
    port = person(contributor, ref="bandar-abbas", name="Bandar Abbas", kind="place")
    ClaimFactory(speaker_entity=speaker)
    claim_mentions_set(user=contributor, claim=ClaimFactory(), entities=[speaker, port])
    response = contributor_client.get(LIST)
    [row] = [r for r in response.context["cl"].result_list if r.pk == speaker.pk]
    assert (row.said_count, row.named_count) == (1, 1)
    assert [e.ref for e in contributor_client.get(LIST, {"wikidata": "yes"}).context["cl"].result_list] == [
        "masoud-pezeshkian"
    ]
    assert [e.ref for e in contributor_client.get(LIST, {"kind__exact": "place"}).context["cl"].result_list] == [
        "bandar-abbas"
    ]


# --- A claim's speaker and the entities it names --------------------------------------------------------------
def claim_page(claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def test_a_claims_speaker_entity_and_role_are_set_on_its_page(contributor_client, contributor):
    claim = ClaimFactory()
    speaker = person(contributor)
    role = entity_role_save(user=contributor, role=EntityRole(entity=speaker, title="President of Iran"))
    data = claim_form_data(claim, seen_version=claim.version, speaker_entity=speaker.pk, speaker_role=role.pk)
    response = contributor_client.post(claim_page(claim), data)
    assert response.status_code == 302, form_errors(response)
    claim.refresh_from_db()
    assert (claim.speaker_entity, claim.speaker_role) == (speaker, role)


def test_a_role_that_is_not_the_speakers_and_a_place_as_speaker_show_on_their_fields(contributor_client, contributor):
    claim = ClaimFactory()
    speaker = person(contributor)
    other = person(contributor, ref="arman-shakkaliyev", name="Arman Shakkaliyev")
    role = entity_role_save(user=contributor, role=EntityRole(entity=other, title="Minister of Trade"))
    data = claim_form_data(claim, seen_version=claim.version, speaker_entity=speaker.pk, speaker_role=role.pk)
    response = contributor_client.post(claim_page(claim), data)
    assert form_errors(response)["speaker_role"] == [
        "'Minister of Trade' is not one of Masoud Pezeshkian's roles: choose one of theirs, or add the role to their "
        "entity."
    ]
    port = person(contributor, ref="bandar-abbas", name="Bandar Abbas", kind="place")
    data = claim_form_data(claim, seen_version=claim.version, speaker_entity=port.pk)
    response = contributor_client.post(claim_page(claim), data)
    assert "never a place" in form_errors(response)["speaker_entity"][0]
    assert Claim.objects.get(pk=claim.pk).speaker_entity is None


def mention_rows(*entities, stored=()) -> dict:
    rows = {
        "mentions-TOTAL_FORMS": str(len(stored) + len(entities)),
        "mentions-INITIAL_FORMS": str(len(stored)),
    }
    for n, mention in enumerate(stored):
        rows.update({f"mentions-{n}-id": mention.pk, f"mentions-{n}-claim": mention.claim_id})
        rows[f"mentions-{n}-entity"] = mention.entity_id
    for n, entity in enumerate(entities, start=len(stored)):
        rows[f"mentions-{n}-entity"] = entity.pk
    return rows


def test_the_entities_a_claim_names_are_added_and_removed_inline(contributor_client, contributor):
    claim = ClaimFactory()
    speaker = person(contributor)
    port = person(contributor, ref="bandar-abbas", name="Bandar Abbas", kind="place")
    data = claim_form_data(claim, seen_version=claim.version, **mention_rows(speaker, port))
    assert contributor_client.post(claim_page(claim), data).status_code == 302
    assert set(ClaimMention.objects.values_list("entity__ref", flat=True)) == {"masoud-pezeshkian", "bandar-abbas"}
    assert ClaimMention.history.count() == 2
    stored = list(ClaimMention.objects.order_by("pk"))
    claim.refresh_from_db()
    data = claim_form_data(claim, seen_version=claim.version, **mention_rows(stored=stored))
    data["mentions-1-DELETE"] = "on"
    assert contributor_client.post(claim_page(claim), data).status_code == 302
    assert list(ClaimMention.objects.values_list("entity__ref", flat=True)) == ["masoud-pezeshkian"]


def test_the_same_entity_named_twice_is_refused_inline(contributor_client, contributor):
    claim = ClaimFactory()
    speaker = person(contributor)
    data = claim_form_data(claim, seen_version=claim.version, **mention_rows(speaker, speaker))
    response = contributor_client.post(claim_page(claim), data)
    assert response.status_code == 200 and any(inline_errors(response))
    assert not ClaimMention.objects.exists()


def test_a_contributor_cannot_change_what_a_published_claim_names(contributor_client, editor):
    claim = published_claim(editor=editor)
    entity = person(editor)
    data = claim_form_data(claim, seen_version=claim.version, change_note="Named.", **mention_rows(entity))
    assert contributor_client.post(claim_page(claim), data).status_code == 403
    assert not ClaimMention.objects.exists()


# --- The desk -------------------------------------------------------------------------------------------------
def test_the_desk_counts_published_claims_whose_speaker_is_not_yet_an_entity(editor_client, editor):
    published_claim(editor=editor)
    linked = published_claim(editor=editor)
    ClaimFactory()  # not published: not counted
    speaker = person(editor)
    from claims.services import claim_update

    claim_update(claim=linked, user=editor, values={"speaker_entity": speaker}, change_note="Speaker linked.")
    page = editor_client.get(reverse("admin:index")).content.decode()
    assert "Published claims whose speaker is not yet an entity" in page
    [item] = [i for i in editor_client.get(reverse("admin:index")).context["items"] if "not yet an entity" in i.label]
    assert item.count == 1
    listed = editor_client.get(item.url.replace("&amp;", "&"))
    assert [claim.pk for claim in listed.context["cl"].result_list] != [linked.pk]
    assert len(listed.context["cl"].result_list) == 1


# --- Bringing a deleted entity back ---------------------------------------------------------------------------
def test_an_editor_brings_back_a_deleted_entity_with_its_roles(editor_client, editor):
    entity = person(editor, name_ru="Масуд Пезешкиан")
    entity_role_save(user=editor, role=EntityRole(entity=entity, title="President of Iran"))
    assert (
        editor_client.post(reverse("admin:claims_entity_delete", args=[entity.pk]), {"post": "yes"}).status_code == 302
    )
    assert not Entity.objects.exists() and not EntityRole.objects.exists()
    deleted = editor_client.get(reverse("admin:claims_entity_deleted"))
    assert "Masoud Pezeshkian" in deleted.content.decode()
    record = Entity.history.get(history_type="-")
    response = editor_client.post(reverse("admin:claims_entity_restore", args=[record.history_id]))
    assert response.status_code == 302
    restored = Entity.objects.get(pk=entity.pk)
    assert restored.name_ru == "Масуд Пезешкиан" and [r.title for r in restored.roles.all()] == ["President of Iran"]


def test_a_contributor_cannot_bring_back_a_deleted_entity(contributor, editor):
    from claims.entities.services import entity_delete
    from claims.services.restore import entity_restore_deleted

    entity = person(editor)
    entity_delete(user=editor, entity=entity)
    record = Entity.history.get(history_type="-")
    with pytest.raises(PermissionDenied, match="Only editors may restore deleted entities"):
        entity_restore_deleted(history_id=record.history_id, user=contributor)
    assert not Entity.objects.exists()


def test_the_speaker_box_offers_people_and_organisations_never_places(contributor_client, contributor):
    person(contributor, ref="bandar-abbas", name="Bandar Abbas", kind="place")
    person(contributor, ref="abbas-araghchi", name="Abbas Araghchi")
    query = {"app_label": "claims", "model_name": "claim", "term": "Abbas"}
    speakers = contributor_client.get(reverse("admin:autocomplete"), {**query, "field_name": "speaker_entity"}).json()
    assert [item["text"] for item in speakers["results"]] == ["Abbas Araghchi"]
    named = {**query, "model_name": "claimmention", "field_name": "entity"}
    results = contributor_client.get(reverse("admin:autocomplete"), named).json()["results"]
    assert sorted(item["text"] for item in results) == ["Abbas Araghchi", "Bandar Abbas"]
