"""What the source watch found at a source's address (intake.watch): the latest look, with every earlier one in
its history, and each distinct text it read there, kept once. Models of the sources app, re-exported by
sources.models.

A check is made daily or so, and most find the page as it was: the check's history keeps when and what was found
(status, hashes), not the page's text, and a text is stored again only when it differs from every text read at
that source before (`SeenText`, one row per source and hash). So a year of daily checks of an unchanged page
stores its text once."""

from django.db import models
from simple_history.models import HistoricalRecords


class CheckStatus(models.TextChoices):
    UNCHANGED = "unchanged", "Unchanged"
    CHANGED = "changed", "Changed since we cited it"
    GONE = "gone", "Gone"
    UNREACHABLE = "unreachable", "Unreachable"
    REFUSED = "refused", "Not read"


class SourceCheck(models.Model):
    """The latest look at a source's address by the source watch (intake.watch); every earlier one is in its
    history. The text read is compared with a baseline: the kept copy when it was fetched from the address, else
    the first text the watch read there."""

    Status = CheckStatus
    # The states a published claim's page tells its readers about.
    NOTICED = (CheckStatus.CHANGED, CheckStatus.GONE)

    source = models.OneToOneField("sources.Source", on_delete=models.CASCADE, related_name="watch")
    status = models.CharField(max_length=12, choices=Status.choices)
    checked_at = models.DateTimeField(help_text="When the address was last fetched.")
    since = models.DateTimeField(
        help_text="When the source was first found in this state (for 'changed': when the text last changed)."
    )
    url = models.URLField("address checked", max_length=500)
    http_status = models.PositiveSmallIntegerField("HTTP status", null=True, blank=True)
    detail = models.TextField(blank=True, help_text="What went wrong, when the page could not be read.")
    baseline_sha256 = models.CharField(
        "baseline SHA-256", max_length=64, blank=True, help_text="The text the watch compares with, hashed."
    )
    seen_sha256 = models.CharField("SHA-256 seen", max_length=64, blank=True, help_text="The text last read, hashed.")
    text = models.TextField(blank=True, help_text="The main text last read at the address.")

    # The text is kept in SeenText, once per distinct text: not again in every history row.
    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        verbose_name = "source check"
        ordering = ["-checked_at", "id"]
        indexes = [models.Index(fields=["status", "-checked_at"], name="sourcecheck_status")]
        constraints = [
            models.CheckConstraint(condition=models.Q(status__in=CheckStatus.values), name="sourcecheck_status_valid"),
        ]

    def __str__(self):
        return f"{self.source}: {self.get_status_display()}"

    @property
    def noticed(self) -> bool:
        return self.status in self.NOTICED


class SeenText(models.Model):
    """A text the source watch read at a source's address, kept once however many checks read it again."""

    source = models.ForeignKey("sources.Source", on_delete=models.CASCADE, related_name="seen_texts")
    sha256 = models.CharField("SHA-256", max_length=64, help_text="The text's hash, as the check compares them.")
    text = models.TextField()
    url = models.URLField("address read", max_length=500)
    first_seen_at = models.DateTimeField(help_text="When the watch first read this text there.")

    class Meta:
        verbose_name = "text seen by the watch"
        verbose_name_plural = "texts seen by the watch"
        ordering = ["source_id", "first_seen_at", "id"]
        constraints = [models.UniqueConstraint(fields=["source", "sha256"], name="seentext_once_per_source")]

    def __str__(self):
        return f"{self.source}: text first seen {self.first_seen_at:%Y-%m-%d}"
