"""Benchmarks measure only what they started: a busy port is refused, another program's answers are refused,
a server that stopped gives an error rather than figures, and the cost table records the machine's load.

Small servers only (http.server, a sleeping process); no gunicorn, no wrk load beyond a second.
"""

import argparse
import http.server
import importlib
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from wsgiref.util import setup_testing_defaults

import pytest

from bench import run, servers, soak
from bench.report import build_table

ROOT = Path(__file__).resolve().parent.parent


class Answering(http.server.BaseHTTPRequestHandler):
    """A tiny server; it answers `status`, with the token of the class attribute `token` when set."""

    token: str | None = None
    status = 200

    def do_GET(self):
        self.send_response(self.status)
        if self.token:
            self.send_header(servers.HEADER, self.token)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


@pytest.fixture
def other_program():
    """Another program's HTTP server on a port of its own: a child process, as a stray server would be."""
    port = servers.take_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", str(port)],
        cwd=ROOT / "docs",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while not servers.answer(f"http://127.0.0.1:{port}/")[0]:
        assert process.poll() is None and time.monotonic() < deadline, "http.server did not start"
        time.sleep(0.05)
    yield port, process
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def our_server():
    """A child that is meant to be the measured server but never bound its port (as gunicorn when refused)."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    yield process
    process.kill()
    process.wait()


def test_a_port_in_use_is_refused_with_a_message():
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        busy = listener.getsockname()[1]
        with pytest.raises(servers.ServerError, match=f"port {busy} on 127.0.0.1 is already in use by another program"):
            servers.take_port(busy)
    assert servers.take_port(busy) == busy  # free again once the other program let it go


def test_a_free_port_is_taken_when_none_is_asked_for():
    port = servers.take_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))  # nothing holds it


def test_the_soak_refuses_a_port_in_use_before_it_prepares_anything(capsys):
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        busy = listener.getsockname()[1]
        assert soak.soak(argparse.Namespace(port=busy)) == 2
    assert f"SOAK FAILED: port {busy} on 127.0.0.1 is already in use" in capsys.readouterr().out


def test_a_server_answering_without_our_token_is_refused(other_program, our_server):
    port, _ = other_program
    with pytest.raises(servers.ServerError, match="answered without the token gunicorn was started with"):
        servers.wait_until_ours(f"http://127.0.0.1:{port}/", our_server, token="ours", name="gunicorn", timeout=5)


def test_a_server_answering_with_another_token_is_refused(our_server):
    Handler = type("OtherToken", (Answering,), {"token": "theirs"})
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        with pytest.raises(servers.ServerError, match="without the token"):
            servers.wait_until_ours(url, our_server, token="ours", timeout=5)
        httpd.shutdown()


def test_our_token_is_accepted(our_server):
    Handler = type("OurToken", (Answering,), {"token": "ours"})
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        servers.wait_until_ours(url, our_server, token="ours", timeout=5)
        servers.still_ours(url, our_server, token="ours")
        httpd.shutdown()


def test_our_server_failing_is_named_when_the_wait_ends(our_server):
    """As on a fresh clone without the static files: the server is ours, and answers 500."""
    Handler = type("OurFailing", (Answering,), {"token": "ours", "status": 500})
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/"
        with pytest.raises(servers.ServerError, match=r"within 1 s \(its last answer: HTTP 500\)"):
            servers.wait_until_ours(url, our_server, token="ours", timeout=1)
        httpd.shutdown()


def test_without_a_token_the_process_holding_the_port_decides(other_program, our_server):
    port, process = other_program
    url = f"http://127.0.0.1:{port}/"
    with pytest.raises(servers.ServerError, match=f"answered by process \\[{process.pid}\\], not by Datasette"):
        servers.wait_until_ours(url, our_server, name="Datasette", timeout=5)
    servers.wait_until_ours(url, process, name="Datasette", timeout=5)  # the one holding the port is accepted


def test_a_server_that_exits_ends_the_bench_with_an_error():
    port = servers.take_port()
    process = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    process.wait(timeout=10)
    with pytest.raises(servers.ServerError, match="exited \\(code 3\\) before it answered"):
        servers.wait_until_ours(f"http://127.0.0.1:{port}/", process, token="ours", timeout=5)
    with pytest.raises(servers.ServerError, match="stopped \\(code 3\\) during the measurement"):
        servers.still_ours(f"http://127.0.0.1:{port}/", process, token="ours")


@pytest.mark.django_db
def test_the_bench_application_sends_its_token_on_every_answer(monkeypatch):
    monkeypatch.setenv(servers.TOKEN_VARIABLE, "token-of-this-server")
    sys.modules.pop("bench.wsgi", None)
    wsgi = importlib.import_module("bench.wsgi")
    answers = {}
    for path in ("/robots.txt", "/no-such-page/"):
        environ = {"PATH_INFO": path}
        setup_testing_defaults(environ)

        def start_response(status, headers, exc_info=None, path=path):
            answers[path] = (status, dict(headers))

        b"".join(wsgi.application(environ, start_response))
    assert answers["/robots.txt"][0].startswith("200")
    assert answers["/no-such-page/"][0].startswith("404")
    assert {headers[servers.HEADER] for _, headers in answers.values()} == {"token-of-this-server"}
    sys.modules.pop("bench.wsgi", None)


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed")
@pytest.mark.parametrize(("sent", "foreign"), [("ours", False), (None, True)])
def test_soak_lua_counts_answers_without_the_token(sent, foreign):
    Handler = type("Lua", (Answering,), {"token": sent})
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler) as httpd:
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                "-c1",
                "-d1s",
                "-s",
                str(ROOT / "bench/soak.lua"),
                f"http://127.0.0.1:{httpd.server_address[1]}",
            ]
            + ["--", "instance=ours", "/"],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
        httpd.shutdown()
    figures = json.loads(next(line for line in out.splitlines() if line.startswith("SOAK "))[5:])
    assert figures["2xx"] > 0
    assert figures["foreign"] == (figures["2xx"] if foreign else 0)


def test_a_soak_mostly_answered_with_5xx_fails_loudly():
    failures = soak.answer_failures({"requests": 1662, "2xx": 142, "4xx": 0, "5xx": 1520}, 0)
    assert failures == [
        "1,520 of 1,662 answers were 5xx (91.5%): the register was not serving, and the figures above are not its own"
    ]
    assert soak.answer_failures({"requests": 1000, "2xx": 999, "4xx": 0, "5xx": 1}, 0) == [
        "1 of 1,000 answers were 5xx (0.1%)"
    ]
    assert soak.answer_failures({}, 0) == ["wrk printed no figures"]


def page(ms: float) -> dict:
    return {"queries": 5, "ms": ms, "url": "/", "runs": 1, "timings": [ms]}


def test_the_cost_table_records_the_load_before_and_after_each_size(monkeypatch):
    """cost_growth reads the load average around each size's round, and the table prints it."""
    loads = iter([0.5, 0.75, 0.75, 1.25, 1.0, 1.5, 1.5, 2.0])
    monkeypatch.setattr(run.os, "getloadavg", lambda: (next(loads), 0.0, 0.0))
    pages = {"home page": page(10), "/claims/ searched (q)": page(20), "/claims/ searched, broad (q)": page(30)}

    def child(command, **kwargs):
        return SimpleNamespace(returncode=0, stdout=json.dumps({"published": 800, "results": pages}), stderr="")

    monkeypatch.setattr(run.subprocess, "run", child)
    costs = run.cost_growth({"small": "postgres:///s", "large": "postgres:///l"}, runs=1, rounds=2)
    assert costs["small"]["load"] == [(0.5, 0.75), (1.0, 1.5)]
    assert costs["large"]["load"] == [(0.75, 1.25), (1.5, 2.0)]
    table = "\n".join(build_table(SimpleNamespace(small=1_000, large=100_000), costs, None, None, []))
    assert (
        "| 1. cost | machine's load average (1 min), before → after each round | 0.50 → 0.75; 1.00 → 1.50 "
        "| 0.75 → 1.25; 1.50 → 2.00 | | | |" in table
    )
    assert "| 1. cost | /claims/ searched (q): median latency | 20.0 ms | 20.0 ms |" in table
    assert "| 1. cost | /claims/ searched, broad (q): median latency | 30.0 ms | 30.0 ms |" in table


