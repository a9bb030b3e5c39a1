"""What a flood of query strings puts in the shared cache: entries and bytes, parameter-blind and as served.

    .venv/bin/python bench/cache_keys.py [--requests 400] [--redis redis://127.0.0.1:6379/14]

Issue #8: 400 anonymous GETs of `/claims/?utm_source=xN` kept 400 pages for an hour. This asks
`/claims/?utm_source=xN` N times in process (Django's test client, the production middleware) and
prints the public-page entries in the cache and their bytes (Redis `MEMORY USAGE` of each key, or
the pickled size in the in-process cache when Redis is not reachable):

- "parameter-blind": every parameter keys a page, as before the fix (the query is not cleaned);
- "as served": only the parameters a page reads key it (factregister.publiccache.clean_query).

Then the same number of GETs of `/claims/?q=xN` (a parameter the page reads, so each is a page to
render) from one address with PUBLIC_PAGE_RATE at 60/minute: how many were rendered, how many got
a 429, and what was kept. The register is a generated one of 200 claims in a SQLite file.
"""

import argparse
import os
import socket
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import env_for, manage, prepare  # noqa: E402


def redis_reachable(url: str) -> bool:
    host, port = url.split("//", 1)[1].split("/", 1)[0].split(":")
    try:
        with socket.create_connection((host, int(port)), timeout=1):
            return True
    except OSError:
        return False


def kept_pages() -> tuple[int, int]:
    """Public-page entries in the default cache and their bytes."""
    from django.core.cache import cache

    if hasattr(cache, "_cache") and isinstance(cache._cache, dict):  # the in-process cache: pickled values
        sizes = [len(value) for key, value in cache._cache.items() if "public-page:" in key]
        return len(sizes), sum(sizes)
    client = cache._cache.get_client()  # django's RedisCache: its redis-py client
    keys = client.keys("*public-page:*")
    return len(keys), sum(client.memory_usage(key) or 0 for key in keys)


def flood(path: str, requests: int, *, address: str = "203.0.113.5") -> dict[int, int]:
    """GET path.format(n=...) `requests` times from one address: how many answers of each status."""
    from django.test import Client

    client = Client(REMOTE_ADDR=address)
    statuses: dict[int, int] = {}
    for n in range(requests):
        status = client.get(path.format(n=n)).status_code
        statuses[status] = statuses.get(status, 0) + 1
    return statuses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14", help="a database of its own: it is flushed")
    args = parser.parse_args()
    sqlite_path = str(Path(tempfile.gettempdir()) / "bench_cache_keys.sqlite3")
    extra = {"REDIS_URL": args.redis} if redis_reachable(args.redis) else {}
    env = env_for(sqlite_path=sqlite_path, **extra)
    prepare(env, sqlite_path, 200, regenerate=False)
    manage(env, "collectstatic", "--noinput", "-v0")  # pages name the stylesheet by its hashed name
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache

    from factregister import publiccache

    backend = "Redis" if extra else "in-process cache"
    print(f"| {args.requests} GETs of `/claims/?utm_source=xN` ({backend}) | answers | page entries | bytes |")
    print("| --- | --- | --- | --- |")
    cleaning = publiccache.clean_query
    for label, clean in (("parameter-blind (before)", lambda request, reads: None), ("as served (after)", cleaning)):
        cache.clear()
        publiccache.clean_query = clean
        statuses = flood("/claims/?utm_source=x{n}", args.requests)
        entries, size = kept_pages()
        print(f"| {label} | {statuses} | {entries} | {size:,} |")
    publiccache.clean_query = cleaning

    cache.clear()
    settings.PUBLIC_PAGE_RATE = "60/minute"
    statuses = flood("/claims/?q=x{n}", args.requests)
    entries, size = kept_pages()
    print()
    print(
        f"| {args.requests} GETs of `/claims/?q=xN` from one address, PUBLIC_PAGE_RATE 60/minute | answers |"
        " page entries | bytes |"
    )
    print("| --- | --- | --- | --- |")
    print(f"| as served | {statuses} | {entries} | {size:,} |")
    cache.clear()


if __name__ == "__main__":
    main()
