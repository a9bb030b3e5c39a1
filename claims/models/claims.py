"""A claim: what was said, by whom, in which article, and what the register found; and the addresses it had."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from claims.figures.models import StatedFigure, figure_constraints
from claims.models.choices import RATING_SCALE, Status, Topic
from claims.models.record import ClaimEvent, EventKind
from claims.models.visits import Visit
from sources.models import Source, unique_slug


class IndexedHistory(HistoricalRecords):
    """django-simple-history's records of a model, with indexes of the register's own on the history table."""

    def __init__(self, *, indexes: list[models.Index], **kwargs):
        super().__init__(**kwargs)
        self.indexes = indexes

    def get_meta_options(self, model):
        options = super().get_meta_options(model)
        options["indexes"] = [*options.get("indexes", ()), *self.indexes]
        return options


class ClaimQuerySet(models.QuerySet):
    def published(self):
        """The claims the public may read: where every public read starts."""
        return self.filter(is_published=True)

    def with_related(self):
        """With what a listed claim shows: its visit, article and outlet, and its speaker entity in the office
        spoken in (the markup names the office's organisation)."""
        return self.select_related(
            "visit", "article", "article__outlet", "speaker_entity", "speaker_role", "speaker_role__organisation"
        )

    def search(self, text: str, *, request=None):
        """Claims matching the words of `text`, best match first on PostgreSQL (claims.search); `request`, when
        given, lets the known names be read from the public cache without a query."""
        from claims.search import search

        return search(self, text, request=request)


class Claim(StatedFigure):
    ref = models.SlugField(
        max_length=80,
        unique=True,
        blank=True,
        help_text="Stable public identifier used in the claim's permalink. Made from the text when left blank.",
    )
    article = models.ForeignKey(
        Source,
        on_delete=models.PROTECT,
        related_name="claims_logged",
        help_text="The article (or statement) the claim was logged from.",
    )
    visit = models.ForeignKey(Visit, on_delete=models.PROTECT, related_name="claims")
    speaker = models.CharField(
        max_length=200,
        help_text="Who made the statement, e.g. 'Kassym-Jomart Tokayev, President of Kazakhstan'. "
        "When the article asserts it in its own voice, the outlet's name.",
    )
    speaker_entity = models.ForeignKey(
        "claims.Entity",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims_said",
        verbose_name="speaker (entity)",
        help_text="The person or organisation who made the statement, as an entity of the register.",
    )
    speaker_role = models.ForeignKey(
        "claims.EntityRole",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text="The office the speaker spoke in, one of the speaker's roles.",
    )
    text = models.TextField(help_text="The checkable statement, in your own words.")
    quote = models.TextField(help_text="The sentence from the article that carries the claim, verbatim.")
    quote_found = models.BooleanField(
        null=True,
        blank=True,
        editable=False,
        help_text="Whether the quote is in the kept copy of its article (whitespace and quote marks aside); "
        "empty while the article has no kept copy. Checked on every save and import, and by check_quotes.",
    )
    topic = models.CharField(max_length=20, choices=Topic.choices, default=Topic.OTHER)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.UNVERIFIED, editable=False)
    verdict_summary = models.TextField(
        blank=True, editable=False, help_text="Why the verdict: the evidence in two or three sentences."
    )
    is_published = models.BooleanField(default=False, editable=False)
    published_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the verdict was first published."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # Commitments: a roadmap, a target, a zone to be set up, a programme to run, an agreement to implement.
    is_commitment = models.BooleanField(
        default=False, db_default=False, help_text="The claim is a promise that can be followed up."
    )
    commitment_due = models.DateField(
        null=True, blank=True, help_text="When the commitment falls due. Leave empty if no date was given."
    )
    commitment_horizon = models.CharField(
        max_length=100, blank=True, help_text="The horizon in the source's words, e.g. '2026–2028' or 'no date given'."
    )
    commitment_due_is_reading = models.BooleanField(
        default=False,
        db_default=False,
        help_text="The due date is our reading of the source's words (e.g. the last day of '2026–2028'), not a date "
        "the source states. Readers are told so.",
    )
    commitment_first_made = models.CharField(
        max_length=300,
        blank=True,
        help_text="When the commitment was first made, if before this visit (e.g. 'First agreed in June 2022, during "
        "Tokayev's visit to Tehran'). Leave empty when it was first made during the visit.",
    )

    # Repeated claims: this claim is another appearance of a statement already in the register.
    repeat_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="repeats",
        help_text="The first logged appearance of the same statement.",
    )

    # The desk's own: who is working on the claim now. Never on a public page, the feed, the API or a CSV.
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_claims",
        help_text="The editor working on this claim now (a staff account). Seen only in the admin.",
    )

    # Optimistic locking: every save through the admin or an import checks and bumps it.
    version = models.PositiveIntegerField(default=1, db_default=1, editable=False)

    objects = ClaimQuerySet.as_manager()
    # History rows of published claims, indexed by date (historicalclaim_published). Nothing reads by it since
    # the freshness stamp became factregister.models.PublicChange rows; it can go with this app's next migration.
    history = IndexedHistory(
        indexes=[
            models.Index(
                fields=["history_date"], condition=models.Q(is_published=True), name="historicalclaim_published"
            )
        ]
    )

    class Meta:
        ordering = ["-published_at", "-id"]
        permissions = [
            ("set_verdict", "Can set a verdict on a claim"),
            ("publish_claim", "Can publish and unpublish a claim"),
        ]
        indexes = [
            models.Index(fields=["is_published", "-published_at", "-id"], name="claim_published_order"),
            models.Index(fields=["is_published", "updated_at", "id"], name="claim_published_updated"),
            # The admin's claim list, published or not, newest verdicts first (ClaimAdmin.ordering).
            models.Index(fields=["-published_at", "-id"], name="claim_admin_order"),
            # The admin's claim list: the claims worked on last first, so new work does not sink.
            models.Index(fields=["-updated_at", "-id"], name="claim_admin_updated"),
            models.Index(fields=["visit", "status"], name="claim_visit_status"),
            # The home page's verdict counts per visit, read from the index alone.
            models.Index(
                fields=["visit", "status"], condition=models.Q(is_published=True), name="claim_published_visit_status"
            ),
            # The visit page: its newest claims of each topic (claims.views.register.newest_per_topic),
            # and its counts by topic and status from the index alone.
            models.Index(
                fields=["visit", "topic", "-published_at", "-id", "status"],
                condition=models.Q(is_published=True),
                name="claim_visit_topic_newest",
            ),
            models.Index(fields=["status", "is_published"], name="claim_status_published"),
            models.Index(fields=["topic"], name="claim_topic"),
            models.Index(fields=["speaker"], name="claim_speaker"),
            # "Is this source the article of a published claim?" (claims.public), one probe however many
            # unpublished claims an article has.
            models.Index(fields=["article"], condition=models.Q(is_published=True), name="claim_published_article"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=Status.values), name="claim_status_valid"),
            models.CheckConstraint(condition=models.Q(topic__in=Topic.values), name="claim_topic_valid"),
            models.CheckConstraint(condition=~models.Q(ref=""), name="claim_ref_not_blank"),
            # A published claim carries a verdict, says why, and knows when it went out.
            models.CheckConstraint(
                condition=models.Q(is_published=False)
                | (
                    models.Q(status__in=Status.verdicts())
                    & ~models.Q(verdict_summary="")
                    & models.Q(published_at__isnull=False)
                ),
                name="claim_published_has_verdict",
            ),
            *figure_constraints("claim"),
            models.CheckConstraint(condition=~models.Q(repeat_of=models.F("id")), name="claim_not_repeat_of_itself"),
        ]

    def __str__(self):
        return self.ref or self.text[:60]

    def get_absolute_url(self):
        return reverse("claims:claim_detail", kwargs={"ref": self.ref})

    @property
    def is_verdict(self) -> bool:
        return self.status in Status.verdicts()

    @property
    def rating_value(self) -> int | None:
        return RATING_SCALE.get(self.status)

    def clean(self):
        if not self.ref and self.text:
            self.ref = unique_slug(Claim, self.text, max_length=60, reserved=FormerRef.is_reserved)
        self.clean_figure()
        if self.commitment_due and not self.is_commitment:
            raise ValidationError({"commitment_due": "Only a commitment has a due date: tick 'is commitment'."})
        if self.repeat_of_id and self.pk and self.repeat_of_id == self.pk:
            raise ValidationError({"repeat_of": "A claim cannot repeat itself."})

    def validate_unique(self, exclude=None):
        """Unique fields, and a ref that is no other claim's former address (it still leads there)."""
        errors: dict = {}
        try:
            super().validate_unique(exclude=exclude)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if self.ref and "ref" not in (exclude or ()) and "ref" not in errors:
            problem = FormerRef.problem_for(self.ref, claim_id=self.pk)
            if problem:
                errors["ref"] = [problem]
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.ref and self.text:
            self.ref = unique_slug(Claim, self.text, max_length=60, reserved=FormerRef.is_reserved)
        super().save(*args, **kwargs)


