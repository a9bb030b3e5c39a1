"""Shared pieces of the OpenAPI description: error bodies and the notes partners need to sync."""

from drf_spectacular.utils import OpenApiResponse

from api import datafeed_schema

ERROR_SCHEMA = {
    "type": "object",
    "description": "Keys name the parameter that was wrong (or `detail` when it is the request as a whole).",
    "additionalProperties": {
        "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
    },
}

_NOT_MODIFIED = OpenApiResponse(description="Unchanged since the `ETag` / `Last-Modified` you sent.")
_THROTTLED = OpenApiResponse(ERROR_SCHEMA, description="Too many requests; wait for `Retry-After` seconds.")

ERROR_RESPONSES = {
    304: _NOT_MODIFIED,
    400: OpenApiResponse(ERROR_SCHEMA, description="A parameter was wrong; the body names it."),
    429: _THROTTLED,
}
NOT_FOUND_RESPONSE = {
    304: _NOT_MODIFIED,
    404: OpenApiResponse(ERROR_SCHEMA, description="Nothing published has this identifier; the body names it."),
    429: _THROTTLED,
}


DESCRIPTION = """Read-only feed of the published claims about the 2025 Iran–Kazakhstan visits.
Anonymous, JSON, read with GET from any origin. Only published claims ever appear.

## Mirroring the register

1. **First sync**: `GET /api/v1/claims/` and follow `next` until it is `null`. The default
   ordering, `updated_at`, lists the oldest change first; every page is keyed on
   `(updated_at, id)`, so each page costs the same however deep it is.
   Remember the largest `updated_at` you received.
2. **Later syncs**: `GET /api/v1/claims/?updated_since=<that updated_at>` and follow `next`;
   upsert each claim by `ref`, and delete your copies stored under any of its `previous_refs`.
   Then `GET /api/v1/withdrawals/?since=<the time of your previous sync's withdrawals read, or
   of its largest withdrawn_at>` and delete those refs.

### When a claim's ref changes

A published claim's `ref` is its permalink, and it rarely changes; when an editor does change it,
the claim comes back through `updated_since` under its new `ref` (changing it stamps a new
`updated_at`) with the old one listed in `previous_refs`, and an update on its public record
says so. The old addresses answer `301 Moved Permanently` to the new ones (the claim's page and
`/api/v1/claims/<old ref>/`), and no other claim will ever take an old ref. A mirror that upserts
by `ref` and drops the `previous_refs` keeps exactly one copy.

### What a sync pass guarantees

Following `next` from the first page (ordering `updated_at`) to the last:

* Every claim that is published when you fetch the last page is received, and the last copy of it
  you receive is its state as of then (publishing or correcting a claim stamps a new `updated_at`,
  which sorts after every page already served).
* No version of a claim is received twice. A claim appears once per change: exactly once if it is
  not changed during the pass (or is changed only before you reach it), and once more, in its new
  state, for each change made after you received it.
* A re-sync with `updated_since` = the largest `updated_at` received returns exactly the claims
  published or changed after it, each once.
* A claim whose ref changes during the pass appears once more, under its new ref, with the old one in
  `previous_refs`.
* A claim unpublished during the pass stops appearing and is listed in `/api/v1/withdrawals/`.
  A claim withdrawn and later published again is dropped from the withdrawals list and comes back
  through `updated_since`.

A change is stamped when it is written and becomes visible when its transaction commits. The
register's writes are short; a mirror that wants a margin can start each re-sync a minute before
its high-water mark, since upserts by `ref` make repeats harmless.

## Translations

Each claim and visit lists its published translations (`translations`, one per language: fa, ru, kk), with
the public credit (`translator`), whether a machine translation tool was used, whether an editor reviewed
it (`reviewed`, `reviewed_at`) and the version of the original it was made from. A translation whose
`current` is false was made before the original was corrected, updated or withdrawn: the English record is
the reference. `?language=fa` lists the claims with a published, current Persian translation. A claim's
`updated_at` is the claim's own: a translation published or changed later does not move it, so a mirror
that keeps translations reads them again with the claims (`?language=` narrows the pass).

## Caching and limits

Lists and details carry `ETag` and `Last-Modified`; send them back as `If-None-Match` /
`If-Modified-Since` and an unchanged answer is `304` with no body. `If-None-Match` is exact;
`Last-Modified` has one-second resolution. Anonymous clients are throttled; over the limit the
answer is `429` with `Retry-After` in seconds.

## Errors

A wrong parameter answers `400`, an unknown identifier in the address `404`, with a JSON body whose
key names the parameter (`{"status": ["..."]}`, `{"ref": ["..."]}`). A filter given a well-formed id or
ref that names nothing published (`?outlet=999999`, `?visit=no-such-visit`) answers an empty list, as a
search with no match does. A cursor is a position, `<ordering>~<value>~<id>`: follow the `next` link as
given; a cursor of any other form answers `400` naming `cursor`. A search has at most 200 characters and
16 minus signs. Times are read in UTC and must fall in the years 2 to 9998. No parameter or address may
hold a NUL character."""


# Text parameters hold no NUL character: the register refuses one anywhere in an address (400).
NO_NUL = "^[^\\u0000]*$"

# The response headers partners read, as every read of the feed sends them (factregister.publiccache.serve,
# api.throttling, api.pagination.ClaimReviewPagination).
_VALIDATORS = {
    "ETag": {
        "description": "The answer's validator: send it back as `If-None-Match` and an unchanged answer is `304`.",
        "required": True,
        "schema": {"type": "string"},
    },
    "Last-Modified": {
        "description": "When the published register last changed: send it back as `If-Modified-Since`.",
        "required": True,
        "schema": {"type": "string", "pattern": "^[A-Z][a-z]{2}, [0-9]{2} [A-Z][a-z]{2} [0-9]{4} [0-9:]{8} GMT$"},
    },
}
RESPONSE_HEADERS = {
    "200": _VALIDATORS,
    "304": _VALIDATORS,
    "429": {
        "Retry-After": {
            "description": "Seconds to wait before asking again.",
            "required": True,
            "schema": {"type": "integer", "minimum": 0},
        }
    },
}
NEXT_PAGE_HEADER = {
    "Link": {
        "description": 'The next page: `<address>; rel="next"`. Absent on the last page. Follow it as given.',
        "required": False,
        "schema": {"type": "string", "pattern": '^<[^>]+>; rel="next"$'},
    }
}
PAGED_BY_LINK = {"/api/v1/claimreview.json"}


def describe_the_feed(result, generator, request, public):
    """drf-spectacular post-processing hook: the feed's description, kept here rather than in settings; every
    free-text parameter's pattern, so that what the schema allows is what the feed accepts; the response
    headers; and the DataFeed's types (api.datafeed_schema)."""
    result["info"]["description"] = DESCRIPTION
    components = result.setdefault("components", {})
    components["schemas"] = {**components.get("schemas", {}), **datafeed_schema.COMPONENTS}
    for address, path in result.get("paths", {}).items():
        for operation in path.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                if schema.get("type") == "string" and not {"enum", "format", "pattern"} & schema.keys():
                    schema["pattern"] = NO_NUL
            for status, response in operation.get("responses", {}).items():
                headers = RESPONSE_HEADERS.get(status, {})
                if status == "200" and address in PAGED_BY_LINK:
                    headers = {**headers, **NEXT_PAGE_HEADER}
                if headers:
                    response["headers"] = {**response.get("headers", {}), **headers}
    return result
