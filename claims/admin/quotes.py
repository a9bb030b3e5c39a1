"""The quote proof in the admin: found or not in the kept copy of the source, as a column, a filter and a line."""

from django.contrib import admin
from django.db.models import Q
from django.utils.html import format_html

from claims.models import Status
from sources.models import ArticleCopy

# A quote not found in its article's kept copy matters once a reader sees the claim or an editor is about to.
QUOTE_NOT_FOUND_LIVE = Q(quote_found=False) & (Q(is_published=True) | Q(status=Status.IN_REVIEW))


class QuoteFoundFilter(admin.SimpleListFilter):
    title = "quote in the kept copy"
    parameter_name = "quote_found"

    def lookups(self, request, model_admin):
        return [
            ("yes", "Found"),
            ("no", "Not found"),
            ("live", "Not found, published or in review"),
            ("none", "No kept copy"),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "yes":
            return queryset.filter(quote_found=True)
        if value == "no":
            return queryset.filter(quote_found=False)
        if value == "live":
            return queryset.filter(QUOTE_NOT_FOUND_LIVE)
        if value == "none":
            return queryset.filter(quote_found__isnull=True)
        return queryset


def quote_column(found: bool | None):
    """The list's short form: a red mark for a quote not found."""
    if found is None:
        return "—"
    if found:
        return format_html('<span class="quote-found">{}</span>', "found")
    return format_html('<strong class="quote-not-found" style="color:#ba2121">{}</strong>', "not found")


def quote_proof(found: bool | None, source_id: int | None, *, paraphrased: bool = False):
    """The change page's line: found in the kept copy (its date), or, in red, not found."""
    if paraphrased:
        return "A paraphrase: not checked against a copy."
    copies = ArticleCopy.objects.filter(source_id=source_id) if source_id is not None else ArticleCopy.objects.none()
    kept = copies.values_list("retrieved_at", flat=True).first()
    if kept is None:
        return "The source has no kept copy: nothing to check the quote against."
    date = f"{kept:%d %b %Y}"
    if found:
        return format_html('<span class="quote-found">quote found in the kept copy ({})</span>', date)
    if found is False:
        return format_html(
            '<strong class="quote-not-found" style="color:#ba2121">not found in the kept copy ({})</strong>', date
        )
    return f"Not checked yet against the kept copy ({date}): save, or run check_quotes."