class FormerRef(models.Model):
    """An address a claim had on the public register before its ref was changed.

    The old address answers a permanent redirect to the claim's address now, the
    API lists it in the claim's `previous_refs` so mirrors can drop their copy
    under it, and no other claim may take it. Recorded by
    claims.services.claim_update, only for refs the public saw (the claim was
    published under it). Kept when the claim is deleted, like the rest of its
    public record: a restored claim finds its old addresses again.
    """

    ref = models.SlugField(max_length=80, unique=True, help_text="The ref the claim had before.")
    claim = models.ForeignKey(
        Claim, on_delete=models.DO_NOTHING, db_constraint=False, related_name="former_refs", editable=False
    )
    changed_at = models.DateTimeField(help_text="When the claim's ref was changed from this one.")

    class Meta:
        ordering = ["changed_at", "id"]
        constraints = [models.CheckConstraint(condition=~models.Q(ref=""), name="formerref_ref_not_blank")]

    def __str__(self):
        return f"{self.ref} (now claim {self.claim_id})"

    @classmethod
    def is_reserved(cls, ref: str) -> bool:
        """Whether no new claim may take `ref`: a former address, a ref on the public record, a deleted published
        claim's."""
        if cls.objects.filter(ref=ref).exists():
            return True
        if ClaimEvent.objects.filter(claim_ref=ref, kind__in=EventKind.on_the_record()).exists():
            return True
        deleted = Claim.history.filter(ref=ref, is_published=True).exclude(id__in=Claim.objects.values("pk"))
        return deleted.exists()

    @classmethod
    def problem_for(cls, ref: str, *, claim_id: int | None) -> str | None:
        """Why claim `claim_id` (None: a new claim) may not take `ref`, if `ref` is another claim's former address."""
        held = cls.objects.filter(ref=ref).exclude(claim_id=claim_id) if claim_id else cls.objects.filter(ref=ref)
        owner = held.values_list("claim_id", flat=True).first()
        if owner is None:
            return None
        now = Claim.objects.filter(pk=owner).values_list("ref", flat=True).first()
        where = f"claim '{now}', which it still leads to" if now else "a claim since deleted"
        return f"'{ref}' was the address of {where}: links to it must keep working. Choose another ref."
