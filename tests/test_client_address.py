"""The feed's throttle and the login lockout count by the client's address, trusting X-Forwarded-For
only as far as TRUSTED_PROXY_COUNT proxies wrote it."""

import pytest
from axes.models import AccessAttempt
from django.core.cache import cache
from django.urls import reverse

from factregister.addresses import one_proxy_setting
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"  # UserFactory's


@pytest.fixture(autouse=True)
def feed_rate(settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "120/minute"}}
    cache.clear()


def feed(client, forwarded: str, remote: str = "192.0.2.10") -> int:
    return client.get("/api/v1/visits/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded).status_code


# --- the feed's throttle -----------------------------------------------------------------------
def test_with_no_trusted_proxy_a_forged_x_forwarded_for_does_not_escape_the_throttle(client, settings):
    assert settings.TRUSTED_PROXY_COUNT == 0  # the default
    statuses = [feed(client, f"198.51.100.{n % 250}, 203.0.113.{n % 250}") for n in range(130)]
    assert statuses[:120] == [200] * 120
    assert statuses[120] == 429  # the 121st: every request came from 192.0.2.10
    assert set(statuses[120:]) == {429}


def test_behind_one_proxy_each_reader_is_the_last_address_in_x_forwarded_for(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    # 130 readers behind the one load balancer (192.0.2.10): none is throttled.
    assert [feed(client, f"203.0.113.{n}") for n in range(130)] == [200] * 130
    # One reader writing a new address of its own in front each time is still one reader.
    statuses = [feed(client, f"198.51.100.{n % 250}, 203.0.113.200") for n in range(125)]
    assert statuses[119] == 200 and statuses[120] == 429


def test_two_proxies_take_the_second_address_from_the_end(client, settings):
    settings.TRUSTED_PROXY_COUNT = 2
    # reader (written by the CDN), CDN (written by the load balancer)
    statuses = [feed(client, f"10.{n}.0.1, 203.0.113.5, 198.51.100.{n % 250}") for n in range(121)]
    assert statuses[-1] == 429


@pytest.mark.parametrize("forwarded", ["not-an-address", "203.0.113.5, <script>", " , "])
def test_a_forwarded_value_that_is_not_an_address_counts_as_the_connection(client, settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "2/minute"}}
    assert [feed(client, forwarded) for _ in range(2)] == [200, 200]
    assert feed(client, "") == 429  # the same count as the connection's own address


# --- the login lockout (django-axes) -------------------------------------------------------------
def login(client, password: str, forwarded: str, remote: str = "192.0.2.10"):
    return client.post(
        reverse("admin:login"),
        {"username": "desk", "password": password, "next": "/admin/"},
        REMOTE_ADDR=remote,
        HTTP_X_FORWARDED_FOR=forwarded,
    )


@pytest.fixture
def desk(db):
    return UserFactory(username="desk", role="Editor")


def test_with_no_trusted_proxy_a_forged_x_forwarded_for_does_not_escape_the_lockout(client, desk, settings):
    statuses = [login(client, "guess", f"203.0.113.{n}").status_code for n in range(settings.AXES_FAILURE_LIMIT)]
    assert statuses == [200] * (settings.AXES_FAILURE_LIMIT - 1) + [429]
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"192.0.2.10"}


def test_behind_one_proxy_a_guesser_locks_out_only_their_own_address(client, desk, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    guesses = [
        login(client, "guess", f"198.51.100.{n}, 203.0.113.66").status_code for n in range(settings.AXES_FAILURE_LIMIT)
    ]
    assert guesses[-1] == 429  # writing another address in front of the proxy's does not help
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.66"}
    # The editor, behind the same load balancer from another address, still logs in.
    response = login(client, PASSWORD, "198.51.100.20")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_behind_one_proxy_without_the_setting_anyone_locks_the_editor_out(client, desk, settings):
    """What docs/deploy.md warns of: TRUSTED_PROXY_COUNT left at 0 behind a load balancer."""
    for n in range(settings.AXES_FAILURE_LIMIT):
        login(client, "guess", f"203.0.113.{n}")
    assert login(client, PASSWORD, "198.51.100.20").status_code == 429


def test_guesses_from_many_addresses_add_up_to_a_lockout_everywhere(client, desk, settings):
    """Seven addresses gave seven times the guesses: the username's wrong passwords from every address count too."""
    from django.core.management import call_command

    settings.TRUSTED_PROXY_COUNT = 1
    per_address, everywhere = settings.AXES_FAILURE_LIMIT, settings.AXES_USERNAME_FAILURE_LIMIT
    assert per_address < everywhere < 7 * (per_address - 1)
    answers = []
    for n in range(7):  # each address stays under its own limit
        answers += [login(client, "guess", f"198.51.100.1, 203.0.113.{n}").status_code for _ in range(per_address - 1)]
    assert answers[: everywhere - 1] == [200] * (everywhere - 1)
    assert set(answers[everywhere - 1 :]) == {429}
    # Locked on every connection, the editor's own included, with the right password; the page says so.
    locked = login(client, PASSWORD, "198.51.100.20")
    assert locked.status_code == 429
    assert f"locked on every connection after {everywhere} wrong passwords" in locked.content.decode()
    # The documented unlock path.
    call_command("axes_reset_username", "desk")
    response = login(client, PASSWORD, "198.51.100.20")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_good_login_forgives_only_its_own_addresss_mistakes(client, desk, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for n in range(3):
        for _ in range(settings.AXES_FAILURE_LIMIT - 1):
            login(client, "guess", f"198.51.100.1, 203.0.113.{n}")
    assert login(client, PASSWORD, "203.0.113.0").status_code == 302  # the editor, at one of those addresses
    client.logout()
    left = settings.AXES_USERNAME_FAILURE_LIMIT - 2 * (settings.AXES_FAILURE_LIMIT - 1)
    answers = [login(client, "guess", f"198.51.100.1, 203.0.113.{9 + n}").status_code for n in range(left)]
    assert answers == [200] * (left - 1) + [429]


# --- one setting ---------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["API_NUM_PROXIES", "AXES_PROXY_COUNT"])
def test_the_former_proxy_settings_fail_the_system_check(monkeypatch, name):
    assert one_proxy_setting(None) == []
    monkeypatch.setenv(name, "0")
    assert one_proxy_setting(None) == []
    monkeypatch.setenv(name, "1")
    (error,) = one_proxy_setting(None)
    assert error.id == "factregister.E001"
    assert f"The environment sets {name}" in error.msg and "TRUSTED_PROXY_COUNT" in error.hint
