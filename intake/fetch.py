"""An article's text from what an editor gives: a pasted text, an uploaded .txt or .html file, or its address.

A web page's main text (without menus, footers and sharing buttons) is extracted with trafilatura.
An address is fetched with httpx, with a timeout and a size limit (settings.INTAKE_FETCH_TIMEOUT,
INTAKE_MAX_BYTES). Whatever goes wrong is an IntakeError whose message says what and where.
"""

import ipaddress
import socket
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import urlsplit

import httpx
import trafilatura
from django.conf import settings

from sources.models import CopyHow

TEXT_TYPES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html"}


class IntakeError(Exception):
    """The article could not be taken in; the message says why, for the editor."""


@dataclass(frozen=True)
class Received:
    text: str
    how: str  # sources.models.CopyHow
    url: str = ""
    filename: str = ""


def _limit() -> int:
    return settings.INTAKE_MAX_BYTES


def _too_big(what: str) -> IntakeError:
    return IntakeError(f"{what} is larger than the {_limit():,} bytes an article may have (INTAKE_MAX_BYTES).")


def _decode(data: bytes, what: str, encoding: str | None = None) -> str:
    try:
        return data.decode(encoding or "utf-8-sig")
    except (UnicodeDecodeError, LookupError):
        raise IntakeError(f"{what} is not UTF-8 text: save it as UTF-8 and try again.") from None


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
        found = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        raise IntakeError(f"The address {url} names a host that cannot be found: nothing was kept.") from None
    for address in found:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if not ip.is_global or ip.is_multicast:
            raise IntakeError(
                f"The address {url} leads to {ip}, on this server or a private network: the intake fetches "
                "public pages only. Paste the article's text or upload it as a file instead."
            )


def from_url(url: str) -> Received:
    """Fetch `url` and keep its main text (a plain-text answer as it is)."""
    if not url.lower().startswith(("http://", "https://")):
        raise IntakeError(f"'{url}' is not a web address (http:// or https://).")
    what = f"The page at {url}"
    timeout = settings.INTAKE_FETCH_TIMEOUT

    def public_only(request: httpx.Request) -> None:
        check_public_address(str(request.url))

    try:
        with (
            httpx.Client(
                timeout=timeout,
                follow_redirects=True,
                headers={"User-Agent": "fact-register-intake"},
                event_hooks={"request": [public_only]},
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise IntakeError(f"{what} answered HTTP {response.status_code}: nothing was kept.")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > _limit():
                raise _too_big(what)
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > _limit():
                    raise _too_big(what)
            content_type = response.headers.get("content-type", "").lower()
            encoding = response.charset_encoding
            final = str(response.url)
    except httpx.TimeoutException:
        raise IntakeError(f"{what} did not answer within {timeout} seconds: nothing was kept.") from None
    except httpx.HTTPError as error:
        raise IntakeError(f"{what} could not be reached ({error}): nothing was kept.") from None
    text = _decode(bytes(body), what, encoding)
    if "html" in content_type or text.lstrip()[:1] == "<":
        text = main_text(text, what=what, url=final)
    elif not content_type.startswith("text/") and content_type:
        raise IntakeError(f"{what} is not a web page or a text ({content_type}).")
    if not text.strip():
        raise IntakeError(f"{what} is empty.")
    return Received(text=text, how=CopyHow.URL, url=final)
