"""The likely-repeats panel on a claim's admin page, and its buttons.

Links and dismissals go through claims.repeats.services. The panel's buttons
post the change form (and so its CSRF token) to their own admin URLs with
`formaction`, so they work without JavaScript and without a form nested in the
change form.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from claims.models import Claim
from claims.repeats import services
from claims.repeats.queries import group
from claims.repeats.suggestions import suggestions, suggestions_for_text
from factregister.admin_types import ModelAdminBase


def _message(error) -> str:
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


class RepeatsAdminMixin(ModelAdminBase):
    """The likely-repeats panel on the claim change page and the buttons' views."""

    @admin.display(description="Likely repeats")
    def likely_repeats(self, obj):
        if obj is None or obj.pk is None:
            return self._suggestions_for_new(obj)
        appearances = list(group(obj).exclude(pk=obj.pk).select_related("article").order_by("pk"))
        parts = []
        if appearances:
            parts.append(
                format_html(
                    "<p><strong>Linked as appearances of the same statement:</strong></p><ul>{}</ul>{}",
                    format_html_join("", "<li>{} ({}): {}</li>", ((a.ref, a.article, a.text) for a in appearances)),
                    self._button("admin:claims_claim_repeat_unlink", [obj.pk], "Unlink this claim from them"),
                )
            )
        found = suggestions(obj)
        if found:
            rows = format_html_join(
                "",
                '<li><a href="{}">{}</a> ({}, {}): {} <em>similarity {}</em> {} {}</li>',
                (
                    (
                        reverse("admin:claims_claim_change", args=[s.claim.pk]),
                        s.claim.ref,
                        s.claim.article,
                        "published" if s.claim.is_published else "not published",
                        s.claim.text,
                        f"{s.similarity:.2f}",
                        self._button("admin:claims_claim_repeat_link", [obj.pk, s.claim.pk], "Link as appearance"),
                        self._button("admin:claims_claim_repeat_dismiss", [obj.pk, s.claim.pk], "Dismiss"),
                    )
                    for s in found
                ),
            )
            parts.append(format_html("<p>The register may already have this statement:</p><ul>{}</ul>", rows))
        elif not appearances:
            parts.append(format_html("<p>{}</p>", "No existing claim says anything similar."))
        return format_html_join("", "{}", ((part,) for part in parts))

    @staticmethod
    def _suggestions_for_new(obj):
        """A claim not saved yet, opened with its words (from an article's sentence): what it may repeat."""
        words = (obj.text or obj.quote) if obj is not None else ""
        if not words:
            return "Suggestions appear here once the claim is saved."
        found = suggestions_for_text(words)
        if not found:
            return format_html("<p>{}</p>", "No existing claim says anything similar.")
        rows = format_html_join(
            "",
            '<li><a href="{}">{}</a> ({}): {} <em>similarity {}</em></li>',
            (
                (
                    reverse("admin:claims_claim_change", args=[s.claim.pk]),
                    s.claim.ref,
                    s.claim.article,
                    s.claim.text,
                    f"{s.similarity:.2f}",
                )
                for s in found
            ),
        )
        return format_html(
            "<p>The register may already have this statement (link it as an appearance once saved):</p><ul>{}</ul>",
            rows,
        )

    @staticmethod
    def _button(name: str, args: list, label: str):
        return format_html(
            '<button type="submit" class="button" formaction="{}" formmethod="post" formnovalidate>{}</button>',
            reverse(name, args=args),
            label,
        )

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/repeats/<int:other>/link/", wrap(self.repeat_link_view), name="claims_claim_repeat_link"),
            path(
                "<int:pk>/repeats/<int:other>/dismiss/",
                wrap(self.repeat_dismiss_view),
                name="claims_claim_repeat_dismiss",
            ),
            path("<int:pk>/repeats/unlink/", wrap(self.repeat_unlink_view), name="claims_claim_repeat_unlink"),
        ] + super().get_urls()

    def _repeat_step(self, request, pk, step, done: str):
        claim = get_object_or_404(Claim, pk=pk)
        if request.method == "POST":
            try:
                step(claim)
                self.message_user(request, done.format(claim=claim), messages.SUCCESS)
            except (ValidationError, PermissionDenied) as error:
                self.message_user(request, f"Refused — {_message(error)}", messages.ERROR)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[claim.pk]))

    def _check_may_change(self, request) -> None:
        """The buttons change claims: someone who may not (a desk admin) learns nothing of them, not even a ref."""
        if not self.has_change_permission(request):
            raise PermissionDenied

    def repeat_link_view(self, request, pk, other):
        self._check_may_change(request)
        other_claim = get_object_or_404(Claim, pk=other)
        return self._repeat_step(
            request,
            pk,
            lambda claim: services.repeat_link(claim=claim, other=other_claim, user=request.user),
            f"Linked '{{claim.ref}}' and '{other_claim.ref}' as appearances of one statement.",
        )

    def repeat_dismiss_view(self, request, pk, other):
        self._check_may_change(request)
        other_claim = get_object_or_404(Claim, pk=other)
        return self._repeat_step(
            request,
            pk,
            lambda claim: services.repeat_dismiss(claim=claim, other=other_claim, user=request.user),
            f"Dismissed '{other_claim.ref}': it will not be suggested as a repeat of '{{claim.ref}}' again.",
        )

    def repeat_unlink_view(self, request, pk):
        self._check_may_change(request)
        return self._repeat_step(
            request,
            pk,
            lambda claim: services.repeat_unlink(claim=claim, user=request.user),
            "Unlinked '{claim.ref}': it is no longer an appearance of the other claims' statement.",
        )

    def suggest_after_adding(self, request, obj) -> None:
        """Tell the editor who has just logged a claim when the register may already have it."""
        found = suggestions(obj)
        if found:
            url = reverse("admin:claims_claim_change", args=[obj.pk])
            self.message_user(
                request,
                format_html(
                    "The register may already have this statement: {} similar claim(s), first '{}'. "
                    '<a href="{}">Review the likely repeats</a> on its page.',
                    len(found),
                    found[0].claim.ref,
                    url,
                ),
                messages.WARNING,
            )

    def response_add(self, request, obj, post_url_continue=None):
        self.suggest_after_adding(request, obj)
        return super().response_add(request, obj, post_url_continue)
