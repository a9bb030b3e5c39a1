"""An article's text from what an editor gives: a pasted text, an uploaded .txt or .html file, or its address.

A web page's main text (without menus, footers and sharing buttons) is extracted with trafilatura.
An address is fetched with httpx, with a size limit (settings.INTAKE_MAX_BYTES), a timeout on each
connection and read (INTAKE_FETCH_TIMEOUT) and a deadline on the whole fetch, redirects and body
included (INTAKE_FETCH_DEADLINE), so that a server sending a byte at a time cannot hold the request.
A text with a NUL or another control character that no text has is a binary file, and is refused.
Whatever goes wrong is an IntakeError whose message says what and where.
"""

import ipaddress
import re
import socket
import time
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

import httpcore
import httpx
import trafilatura
from django.conf import settings

from sources.models import CopyHow

TEXT_TYPES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}
# Control characters no text has: NUL and the rest of C0 but tab, line feed, vertical tab (a word
# processor's line break), form feed and carriage return. PostgreSQL cannot keep a NUL at all.
BINARY = re.compile(r"[\x00-\x08\x0e-\x1f]")


class IntakeError(Exception):
    """The article could not be taken in; the message says why, for the editor."""


class Unreachable(IntakeError):
    """The address did not answer: its host could not be found, refused the connection or timed out."""


class Answered(IntakeError):
    """The address answered with an HTTP error (`status`)."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Received:
    text: str
    how: str  # sources.models.CopyHow
    url: str = ""
    filename: str = ""


def _limit() -> int:
    return settings.INTAKE_MAX_BYTES


def _too_big(what: str, limit: int | None = None, name: str = "INTAKE_MAX_BYTES") -> IntakeError:
    return IntakeError(f"{what} is larger than the {limit or _limit():,} bytes an article may have ({name}).")


def _decode(data: bytes, what: str, encoding: str | None = None) -> str:
    try:
        text = data.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError):
        raise IntakeError(f"{what} is not UTF-8 text: save it as UTF-8 and try again.") from None
    _refuse_binary(text, what)
    return text


def _refuse_binary(text: str, what: str) -> None:
    found = BINARY.search(text)
    if found is None:
        return
    at = found.start()
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    char = "a NUL character" if found.group() == "\x00" else f"the control character U+{ord(found.group()):04X}"
    raise IntakeError(
        f"{what} has {char} (line {line:,}, character {column:,}): that is binary data, not an article's text. "
        "Give the article as UTF-8 text or as a web page."
    )


def main_text(html: str, *, what: str, url: str | None = None) -> str:
    """The main text of a web page: its headline and paragraphs, one a line."""
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_recall=True)
    if not text or not text.strip():
        raise IntakeError(f"{what} has no article text that could be found: paste the article's text instead.")
    return text


def from_paste(text: str) -> Received:
    if not text.strip():
        raise IntakeError("The pasted text is empty.")
    if len(text.encode("utf-8")) > _limit():
        raise _too_big("The pasted text")
    _refuse_binary(text, "The pasted text")
    return Received(text=text, how=CopyHow.PASTE)


def from_file(name: str, data: bytes) -> Received:
    """A .txt file as it is, or an .html file's main text."""
    what = f"The file '{name}'"
    kind = TEXT_TYPES.get(PurePath(name).suffix.lower())
    if kind is None:
        raise IntakeError(f"{what} is neither a .txt nor an .html file.")
    if len(data) > _limit():
        raise _too_big(what)
    text = _decode(data, what)
    if kind == "html":
        text = main_text(text, what=what)
    if not text.strip():
        raise IntakeError(f"{what} is empty.")
    return Received(text=text, how=CopyHow.FILE, filename=PurePath(name).name)


