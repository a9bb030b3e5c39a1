"""Parts 2 and 3 of the benchmark: servers under wrk, and a peer (Datasette) beside this app."""

import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
from pathlib import Path

from bench.common import PY, ROOT, env_for, fetch_status, log, manage, prepare
from bench.servers import WSGI_APPLICATION, ServerError, still_ours, take_port, wait_until_ours, with_token


# --- Parts 2 and 3: servers under wrk -------------------------------------------------
class Server:
    """A server on a free port, measured only while it is the one answering there (bench/servers.py).

    With `token`, the register's own server (`bench.wsgi`) answering with a token of its own; without,
    a server the register does not write (Datasette), told by the process holding the port.
    """

    def __init__(self, name: str, args: list[str], env: dict, ready_path: str, token: bool = False):
        self.name, self.port = name, take_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.args = [a.replace("{port}", str(self.port)) for a in args]
        self.env, self.token = with_token(env) if token else (env, None)
        self.ready_path = ready_path

    def __enter__(self):
        # A file, not a pipe: a pipe nobody reads fills up under load and stalls the server being measured.
        self.output = tempfile.TemporaryFile()
        self.process = subprocess.Popen(
            self.args, cwd=ROOT, env=self.env, stdout=subprocess.DEVNULL, stderr=self.output, start_new_session=True
        )
        try:
            wait_until_ours(self.base + self.ready_path, self.process, token=self.token, name=self.name)
        except ServerError as error:
            self.stop()
            self.output.seek(0)
            said = self.output.read().decode(errors="replace").strip()[-2000:]
            self.output.close()
            raise ServerError(f"{error}\n{self.name} said:\n{said}" if said else str(error)) from None
        return self

    def check(self) -> None:
        """Raise ServerError unless the server still runs and still answers as itself."""
        still_ours(self.base + self.ready_path, self.process, token=self.token, name=self.name)

    def __exit__(self, *exc):
        self.stop()
        self.output.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def gunicorn(env: dict) -> Server:
    args = [
        str(Path(PY).parent / "gunicorn"),
        WSGI_APPLICATION,
        "-b",
        "127.0.0.1:{port}",
        "-w",
        "2",
        "--log-level",
        "warning",
    ]
    return Server("gunicorn", args, env, "/bench/ping/", token=True)


def wrk(url: str, duration: int, connections: int = 8) -> tuple[float, int]:
    """Requests/second and the number of non-2xx/3xx answers."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return rps, int(bad.group(1)) if bad else 0


def load_in_turns(server: Server, paths: dict[str, str], rounds: int, duration: int) -> dict[str, dict]:
    """wrk on each path in turn, `rounds` times, so drift on a shared machine hits all alike.

    The server is checked after every wrk run: figures from a server that stopped or was replaced are
    never kept.
    """
    base = server.base
    samples = {name: [] for name in paths}
    errors = dict.fromkeys(paths, 0)
    for path in paths.values():  # warm every worker's cache and connections
        for _ in range(4):
            fetch_status(base + path)
    for _ in range(rounds):
        for name, path in paths.items():
            rps, bad = wrk(base + path, duration)
            server.check()
            samples[name].append(rps)
            errors[name] += bad
    return {name: {"rps": statistics.median(values), "errors": errors[name]} for name, values in samples.items()}


def throughput(url: str, sample_paths: dict[str, str], rounds: int, duration: int) -> dict:
    log("throughput: gunicorn (2 workers) under wrk")
    with gunicorn(env_for(database_url=url)) as server:
        available = {}
        missing = {}
        for name, path in sample_paths.items():
            status = fetch_status(server.base + path)
            (available if status == 200 else missing)[name] = (
                path if status == 200 else f"not available (HTTP {status})"
            )
        measured = load_in_turns(server, {"trivial view (/bench/ping/)": "/bench/ping/", **available}, rounds, duration)
    return {"measured": measured, "missing": missing}


def peer(sqlite_path: str, claims: int, regenerate: bool, rounds: int, duration: int) -> dict:
    log(f"peer: SQLite file {sqlite_path}")
    env = env_for(sqlite_path=sqlite_path)
    prepare(env, sqlite_path, claims, regenerate)
    # Fold the write-ahead log into the file, so an immutable reader sees every row.
    manage(
        env,
        "shell",
        "-c",
        "from django.db import connection; connection.cursor().execute('PRAGMA wal_checkpoint(TRUNCATE)')",
    )
    datasette = shutil.which("datasette", path=str(Path(PY).parent)) or "datasette"
    name = Path(sqlite_path).stem
    ds_path = f"/{name}/claims_claim.json?_size=50&_nosuggest=1"
    app_path = "/api/v1/claims/?page_size=50"
    with gunicorn(env) as app:
        app_status = fetch_status(app.base + app_path)
        app_result = load_in_turns(app, {"app": app_path}, rounds, duration)["app"] if app_status == 200 else None
    with Server(
        "Datasette",
        [datasette, "serve", "-i", sqlite_path, "-h", "127.0.0.1", "-p", "{port}"],
        os.environ.copy(),
        "/-/versions.json",
    ) as ds:
        ds_result = load_in_turns(ds, {"datasette": ds_path}, rounds, duration)["datasette"]
    return {
        "app": app_result,
        "app_status": app_status,
        "datasette": ds_result,
        "app_path": app_path,
        "ds_path": ds_path,
    }
