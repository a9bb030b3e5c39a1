"""Keyset ("cursor") pagination over a unique, stable ordering.

DRF's CursorPagination keys on the first ordering field alone and settles ties
with an offset, so a page deep in a run of equal timestamps costs more and a
row stamped inside that run can be skipped. Here the cursor carries the whole
key (the ordering field and the id), every page is one indexed range scan
(`WHERE (field, id) > (cursor) ORDER BY field, id LIMIT n + 1`), and the last
page costs what the first does.
"""

import base64
import binascii
import datetime
import json
from collections import OrderedDict

from django.db.models import DateTimeField, Q
from django.utils.dateparse import parse_datetime
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from factregister.addresses import absolute
from factregister.badinput import utc_problem

LARGEST_ID = 2**63 - 1


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
    def encode_cursor(self, ordering: str, key: list) -> str:
        payload = json.dumps({"o": ordering, "k": key}, separators=(",", ":"), default=_json_value)
        return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")

    def decode_cursor(self, request, ordering: str, fields) -> list | None:
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None
        bad = ValidationError(
            {self.cursor_query_param: ["This cursor is not one the feed gave out. Follow the `next` link as given."]}
        )
        try:
            payload = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
            cursor_ordering, key = payload["o"], payload["k"]
        except (binascii.Error, ValueError, TypeError, KeyError, UnicodeDecodeError):
            raise bad from None
        if cursor_ordering not in self.ordering_choices():
            raise bad
        if cursor_ordering != ordering:
            raise ValidationError(
                {self.cursor_query_param: [f"This cursor belongs to ordering '{cursor_ordering}', not '{ordering}'."]}
            )
        if not isinstance(key, list) or len(key) != len(fields):
            raise bad
        values = []
        for value, (_, field) in zip(key, fields, strict=False):
            try:
                if isinstance(field, DateTimeField):
                    parsed = parse_datetime(value) if isinstance(value, str) else None
                    if parsed is None or parsed.tzinfo is None or utc_problem(parsed):
                        raise ValueError(value)
                    # In UTC: PostgreSQL reads no offset wider than ±15:59.
                    values.append(parsed.astimezone(datetime.UTC))
                elif field.get_internal_type() in ("AutoField", "BigAutoField"):
                    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= LARGEST_ID:
                        raise ValueError(value)
                    values.append(value)
                else:
                    # Text the database can hold: no NUL (PostgreSQL refuses it), no lone surrogate (not UTF-8).
                    if not isinstance(value, str) or "\x00" in value:
                        raise ValueError(value)
                    value.encode()
                    values.append(value)
            except (ValueError, UnicodeEncodeError):
                raise bad from None
        return values

    # --- Paging ----------------------------------------------------------------
    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.ordering = self.get_ordering(request)
        size = self.get_page_size(request)
        fields = self._fields(queryset, self.ordering)
        descending = self.ordering.startswith("-")
        after = self.decode_cursor(request, self.ordering, fields)
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
        return replace_query_param(url, self.cursor_query_param, self.encode_cursor(self.ordering, self.next_key))

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
        return [
            {
                "name": self.cursor_query_param,
                "in": "query",
                "required": False,
                "description": (
                    "Opaque: where the page starts, as a string the feed made. Take it from the `next` link as "
                    "given; do not build or change it. One the feed did not give out answers 400 naming `cursor`."
                ),
                "schema": {"type": "string"},
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


def _json_value(value):
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} cannot go into a cursor")


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