def test_a_search_missing_at_one_size_is_a_missed_target():
    small = {"results": {"/claims/ searched (q)": page(20), "home page": page(10)}, "load": []}
    large = {
        "results": {
            "/claims/ searched (q)": {"error": "not available (HTTP 500)"},
            "home page": {"error": "not available (HTTP 500)"},
        }
    }
    table = build_table(SimpleNamespace(small=1_000, large=100_000), {"small": small, "large": large}, None, None, [])
    assert "| 1. cost | /claims/ searched (q) | measured | not available (HTTP 500) | | | **NO** |" in table
    assert "| 1. cost | home page | measured | not available (HTTP 500) | | | n/a |" in table


def test_the_cost_table_runs_the_narrow_and_the_broad_search():
    """Both searches, public and admin, are among the pages every size's child measures, under names the table
    holds to (a search missing at a size is a missed target)."""
    searches = {name: url for name, (url, _) in run.cost_pages("/claims/c/", "v", None).items() if "search" in name}
    assert searches == {
        "/claims/ searched (q)": "/claims/?q=rail+freight",
        "/claims/ searched, broad (q)": "/claims/?q=cited+record",
        "admin claim search": "/admin/claims/claim/?q=rail+freight",
        "admin claim search, broad": "/admin/claims/claim/?q=cited+record",
    }
