"""Template helpers for the pages of people, organisations and places: names and offices in every script."""

from django import template
from django.utils.html import format_html_join

from claims.entities.models import Entity, EntityRole
from factregister.languages import active_language, direction, marked

register = template.Library()

# Each script an entity's name is kept in, with the language tag its text carries on a page.
SCRIPTS = [("name", "en"), ("name_fa", "fa"), ("name_ru", "ru"), ("name_kk", "kk"), ("name_kk_latn", "kk-Latn")]


@register.filter
def entity_name(entity: Entity):
    """The entity's name in the page's language, or its English name marked as English where it has none."""
    own = entity.own_name()
    return marked(own, active_language()) if own else marked(entity.name, "en")


@register.filter
def other_scripts(entity: Entity):
    """The entity's name in each other script the register keeps, each marked with its language and direction."""
    shown = entity.name_in()
    names = [
        (getattr(entity, field), language)
        for field, language in SCRIPTS
        if getattr(entity, field) and getattr(entity, field) != shown
    ]
    return format_html_join(
        "",
        '<li><span lang="{}" dir="{}">{}</span></li>',
        ((language, direction(language.split("-")[0]), text) for text, language in names),
    )


@register.filter
def role_title(role: EntityRole):
    """The office's title in the page's language, or its English title marked as English where it has none."""
    own = role.own_title()
    return marked(own, active_language()) if own else marked(role.title, "en")
