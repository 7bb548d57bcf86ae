"""Configuring JuniperClient: environments, from_env, timeouts, with_options, context managers."""

from __future__ import annotations

import importlib.resources
import urllib.parse

import httpx
import pytest
import yaml

from juniper_fulfillment import (
    APITimeoutError,
    AsyncJuniperClient,
    InternalServerError,
    JuniperClient,
)
from juniper_fulfillment_client import _spec
from juniper_fulfillment_client.api.orders import get_order_by_id
from juniper_fulfillment_client.models import Order
from tests.fault_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    ORDER_ID,
    FaultServer,
    Reply,
    client_for,
    free_port,
    order_json,
)

ORDER_PATH = f"/orders/{ORDER_ID}"
# What the description's servers and tokenUrl gave at generation time: a server the vendor moves
# moves here too, and these tests follow it.
SANDBOX_API, SANDBOX_TOKEN = _spec.ENVIRONMENTS["sandbox"]
PRODUCTION_API, PRODUCTION_TOKEN = _spec.ENVIRONMENTS["production"]
ENV_NAMES = (
    "JUNIPER_CLIENT_ID",
    "JUNIPER_CLIENT_SECRET",
    "JUNIPER_ENVIRONMENT",
    "JUNIPER_BASE_URL",
    "JUNIPER_TOKEN_URL",
)


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


class Recorder:
    """An in-memory transport standing in for the network: records URLs, answers like the API."""

    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.urls.append(str(request.url))
        if request.url.path.endswith("/oauth2/token"):
            return httpx.Response(200, json={"access_token": "recorded", "expires_in": 3600})
        return httpx.Response(200, json=order_json())


def urls_used(environment: str | None, **options: str) -> list[str]:
    recorder = Recorder()
    settings: dict[str, object] = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "httpx_args": {"transport": httpx.MockTransport(recorder)},
        **options,
    }
    if environment is not None:
        settings["environment"] = environment
    with JuniperClient(**settings) as client:  # type: ignore[arg-type]
        get_order_by_id.sync(ORDER_ID, client=client)
    return recorder.urls


# ------------------------------------------------------------------------------ environments
def test_sandbox_is_the_default_environment() -> None:
    assert urls_used(None) == [SANDBOX_TOKEN, f"{SANDBOX_API}{ORDER_PATH}"]


def test_production_picks_the_production_urls() -> None:
    assert urls_used("production") == [PRODUCTION_TOKEN, f"{PRODUCTION_API}{ORDER_PATH}"]
    client = JuniperClient(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, environment="production"
    )
    assert client.environment == "production"
    assert PRODUCTION_API in repr(client)


def test_base_url_and_token_url_override_the_environment() -> None:
    token_url = "https://auth.example.test/oauth2/token"
    urls = urls_used("production", base_url="https://api.example.test", token_url=token_url)
    assert urls == [token_url, f"https://api.example.test{ORDER_PATH}"]


def test_the_environments_are_the_servers_of_the_description() -> None:
    """The packaged description (what the package was generated from) names every base URL."""
    description = importlib.resources.files("juniper_fulfillment_client") / "openapi.yaml"
    spec = yaml.safe_load(description.read_text(encoding="utf-8"))
    servers = {
        str(server["description"]).replace(",", " ").split()[0].lower(): server["url"].rstrip("/")
        for server in spec["servers"]
    }
    assert {name: base for name, (base, _) in _spec.ENVIRONMENTS.items()} == servers
    schemes = spec["components"]["securitySchemes"].values()
    stated = {s["flows"]["clientCredentials"]["tokenUrl"] for s in schemes if s["type"] == "oauth2"}
    assert stated <= {token for _, token in _spec.ENVIRONMENTS.values()}
    for base, token in _spec.ENVIRONMENTS.values():
        # The token host is the API host with its first label replaced (scripts/servers.py).
        api_host = urllib.parse.urlsplit(base).hostname or ""
        token_host = urllib.parse.urlsplit(token).hostname or ""
        assert token_host.partition(".")[2] == api_host.partition(".")[2]
    assert {"sandbox", "production"} <= servers.keys()
    assert SANDBOX_API != PRODUCTION_API


@pytest.mark.parametrize("environment", ["staging", "Production", ""])
def test_an_unknown_environment_is_a_value_error(environment: str) -> None:
    with pytest.raises(ValueError, match="environment must be one of") as raised:
        JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, environment=environment)
    assert CLIENT_SECRET not in str(raised.value)


