"""A CSV file waiting between the admin's import preview and the editor's Confirm.

The file is kept on the server, in `settings.IMPORT_UPLOADS_DIR`, under a random name the server
made, and its preview (csvio/preview.py) beside it as `<token>.json`, so that the preview's pages are
read, not checked again; the session that uploaded it records that name (the token), the table and
the user. A file with problems cannot be confirmed: only its preview is kept. The preview's confirm
form carries only the token. A token this session does not hold for this table
(forged, another user's, used already, or missing) names nothing: no file is read or removed for it,
and the editor is told to upload the file again.

A session has at most one import waiting: a new upload, Cancel and Confirm each remove the file
before. Previews nobody confirmed or cancelled (a closed tab) are removed by age: whenever anyone
opens or posts an import page, `remove_old` removes every waiting file older than `MAX_AGE_SECONDS`.
"""

import json
import secrets
import time
from pathlib import Path

from django.conf import settings

SESSION_KEY = "csvio_waiting_import"
MAX_AGE_SECONDS = 60 * 60


class NotWaiting(Exception):
    """The confirm named no import waiting for this session and table; the message says what to do."""


def folder() -> Path:
    return Path(settings.IMPORT_UPLOADS_DIR)


PREVIEW_SUFFIX = ".json"


def keep(request, data: bytes | None, *, table: str, file_name: str, preview: dict | None = None) -> str:
    """Keep `data` (None for a file that cannot be confirmed) and its preview until the editor confirms or
    cancels, in place of this session's earlier upload; the token."""
    discard(request)
    token = secrets.token_hex(16)
    folder().mkdir(mode=0o700, parents=True, exist_ok=True)
    if data is not None:
        (folder() / token).write_bytes(data)
    if preview is not None:
        (folder() / f"{token}{PREVIEW_SUFFIX}").write_text(
            json.dumps(preview, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
    request.session[SESSION_KEY] = {
        "token": token,
        "table": table,
        "user": request.user.pk,
        "file_name": file_name,
        "confirmable": data is not None,
    }
    return token


def waiting_preview(request, *, table: str) -> tuple[str, dict, bool] | None:
    """This session's preview waiting for `table`: its token, the preview, and whether it can be confirmed."""
    waiting = request.session.get(SESSION_KEY)
    if not isinstance(waiting, dict) or _waiting(request, str(waiting.get("token", "")), table) is None:
        return None
    try:
        text = (folder() / f"{waiting['token']}{PREVIEW_SUFFIX}").read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    return waiting["token"], json.loads(text), bool(waiting.get("confirmable", True))


def _waiting(request, token: str, table: str) -> dict | None:
    waiting = request.session.get(SESSION_KEY)
    if not (token and isinstance(waiting, dict)):
        return None
    if not secrets.compare_digest(str(waiting.get("token", "")).encode(), token.encode()):
        return None
    if waiting.get("table") != table or waiting.get("user") != request.user.pk:
        return None
    return waiting


def take(request, token: str, *, table: str) -> tuple[bytes, str]:
    """The file `token` names for this session and table, and the name it had; it waits no longer."""
    waiting = _waiting(request, token, table)
    if waiting is None or not waiting.get("confirmable", True):
        raise NotWaiting(
            "This import is not waiting for you: it was confirmed or cancelled already, replaced by a newer "
            "upload, or started by someone else. Nothing was written; upload the file again."
        )
    path = folder() / waiting["token"]
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        del request.session[SESSION_KEY]
        raise NotWaiting(
            f"The preview waited more than {MAX_AGE_SECONDS // 60} minutes and was cleared. "
            "Nothing was written; upload the file again."
        ) from None
    discard(request)
    return data, waiting["file_name"]


def cancel(request, token: str, *, table: str) -> bool:
    """Remove the waiting file `token` names for this session and table; whether there was one."""
    if _waiting(request, token, table) is None:
        return False
    discard(request)
    return True


def discard(request) -> None:
    """Remove this session's waiting file, if any."""
    waiting = request.session.pop(SESSION_KEY, None)
    if isinstance(waiting, dict) and waiting.get("token"):
        (folder() / str(waiting["token"])).unlink(missing_ok=True)
        (folder() / f"{waiting['token']}{PREVIEW_SUFFIX}").unlink(missing_ok=True)


def remove_old(max_age: int = MAX_AGE_SECONDS) -> int:
    """Remove the waiting files older than `max_age` seconds, whoever uploaded them; how many went."""
    if not folder().is_dir():
        return 0
    oldest = time.time() - max_age
    removed = 0
    for path in folder().iterdir():
        try:
            if path.is_file() and path.stat().st_mtime < oldest:
                path.unlink()
                removed += 1
        except FileNotFoundError:
            pass  # removed meanwhile by another worker
    return removed
