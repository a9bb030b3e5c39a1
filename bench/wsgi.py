"""The register's WSGI application for the servers a benchmark starts: each answer names its server.

The register itself (factregister/wsgi.py, its settings unchanged), with one header added to every answer,
cached pages and errors included: X-Register-Instance, the token the benchmark started this server with
(BENCH_INSTANCE_TOKEN). bench/servers.py compares it, so that a benchmark measures its own server and not
another program that holds the port.
"""

import os

from bench.servers import HEADER, TOKEN_VARIABLE
from factregister.wsgi import application as register

TOKEN = os.environ[TOKEN_VARIABLE]  # a server without a token could not be told from another program


def application(environ, start_response):
    def start(status, headers, exc_info=None):
        return start_response(status, [*headers, (HEADER, TOKEN)], exc_info)

    return register(environ, start)
