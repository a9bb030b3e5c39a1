"""The admin's first page: `{% desk as items %}` gives what needs someone (claims.admin.desk.desk_items)."""

from django import template

from claims.admin.desk import desk_items

register = template.Library()


@register.simple_tag(takes_context=True)
def desk(context):
    return desk_items(context["request"])
