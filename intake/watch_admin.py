"""The source watch's desk in the admin: what the watch found at each cited source's address, the changed and
gone ones with the published claims that cite them, and buttons to check sources now.

A check runs in the request, so the button checks a bounded batch (SOURCE_WATCH_ADMIN_BATCH): the sources never
checked, then those checked longest ago; `manage.py watch_sources` checks them all.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin

from claims.models import Claim
from claims.public import is_public_source
from claims.services import cited_sources
from intake.watch import watch
from sources.models import SourceCheck

# How many sources one press of the button checks: each may take up to INTAKE_FETCH_DEADLINE seconds.
SOURCE_WATCH_ADMIN_BATCH = 10


class CitedByPublishedFilter(admin.SimpleListFilter):
    title = "cited by a published claim"
    parameter_name = "published"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No, by drafts only")]

    def queryset(self, request, queryset):
        public = Q(is_public_source("source_id"))
        if self.value() == "yes":
            return queryset.filter(public)
        if self.value() == "no":
            return queryset.exclude(public)
        return queryset


@admin.register(SourceCheck)
class SourceCheckAdmin(SimpleHistoryAdmin):
    """Read-only: the watch writes the checks (claims.services.source_checks); editors read them and ask for more."""

    change_list_template = "admin/sources/sourcecheck/change_list.html"
    list_display = ["source", "status", "since", "checked_at", "http_status", "published_claims"]
    list_filter = ["status", CitedByPublishedFilter]
    list_select_related = ["source"]
    search_fields = ["source__title", "source__ref", "url"]
    date_hierarchy = "checked_at"
    fields = [
        "source",
        "status",
        "since",
        "checked_at",
        "url",
        "http_status",
        "detail",
        "published_claims",
        "texts_seen",
    ]
    readonly_fields = fields
    actions = ["check_again"]

    def get_queryset(self, request):
        return super().get_queryset(request).defer("text")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # read-only pages; checking again asks for the permission to change checks itself

    def may_check(self, request) -> bool:
        return request.user.has_perm("sources.change_sourcecheck")

    @admin.display(description="Published claims citing it")
    def published_claims(self, obj):
        source = obj.source_id
        claims = (
            Claim.objects.published()
            .filter(Q(article_id=source) | Q(evidence__source_id=source) | Q(follow_ups__source_id=source))
            .distinct()
            .only("pk", "ref")
            .order_by("ref")
        )
        links = [(reverse("admin:claims_claim_change", args=[claim.pk]), claim.ref) for claim in claims[:5]]
        if not links:
            return "—"
        more = claims.count() - len(links) if len(links) == 5 else 0
        shown = format_html_join(", ", '<a href="{}">{}</a>', links)
        return format_html("{} and {} more", shown, more) if more else shown

    @admin.display(description="Texts read at the address")
    def texts_seen(self, obj):
        """Each distinct text the watch has read there, newest first, with when it was first read."""
        texts = obj.source.seen_texts.order_by("-first_seen_at", "-id")
        if not texts:
            return "—"
        return format_html_join(
            "",
            '<details><summary>First read {} ({} characters{})</summary><div lang="" dir="auto">{}</div></details>',
            (
                (
                    f"{seen.first_seen_at:%Y-%m-%d %H:%M}",
                    len(seen.text),
                    ", the text now" if seen.sha256 == obj.seen_sha256 else "",
                    seen.text,
                )
                for seen in texts
            ),
        )

    @admin.action(description="Check the selected sources again now")
    def check_again(self, request, queryset):
        if not self.may_check(request):
            self.message_user(request, "You may not check sources.", messages.ERROR)
            return
        ids = list(queryset.values_list("source_id", flat=True)[: SOURCE_WATCH_ADMIN_BATCH + 1])
        if len(ids) > SOURCE_WATCH_ADMIN_BATCH:
            self.message_user(
                request,
                f"Select at most {SOURCE_WATCH_ADMIN_BATCH} sources: each is fetched while you wait. "
                "manage.py watch_sources checks them all.",
                messages.ERROR,
            )
            return
        self.message_user(request, str(watch(list(cited_sources().filter(pk__in=ids)), user=request.user)))

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not self.may_check(request):
            actions.pop("check_again", None)
        return actions

    def get_urls(self):
        check = path("check/", self.admin_site.admin_view(self.check_view), name="sources_sourcecheck_check")
        return [check, *super().get_urls()]

    def check_view(self, request):
        if not self.may_check(request):
            raise PermissionDenied
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        summary = watch(list(cited_sources()[:SOURCE_WATCH_ADMIN_BATCH]), user=request.user)
        self.message_user(request, str(summary))
        return HttpResponseRedirect(reverse("admin:sources_sourcecheck_changelist"))

    def changelist_view(self, request, extra_context=None):
        extra = {"may_check": self.may_check(request), "batch": SOURCE_WATCH_ADMIN_BATCH}
        return super().changelist_view(request, {**(extra_context or {}), **extra})
