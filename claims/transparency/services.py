"""The only writer of the transparency pages: a desk admin's text, and the demo's."""

from claims import rules
from claims.rules.base import permission_problems
from claims.services.core import Change, Writer, apply_one
from claims.transparency.models import TransparencyPage
from claims.transparency.texts import TEXTS


class PageWriter(Writer):
    """A transparency page's text in one language. Readers see it, so a change moves the freshness stamp."""

    model = TransparencyPage
    fields = ("kind", "language", "title", "body")
    touched = ("updated_at",)
    default_reason = "Transparency page edited."

    def __init__(self, *, user, reason: str = "", defaults: bool = False):
        super().__init__(user=user, reason=reason)
        # Storing a page's default text where it has none (the demo): readers already see that text, so it
        # needs no permission; anything else does.
        self.defaults = defaults

    def problems(self, change: Change, facts) -> rules.Problems:
        page = change.proposed
        if self.defaults and change.current is None and TEXTS[page.kind].get(page.language) == (page.title, page.body):
            return []
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
    written = change.proposed or stored
    assert written is not None  # a new page's change always proposes one
    return written


def pages_fill_defaults(*, user) -> int:
    """Store each page's default text (claims.transparency.texts) in every language that has none yet, so a desk
    admin finds every page to edit; never touches a text already written. Returns how many were stored."""
    stored = set(TransparencyPage.objects.values_list("kind", "language"))
    writer = PageWriter(user=user, reason="Default text of a transparency page.", defaults=True)
    added = 0
    for kind, languages in TEXTS.items():
        for language, (title, body) in languages.items():
            if (kind, language) not in stored:
                values = {"kind": kind, "language": language, "title": title, "body": body}
                apply_one(writer, Change(values=values))
                added += 1
    return added
