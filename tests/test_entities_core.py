"""People, organisations and places written through the write core: each rule refused with its message, nothing
written when refused, the version bumped, and the freshness stamp moved only when a published claim uses them."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from claims.entities.services import (
    claim_mentions_set,
    entity_delete,
    entity_role_delete,
    entity_role_save,
    entity_save,
)
from claims.models import Claim, ClaimEvent, ClaimMention, Entity, EntityRole
from claims.services import claim_create, claim_update
from factregister.models import PublicChange
from tests.factories import ClaimFactory, SourceFactory, VisitFactory, published_claim

pytestmark = pytest.mark.django_db


def person(user, ref="masoud-pezeshkian", name="Masoud Pezeshkian", **values) -> Entity:
    values = {"kind": "person", "country": "IR", **values}
    return entity_save(user=user, entity=Entity(ref=ref, name=name, **values))


def role_of(user, entity, title="President of Iran", **values) -> EntityRole:
    return entity_role_save(user=user, role=EntityRole(entity=entity, title=title, **values))


def stamps() -> int:
    return PublicChange.objects.count()


# --- Entities -------------------------------------------------------------------------------------------------
def test_a_contributor_adds_an_entity_and_each_write_bumps_its_version(contributor):
    entity = person(contributor, name_fa="مسعود پزشکیان", name_ru="Масуд Пезешкиан", wikidata_id="Q5936493")
    assert entity.pk and entity.version == 1 and entity.history.count() == 1
    entity.other_names = "Pezeshkyan\nPezeshkiyan"
    written = entity_save(user=contributor, entity=entity)
    assert written.version == 2 and entity.version == 2
    stored = Entity.objects.get(pk=entity.pk)
    assert stored.other_names == "Pezeshkyan\nPezeshkiyan" and stored.history.count() == 2


def test_an_entity_saved_from_an_out_of_date_copy_is_refused(contributor):
    entity = person(contributor)
    stale = Entity.objects.get(pk=entity.pk)
    entity.description = "President of Iran since 2024"
    entity_save(user=contributor, entity=entity)
    stale.description = "Another description"
    with pytest.raises(ValidationError, match="Someone else saved this entity"):
        entity_save(user=contributor, entity=stale)
    assert Entity.objects.get(pk=entity.pk).description == "President of Iran since 2024"


def test_an_account_without_the_role_may_not_add_an_entity(db):
    from tests.factories import UserFactory

    with pytest.raises(PermissionDenied, match="You may not add entities"):
        person(UserFactory(username="reader"))
    assert not Entity.objects.exists()


@pytest.mark.parametrize("wikidata_id", ["Q0", "q123", "123", "Q12a", "P31"])
def test_a_wikidata_id_that_is_not_an_item_id_is_refused(contributor, wikidata_id):
    with pytest.raises(ValidationError) as refused:
        person(contributor, wikidata_id=wikidata_id)
    assert "wikidata_id" in refused.value.message_dict
    assert not Entity.objects.exists()


def test_a_wikidata_id_names_one_entity(contributor):
    person(contributor, wikidata_id="Q5936493")
    with pytest.raises(ValidationError) as refused:
        person(contributor, ref="pezeshkian-again", name="Pezeshkian", wikidata_id="Q5936493")
    assert refused.value.message_dict["wikidata_id"] == [
        "Wikidata id Q5936493 is already given to entity 'masoud-pezeshkian'."
    ]
    assert Entity.objects.count() == 1


def test_two_entities_may_both_have_no_wikidata_id(contributor):
    person(contributor)
    person(contributor, ref="arman-shakkaliyev", name="Arman Shakkaliyev", country="KZ")
    assert Entity.objects.filter(wikidata_id="").count() == 2


def test_a_contributor_may_not_delete_an_entity_an_editor_may(contributor, editor):
    entity = person(contributor)
    with pytest.raises(PermissionDenied, match="You may not delete entities"):
        entity_delete(user=contributor, entity=entity)
    entity_delete(user=editor, entity=entity)
    assert not Entity.objects.exists()


def test_an_entity_a_claim_uses_cannot_be_deleted_and_the_refusal_names_the_claims(editor):
    speaker = person(editor)
    place = entity_save(user=editor, entity=Entity(ref="bandar-abbas", name="Bandar Abbas", kind="place"))
    said = ClaimFactory(ref="trade-target", speaker_entity=speaker)
    claim_mentions_set(user=editor, claim=ClaimFactory(ref="port-deal"), entities=[place])
    with pytest.raises(ValidationError, match="Entity 'masoud-pezeshkian' is used by claim trade-target: it stays"):
        entity_delete(user=editor, entity=speaker)
    with pytest.raises(ValidationError, match="Entity 'bandar-abbas' is used by claim port-deal: it stays"):
        entity_delete(user=editor, entity=place)
    assert Entity.objects.count() == 2 and Claim.objects.get(pk=said.pk).speaker_entity == speaker


def test_an_organisation_of_another_entitys_role_stays(editor):
    ministry = entity_save(
        user=editor,
        entity=Entity(ref="mfa-iran", name="Ministry of Foreign Affairs of Iran", kind="organisation", country="IR"),
    )
    minister = person(editor, ref="abbas-araghchi", name="Abbas Araghchi")
    role_of(editor, minister, "Minister of Foreign Affairs", organisation=ministry)
    with pytest.raises(ValidationError, match="is the organisation of the roles Abbas Araghchi: Minister"):
        entity_delete(user=editor, entity=ministry)
    assert Entity.objects.count() == 2


def test_a_speaker_cannot_become_a_place(editor):
    speaker = person(editor)
    ClaimFactory(ref="trade-target", speaker_entity=speaker)
    speaker.kind = "place"
    with pytest.raises(ValidationError) as refused:
        entity_save(user=editor, entity=speaker)
    assert refused.value.message_dict["kind"] == [
        "Entity 'masoud-pezeshkian' is the speaker of claim trade-target: a speaker is a person or an organisation, "
        "never a place."
    ]
    assert Entity.objects.get(pk=speaker.pk).kind == "person"


# --- Roles ----------------------------------------------------------------------------------------------------
def test_a_role_is_added_and_changed_and_deleted_by_an_editor(contributor, editor):
    entity = person(contributor)
    role = role_of(contributor, entity, title_ru="Президент Ирана")
    role.title_fa = "رئیس‌جمهور ایران"
    entity_role_save(user=contributor, role=role)
    assert EntityRole.objects.get(pk=role.pk).title_fa == "رئیس‌جمهور ایران"
    with pytest.raises(PermissionDenied, match="You may not delete entity roles"):
        entity_role_delete(user=contributor, role=role)
    entity_role_delete(user=editor, role=role)
    assert not EntityRole.objects.exists()


def test_a_role_a_claim_was_spoken_in_stays_and_stays_with_its_entity(editor):
    speaker = person(editor)
    role = role_of(editor, speaker)
    ClaimFactory(ref="trade-target", speaker_entity=speaker, speaker_role=role)
    with pytest.raises(ValidationError, match="Role 'President of Iran' is used by claim trade-target"):
        entity_role_delete(user=editor, role=role)
    role.entity = person(editor, ref="abbas-araghchi", name="Abbas Araghchi")
    with pytest.raises(ValidationError) as refused:
        entity_role_save(user=editor, role=role)
    assert "the role stays with its entity" in refused.value.message_dict["entity"][0]
    assert EntityRole.objects.get(pk=role.pk).entity == speaker


# --- A claim's speaker ----------------------------------------------------------------------------------------
def new_claim(**values) -> Claim:
    return Claim(
        ref="trade-target",
        article=SourceFactory(),
        visit=VisitFactory(),
        speaker="Masoud Pezeshkian, President of Iran",
        text="Trade will reach three billion dollars.",
        quote="Trade will reach three billion dollars.",
        topic="trade",
        **values,
    )


def test_a_claim_is_logged_with_its_speaker_entity_and_role(contributor):
    speaker = person(contributor)
    role = role_of(contributor, speaker)
    claim = claim_create(claim=new_claim(speaker_entity=speaker, speaker_role=role), user=contributor)
    stored = Claim.objects.get(pk=claim.pk)
    assert stored.speaker_entity == speaker and stored.speaker_role == role


def test_a_place_is_never_a_speaker(contributor):
    port = entity_save(user=contributor, entity=Entity(ref="bandar-abbas", name="Bandar Abbas", kind="place"))
    with pytest.raises(ValidationError) as refused:
        claim_create(claim=new_claim(speaker_entity=port), user=contributor)
    assert refused.value.message_dict["speaker_entity"] == [
        "'Bandar Abbas' is a place: a speaker is a person or an organisation, never a place."
    ]
    assert not Claim.objects.exists()


def test_the_speakers_role_is_one_of_the_speakers_roles(contributor):
    speaker = person(contributor)
    other = person(contributor, ref="arman-shakkaliyev", name="Arman Shakkaliyev", country="KZ")
    role = role_of(contributor, other, "Minister of Trade and Integration of Kazakhstan")
    with pytest.raises(ValidationError) as refused:
        claim_create(claim=new_claim(speaker_entity=speaker, speaker_role=role), user=contributor)
    assert refused.value.message_dict["speaker_role"] == [
        "'Minister of Trade and Integration of Kazakhstan' is not one of Masoud Pezeshkian's roles: choose one of "
        "theirs, or add the role to their entity."
    ]
    with pytest.raises(ValidationError, match="Choose the speaker"):
        claim_create(claim=new_claim(speaker_role=role), user=contributor)
    assert not Claim.objects.exists()


def test_a_published_claims_speaker_entity_is_an_update_on_its_record(editor):
    claim = published_claim(editor=editor)
    speaker = person(editor)
    with pytest.raises(ValidationError, match="reason"):
        claim_update(claim=claim, user=editor, values={"speaker_entity": speaker})
    assert Claim.objects.get(pk=claim.pk).speaker_entity is None
    before = stamps()
    claim_update(claim=claim, user=editor, values={"speaker_entity": speaker}, change_note="Speaker linked.")
    [update] = ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.UPDATE)
    assert update.changes[0]["field"] == "speaker_entity" and update.changes[0]["after"] == "Masoud Pezeshkian"
    assert stamps() > before


def test_a_contributor_may_not_change_a_published_claims_speaker_entity(contributor, editor):
    claim = published_claim(editor=editor)
    with pytest.raises(PermissionDenied, match="only an editor can change it"):
        claim_update(claim=claim, user=contributor, values={"speaker_entity": person(contributor)}, change_note="x")


# --- Mentions -------------------------------------------------------------------------------------------------
def test_a_claims_mentions_are_set_to_exactly_the_entities_given(contributor):
    claim = ClaimFactory()
    a, b = person(contributor), person(contributor, ref="kassym-jomart-tokayev", name="Kassym-Jomart Tokayev")
    port = entity_save(user=contributor, entity=Entity(ref="bandar-abbas", name="Bandar Abbas", kind="place"))
    claim_mentions_set(user=contributor, claim=claim, entities=[a, b])
    claim_mentions_set(user=contributor, claim=claim, entities=[b, port])
    assert set(ClaimMention.objects.filter(claim=claim).values_list("entity__ref", flat=True)) == {
        "kassym-jomart-tokayev",
        "bandar-abbas",
    }


def test_a_contributor_may_not_change_what_a_published_claim_names(contributor, editor):
    claim = published_claim(editor=editor)
    entity = person(contributor)
    with pytest.raises(PermissionDenied, match="the people and places it names included"):
        claim_mentions_set(user=contributor, claim=claim, entities=[entity])
    assert not ClaimMention.objects.exists()
    claim_mentions_set(user=editor, claim=claim, entities=[entity])
    assert ClaimMention.objects.count() == 1


# --- The freshness stamp --------------------------------------------------------------------------------------
def test_the_stamp_moves_only_when_a_published_claim_says_or_names_the_entity(editor):
    speaker, unused = person(editor), person(editor, ref="nobody-yet", name="Nobody Yet")
    draft = ClaimFactory(ref="draft-claim", speaker_entity=unused)
    claim_mentions_set(user=editor, claim=draft, entities=[unused])
    before = stamps()
    unused.description = "Not on any published claim"
    entity_save(user=editor, entity=unused)
    role_of(editor, unused)
    assert stamps() == before
    published = published_claim(editor=editor)
    claim_update(claim=published, user=editor, values={"speaker_entity": speaker}, change_note="Speaker linked.")
    before = stamps()
    speaker.description = "President of Iran since 2024"
    entity_save(user=editor, entity=speaker)
    assert stamps() > before
    before = stamps()
    role_of(editor, speaker)
    assert stamps() > before
