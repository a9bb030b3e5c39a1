"""People, organisations and places as records: every name in every script, a dated role, a Wikidata id.

A claim's speaker is an `Entity` (`Claim.speaker_entity`), in the office they spoke in (`Claim.speaker_role`,
an `EntityRole`: an office is dated, never part of a name), and the people, organisations and places a claim
names are `ClaimMention` rows. The names in each script and the other spellings feed the search
(claims/entities/names.py), and the Wikidata id the markup (`sameAs`); an id is given only when a source the
register can point to shows it, never guessed.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from claims.searchindex import ENTITY_FIELDS, entity_spellings
from factregister.languages import active_language
from sources.models import country_code, country_name

wikidata_id = RegexValidator(r"^Q[1-9][0-9]*$", "Use a Wikidata item id: a Q followed by digits, e.g. Q1048.")


class EntityKind(models.TextChoices):
    PERSON = "person", _("Person")
    ORGANISATION = "organisation", _("Organisation")
    PLACE = "place", _("Place")


# The name and title fields, by the language code of the interface that shows them (Kazakh Latin is searched,
# not shown).
NAME_FIELDS = {"en": "name", "fa": "name_fa", "ru": "name_ru", "kk": "name_kk"}
TITLE_FIELDS = {"en": "title", "fa": "title_fa", "ru": "title_ru", "kk": "title_kk"}


def _own(record: models.Model, fields: dict[str, str], language: str | None) -> str:
    """The field of `fields` for `language` (the active one by default), "" for a language with none."""
    field = fields.get(language.split("-")[0] if language else active_language())
    return getattr(record, field) if field else ""


class Entity(models.Model):
    Kind = EntityKind

    ref = models.SlugField(
        max_length=80,
        unique=True,
        help_text="Stable public identifier used in the page's address, e.g. masoud-pezeshkian.",
    )
    kind = models.CharField(max_length=20, choices=EntityKind.choices)
    name = models.CharField(max_length=200, help_text="The name in English, without an office or title.")
    name_fa = models.CharField("name in Persian", max_length=200, blank=True)
    name_ru = models.CharField("name in Russian", max_length=200, blank=True)
    name_kk = models.CharField("name in Kazakh (Cyrillic)", max_length=200, blank=True)
    name_kk_latn = models.CharField(
        "name in Kazakh (Latin)", max_length=200, blank=True, help_text="Where the Kazakh Latin alphabet has one."
    )
    other_names = models.TextField(
        blank=True,
        help_text="Other spellings and transliterations readers may type, one per line, each one a source uses.",
    )
    description = models.CharField(
        max_length=300, blank=True, help_text="One line for readers, in English, e.g. 'Port city in southern Iran'."
    )
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[country_code],
        help_text="The person's or organisation's country, or the place's (ISO 3166-1 alpha-2).",
    )
    wikidata_id = models.CharField(
        "Wikidata id",
        max_length=20,
        blank=True,
        validators=[wikidata_id],
        help_text="Only an id seen in a source you can point to; leave empty when none was found.",
    )
    version = models.PositiveIntegerField(default=1, db_default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name", "ref"]
        verbose_name_plural = "entities"
        constraints = [
            models.CheckConstraint(condition=~models.Q(ref=""), name="entity_ref_not_blank"),
            models.CheckConstraint(condition=~models.Q(name=""), name="entity_name_not_blank"),
            models.CheckConstraint(condition=models.Q(kind__in=EntityKind.values), name="entity_kind_valid"),
            models.UniqueConstraint(
                fields=["wikidata_id"], condition=~models.Q(wikidata_id=""), name="entity_wikidata_id_unique"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("claims:entity_detail", kwargs={"ref": self.ref})

    @property
    def country_name(self) -> str:
        return country_name(self.country)

    @property
    def wikidata_url(self) -> str:
        return f"https://www.wikidata.org/wiki/{self.wikidata_id}" if self.wikidata_id else ""

    def own_name(self, language: str | None = None) -> str:
        """The name in `language` (the active one by default); "" where the register has none."""
        return _own(self, NAME_FIELDS, language)

    def name_in(self, language: str | None = None) -> str:
        """The name in `language` (the active one by default), else the English name."""
        return self.own_name(language) or self.name

    def spellings(self) -> list[str]:
        """Every way of writing the name the register knows: each script's name and the other spellings."""
        return entity_spellings({name: getattr(self, name) for name in ENTITY_FIELDS})


class EntityRole(models.Model):
    """An office a person held, with its dates: the role a speaker spoke in."""

    entity = models.ForeignKey(Entity, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200, help_text="The office in English, e.g. 'President of Iran'.")
    title_fa = models.CharField("title in Persian", max_length=200, blank=True)
    title_ru = models.CharField("title in Russian", max_length=200, blank=True)
    title_kk = models.CharField("title in Kazakh", max_length=200, blank=True)
    organisation = models.ForeignKey(
        Entity,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        help_text="The organisation the office belongs to, when it is in the register (e.g. a ministry).",
    )
    start_date = models.DateField(null=True, blank=True, help_text="When the office was taken up, if known.")
    end_date = models.DateField(null=True, blank=True, help_text="When it ended; empty while it is held.")

    history = HistoricalRecords()

    class Meta:
        ordering = ["entity", "-start_date", "title"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(title=""), name="entity_role_title_not_blank"),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="entity_role_dates_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.entity}, {self.title}"

    def own_title(self, language: str | None = None) -> str:
        """The office's title in `language` (the active one by default); "" where the register has none."""
        return _own(self, TITLE_FIELDS, language)

    def title_in(self, language: str | None = None) -> str:
        """The title in `language` (the active one by default), else the English title."""
        return self.own_title(language) or self.title


class ClaimMention(models.Model):
    """A person, organisation or place a claim names (its speaker is `Claim.speaker_entity`)."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="mentions")
    entity = models.ForeignKey(Entity, on_delete=models.PROTECT, related_name="mentions")

    history = HistoricalRecords()

    class Meta:
        ordering = ["claim", "entity"]
        constraints = [models.UniqueConstraint(fields=["claim", "entity"], name="claim_mention_unique")]

    def __str__(self):
        return f"{self.claim_id} names {self.entity}"
