"""The servers a benchmark starts: a port of their own, and proof that the one answering is theirs.

A benchmark takes a free port (`take_port()`), or refuses a fixed one that another program holds; it
starts the register's server as `bench.wsgi:application` with a new token in BENCH_INSTANCE_TOKEN
(`with_token()`), so that every answer carries that token in X-Register-Instance; and it measures only
after `wait_until_ours()` saw its own token come back. A server it does not write (Datasette, the
balancer without a token of its own) is checked by the process that holds the listening socket. A
server gone before or during the measurement ends the benchmark with `ServerError`, never with figures.
"""

import os
import secrets
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

HEADER = "X-Register-Instance"
TOKEN_VARIABLE = "BENCH_INSTANCE_TOKEN"
WSGI_APPLICATION = "bench.wsgi:application"


class ServerError(RuntimeError):
    """The server a benchmark started is not the one answering, or has stopped."""


def take_port(port: int = 0, host: str = "127.0.0.1") -> int:
    """A port for a server to bind: the system's choice when `port` is 0, else `port` once checked free."""
    with socket.socket() as sock:
        # As the servers bind: a port left in TIME_WAIT by an earlier run is free, one listening is not.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            raise ServerError(
                f"port {port} on {host} is already in use by another program: stop that program or choose "
                "another port; the benchmark measures only a server it started itself"
            ) from None
        return sock.getsockname()[1]


def with_token(env: dict) -> tuple[dict, str]:
    """`env` with a new token for a server to answer with, and the token."""
    token = secrets.token_hex(16)
    return {**env, TOKEN_VARIABLE: token}, token


def wait_until_ours(
    url: str, process: subprocess.Popen, *, token: str | None = None, name: str = "server", timeout: float = 60
) -> None:
    """Wait until `url` answers 200 from `process`: its `token` in the answer, else its socket.

    Raises ServerError when the process exits first (it could not bind, or failed to start), when an
    answer comes from another program, or when no 200 came within `timeout` seconds (the last answer is named).
    """
    deadline, last = time.monotonic() + timeout, "nothing"
    while time.monotonic() < deadline:
        status, headers = answer(url)
        if status:
            last = f"HTTP {status}"
            check_ours(url, process, headers, token=token, name=name)
            if status == 200:
                return
        elif process.poll() is not None:
            raise ServerError(f"{name} exited (code {process.returncode}) before it answered at {url}")
        time.sleep(0.3)
    raise ServerError(f"{name} did not answer 200 at {url} within {timeout:.0f} s (its last answer: {last})")


def still_ours(url: str, process: subprocess.Popen, *, token: str | None = None, name: str = "server") -> None:
    """After a measurement: the server is still running and still the one answering at `url`."""
    if process.poll() is not None:
        raise ServerError(f"{name} stopped (code {process.returncode}) during the measurement; its figures are void")
    status, headers = answer(url)
    if not status:
        raise ServerError(f"{name} no longer answers at {url}; the figures are void")
    check_ours(url, process, headers, token=token, name=name)


def check_ours(url: str, process: subprocess.Popen, headers, *, token: str | None, name: str) -> None:
    if process.poll() is not None:
        raise ServerError(
            f"{name} exited (code {process.returncode}), yet {url} answers: another program holds the port"
        )
    if token is not None:
        if headers.get(HEADER) != token:
            raise ServerError(
                f"{url} answered without the token {name} was started with ({HEADER}): another program "
                "holds the port, and the benchmark will not measure it"
            )
        return
    port = urlsplit(url).port
    owners = socket_owners(port) if port else set()
    if not any(descends_from(pid, process.pid) for pid in owners):
        raise ServerError(
            f"{url} is answered by process {sorted(owners) or 'unknown'}, not by {name} (process {process.pid}) "
            "nor its children: another program holds the port"
        )


def answer(url: str) -> tuple[int, dict]:
    """The status and headers of a GET of `url`; (0, {}) when nothing answers."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers
    except OSError:
        return 0, {}


def socket_owners(port: int) -> set[int]:
    """The processes holding a socket that listens on TCP `port` (Linux: /proc/net/tcp and /proc/PID/fd)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                inodes.add(f"socket:[{fields[9]}]")
    owners = set()
    for fd_folder in Path("/proc").glob("[0-9]*/fd"):
        try:
            if any(os.readlink(fd) in inodes for fd in fd_folder.iterdir()):
                owners.add(int(fd_folder.parent.name))
        except OSError:  # gone, or not ours to read
            continue
    return owners


def descends_from(pid: int, ancestor: int) -> bool:
    """Whether `pid` is `ancestor` or one of its children, grandchildren...; read from /proc/PID/stat."""
    while pid > 1:
        if pid == ancestor:
            return True
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        pid = int(stat.rsplit(")", 1)[1].split()[1])  # the field after the state: the parent's id
    return False
