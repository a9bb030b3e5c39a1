"""The admin stays shut and every page carries the security headers production needs."""

import os
import re
import secrets
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse

from tests.factories import ClaimFactory, UserFactory, publish

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


def production_env(**overrides):
    drop = {"DEBUG", "TESTING", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "SECURE_SSL_REDIRECT", "SECURE_COOKIES"}
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(
        DEBUG="false",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="register.example.org",
        REGISTER_PUBLIC_URL="https://register.example.org",
        DJANGO_SETTINGS_MODULE="factregister.settings",
    )
    env.update(overrides)
    return env


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_deploy_check_asks_for_the_public_address_and_refuses_the_former_proxy_settings():
    unset = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(REGISTER_PUBLIC_URL=""))
    assert unset.returncode != 0 and "factregister.W001" in unset.stdout + unset.stderr
    former = manage("check", env=production_env(API_NUM_PROXIES="1"))
    assert former.returncode != 0 and "factregister.E001" in former.stdout + former.stderr


def test_the_deploy_check_fails_on_a_weak_secret_key():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env(SECRET_KEY="short"))
    assert result.returncode != 0 and "security.W009" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    env.pop("SECRET_KEY")
    result = subprocess.run(  # what gunicorn and runserver do first: load the WSGI application
        [sys.executable, "-c", "import factregister.wsgi"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0 and "Set SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stdout
    deploy = manage("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert deploy.returncode != 0 and "SECRET_KEY" in deploy.stdout + deploy.stderr


def test_commands_that_sign_nothing_run_without_a_secret_key():
    env = production_env()
    env.pop("SECRET_KEY")
    result = manage("makemigrations", "--check", "--dry-run", env=env)
    assert result.returncode == 0, result.stdout + result.stderr


# --- headers -----------------------------------------------------------------
def csp_of(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part for part in (p.strip() for p in header.split(";")) if part}


@pytest.fixture
def pages(editor):
    claim = publish(ClaimFactory(text="Trade reached 310.8 million dollars"), editor=editor)
    return [
        "/",
        "/claims/",
        claim.get_absolute_url(),
        "/methodology/",
        "/feed/",
        "/api/v1/claims/",
        "/api/docs/",
        "/admin/login/",
    ]


def test_every_page_carries_csp_and_the_security_headers(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        policy = csp_of(response)
        assert policy["script-src"] == "script-src 'self'", url  # no inline script, no eval
        assert policy["frame-ancestors"] == "frame-ancestors 'none'"
        assert policy["object-src"] == "object-src 'none'"
        assert response["X-Content-Type-Options"] == "nosniff", url
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", url
        assert response["X-Frame-Options"] == "DENY", url


def test_pages_have_no_inline_script_except_json_ld(client, pages):
    for url in pages:
        html = client.get(url).content.decode()
        for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S):
            if "src=" in attrs:
                continue
            assert 'type="application/ld+json"' in attrs, f"inline script on {url}: {attrs} {body[:80]}"


def test_hsts_and_secure_cookies_in_production_settings():
    code = (
        "import django;django.setup();from django.conf import settings as s;"
        "print(s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.split() == ["31536000", "True", "True", "True"], result.stderr


# --- login rate limiting -------------------------------------------------------
def attempt(client, username, password):
    return client.post(reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"})


def test_password_guessing_is_locked_out_with_a_clear_message(client):
    UserFactory(username="desk", role="Editor")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, "desk", "guess")
        assert response.status_code == 200  # the ordinary "wrong password" form
    locked = attempt(client, "desk", "guess")
    assert locked.status_code == 429
    assert b"Too many failed logins" in locked.content and b"axes_reset_username" in locked.content
    # The same header as the admin, and the same command as the README.
    assert "Fact register: editors&#x27; desk" in locked.content.decode()
    assert b".venv/bin/python manage.py axes_reset_username" in locked.content
    # Even the right password is refused while locked.
    assert attempt(client, "desk", PASSWORD).status_code == 429


def test_unlocking_with_the_documented_command(client):
    UserFactory(username="desk", role="Editor")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "desk", "guess")
    assert attempt(client, "desk", PASSWORD).status_code == 429
    call_command("axes_reset_username", "desk")
    response = attempt(client, "desk", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_good_login_resets_the_count(client):
    UserFactory(username="desk", role="Editor")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "desk", "guess")
    assert attempt(client, "desk", PASSWORD).status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "desk", "guess").status_code == 200