def test_empty_credentials_and_negative_retries_are_value_errors() -> None:
    with pytest.raises(ValueError, match="client_id"):
        JuniperClient(client_id="", client_secret=CLIENT_SECRET)
    with pytest.raises(ValueError, match="client_secret"):
        JuniperClient(client_id=CLIENT_ID, client_secret="")
    with pytest.raises(ValueError, match="max_retries"):
        JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, max_retries=-1)


# ---------------------------------------------------------------------------------- from_env
def test_from_env_reads_the_variables(server: FaultServer, clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    clean_env.setenv("JUNIPER_CLIENT_SECRET", CLIENT_SECRET)
    clean_env.setenv("JUNIPER_ENVIRONMENT", "sandbox")
    clean_env.setenv("JUNIPER_BASE_URL", server.base_url)
    clean_env.setenv("JUNIPER_TOKEN_URL", server.token_url)
    with JuniperClient.from_env(max_retries=1, timeout=5.0) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
        assert client.max_retries == 1
        assert client.timeout == httpx.Timeout(5.0)
    assert server.token_count == 1
    assert server.seen()[0].authorization == f"Bearer {server.issued[0]}"


def test_from_env_production_without_urls(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    clean_env.setenv("JUNIPER_CLIENT_SECRET", CLIENT_SECRET)
    clean_env.setenv("JUNIPER_ENVIRONMENT", "production")
    client = JuniperClient.from_env()
    assert client.environment == "production"
    assert f"base_url={PRODUCTION_API!r}" in repr(client)
    assert f"token_url={PRODUCTION_TOKEN!r}" in repr(client)


def test_from_env_defaults_to_sandbox(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    clean_env.setenv("JUNIPER_CLIENT_SECRET", CLIENT_SECRET)
    assert JuniperClient.from_env().environment == "sandbox"


@pytest.mark.parametrize(
    ("present", "missing"),
    [
        ({"JUNIPER_CLIENT_SECRET": CLIENT_SECRET}, ["JUNIPER_CLIENT_ID"]),
        ({"JUNIPER_CLIENT_ID": CLIENT_ID}, ["JUNIPER_CLIENT_SECRET"]),
        ({}, ["JUNIPER_CLIENT_ID", "JUNIPER_CLIENT_SECRET"]),
        ({"JUNIPER_CLIENT_ID": "", "JUNIPER_CLIENT_SECRET": CLIENT_SECRET}, ["JUNIPER_CLIENT_ID"]),
    ],
    ids=["no-id", "no-secret", "neither", "empty-id"],
)
def test_from_env_names_the_missing_variable(
    clean_env: pytest.MonkeyPatch, present: dict[str, str], missing: list[str]
) -> None:
    for name, value in present.items():
        clean_env.setenv(name, value)
    with pytest.raises(
        ValueError, match="to create a JuniperClient from the environment"
    ) as raised:
        JuniperClient.from_env()
    message = str(raised.value)
    for name in ("JUNIPER_CLIENT_ID", "JUNIPER_CLIENT_SECRET"):
        assert (name in message) == (name in missing)
    assert CLIENT_SECRET not in message


def test_from_env_unknown_environment(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    clean_env.setenv("JUNIPER_CLIENT_SECRET", CLIENT_SECRET)
    clean_env.setenv("JUNIPER_ENVIRONMENT", "staging")
    with pytest.raises(ValueError, match="staging"):
        JuniperClient.from_env()


def test_from_env_keyword_arguments_stand_in_for_a_missing_variable(
    clean_env: pytest.MonkeyPatch,
) -> None:
    clean_env.setenv("JUNIPER_CLIENT_SECRET", CLIENT_SECRET)
    client = JuniperClient.from_env(client_id="given-in-code")
    assert "client_id='given-in-code'" in repr(client)
    clean_env.delenv("JUNIPER_CLIENT_SECRET")
    clean_env.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    with pytest.raises(ValueError, match="JUNIPER_CLIENT_SECRET"):
        JuniperClient.from_env(client_id="given-in-code")


# ---------------------------------------------------------------------------------- timeouts
def test_the_default_timeout_is_explicit() -> None:
    client = JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    assert client.timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.get_httpx_client().timeout == httpx.Timeout(60.0, connect=5.0)
    assert client.max_retries == 2
    client.close()


def test_timeout_and_max_retries_per_client() -> None:
    client = JuniperClient(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, timeout=30.0, max_retries=5
    )
    assert client.timeout == httpx.Timeout(30.0)
    assert client.max_retries == 5
    custom = httpx.Timeout(10.0, connect=2.0)
    assert (
        JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, timeout=custom).timeout
        is custom
    )


def test_with_options_timeout_overrides_the_client(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(delay=0.6), Reply(delay=0.6))
    with client_for(server, max_retries=0) as client:
        fast = client.with_options(timeout=0.2)
        with pytest.raises(APITimeoutError):
            get_order_by_id.sync(ORDER_ID, client=fast)
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)  # waits 0.6 s
        assert fast.timeout == httpx.Timeout(0.2)
        assert client.timeout == httpx.Timeout(60.0, connect=5.0)


async def test_with_options_timeout_overrides_the_client_async(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(delay=0.6))
    client = client_for(server, max_retries=0)
    async with client, client.with_options(timeout=0.2) as fast:
        with pytest.raises(APITimeoutError):
            await get_order_by_id.asyncio(ORDER_ID, client=fast)


# ------------------------------------------------------------------------------ with_options
def test_with_options_max_retries_leaves_the_original_alone(server: FaultServer) -> None:
    server.script("GET", ORDER_PATH, Reply(503), Reply(503))
    with client_for(server, max_retries=1) as client:
        with pytest.raises(InternalServerError):
            get_order_by_id.sync(ORDER_ID, client=client.with_options(max_retries=0))
        assert len(server.seen()) == 1
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
    assert len(server.seen()) == 3
    assert client.max_retries == 1


def test_with_options_shares_the_token_and_the_connection_pool(server: FaultServer) -> None:
    with client_for(server) as client:
        get_order_by_id.sync(ORDER_ID, client=client)
        copy = client.with_options(max_retries=0, timeout=5.0)
        get_order_by_id.sync(ORDER_ID, client=copy)
        get_order_by_id.sync(ORDER_ID, client=copy.with_options(headers={"X-Trace": "1"}))

    assert server.token_count == 1
    # One pool: the copies reuse the connection the original opened (same client port).
    connections = {request.client for request in server.seen() + server.token_requests}
    assert len(connections) == 1


def test_closing_a_copy_keeps_the_shared_pool_open(server: FaultServer) -> None:
    with client_for(server) as client:
        with client.with_options(timeout=5.0) as copy:
            get_order_by_id.sync(ORDER_ID, client=copy)
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)
        get_order_by_id.sync(ORDER_ID, client=client.with_options(max_retries=1))
    assert client.get_httpx_client().is_closed
    assert server.token_count == 1


async def test_async_with_closes_the_async_client(server: FaultServer) -> None:
    async with client_for(server) as client:
        await get_order_by_id.asyncio(ORDER_ID, client=client)
    assert client.get_async_httpx_client().is_closed


def test_trust_env_false_ignores_environment_proxies(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With trust_env=False requests go straight to the API, past a dead proxy in the environment.

    (That the environment's proxies are used by default is tested in test_client_proxies.py.)
    """
    dead = f"http://127.0.0.1:{free_port()}"
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, dead)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with client_for(server, trust_env=False) as client:
        assert isinstance(get_order_by_id.sync(ORDER_ID, client=client), Order)


# ----------------------------------------------------------------- arguments checked when given
class Refuser:
    """A transport that fails the test if anything is sent: a bad argument must stop the call."""

    def __call__(self, request: httpx.Request) -> httpx.Response:
        pytest.fail(f"{request.method} {request.url} was sent despite a bad argument")


def refusing_client() -> JuniperClient:
    transport = httpx.MockTransport(Refuser())
    return JuniperClient(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, httpx_args={"transport": transport}
    )


BAD_MAX_RETRIES: list[tuple[object, type[Exception]]] = [
    ("3", TypeError),  # failed at the first retry decision: '<' not supported ... 'str' and 'int'
    (True, TypeError),  # was taken as 1
    (2.0, TypeError),
    (None, TypeError),
    (-1, ValueError),
]
BAD_TIMEOUTS: list[tuple[object, type[Exception]]] = [
    (-1, ValueError),  # was accepted; httpx failed inside the first request
    (float("nan"), ValueError),
    (float("inf"), ValueError),
    (-0.5, ValueError),
    (10**400, ValueError),
    (httpx.Timeout(5.0, connect=-1.0), ValueError),
    (httpx.Timeout(float("nan")), ValueError),
    ("5", TypeError),
    (True, TypeError),
]
BAD_URLS: list[tuple[object, type[Exception]]] = [
    ("api.fulfillment.sandbox.juniperhealth.com/v1", ValueError),  # no scheme
    ("localhost:8000/v1", ValueError),  # parsed as the scheme "localhost"
    ("https:///v1", ValueError),  # no host
    ("http://", ValueError),
    ("ftp://api.example.test/v1", ValueError),
    (b"https://api.example.test/v1", TypeError),
]


def ids(cases: list[tuple[object, type[Exception]]]) -> list[str]:
    return [repr(value)[:40] for value, _ in cases]


@pytest.mark.parametrize(("value", "error"), BAD_MAX_RETRIES, ids=ids(BAD_MAX_RETRIES))
def test_a_bad_max_retries_is_refused_at_construction(
    value: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match=r"^max_retries must be"):
        JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, max_retries=value)  # type: ignore[arg-type]


@pytest.mark.parametrize(("value", "error"), BAD_MAX_RETRIES, ids=ids(BAD_MAX_RETRIES))
def test_a_bad_max_retries_is_refused_by_with_options_and_per_call(
    value: object, error: type[Exception]
) -> None:
    with refusing_client() as client:
        if value is not None:  # None means "the client's" in with_options and per call
            with pytest.raises(error, match=r"^max_retries must be"):
                client.with_options(max_retries=value)  # type: ignore[arg-type]
            with pytest.raises(error, match=r"^max_retries must be"):
                client.orders.get_order_by_id(ORDER_ID, max_retries=value)  # type: ignore[arg-type]
        assert client.max_retries == 2


@pytest.mark.parametrize(("value", "error"), BAD_TIMEOUTS, ids=ids(BAD_TIMEOUTS))
def test_a_bad_timeout_is_refused_at_construction_with_options_and_per_call(
    value: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match=r"^timeout"):
        JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, timeout=value)  # type: ignore[arg-type]
    with refusing_client() as client:
        with pytest.raises(error, match=r"^timeout"):
            client.with_options(timeout=value)  # type: ignore[arg-type]
        with pytest.raises(error, match=r"^timeout"):
            client.orders.get_order_by_id(ORDER_ID, timeout=value)  # type: ignore[arg-type]
        if isinstance(value, httpx.Timeout):
            with pytest.raises(error, match=r"^timeout's connect|^timeout's read"):
                client.with_timeout(value)


async def test_bad_call_options_are_refused_by_the_async_client_before_sending() -> None:
    transport = httpx.MockTransport(Refuser())
    async with AsyncJuniperClient(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, httpx_args={"async_transport": transport}
    ) as client:
        with pytest.raises(TypeError, match=r"^max_retries must be an int, not str '3'"):
            await client.orders.get_order_by_id(ORDER_ID, max_retries="3")  # type: ignore[arg-type]
        with pytest.raises(ValueError, match=r"^timeout must be 0 seconds or more, not -1"):
            await client.orders.get_order_by_id(ORDER_ID, timeout=-1)


def test_good_edge_values_are_accepted() -> None:
    client = JuniperClient(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, max_retries=0, timeout=0
    )
    assert client.max_retries == 0
    assert client.timeout == httpx.Timeout(0.0)
    assert client.with_options(timeout=None).timeout == httpx.Timeout(None)
    split = httpx.Timeout(None, connect=0.0, read=12)
    assert client.with_options(timeout=split, max_retries=10).timeout is split
    for base_url in ("http://127.0.0.1:8080/v1", "https://[::1]/v1", "HTTPS://Api.Example.Test"):
        JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=base_url)


@pytest.mark.parametrize(("value", "error"), BAD_URLS, ids=ids(BAD_URLS))
@pytest.mark.parametrize("name", ["base_url", "token_url"])
def test_a_url_without_http_scheme_or_host_is_refused_at_construction(
    name: str, value: object, error: type[Exception]
) -> None:
    with pytest.raises(error, match=f"^{name} must be") as raised:
        JuniperClient(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, **{name: value})  # type: ignore[arg-type]
    if error is ValueError:
        # The message shows what a right one looks like: the environment's own URL.
        example = SANDBOX_API if name == "base_url" else SANDBOX_TOKEN
        assert f"such as {example!r}" in str(raised.value)


def test_a_url_with_credentials_is_not_echoed() -> None:
    with pytest.raises(ValueError, match=r"^base_url must be") as raised:
        JuniperClient(
            client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url="ftp://user:pw-42@host/v1"
        )
    assert "pw-42" not in str(raised.value)


def test_a_bad_base_url_from_the_environment_is_refused(clean_env: pytest.MonkeyPatch) -> None:
    clean_env.setenv("JUNIPER_CLIENT_ID", CLIENT_ID)
    clean_env.setenv("JUNIPER_CLIENT_SECRET", CLIENT_SECRET)
    clean_env.setenv("JUNIPER_BASE_URL", "api.fulfillment.sandbox.juniperhealth.com/v1")
    with pytest.raises(ValueError, match=r"^base_url must be an http:// or https:// URL"):
        JuniperClient.from_env()
