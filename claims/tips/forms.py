"""The public "Send us a claim" form: plain text, bounded sizes, and a field people leave empty (the honeypot)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from claims.tips.models import CONTACT_MAX, LINK_MAX, STATEMENT_MAX, WHERE_MAX, TipLanguage


def plain_text(value: str) -> None:
    """Refuse control characters: what a binary file pasted or posted as text brings."""
    if any(ord(c) < 32 and c not in "\n\r\t" or 0x7F <= ord(c) < 0xA0 for c in value):
        raise forms.ValidationError(_("This field holds characters that are not text: please send plain text only."))


# Django's length check fills in the limit and the length sent.
TOO_LONG = _("Please keep this to %(limit_value)d characters or fewer (this has %(show_value)d).")


class TipForm(forms.Form):
    statement = forms.CharField(
        validators=[plain_text],
        label=_("What was said"),
        help_text=_("The claim you want us to check, in your own words or quoted."),
        max_length=STATEMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": _("Tell us what was said."), "max_length": TOO_LONG},
    )
    where_said = forms.CharField(
        validators=[plain_text],
        label=_("Where and by whom it was said"),
        max_length=WHERE_MAX,
        error_messages={"required": _("Tell us where it was said."), "max_length": TOO_LONG},
    )
    link = forms.URLField(
        label=_("A link to it (optional)"),
        required=False,
        max_length=LINK_MAX,
        assume_scheme="https",
        error_messages={
            "invalid": _("Enter a web address, such as https://example.org/page."),
            "max_length": TOO_LONG,
        },
    )
    language = forms.ChoiceField(label=_("Your language"), choices=TipLanguage.choices)
    contact = forms.CharField(
        validators=[plain_text],
        label=_("How to reach you (optional)"),
        help_text=_("Only if you want an answer. Only our editors see it."),
        required=False,
        max_length=CONTACT_MAX,
        error_messages={"max_length": TOO_LONG},
    )
    # Hidden from people (and from assistive technology); programs that fill every field fill it.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean(self):
        cleaned = super().clean() or {}
        if cleaned.get("website"):
            raise forms.ValidationError(_("This form was filled in by a program, so it was not accepted."))
        return cleaned
