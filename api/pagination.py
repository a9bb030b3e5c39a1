"""Keyset ("cursor") pagination over a unique, stable ordering.

DRF's CursorPagination keys on the first ordering field alone and settles ties
with an offset, so a page deep in a run of equal timestamps costs more and a
row stamped inside that run can be skipped. Here the cursor carries the whole
key (the ordering field and the id), every page is one indexed range scan
(`WHERE (field, id) > (cursor) ORDER BY field, id LIMIT n + 1`), and the last
page costs what the first does.

A cursor is a position in an ordering, written `<ordering>~<value>~<id>`: the ordering's name, the
ordering field's value (a time as whole microseconds since 1970-01-01 in UTC, a number as it is, a
text as it is) and the id of the last item before the page. Every string of that form is a
position, so the page after it is well defined whether or not the feed gave the cursor out, and the
schema states the form as a pattern (`cursor_pattern`): a schema-driven client sends only cursors
the feed can use, and anything else is a 400 naming `cursor`. A time or an id past the end of its
range is read as that end. A cursor carries its ordering, and the page continues in it.
"""

import datetime
import re
from collections import OrderedDict
from typing import NamedTuple

from django.db.models import AutoField, BigAutoField, DateTimeField, IntegerField, Q
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from factregister.addresses import absolute

LARGEST_ID = 2**63 - 1
SEPARATOR = "~"
# The kinds of value a cursor holds, each with its pattern (read alike by Python and by JSON Schema).
TIME, NUMBER, TEXT = "time", "number", "text"
VALUE_PATTERNS = {TIME: "-?[0-9]{1,18}", NUMBER: "[0-9]{1,19}", TEXT: "[^\\u0000]*"}
ID_PATTERN = VALUE_PATTERNS[NUMBER]
# Times within the years 2 to 9998, as every time the feed reads (api.filters): a cursor's time is clamped to them.
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
MICROSECOND = datetime.timedelta(microseconds=1)
EARLIEST = (datetime.datetime(2, 1, 1, tzinfo=datetime.UTC) - EPOCH) // MICROSECOND
LATEST = (datetime.datetime(9998, 12, 31, 23, 59, 59, 999999, tzinfo=datetime.UTC) - EPOCH) // MICROSECOND


def value_kind(field) -> str:
    if isinstance(field, DateTimeField):
        return TIME
    if isinstance(field, (AutoField, BigAutoField, IntegerField)):
        return NUMBER
    return TEXT


