"""The only writer of the transparency pages: a desk admin's text, and the demo's."""

from claims import rules
from claims.rules.base import permission_problems
from claims.services.core import Change, Writer, apply_one
from claims.transparency.models import TransparencyPage


class PageWriter(Writer):
    """A transparency page's text in one language. Readers see it, so a change moves the freshness stamp."""

    model = TransparencyPage
    fields = ("kind", "language", "title", "body")
    touched = ("updated_at",)
    default_reason = "Transparency page edited."

    def problems(self, change: Change, facts) -> rules.Problems:
        action = "add" if change.current is None else "delete" if change.delete else "change"
        return permission_problems(self.user, TransparencyPage, action)

    def derive(self, changes: list[Change], facts, *, now) -> None:
        for change in changes:
            if change.current is None:
                change.proposed.updated_at = now


def page_write(*, kind: str, language: str, title: str, body: str, user) -> TransparencyPage:
    """Set the text of page `kind` in `language`, adding it if it has none yet."""
    stored = TransparencyPage.objects.filter(kind=kind, language=language).first()
    values = {"title": title, "body": body}
    if stored is None:
        change = apply_one(PageWriter(user=user), Change(values={"kind": kind, "language": language, **values}))
    else:
        change = apply_one(PageWriter(user=user), Change(target=stored, values=values))
    return change.proposed or stored