def check_public_address(url: str) -> None:
    """Refuse an address whose host is, or resolves to, this machine or a private network.

    The server fetches what an editor types: without this, an address could read the server's own
    services or a cloud provider's metadata endpoint into a kept copy. Checked for every request,
    redirects included. INTAKE_ALLOW_PRIVATE_ADDRESSES lifts it (a newsroom's own intranet, tests).
    """
    if settings.INTAKE_ALLOW_PRIVATE_ADDRESSES:
        return
    host = urlsplit(url).hostname or ""
    try:
        found = {str(info[4][0]) for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        raise Unreachable(f"The address {url} names a host that cannot be found: nothing was kept.") from None
    for address in found:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if not ip.is_global or ip.is_multicast:
            raise IntakeError(
                f"The address {url} leads to {ip}, on this server or a private network: the intake fetches "
                "public pages only. Paste the article's text or upload it as a file instead."
            )


class _Deadline(httpcore.NetworkBackend):
    """httpcore's own sockets, each connection, read and write given no more than the time left before
    `deadline` (time.monotonic()): httpx's timeouts bound each read, so without this a server sending a byte
    every few seconds would hold the fetch for as long as it liked (encode/httpx#1450)."""

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.backend = httpcore.SyncBackend()

    def left(self, timeout: float | None, error: type[Exception]) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise error("the deadline of the whole fetch has passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        timeout = self.left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self.backend.connect_tcp(host, port, timeout, local_address, socket_options), self)

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        timeout = self.left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self.backend.connect_unix_socket(path, timeout, socket_options), self)

    def sleep(self, seconds: float) -> None:
        self.backend.sleep(seconds)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, deadline: _Deadline):
        self.stream, self.deadline = stream, deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.stream.read(max_bytes, self.deadline.left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.stream.write(buffer, self.deadline.left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self.stream.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        timeout = self.deadline.left(timeout, httpcore.ConnectTimeout)
        return _DeadlineStream(self.stream.start_tls(ssl_context, server_hostname, timeout), self.deadline)

    def get_extra_info(self, info: str):
        return self.stream.get_extra_info(info)


class _DeadlineTransport(httpx.HTTPTransport):
    """httpx's transport over the sockets above. httpx passes no network backend to the connection pool it
    makes, so the pool is made again with one, with httpx's default TLS settings; this can go when httpx has
    a deadline for a whole request (encode/httpx#1450). Name resolution is the system resolver's, bounded by
    its own timeouts."""

    def __init__(self, deadline: float):
        super().__init__()
        backend = _Deadline(deadline)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), network_backend=backend)


def from_url(url: str, *, limit: int | None = None, limit_name: str = "INTAKE_MAX_BYTES") -> Received:
    """Fetch `url` and keep its main text (a plain-text answer as it is), of at most `limit` bytes (by default
    INTAKE_MAX_BYTES; `limit_name` is the setting named when it is passed). An HTTP error raises Answered, an
    address that does not answer Unreachable, anything else an IntakeError."""
    limit = limit or _limit()
    if not url.lower().startswith(("http://", "https://")):
        raise IntakeError(f"'{url}' is not a web address (http:// or https://).")
    what = f"The page at {url}"
    timeout, allowed = settings.INTAKE_FETCH_TIMEOUT, settings.INTAKE_FETCH_DEADLINE
    deadline = time.monotonic() + allowed

    def late() -> IntakeError:
        return Unreachable(
            f"{what} did not send the whole page within {allowed} seconds (INTAKE_FETCH_DEADLINE): nothing was kept."
        )

    def public_only(request: httpx.Request) -> None:
        if time.monotonic() >= deadline:  # before each request: the address's and each redirect's
            raise late()
        check_public_address(str(request.url))

    try:
        with (
            httpx.Client(
                timeout=timeout,
                follow_redirects=True,
                headers={"User-Agent": "fact-register-intake"},
                event_hooks={"request": [public_only]},
                transport=_DeadlineTransport(deadline),
                trust_env=False,  # a proxy named in the environment would get a transport without the deadline
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise Answered(f"{what} answered HTTP {response.status_code}: nothing was kept.", response.status_code)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise _too_big(what, limit, limit_name)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > limit:
                    raise _too_big(what, limit, limit_name)
            content_type = response.headers.get("content-type", "").lower()
            encoding = response.charset_encoding
            final = str(response.url)
    except httpx.TimeoutException:
        if time.monotonic() >= deadline:
            raise late() from None
        raise Unreachable(f"{what} did not answer within {timeout} seconds: nothing was kept.") from None
    except httpx.HTTPError as error:
        raise Unreachable(f"{what} could not be reached ({error}): nothing was kept.") from None
    text = _decode(bytes(body), what, encoding)
    if "html" in content_type or text.lstrip()[:1] == "<":
        text = main_text(text, what=what, url=final)
    elif not content_type.startswith("text/") and content_type:
        raise IntakeError(f"{what} is not a web page or a text ({content_type}).")
    if not text.strip():
        raise IntakeError(f"{what} is empty.")
    return Received(text=text, how=CopyHow.URL, url=final)
