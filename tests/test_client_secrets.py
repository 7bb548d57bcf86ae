"""No secret escapes: not in logs, not in ``repr(client)``, not in any exception text.

A representative run (successes, retries, 401 replays, refused and failing token requests,
timeouts, dropped and refused connections; sync and async) is logged at DEBUG, and every log line,
every client repr and the str/repr of every exception raised (with its causes) is searched for the
client secret and for every access token the server issued. The ``JUNIPER_LOG`` stderr handler is
checked the way users meet it: in a fresh process.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from juniper_fulfillment import APIStatusError, InternalServerError, JuniperClient, JuniperError
from juniper_fulfillment import _logging as juniper_logging
from juniper_fulfillment._token import Credentials, TokenCache
from juniper_fulfillment_client.api.orders import cancel_order, create_order, get_order_by_id
from juniper_fulfillment_client.api.partner_settings import update_partner_settings
from juniper_fulfillment_client.api.protocols import delete_protocol, update_protocol
from juniper_fulfillment_client.models import PartnerSettingsUpdate
from tests.fault_server import (
    CLIENT_SECRET,
    ORDER_ID,
    PROTOCOL_ID,
    FaultServer,
    Reply,
    client_for,
    free_port,
)
from tests.test_contract import order_request

ROOT = Path(__file__).resolve().parents[1]
ORDER_PATH = f"/orders/{ORDER_ID}"
WRONG_SECRET = "wrong-secret-" + "d41d8cd98f00b204" * 2


def exception_texts(error: BaseException) -> list[str]:
    """str and repr of ``error`` and of every exception it was raised from or during."""
    texts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        texts += [str(current), repr(current), *map(str, current.args)]
        current = current.__cause__ or current.__context__
    return texts


class Run:
    """Makes calls, keeping every client and every exception for inspection."""

    def __init__(self) -> None:
        self.clients: list[JuniperClient] = []
        self.errors: list[BaseException] = []

    def keep(self, client: JuniperClient) -> JuniperClient:
        self.clients.append(client)
        return client

    def call(self, function: Callable[[], Any]) -> None:
        try:
            function()
        except JuniperError as error:
            self.errors.append(error)

    async def acall(self, function: Callable[[], Awaitable[Any]]) -> None:
        try:
            await function()
        except JuniperError as error:
            self.errors.append(error)

    def texts(self) -> list[str]:
        texts = [text for client in self.clients for text in (repr(client), str(client))]
        for error in self.errors:
            texts += exception_texts(error)
        return texts


def representative_sync_calls(server: FaultServer, run: Run) -> None:
    client = run.keep(client_for(server))
    fast = run.keep(client.with_options(max_retries=0, timeout=0.2))
    with client:
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=client))
        run.call(lambda: create_order.sync(client=client, body=order_request()))
        run.call(lambda: update_protocol.sync(PROTOCOL_ID, client=client, body=order_request()))
        run.call(lambda: delete_protocol.sync(PROTOCOL_ID, client=client))
        body = PartnerSettingsUpdate(primary_color="#000000")
        run.call(lambda: update_partner_settings.sync(client=client, body=body))
        # Retries, with Retry-After.
        server.script("GET", ORDER_PATH, Reply(503, headers={"retry-after-ms": "10"}))
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=client))
        # A revoked token: replaced and replayed; then a second 401 that is raised.
        server.revoke_all()
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=client))
        server.script("GET", ORDER_PATH, Reply(401), Reply(401))
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=client))
        # Errors of every kind.
        server.script("POST", "/orders", Reply(500))
        run.call(lambda: create_order.sync(client=client, body=order_request()))
        server.script("POST", f"/orders/{ORDER_ID}/cancel", Reply(drop=True))
        run.call(lambda: cancel_order.sync(ORDER_ID, client=client))
        server.script("GET", ORDER_PATH, Reply(delay=1.0))
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=fast))
        server.script("GET", ORDER_PATH, Reply(422), Reply(429, headers={"Retry-After": "3600"}))
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=client))
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=client))

    # Refused credentials; a token endpoint that echoes what it was sent; one that fails.
    for secret, reply in [
        (WRONG_SECRET, None),
        (
            CLIENT_SECRET,
            Reply(401, {"error": "invalid_client", "error_description": f"bad {CLIENT_SECRET}"}),
        ),
        (CLIENT_SECRET, Reply(500, {"error": "server_error", "message": f"got {CLIENT_SECRET}"})),
    ]:
        if reply is not None:
            server.script_token(reply)
        with run.keep(client_for(server, client_secret=secret, max_retries=0)) as refused:
            run.call(lambda: get_order_by_id.sync(ORDER_ID, client=refused))
    # Nothing listening, for the API and for the token endpoint.
    dead = f"http://127.0.0.1:{free_port()}"
    with run.keep(client_for(server, base_url=dead, max_retries=0)) as unreachable:
        run.call(lambda: create_order.sync(client=unreachable, body=order_request()))
    with run.keep(client_for(server, token_url=f"{dead}/oauth2/token", max_retries=0)) as no_tokens:
        run.call(lambda: get_order_by_id.sync(ORDER_ID, client=no_tokens))


async def representative_async_calls(server: FaultServer, run: Run) -> None:
    async with run.keep(client_for(server)) as client:
        await run.acall(lambda: get_order_by_id.asyncio(ORDER_ID, client=client))
        server.revoke_all()
        await run.acall(lambda: create_order.asyncio(client=client, body=order_request()))
        server.script("GET", ORDER_PATH, Reply(401), Reply(401))
        await run.acall(lambda: get_order_by_id.asyncio(ORDER_ID, client=client))
        server.script("POST", "/orders", Reply(drop=True))
        await run.acall(lambda: create_order.asyncio(client=client, body=order_request()))
    async with run.keep(client_for(server, client_secret=WRONG_SECRET)) as refused:
        await run.acall(lambda: get_order_by_id.asyncio(ORDER_ID, client=refused))


def assert_no_secret(texts: list[str], server: FaultServer) -> None:
    secrets = [CLIENT_SECRET, WRONG_SECRET, *server.issued]
    assert server.issued, "the run must have been issued tokens for this check to mean anything"
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"a secret leaked into: {text[:300]}"


def log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [caplog.text]
    for record in caplog.records:
        texts += [record.getMessage(), str(record.args), record.exc_text or ""]
    return texts


async def test_no_secret_in_logs_reprs_or_exceptions(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx's and httpcore's
    caplog.set_level(logging.DEBUG, logger="juniper_fulfillment")
    run = Run()
    representative_sync_calls(server, run)
    await representative_async_calls(server, run)

    # The run did what it claims: all kinds of failure, and lines for every attempt.
    kinds = {type(error).__name__ for error in run.errors}
    assert {
        "AuthenticationError",
        "InternalServerError",
        "APIConnectionError",
        "APITimeoutError",
        "UnprocessableEntityError",
        "RateLimitError",
    } <= kinds
    ours = [r for r in caplog.records if r.name == "juniper_fulfillment"]
    assert any("(attempt 2" in r.getMessage() for r in ours)
    assert any("token valid for" in r.getMessage() for r in ours)
    assert any(r.levelno == logging.DEBUG for r in ours)

    assert len(server.issued) >= 5
    assert_no_secret(log_texts(caplog) + run.texts(), server)
    # An error keeps the body the server sent, with any echo of the secret scrubbed from it.
    assert not [e for e in run.errors if CLIENT_SECRET.encode() in getattr(e, "body", b"")]
    echoed = [e for e in run.errors if b"[redacted]" in getattr(e, "body", b"")]
    assert len(echoed) == 2


def test_repr_of_client_and_copies_shows_no_secret() -> None:
    client = JuniperClient(client_id="id-1", client_secret=CLIENT_SECRET)
    copy = client.with_options(max_retries=0, timeout=1.0)
    for text in (repr(client), str(client), repr(copy), f"{client}", f"{copy!r}"):
        assert CLIENT_SECRET not in text
        assert "id-1" in text
    assert CLIENT_SECRET not in repr(client._shared.tokens)
    assert CLIENT_SECRET not in repr(client._shared.tokens.credentials)


CHILD = """
from juniper_fulfillment import APIStatusError, InternalServerError, JuniperClient, JuniperError
from juniper_fulfillment_client.api.orders import create_order, get_order_by_id
from tests.test_contract import order_request

