"""A rehearsal of the multi-host deployment on this machine, with real parts only.

    .venv/bin/python bench/cluster.py                 # about two minutes
    .venv/bin/python bench/cluster.py --duration 30 --connections 64

It starts, under a folder of its own (--workdir, removed afterwards):

* a PostgreSQL primary (`initdb`, port --primary-port) holding the soak's register
  (bench/soak.py's `prepare`: the synthetic register plus claims ready to publish), and a
  streaming replica of it (`pg_basebackup -R`, its own cluster directory, port --replica-port);
  the machine's own PostgreSQL is not touched;
* two gunicorn app servers with the production settings, `DATABASE_URL` at the primary,
  `DATABASE_REPLICA_URLS` at the replica, and the shared Redis (one database number of its own);
* haproxy from Debian's packages in front of them (round robin, health checks on /healthz,
  retries and redispatch).

Then it measures, through the balancer:

1. reads: the soak's public paths under wrk; PostgreSQL's own statistics (pg_stat_database) of
   both servers show who served them;
2. writes and freshness: an editor logs in and withdraws a published claim in the admin; the
   editor's next request sees the withdrawal at once (it reads from the primary), and anonymous
   readers (served from the replica) see it within the replication lag, measured;
3. failover: one app server is stopped (SIGTERM) in the middle of a wrk run; haproxy's counters
   show the retries and redispatches, and wrk counts every failed request.

Every port it uses must be free (it refuses one in use); the app servers answer with a token of
their own (bench/servers.py), and it measures only once that token comes back through the balancer,
counting every answer without it.

It exits non-zero when any check fails, and stops and removes everything it started.
"""

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench.servers import (  # noqa: E402
    TOKEN_VARIABLE,
    WSGI_APPLICATION,
    ServerError,
    still_ours,
    take_port,
    wait_until_ours,
    with_token,
)

PYTHON = sys.executable
PG_BIN = Path(sorted(Path("/usr/lib/postgresql").glob("*/bin"))[-1]) if Path("/usr/lib/postgresql").exists() else None
EDITOR, PASSWORD = "cluster-editor", "cluster-rehearsal-password-not-secret"
DATABASE = "register"


def say(message: str) -> None:
    print(f"[cluster {time.strftime('%H:%M:%S')}] {message}", flush=True)


def as_postgres(*command: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, capture_output=True, **kwargs)


def sql(port: int, statement: str, database: str = DATABASE):
    import psycopg

    with psycopg.connect(host="127.0.0.1", port=port, user="postgres", dbname=database, autocommit=True) as db:
        cursor = db.execute(statement)
        return cursor.fetchall() if cursor.description else []


def wait_until(check, seconds: float, what: str) -> float:
    began = time.monotonic()
    while time.monotonic() - began < seconds:
        try:
            if check():
                return time.monotonic() - began
        except Exception:  # noqa: BLE001 - not ready yet
            pass
        time.sleep(0.05)
    raise SystemExit(f"{what}: not within {seconds:.0f} s")


def status_of(url: str, opener=None) -> int:
    try:
        with (opener or urllib.request.build_opener()).open(url, timeout=10) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