class Position(NamedTuple):
    ordering: str
    key: list


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    ordering_query_param = "ordering"
    page_size_query_param = "page_size"
    page_size = 50
    max_page_size = 200
    # Public ordering name -> model field. Each is paired with `id`, so every
    # ordering is unique; a leading "-" reverses it.
    orderings = {"id": "id"}
    default_ordering = "id"
    ordering_help = "Sort order."

    # --- Parameters ------------------------------------------------------------
    def ordering_choices(self) -> list[str]:
        return [name for key in self.orderings for name in (key, f"-{key}")]

    def get_ordering(self, request) -> str:
        ordering = request.query_params.get(self.ordering_query_param, self.default_ordering)
        if ordering not in self.ordering_choices():
            raise ValidationError(
                {
                    self.ordering_query_param: [
                        f"'{ordering}' is not an ordering. Use one of: {', '.join(self.ordering_choices())}."
                    ]
                }
            )
        return ordering

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = 0
        if not 1 <= size <= self.max_page_size:
            raise ValidationError(
                {self.page_size_query_param: [f"Give a whole number from 1 to {self.max_page_size}."]}
            )
        return size

    def _fields(self, queryset, ordering: str) -> list[tuple[str, object]]:
        name = self.orderings[ordering.lstrip("-")]
        model = queryset.model
        return [(name, model._meta.get_field(name)), ("id", model._meta.get_field("id"))]

    # --- Cursor ----------------------------------------------------------------
    def cursor_pattern(self, model) -> str:
        """The form of every cursor this list accepts, one alternative per kind of ordering value."""
        by_kind: dict[str, list[str]] = {}
        for key, name in self.orderings.items():
            kind = value_kind(model._meta.get_field(name))
            by_kind.setdefault(kind, []).extend([key, f"-{key}"])
        alternatives = [
            f"(?:{'|'.join(re.escape(name) for name in names)}){SEPARATOR}{VALUE_PATTERNS[kind]}{SEPARATOR}{ID_PATTERN}"
            for kind, names in by_kind.items()
        ]
        return f"^(?:{'|'.join(alternatives)})$"

    def encode_cursor(self, ordering: str, key: list, fields) -> str:
        (_, field), _ = fields
        value, pk = key
        if value_kind(field) == TIME:
            value = (value - EPOCH) // MICROSECOND
        return SEPARATOR.join([ordering, str(value), str(pk)])

    def decode_cursor(self, request, model) -> Position | None:
        raw = request.query_params.get(self.cursor_query_param)
        if raw is None:
            return None  # the first page; `?cursor=` is no cursor, and is refused below
        # fullmatch: a pattern's `$` is the end of the text in JSON Schema; Python's `$` would allow a newline.
        if re.fullmatch(self.cursor_pattern(model)[1:-1], raw) is None:
            raise ValidationError(
                {
                    self.cursor_query_param: [
                        "This is not a cursor: a cursor is `<ordering>~<value>~<id>`, as in the `next` link the "
                        "feed gives. Follow that link as given."
                    ]
                }
            )
        ordering, rest = raw.split(SEPARATOR, 1)
        value, pk = rest.rsplit(SEPARATOR, 1)
        kind = value_kind(model._meta.get_field(self.orderings[ordering.lstrip("-")]))
        if kind == TIME:
            value = EPOCH + min(max(int(value), EARLIEST), LATEST) * MICROSECOND
        elif kind == NUMBER:
            value = min(int(value), LARGEST_ID)
        return Position(ordering, [value, min(int(pk), LARGEST_ID)])

    # --- Paging ----------------------------------------------------------------
    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.ordering = self.get_ordering(request)
        size = self.get_page_size(request)
        position = self.decode_cursor(request, queryset.model)
        after = None
        if position is not None:
            self.ordering, after = position  # the page continues the cursor's ordering
        fields = self.fields = self._fields(queryset, self.ordering)
        descending = self.ordering.startswith("-")
        (name, _), (id_name, _) = fields
        if after is not None:
            op = "lt" if descending else "gt"
            # The first condition is implied by the second; it is there for the index, which can
            # start its range scan at the cursor's value but not at an OR of two conditions.
            queryset = queryset.filter(**{f"{name}__{op}e": after[0]}).filter(
                Q(**{f"{name}__{op}": after[0]}) | Q(**{name: after[0], f"{id_name}__{op}": after[1]})
            )
        sign = "-" if descending else ""
        rows = list(queryset.order_by(f"{sign}{name}", f"{sign}{id_name}")[: size + 1])
        self.has_next = len(rows) > size
        page = rows[:size]
        self.next_key = [getattr(page[-1], name), page[-1].pk] if self.has_next else None
        return page

    def get_next_link(self) -> str | None:
        if not self.next_key:
            return None
        url = absolute(self.request.get_full_path())  # on REGISTER_PUBLIC_URL when set, not the request's host
        if self.ordering_query_param in self.request.query_params:
            url = replace_query_param(url, self.ordering_query_param, self.ordering)
        cursor = self.encode_cursor(self.ordering, self.next_key, self.fields)
        return replace_query_param(url, self.cursor_query_param, cursor)

    def get_first_link(self) -> str:
        return remove_query_param(absolute(self.request.get_full_path()), self.cursor_query_param)

    def get_paginated_response(self, data):
        return Response(OrderedDict([("next", self.get_next_link()), ("results", data)]))

    # --- Schema ----------------------------------------------------------------
    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["next", "results"],
            "properties": {
                "next": {
                    "type": "string",
                    "format": "uri",
                    "nullable": True,
                    "description": "The next page, or null on the last page. Follow it as given.",
                },
                "results": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return self.schema_parameters(view.get_queryset().model)

    def schema_parameters(self, model) -> list[dict]:
        return [
            {
                "name": self.cursor_query_param,
                "in": "query",
                "required": False,
                "description": (
                    "Where the page starts: `<ordering>~<value>~<id>`, the position just before the page (the "
                    "ordering's name; its field's value, a time as whole microseconds since 1970 in UTC; the id). "
                    "Take it from the `next` link as given. Any cursor of this form is a position, and the page "
                    "continues in the cursor's ordering, whatever `ordering` says; a time or id past its range is "
                    "read as the range's end."
                ),
                "schema": {"type": "string", "pattern": self.cursor_pattern(model)},
            },
            {
                "name": self.ordering_query_param,
                "in": "query",
                "required": False,
                "description": self.ordering_help,
                "schema": {"type": "string", "enum": self.ordering_choices(), "default": self.default_ordering},
            },
            {
                "name": self.page_size_query_param,
                "in": "query",
                "required": False,
                "description": f"Items per page (default {self.page_size}).",
                "schema": {"type": "integer", "minimum": 1, "maximum": self.max_page_size, "default": self.page_size},
            },
        ]


class ClaimPagination(KeysetPagination):
    orderings = {"updated_at": "updated_at", "published_at": "published_at", "ref": "ref"}
    default_ordering = "updated_at"
    ordering_help = (
        "Sort order; each is made unique by the claim's internal id. The default, `updated_at`, "
        "oldest change first, is the one to sync with (see the API description)."
    )


class WithdrawalPagination(KeysetPagination):
    orderings = {"withdrawn_at": "at"}
    default_ordering = "withdrawn_at"
    ordering_help = "Sort order: `withdrawn_at`, oldest first (the default), or `-withdrawn_at`."


class RefPagination(KeysetPagination):
    """Visits and sources, in the order of their public identifier."""

    orderings = {"ref": "ref"}
    default_ordering = "ref"
    ordering_help = "Sort order: `ref` (the default) or `-ref`."


class OutletPagination(KeysetPagination):
    orderings = {"id": "id", "name": "name"}
    default_ordering = "id"
    ordering_help = "Sort order: `id` (the default), `name`, or either reversed with a leading `-`."


class ClaimReviewPagination(KeysetPagination):
    """The ClaimReview DataFeed, newest verdict first: what aggregators poll for."""

    orderings = {"published_at": "published_at"}
    default_ordering = "-published_at"
    page_size = 100
    ordering_help = "Sort order: `-published_at`, newest verdict first (the default), or `published_at`."

    def get_paginated_response(self, data):
        # The body is a schema.org DataFeed and nothing else; the next page is in an HTTP Link header
        # (RFC 8288), since `next` is not a schema.org property. The last page has none.
        following = self.get_next_link()
        headers = {"Link": f'<{following}>; rel="next"'} if following else {}
        return Response(data, headers=headers)
