"""What the benchmark scripts share: where things are, a child process's environment, the databases."""

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SECRET = "bench-only-secret-key-not-for-production"


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def env_for(database_url: str | None = None, sqlite_path: str | None = None, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SQLITE_PATH", "REDIS_URL", "DEBUG")}
    env.update(DJANGO_SETTINGS_MODULE="bench.settings", SECRET_KEY=SECRET, PYTHONPATH=str(ROOT))
    if database_url:
        env["DATABASE_URL"] = database_url
    if sqlite_path:
        env["SQLITE_PATH"] = sqlite_path
    env.update(extra)
    return env


def manage(env: dict, *args: str) -> str:
    result = subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def fetch_status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


# --- Databases ----------------------------------------------------------------------
def prepare_postgres(server_url: str, name: str, claims: int, regenerate: bool) -> str:
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    url = f"{server_url}/{name}"
    return prepare(env_for(database_url=url), url, claims, regenerate)


def prepare(env: dict, label: str, claims: int, regenerate: bool) -> str:
    manage(env, "migrate", "--noinput", "-v0")
    have = int(manage(env, "shell", "-c", "from claims.models import Claim; print(Claim.objects.count())").split()[-1])
    if regenerate or have != claims:
        log(f"generating {claims:,} claims in {label}")
        began = time.monotonic()
        out = manage(env, "generate_register", "--claims", str(claims), "--clear", "--seed", "2025")
        log(f"{out.strip()} ({time.monotonic() - began:.0f} s wall)")
    else:
        log(f"{label} already holds {claims:,} claims")
    return label
