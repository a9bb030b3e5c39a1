"""The visits the register is about."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from sources.models import country_code, country_name


class Visit(models.Model):
    ref = models.SlugField(
        max_length=80, unique=True, help_text="Stable public identifier, e.g. pezeshkian-astana-2025."
    )
    title = models.CharField(max_length=200)
    host_country = models.CharField(max_length=2, validators=[country_code], help_text="ISO 3166-1 alpha-2.")
    guest = models.CharField(
        max_length=200, help_text="Who visited, with their office, e.g. 'Masoud Pezeshkian, President of Iran'."
    )
    guest_country = models.CharField(
        max_length=2, validators=[country_code], help_text="The guest's country (ISO 3166-1 alpha-2)."
    )
    start_date = models.DateField()
    end_date = models.DateField()
    location = models.CharField(max_length=200, help_text="City or cities, e.g. Astana.")
    summary = models.TextField(blank=True)
    # Bumped by every write (the write core): a translation records the version it was made from.
    version = models.PositiveIntegerField(default=1, db_default=1, editable=False)

    history = HistoricalRecords()

    class Meta:
        ordering = ["start_date", "ref"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")), name="visit_dates_in_order"
            ),
            models.CheckConstraint(condition=~models.Q(ref=""), name="visit_ref_not_blank"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("claims:visit_detail", kwargs={"ref": self.ref})

    @property
    def host_country_name(self) -> str:
        return country_name(self.host_country)

    @property
    def guest_country_name(self) -> str:
        return country_name(self.guest_country)

    def clean(self):
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": "A visit cannot end before it starts."})
