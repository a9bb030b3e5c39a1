"""What the source watch found at a source's address (intake.watch): the latest look, with every earlier one in
its history. Models of the sources app, re-exported by sources.models."""

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

    history = HistoricalRecords()

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
