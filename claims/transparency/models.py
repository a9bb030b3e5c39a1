"""One transparency page's text in one interface language, as a desk admin wrote it."""

from django.db import models


class PageKind(models.TextChoices):
    ABOUT = "about", "Who runs the register"
    FUNDING = "funding", "Funding"
    CORRECTIONS = "corrections-policy", "Corrections policy"
    CONTACT = "contact", "Contact"


class PageLanguage(models.TextChoices):
    ENGLISH = "en", "English"
    PERSIAN = "fa", "Persian"
    RUSSIAN = "ru", "Russian"
    KAZAKH = "kk", "Kazakh"


class TransparencyPage(models.Model):
    """A transparency page in one language. A page with no text in a language shows its English text."""

    kind = models.CharField(max_length=24, choices=PageKind.choices)
    language = models.CharField(max_length=4, choices=PageLanguage.choices)
    title = models.CharField(max_length=120)
    body = models.TextField(
        help_text="Plain text shown to readers; a blank line starts a new paragraph. Markup is shown as typed."
    )
    updated_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["kind", "language"]
        constraints = [models.UniqueConstraint(fields=["kind", "language"], name="transparencypage_one_per_language")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_language_display()})"
