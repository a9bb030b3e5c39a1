"""Shared pieces of the OpenAPI description: error bodies and the notes partners need to sync."""

from drf_spectacular.utils import OpenApiResponse

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