with JuniperClient.from_env() as client:
    get_order_by_id.sync("{order_id}", client=client)  # scripted 503 first: a retry
    get_order_by_id.sync("{order_id}", client=client)  # scripted 401 first: a replay
    create_order.sync(client=client, body=order_request())
with JuniperClient.from_env(client_secret="{wrong}") as refused:
    try:
        get_order_by_id.sync("{order_id}", client=refused)
    except JuniperError:
        pass
"""


def run_child(server: FaultServer, level: str | None) -> str:
    """Run CHILD in a fresh interpreter with ``JUNIPER_LOG=level``; returns its stderr."""
    # First GET: a 503, then the normal answer. Second GET: a 401, then (new token) the answer.
    server.script(
        "GET", ORDER_PATH, Reply(503, headers={"retry-after-ms": "10"}), Reply(), Reply(401)
    )
    env = {
        **os.environ,
        "JUNIPER_CLIENT_ID": server.client_id,
        "JUNIPER_CLIENT_SECRET": server.client_secret,
        "JUNIPER_ENVIRONMENT": "sandbox",
        "JUNIPER_BASE_URL": server.base_url,
        "JUNIPER_TOKEN_URL": server.token_url,
        "PYTHONPATH": str(ROOT),
    }
    env.pop("JUNIPER_LOG", None)
    if level is not None:
        env["JUNIPER_LOG"] = level
    code = CHILD.format(order_id=ORDER_ID, wrong=WRONG_SECRET)
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""
    stderr: str = result.stderr
    return stderr


def test_juniper_log_debug_writes_attempts_to_stderr_without_secrets(server: FaultServer) -> None:
    stderr = run_child(server, "debug")
    lines = stderr.splitlines()
    assert any(
        f"INFO juniper_fulfillment: GET {ORDER_PATH} -> 503 (attempt 1" in ln for ln in lines
    )
    assert any(
        f"INFO juniper_fulfillment: GET {ORDER_PATH} -> 200 (attempt 2" in ln for ln in lines
    )
    assert any(f"GET {ORDER_PATH} -> 401 (attempt 1" in line for line in lines)
    assert any("INFO juniper_fulfillment: POST /orders -> 201 (attempt 1" in ln for ln in lines)
    assert any("DEBUG juniper_fulfillment: token request" in line for line in lines)
    assert any(server.token_url in line and "-> 401" in line for line in lines)
    assert_no_secret([stderr], server)


def test_juniper_log_info_has_no_debug_lines(server: FaultServer) -> None:
    stderr = run_child(server, "info")
    assert f"GET {ORDER_PATH} -> 200" in stderr
    assert "DEBUG" not in stderr
    assert_no_secret([stderr], server)


def test_without_juniper_log_nothing_is_written(server: FaultServer) -> None:
    assert run_child(server, None) == ""


def test_the_stderr_handler_masks_bearer_tokens_from_any_message(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    logger = logging.getLogger("juniper_fulfillment")
    handlers, level = list(logger.handlers), logger.level
    monkeypatch.setattr(juniper_logging, "_configured", False)
    # The handler writes only while the root logger has none (pytest's capture adds some).
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    monkeypatch.setenv("JUNIPER_LOG", "debug")
    try:
        juniper_logging.configure_from_env()
        juniper_logging.configure_from_env()  # once per process: no second handler
        added = [handler for handler in logger.handlers if handler not in handlers]
        assert len(added) == 1
        logger.debug("echoed header: Authorization: Bearer tok_should_not_appear")
    finally:
        for handler in logger.handlers[:]:
            if handler not in handlers:
                logger.removeHandler(handler)
        logger.setLevel(level)
    err = capsys.readouterr().err
    assert "echoed header: Authorization: Bearer [redacted]" in err
    assert "tok_should_not_appear" not in err


# ------------------------------------------------------------------------ one pass of scrubbing
@pytest.mark.parametrize(
    ("secret", "tokens", "text", "scrubbed"),
    [
        # The token is a letter of the marker: replacing in turn rewrote the marker itself.
        (
            "s",
            ("t",),
            "GET /v1/orders/o3 returned 520",
            "GET /v1/order[redacted]/o3 re[redacted]urned 520",
        ),
        ("d", ("e", "a"), "a red cat", "[redacted] r[redacted] c[redacted]t"),
        # Values that are pieces of the marker, next to each other: one marker, not two.
        ("red", ("act",), "redacted", "[redacted]ed"),
        ("[", ("]",), "x[y]z", "x[redacted]y[redacted]z"),
        # Values inside each other, and overlapping: nothing of the longer one survives.
        ("abc", ("b",), "xabcx b", "x[redacted]x [redacted]"),
        ("abc", ("zab",), "zabcz", "[redacted]z"),
        ("bcd", ("ab",), "abcd abc", "[redacted] [redacted]c"),
        ("ss", ("s",), "mississippi", "mi[redacted]i[redacted]ippi"),
    ],
)
def test_scrubbing_is_one_pass_that_never_rewrites_its_marker(
    secret: str, tokens: tuple[str, ...], text: str, scrubbed: str
) -> None:
    cache = TokenCache(Credentials("id", secret, "https://auth.example.test/token"))
    assert cache.scrub(text, *tokens) == scrubbed
    # The same on bytes, in the body an error keeps.
    error = APIStatusError("m", status_code=520, body=text.encode(), headers={})
    scrubbed_error = cache.scrub_error(error, *tokens)
    assert isinstance(scrubbed_error, APIStatusError)
    assert scrubbed_error.body == scrubbed.encode()


def test_a_one_letter_secret_and_token_leave_a_readable_520() -> None:
    # Client secret "s" and token "t" made "GET /v1/order[redac[redac[redacted]ed]ed]/o3".
    with FaultServer(client_secret="s") as server:
        server.script_token(Reply(200, {"access_token": "t", "token_type": "Bearer"}))
        echo = {"error": "gateway_error", "message": "upstream got Bearer t and secret=s"}
        server.script("GET", "/v1/orders/o3", Reply(520, echo))
        client = client_for(server, client_secret="s", base_url=f"{server.base_url}/v1")
        with client, pytest.raises(InternalServerError) as raised:
            get_order_by_id.sync("o3", client=client)
    error = raised.value
    message = str(error)
    assert "GET /v1/order[redacted]/o3 re[redacted]urned 520" in message
    assert "[redac[" not in message
    assert not {"s", "t"} & set(message.replace("[redacted]", ""))
    assert b"[redac[" not in error.body
    assert not {ord("s"), ord("t")} & set(error.body.replace(b"[redacted]", b""))
    for name, value in error.headers.items():
        assert "[redac[" not in value, name
