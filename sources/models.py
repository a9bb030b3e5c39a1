"""What was published: outlets and the documents the register cites."""

from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Length
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from sources.slugs import ascii_slug, cut_at_word

country_code = RegexValidator(r"^[A-Z]{2}$", "Use an ISO 3166-1 alpha-2 code in capitals, for example IR, KZ or TM.")
# ISO 639-1 codes of languages written right to left.
RIGHT_TO_LEFT = frozenset({"ar", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"})
language_code = RegexValidator(r"^[a-z]{2}$", "Use an ISO 639-1 code in lower case, for example en, fa, kk or ru.")

# Lets constraints say `country__length=2`.
models.CharField.register_lookup(Length)

# Names for the country codes the register uses, in the reader's language; any valid code is accepted.
COUNTRY_NAMES = {
    "IR": _("Iran"),
    "KZ": _("Kazakhstan"),
    "TM": _("Turkmenistan"),
    "RU": _("Russia"),
    "CN": _("China"),
    "TR": _("Türkiye"),
    "GB": _("United Kingdom"),
    "US": _("United States"),
}


def country_name(code: str) -> str:
    return str(COUNTRY_NAMES.get(code, code))


# The archives whose copies of a page are stable and citable: the Wayback Machine and Perma.cc.
ARCHIVE_HOSTS = ("web.archive.org", "perma.cc")


def validate_archive_url(value: str) -> None:
    """An archive address is an https address at the Wayback Machine or Perma.cc."""
    parts = urlsplit(value)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not any(host == name or host.endswith(f".{name}") for name in ARCHIVE_HOSTS):
        raise ValidationError(
            f"'{value}' is not an archived copy: give an https address at the Wayback Machine (web.archive.org) "
            "or Perma.cc (perma.cc)."
        )


def unique_slug(
    model, text: str, *, field: str = "ref", max_length: int = 80, reserved: Callable[[str], bool] | None = None
) -> str:
    """A slug made from `text` that no row of `model` uses yet (nor `reserved(slug)` holds back): in Latin
    letters, cut after a whole word (sources.slugs). Only new rows are given one: a ref never changes."""
    base = ascii_slug(text, max_length) or "item"
    candidate, n = base, 2
    while model._default_manager.filter(**{field: candidate}).exists() or (reserved and reserved(candidate)):
        suffix = f"-{n}"
        candidate = f"{cut_at_word(base, max_length - len(suffix))}{suffix}"
        n += 1
    return candidate


class OutletKind(models.TextChoices):
    NEWS = "news", _("News organisation")
    STATE_MEDIA = "state_media", _("State media")
    GOVERNMENT = "government", _("Government")
    INTERGOVERNMENTAL = "intergovernmental", _("Intergovernmental body")
    WIRE = "wire", _("News agency")
    OTHER = "other", _("Other")


class SourceKind(models.TextChoices):
    ARTICLE = "article", _("News article")
    STATEMENT = "statement", _("Official statement or readout")
    TRANSCRIPT = "transcript", _("Transcript")
    DOCUMENT = "document", _("Signed document")
    DATASET = "dataset", _("Dataset")
    OTHER = "other", _("Other")


class Outlet(models.Model):
    Kind = OutletKind

    name = models.CharField(max_length=200, unique=True, help_text="The outlet's own name, as it signs its work.")
    country = models.CharField(
        max_length=2, blank=True, validators=[country_code], help_text="Where the outlet is based (ISO 3166-1 alpha-2)."
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.NEWS)
    website = models.URLField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=OutletKind.values), name="outlet_kind_valid"),
            models.CheckConstraint(
                condition=models.Q(country="") | models.Q(country__length=2), name="outlet_country_alpha2"
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def country_name(self) -> str:
        return country_name(self.country)


class Origin(models.Model):
    """The statement or wire copy that several sources carry: a presidency's readout, an agency's story.

    Sources of one origin are one voice, not independent of each other. Readers see the label; the key is the
    stable identifier that CSV files and the API use.
    """

    key = models.SlugField(
        max_length=80,
        unique=True,
        help_text="A short stable identifier, used in CSV files and the API, e.g. 'akorda-2025-12-11-talks-readout'.",
    )
    label = models.CharField(
        max_length=200,
        help_text="What readers see, in a phrase that fits 'These reports carry ...': e.g. "
        "'the Iranian presidency's readout of 11 December 2025'.",
    )
    published_on = models.DateField(
        null=True, blank=True, help_text="When the statement or wire copy itself was first published, if known."
    )
    country = models.CharField(
        max_length=2,
        blank=True,
        validators=[country_code],
        help_text="Whose statement it is, when it is a government's (ISO 3166-1 alpha-2): the reports carrying it "
        "speak for that side of a visit, whoever publishes them.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["key"]
        constraints = [
            models.CheckConstraint(condition=~models.Q(key=""), name="origin_key_not_blank"),
            models.CheckConstraint(condition=~models.Q(label=""), name="origin_label_not_blank"),
            models.CheckConstraint(
                condition=models.Q(country="") | models.Q(country__length=2), name="origin_country_alpha2"
            ),
        ]

    def __str__(self):
        return self.label


class Source(models.Model):
    """A citable document: an article, a statement or readout, a transcript, a signed document, a dataset."""

    Kind = SourceKind

    ref = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="Stable public identifier used in links, the API and CSV. Made from the title when left blank.",
    )
    title = models.CharField(max_length=300)
    outlet = models.ForeignKey(
        Outlet,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        help_text="Who published it. Leave empty when the copy in hand does not name its publisher.",
    )
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.ARTICLE)
    url = models.URLField(
        max_length=500, blank=True, null=True, unique=True, help_text="Where the document can be read. Optional."
    )
    published_on = models.DateField(null=True, blank=True, help_text="Date of publication, if the document states it.")
    language = models.CharField(max_length=2, default="en", validators=[language_code], help_text="ISO 639-1 code.")
    notes = models.TextField(blank=True, help_text="Anything an editor should know about this document or its copy.")
    archive_url = models.URLField(
        "archived copy",
        max_length=500,
        blank=True,
        validators=[validate_archive_url],
        help_text="The page as an archive keeps it: a Wayback Machine (web.archive.org) or Perma.cc address, https. "
        "Shown beside the source's own address.",
    )
    origin = models.ForeignKey(
        Origin,
        to_field="key",
        db_column="origin",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="sources",
        help_text="Where its words come from, when it repeats another's: the statement or wire copy it shares with "
        "other sources. Sources with the same origin are not independent of each other. Leave empty for original "
        "reporting.",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-published_on", "title"]
        indexes = [models.Index(fields=["outlet", "published_on"], name="source_outlet_date")]
        constraints = [
            models.CheckConstraint(condition=models.Q(kind__in=SourceKind.values), name="source_kind_valid"),
            models.CheckConstraint(condition=~models.Q(ref=""), name="source_ref_not_blank"),
            # Blank URLs are stored as NULL so that "unique when present" holds.
            models.CheckConstraint(condition=~models.Q(url=""), name="source_url_null_not_blank"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # Deriving the identifier is bookkeeping, not workflow: every write path needs it.
        if not self.ref and self.title:
            self.ref = unique_slug(Source, self.title)
        if not self.url:
            self.url = None
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("claims:source_detail", kwargs={"ref": self.ref})

    @property
    def text_direction(self) -> str:
        """'rtl' for a title in a right-to-left script (Persian, Arabic...), else 'ltr'."""
        return "rtl" if self.language in RIGHT_TO_LEFT else "ltr"

    @property
    def independence_key(self) -> str:
        """Sources with the same key are one voice: the same document, or the same origin."""
        return f"origin:{self.origin_id}" if self.origin_id else f"source:{self.pk}"

    def is_independent_of(self, other: "Source") -> bool:
        return self.independence_key != other.independence_key

    def clean(self):
        if not self.url:
            self.url = None
        if not self.ref and self.title:
            self.ref = unique_slug(Source, self.title)


class SourceChangeProposal(models.Model):
    """A change to a source, proposed by someone who may not make it (a contributor, for a source a published
    claim cites), for an editor to apply or turn down. The row is the record of who asked, why, and what became of it.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for an editor"
        APPLIED = "applied", "Applied"
        REJECTED = "rejected", "Turned down"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="change_proposals")
    title = models.CharField(
        max_length=300, blank=True, help_text="The title as it should read. Leave empty to keep the current one."
    )
    url = models.URLField(
        max_length=500, blank=True, help_text="Where the document can be read now. Leave empty to keep the current one."
    )
    reason = models.TextField(
        help_text="Why: what you found (the outlet corrected its headline, moved the article...). The editor reads "
        "this, and it becomes the reason on the public record if the change is applied."
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, editable=False)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    proposed_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    decided_at = models.DateTimeField(null=True, blank=True, editable=False)
    decision_note = models.TextField(blank=True, editable=False, help_text="The editor's word on the decision.")

    class Meta:
        ordering = ["-proposed_at", "-id"]
        verbose_name = "source change proposal"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=["pending", "applied", "rejected"]), name="sourceproposal_status_valid"
            ),
            models.CheckConstraint(condition=~models.Q(reason=""), name="sourceproposal_reason_given"),
        ]

    def __str__(self):
        return f"Change to '{self.source}' ({self.get_status_display().lower()})"

    def proposed_values(self) -> dict:
        """The source's fields this proposal would change, and their new values."""
        return {name: value for name, value in (("title", self.title), ("url", self.url)) if value}

    def clean(self):
        if not self.title.strip() and not self.url.strip():
            raise ValidationError("Propose a new title, a new address, or both.")


class CopyHow(models.TextChoices):
    PASTE = "paste", "Pasted"
    FILE = "file", "Uploaded file"
    URL = "url", "Fetched from its address"


# Typographic quote marks read as the plain ones when a quote is checked against a copy.
QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})


def normalise_quote(text: str) -> str:
    """`text` with its whitespace collapsed to single spaces and its typographic quote marks made plain: what a
    quote and a copy are compared on, and nothing else."""
    return " ".join(text.translate(QUOTE_MARKS).split())


class ArticleCopy(models.Model):
    """The register's own copy of a source's text, as received: what its quotes are checked against.

    The text is for editors (the publisher holds its copyright); public pages say only that a copy is kept,
    when and with which SHA-256.
    """

    How = CopyHow

    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="kept_copy")
    text = models.TextField(help_text="The article's text as received (for a web page, its main text).")
    sha256 = models.CharField("SHA-256", max_length=64, help_text="SHA-256 of the text, UTF-8 encoded.")
    size = models.PositiveIntegerField(help_text="Size of the text in bytes, UTF-8 encoded.")
    retrieved_at = models.DateTimeField(help_text="When the register took this copy.")
    how = models.CharField("how it came", max_length=10, choices=How.choices)
    url = models.URLField(
        "fetched from", max_length=500, blank=True, help_text="The address it was fetched from, if it was."
    )
    filename = models.CharField(max_length=255, blank=True, help_text="The uploaded file's name, if it was uploaded.")
    # Derived from the text once, at intake, so the article's page need not split it on every view.
    sentences = models.JSONField(
        default=list, blank=True, help_text="Each sentence's [start, end, line] in the text, as the intake split it."
    )
    sentences_language = models.CharField(
        max_length=2, blank=True, help_text="The language whose rules split the sentences."
    )

    # Every copy the register kept, replaced or removed stays here, text and all.
    history = HistoricalRecords()

    class Meta:
        verbose_name = "article copy"
        verbose_name_plural = "article copies"
        ordering = ["-retrieved_at", "id"]
        constraints = [
            models.CheckConstraint(condition=models.Q(how__in=CopyHow.values), name="articlecopy_how_valid"),
            models.CheckConstraint(condition=models.Q(sha256__length=64), name="articlecopy_sha256_length"),
        ]

    def __str__(self):
        return f"Copy of {self.source}"

    @property
    def normalised(self) -> str:
        if not hasattr(self, "_normalised"):
            self._normalised = normalise_quote(self.text)
        return self._normalised

    def contains(self, quote: str) -> bool:
        """Whether `quote` is in the copy, verbatim but for whitespace and typographic quote marks."""
        wanted = normalise_quote(quote)
        return bool(wanted) and wanted in self.normalised


# The source watch's findings live in their own module; they are models of this app all the same.
from sources.checks import CheckStatus, SeenText, SourceCheck  # noqa: E402, F401