class Cluster:
    def __init__(self, args):
        self.args = args
        self.work = Path(args.workdir)
        self.processes: list[tuple[str, subprocess.Popen]] = []
        self.clusters: list[Path] = []
        # One token for both app servers: an answer through the balancer carries it whichever served it.
        self.token = with_token({})[1]

    # --- PostgreSQL ---------------------------------------------------------------------
    def start_postgres(self) -> None:
        if self.work.exists():
            shutil.rmtree(self.work)
        self.work.mkdir(parents=True)
        shutil.chown(self.work, "postgres", "postgres")
        primary, replica = self.work / "primary", self.work / "replica"
        as_postgres(str(PG_BIN / "initdb"), "-D", str(primary), "-A", "trust", "-U", "postgres", "--no-instructions")
        with (primary / "postgresql.conf").open("a") as conf:
            conf.write(
                f"port = {self.args.primary_port}\nlisten_addresses = '127.0.0.1'\n"
                f"unix_socket_directories = '{self.work}'\nwal_level = replica\nmax_wal_senders = 4\n"
                "shared_buffers = 256MB\nmax_connections = 200\nfsync = on\n"
            )
        self.pg_ctl(primary, "start")
        self.clusters.append(primary)
        sql(self.args.primary_port, f"CREATE DATABASE {DATABASE}", database="postgres")
        say(f"primary up on {self.args.primary_port}; preparing the register")
        prepared = subprocess.run(
            [PYTHON, "bench/soak.py", "prepare", str(self.args.publish)],
            env={**self.env(replica=False), "DJANGO_SETTINGS_MODULE": "bench.settings"},
            cwd=BASE_DIR,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if prepared.returncode:
            raise SystemExit("preparing the register failed:\n" + prepared.stderr[-3000:])
        self.paths = json.loads(next(li for li in prepared.stdout.splitlines() if li.startswith("PATHS "))[6:])
        self.manage(
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model; from django.contrib.auth.models import Group; "
            f"u = get_user_model().objects.create_user({EDITOR!r}, password={PASSWORD!r}, is_staff=True); "
            "u.groups.add(Group.objects.get(name='Editor'))",
        )
        as_postgres(
            str(PG_BIN / "pg_basebackup"),
            *("-h", "127.0.0.1", "-p", str(self.args.primary_port), "-U", "postgres"),
            *("-D", str(replica), "-R", "-X", "stream", "-c", "fast"),
        )
        with (replica / "postgresql.conf").open("a") as conf:
            conf.write(f"port = {self.args.replica_port}\nhot_standby = on\n")
        self.pg_ctl(replica, "start")
        self.clusters.append(replica)
        in_recovery = sql(self.args.replica_port, "SELECT pg_is_in_recovery()")[0][0]
        self.manage("collectstatic", "--noinput", "-v0")
        say(f"replica up on {self.args.replica_port} (pg_basebackup -R; in recovery: {in_recovery})")

    def pg_ctl(self, directory: Path, action: str) -> None:
        log = str(directory / "server.log")
        as_postgres(str(PG_BIN / "pg_ctl"), "-D", str(directory), "-l", log, "-w", "-m", "fast", action)

    # --- the app ------------------------------------------------------------------------
    def env(self, *, replica: bool = True) -> dict:
        url = f"postgres://postgres@127.0.0.1:{self.args.primary_port}/{DATABASE}"
        env = {
            **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH", "DEBUG")},
            "DATABASE_URL": url,
            "DATABASE_REPLICA_URLS": (
                f"postgres://postgres@127.0.0.1:{self.args.replica_port}/{DATABASE}" if replica else ""
            ),
            "REDIS_URL": f"redis://127.0.0.1:6379/{self.args.redis_db}",
            "DEBUG": "false",
            "SECRET_KEY": "cluster-rehearsal-only-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_COOKIES": "false",
            "API_THROTTLE_RATE": "100000000/minute",
            "TRUSTED_PROXY_COUNT": "1",
            "LOG_LEVEL": "WARNING",
            "DB_CONN_MAX_AGE": "60",
            "PYTHONPATH": str(BASE_DIR),
            TOKEN_VARIABLE: self.token,
        }
        return env

    def manage(self, *args: str) -> str:
        done = subprocess.run(
            [PYTHON, "manage.py", *args], env=self.env(replica=False), cwd=BASE_DIR, capture_output=True, text=True
        )
        if done.returncode:
            raise SystemExit(f"manage.py {args[0]} failed:\n{done.stderr[-3000:]}")
        return done.stdout

    def start(self, name: str, command: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(command, cwd=BASE_DIR, **kwargs)
        self.processes.append((name, process))
        return process

    def start_app_servers(self) -> None:
        import redis

        redis.Redis.from_url(self.env()["REDIS_URL"]).flushdb()
        self.apps = {}
        for name, port in (("app1", self.args.app_ports[0]), ("app2", self.args.app_ports[1])):
            log = (self.work / f"{name}.log").open("w")
            self.apps[name] = self.start(
                name,
                [
                    str(BASE_DIR / ".venv/bin/gunicorn"),
                    WSGI_APPLICATION,
                    *("--bind", f"127.0.0.1:{port}", "--workers", "2", "--worker-class", "gthread"),
                    *("--threads", "4", "--timeout", "60", "--graceful-timeout", "20", "--log-level", "warning"),
                ],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        for (name, process), port in zip(self.apps.items(), self.args.app_ports, strict=True):
            wait_until_ours(f"http://127.0.0.1:{port}/healthz", process, token=self.token, name=name)
        config = self.work / "haproxy.cfg"
        config.write_text(
            f"""global
    maxconn 4096
    log stdout format raw local0
    stats socket {self.work}/haproxy.sock mode 600 level admin
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
    option forwardfor
frontend web
    bind 127.0.0.1:{self.args.port}
    default_backend app
backend app
    balance roundrobin
    option httpchk GET /robots.txt
    http-check expect status 200
    # Requests queue here, not in gunicorn: each server takes as many as it has threads (2 workers x 4),
    # so a health check never waits behind a backlog and a stopped server's queue is redispatched.
    timeout queue 15s
    timeout check 2s
    # A refused connection (a server stopping) marks it down at once, not after three missed checks, so
    # retries and queued requests go to the other one.
    default-server check inter 1s fall 3 rise 2 maxconn 8 observe layer4 error-limit 1 on-error mark-down
    server app1 127.0.0.1:{self.args.app_ports[0]}
    server app2 127.0.0.1:{self.args.app_ports[1]}
"""
        )
        haproxy_log = (self.work / "haproxy.log").open("w")
        command = ["/usr/sbin/haproxy", "-f", str(config), "-db"]
        self.balancer = self.start("haproxy", command, stdout=haproxy_log, stderr=subprocess.STDOUT)
        # haproxy answers 503 itself until its health checks pass: ours by its socket until then, and
        # then by the app servers' token coming back through it.
        wait_until_ours(self.url("/healthz"), self.balancer, name="haproxy", timeout=30)
        self.check_balancer()
        say(f"two gunicorns (2 workers x 4 threads each) behind haproxy on {self.args.port}")

    def check_balancer(self) -> None:
        still_ours(self.url("/healthz"), self.balancer, token=self.token, name="haproxy and the app servers")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.args.port}{path}"

    def haproxy(self, command: str) -> str:
        with socket.socket(socket.AF_UNIX) as sock:
            sock.connect(str(self.work / "haproxy.sock"))
            sock.sendall(command.encode() + b"\n")
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks).decode()

    def server_stats(self) -> dict[str, dict[str, str]]:
        lines = self.haproxy("show stat").splitlines()
        header = lines[0].lstrip("# ").split(",")
        rows = [dict(zip(header, line.split(","), strict=False)) for line in lines[1:] if line]
        return {row["svname"]: row for row in rows if row.get("pxname") == "app"}

    # --- load ---------------------------------------------------------------------------
    def wrk(self, seconds: int, during=None) -> dict:
        process = subprocess.Popen(
            [
                "/usr/bin/wrk",
                *("-t", "2", "-c", str(self.args.connections), "-d", f"{seconds}s", "--timeout", "10s"),
                *("-s", str(BASE_DIR / "bench/soak.lua"), self.url(""), "--", f"instance={self.token}", *self.paths),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        self.processes.append(("wrk", process))
        if during:
            during()
        out, _ = process.communicate(timeout=seconds + 120)
        line = next((li for li in out.splitlines() if li.startswith("SOAK ")), None)
        if line is None:
            raise SystemExit("wrk printed no figures:\n" + out)
        return json.loads(line[5:])

    def stop_all(self) -> None:
        for name, process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    say(f"{name} did not stop on SIGTERM; killing it")
                    process.kill()
                    process.wait()
        for directory in reversed(self.clusters):
            try:
                self.pg_ctl(directory, "stop")
            except subprocess.CalledProcessError as error:
                say(f"pg_ctl stop {directory.name}: {error.stderr.decode()[-300:]}")
        try:
            import redis

            redis.Redis.from_url(self.env()["REDIS_URL"]).flushdb()
        except Exception as error:  # noqa: BLE001 - cleaning up; say so and go on
            say(f"could not empty Redis database {self.args.redis_db}: {error}")
        if not self.args.keep:
            shutil.rmtree(self.work, ignore_errors=True)


def database_counters(port: int) -> dict[str, int]:
    (row,) = sql(
        port,
        "SELECT xact_commit, tup_returned, tup_fetched, tup_inserted + tup_updated + tup_deleted "
        f"FROM pg_stat_database WHERE datname = '{DATABASE}'",
    )
    return dict(zip(["commits", "returned", "fetched", "written"], map(int, row), strict=True))


def difference(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {key: after[key] - before[key] for key in after}


def settle_statistics() -> None:
    # A PostgreSQL backend publishes its statistics at most once a second, and an idle one within ten.
    time.sleep(11)


def rehearse(cluster: Cluster, args) -> list[str]:
    failures = []
    primary, replica = args.primary_port, args.replica_port

    # 1. Reads.
    settle_statistics()
    before = {"primary": database_counters(primary), "replica": database_counters(replica)}
    reads = cluster.wrk(args.duration)
    cluster.check_balancer()
    settle_statistics()
    after = {"primary": database_counters(primary), "replica": database_counters(replica)}
    used = {name: difference(after[name], before[name]) for name in before}
    share = used["replica"]["fetched"] / max(1, used["replica"]["fetched"] + used["primary"]["fetched"])
    say(
        f"reads: {reads['requests']:,} requests in {reads['seconds']:.0f} s = {reads['rps']:.0f} req/s; "
        f"p50 {reads['p50_ms']} ms, p95 {reads['p95_ms']} ms, p99 {reads['p99_ms']} ms, max {reads['max_ms']} ms; "
        f"2xx {reads['2xx']}, 4xx {reads['4xx']}, 5xx {reads['5xx']}"
    )
    say(
        f"rows fetched: replica {used['replica']['fetched']:,}, primary {used['primary']['fetched']:,} "
        f"({share:.1%} from the replica); "
        f"rows written: primary {used['primary']['written']:,}, replica {used['replica']['written']:,}"
    )
    if reads["5xx"] or reads["4xx"]:
        failures.append("reads: answers other than 2xx/3xx")
    if reads["foreign"]:
        failures.append(f"reads: {reads['foreign']:,} answers came without the app servers' token")
    if share < 0.95:
        failures.append(f"reads: only {share:.1%} of rows fetched came from the replica")

    # 2. An editor's write, through the balancer.
    jar = http.cookiejar.CookieJar()
    editor = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    login = editor.open(cluster.url("/admin/login/"), timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login).group(1)
    form = {"username": EDITOR, "password": PASSWORD, "csrfmiddlewaretoken": token, "next": "/admin/"}
    editor.open(cluster.url("/admin/login/?next=/admin/"), urllib.parse.urlencode(form).encode(), timeout=10)
    if not any(cookie.name == "sessionid" for cookie in jar):
        raise SystemExit("the editor could not log in through the balancer")
    pk, ref = sql(primary, "SELECT id, ref FROM claims_claim WHERE is_published ORDER BY published_at DESC LIMIT 1")[0]
    page = cluster.url(f"/claims/{ref}/")
    if status_of(page) != 200:
        failures.append(f"{page} was not public before the withdrawal")
    # The public page, cached on the way (a replica read), as a reader would have it.
    for _ in range(4):
        status_of(page)
    form_page = editor.open(cluster.url(f"/admin/claims/claim/{pk}/unpublish/"), timeout=10).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form_page).group(1)
    reason = {"csrfmiddlewaretoken": token, "reason": "Rehearsal: withdrawn to measure how soon readers see it."}
    editor.open(cluster.url(f"/admin/claims/claim/{pk}/unpublish/"), urllib.parse.urlencode(reason).encode())
    wrote_at = time.monotonic()
    own = status_of(page, editor)
    lag_seen = wait_until(lambda: status_of(page) == 410, 30, "anonymous readers see the withdrawal")
    cluster.paths = [path for path in cluster.paths if path != f"/claims/{ref}/"]
    # Where the write went: the primary holds it (the replica, in recovery, refuses writes).
    (published, events), *_ = sql(
        primary,
        f"SELECT is_published, (SELECT count(*) FROM claims_claimevent WHERE claim_id = {pk} AND kind = 'unpublished') "
        f"FROM claims_claim WHERE id = {pk}",
    )
    replay = sql(primary, "SELECT coalesce(max(extract(epoch FROM replay_lag)), 0) FROM pg_stat_replication")[0][0]
    say(
        f"withdrawal of {ref}: the editor's next request answered {own} at once; anonymous readers through "
        f"the balancer saw 410 after {lag_seen * 1000:.0f} ms ({(time.monotonic() - wrote_at) * 1000:.0f} ms "
        f"after the write); on the primary the claim is published={published} with {events} withdrawal event(s); "
        f"the replica's last replay lag (pg_stat_replication) {float(replay) * 1000:.0f} ms"
    )
    if own != 410:
        failures.append(f"the editor's own next request answered {own}, not 410")
    if lag_seen > args.max_lag:
        failures.append(f"readers saw the withdrawal after {lag_seen:.2f} s (documented: {args.max_lag} s)")
    for _ in range(20):  # and it stays withdrawn for everyone, whichever app server answers
        if status_of(page) != 410:
            failures.append("a later anonymous request got the withdrawn claim again")
            break

    # 3. Failover: stop app1 in the middle of a run.
    stats_before = cluster.server_stats()

    def stop_one():
        time.sleep(args.duration / 3)
        cluster.apps["app1"].send_signal(signal.SIGTERM)
        say("app1 sent SIGTERM mid-load")

    failover = cluster.wrk(args.duration, during=stop_one)
    stats = cluster.server_stats()
    retries = sum(int(stats[s].get("wretr") or 0) - int(stats_before[s].get("wretr") or 0) for s in ("app1", "app2"))
    redispatches = sum(
        int(stats[s].get("wredis") or 0) - int(stats_before[s].get("wredis") or 0) for s in ("app1", "app2")
    )
    errors = sum(failover[k] for k in ("connect_errors", "read_errors", "write_errors", "timeouts"))
    say(
        f"failover: {failover['requests']:,} requests, 2xx {failover['2xx']}, 5xx {failover['5xx']}, socket errors "
        f"{errors}; p50 {failover['p50_ms']} ms, p95 {failover['p95_ms']} ms, p99 {failover['p99_ms']} ms, "
        f"max {failover['max_ms']} ms; haproxy: app1 {stats['app1']['status']}, {retries} retries, "
        f"{redispatches} redispatches"
    )
    if failover["5xx"] or failover["4xx"] or failover["foreign"] or errors:
        failures.append("failover: requests failed while an app server stopped")
    if stats["app1"]["status"] == "UP":
        failures.append("failover: haproxy still counts the stopped app server as up")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=20, help="seconds of load per phase")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--publish", type=int, default=50, help="claims prepared for publishing (soak prepare)")
    parser.add_argument("--primary-port", type=int, default=5440)
    parser.add_argument("--replica-port", type=int, default=5441)
    parser.add_argument("--port", type=int, default=8800, help="the balancer's port")
    parser.add_argument("--app-ports", type=int, nargs=2, default=[8801, 8802])
    parser.add_argument("--redis-db", type=int, default=7)
    parser.add_argument("--max-lag", type=float, default=2.0, help="the documented replica lag, in seconds")
    parser.add_argument("--workdir", default="/tmp/factregister-cluster")
    parser.add_argument("--keep", action="store_true", help="keep the work folder (logs) afterwards")
    args = parser.parse_args()
    if os.geteuid() != 0 or PG_BIN is None or not shutil.which("haproxy") or not Path("/usr/bin/wrk").exists():
        print("bench/cluster.py runs as root with PostgreSQL's server binaries, haproxy and wrk installed")
        return 2
    try:
        for port in (args.primary_port, args.replica_port, args.port, *args.app_ports):
            take_port(port)
    except ServerError as error:
        print(f"CLUSTER REHEARSAL FAILED: {error}")
        return 2
    cluster = Cluster(args)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stopped from outside: clean up all the same
    try:
        cluster.start_postgres()
        cluster.start_app_servers()
        failures = rehearse(cluster, args)
    except ServerError as error:
        failures = [str(error)]
    finally:
        cluster.stop_all()
        say("stopped everything it started" + ("" if args.keep else f" and removed {args.workdir}"))
    for failure in failures:
        print("FAILED: " + failure)
    print("CLUSTER REHEARSAL PASSED" if not failures else "CLUSTER REHEARSAL FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
