"""FakeJuniper under an independent fuzzer: Schemathesis, every check, against the served fake.

Schemathesis reads the spec the fake serves, generates valid and invalid requests for every
operation (examples, coverage, fuzzing and stateful phases, undeclared methods, requests without
auth) and checks every answer: no 5xx, documented statuses and content types, bodies that validate,
invalid requests refused, valid ones accepted, 405 with ``Allow``. It runs as a subprocess (its
own engine and HTTP client) with a fixed seed, against a fresh fake on 127.0.0.1.

The only failures allowed are refusals of schema-valid requests by a rule the schemas cannot
express (:data:`ALLOWED`), each matched on its status and on every ``loc`` of its detail.
The regression tests below it pin each defect the same fuzzer once found, without Schemathesis.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from juniper_fulfillment.testing import (
    DEFAULT_CLIENT_ID,
    DEFAULT_CLIENT_SECRET,
    FakeJuniper,
    FakeServer,
    spec_path,
)
from tests.test_fake_contract import ORDER_BODY

# Operations a vendor release added are served from the spec with a one-time warning, which
# the suite's "error" filter would turn into 500s: this module checks answers, not warnings
# (tests/test_fake_unmodelled.py checks those).
pytestmark = pytest.mark.filterwarnings(
    "ignore::juniper_fulfillment.testing.UnmodelledOperationWarning"
)

SEED = 20
MAX_EXAMPLES = 50
TIMEOUT = 240


@dataclass(frozen=True)
class Allowed:
    """A refusal of a schema-valid request that the fake makes on purpose, and why."""

    status: int
    operations: frozenset[str]
    loc: re.Pattern[str]  # matches the JSON text of a detail ``loc``
    why: str


_BODIES = frozenset({"POST /orders", "POST /protocols", "PUT /protocols/{protocolId}"})
_LISTS = frozenset({"GET /orders", "GET /protocols", "GET /products"})

ALLOWED = (
    Allowed(
        422,
        _BODIES,
        re.compile(r'\["body", "lineItems", \d+, "productId"\]'),
        "No product has this id, or the product is DRAFT or DISCONTINUED: the catalogue, not "
        "the schema, says which integers are orderable products.",
    ),
    Allowed(
        422,
        _BODIES,
        re.compile(r'\["body", "lineItems", \d+, "packDescription"\]'),
        "A pack product needs a (non-empty) packDescription; the schema leaves it optional "
        "because external items (powders) need none, and only the catalogue tells them apart.",
    ),
    Allowed(
        422,
        _BODIES,
        re.compile(r'\["body", "lineItems", \d+, "administration"\]'),
        "morning + afternoon + evening + sleep must equal quantity (documented, not expressible "
        "in JSON Schema).",
    ),
    Allowed(
        422,
        frozenset({"PATCH /partners/settings"}),
        re.compile(r'\["body", "(?:[^"\\]|\\.)*"\]'),
        "A field the update does not declare (the schema allows extra properties, the update "
        "cannot change them: id, name, or a misspelt field), or a webhookUrl that is a URI but "
        "not an http(s) URL deliveries can go to.",
    ),
    Allowed(
        400,
        _LISTS,
        re.compile(r'\["query", "cursor"\]'),
        "A cursor this list never returned (the spec's example cursor, a random string): cursors "
        "are opaque, so no schema can say which strings are cursors. 400 is documented.",
    ),
)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeJuniper(seed=SEED) as fake, fake.serve() as served:
        yield served


@functools.cache
def _token_path() -> str:
    """The path of the token endpoint the spec's security scheme names."""
    document = yaml.safe_load(spec_path().read_text(encoding="utf-8"))
    flows = document["components"]["securitySchemes"]["oauth2ClientCredentials"]["flows"]
    return urllib.parse.urlsplit(str(flows["clientCredentials"]["tokenUrl"])).path


def _token(server: FakeServer) -> str:
    """A token from the spec's token endpoint, on the fake's origin."""
    token_path = _token_path()
    assert server.url + token_path == server.token_url
    answer = httpx.post(
        server.url + token_path,
        data={
            "grant_type": "client_credentials",
            "client_id": DEFAULT_CLIENT_ID,
            "client_secret": DEFAULT_CLIENT_SECRET,
        },
        timeout=10,
    )
    answer.raise_for_status()
    token: str = answer.json()["access_token"]
    return token


@dataclass
class Failure:
    check: str
    code: str
    operation: str
    status: int | None
    body: bytes

    def allowed_by(self) -> list[Allowed]:
        """The rules that explain every issue of this refusal; empty when some issue is not."""
        if self.check != "positive_data_acceptance":
            return []
        try:
            locs = [json.dumps(item["loc"]) for item in json.loads(self.body)["detail"]]
        except (ValueError, KeyError, TypeError):
            return []
        rules = [r for r in ALLOWED if r.status == self.status and self.operation in r.operations]
        matched = [next((r for r in rules if r.loc.fullmatch(loc)), None) for loc in locs]
        if not locs or None in matched:
            return []
        return [rule for rule in ALLOWED if rule in matched]

    def __str__(self) -> str:
        return f"{self.code} {self.check} on {self.operation}: {self.status} {self.body[:300]!r}"


def _failures(path: Path) -> list[Failure]:
    """Every failed check in the event stream, with the answer it failed on."""
    failures: list[Failure] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)
        (kind, data), *_ = event.items()
        if kind != "ScenarioFinished":
            continue
        recorder = data["recorder"]
        for case_id, checks in recorder.get("checks", {}).items():
            response = recorder["interactions"][case_id].get("response") or {}
            content = response.get("content") or {}
            body = (
                base64.b64decode(content["$base64"])
                if "$base64" in content
                else str(content.get("string", "")).encode()
            )
            failures.extend(
                Failure(
                    check=check["name"],
                    code=check["failure_info"]["failure"]["code"],
                    operation=check["failure_info"]["failure"]["operation"],
                    status=response.get("status_code"),
                    body=body,
                )
                for check in checks
                if check["status"] == "failure"
            )
    return failures


def test_schemathesis_finds_nothing_but_the_listed_business_rules(
    server: FakeServer, tmp_path: Path
) -> None:
    events, summary = tmp_path / "events.ndjson", tmp_path / "summary.json"
    command = [
        sys.executable,
        "-m",
        "schemathesis.cli",
        "run",
        str(spec_path()),
        "--url",
        server.base_url,
        "--header",
        f"Authorization: Bearer {_token(server)}",
        "--checks",
        "all",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--seed",
        str(SEED),
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--request-timeout",
        "10",
        # Hypothesis's health checks time data generation: on a busy machine they would fail
        # the run for reasons that have nothing to do with the fake.
        "--suppress-health-check",
        "all",
        "--no-color",
        "--report",
        "ndjson,json",
        "--report-ndjson-path",
        str(events),
        "--report-json-path",
        str(summary),
    ]
    environment = {**os.environ, "NO_COLOR": "1"}
    started = time.monotonic()
    run = subprocess.run(  # noqa: S603 - a fixed command line
        command,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=tmp_path,
        env=environment,
        check=False,
    )
    elapsed = time.monotonic() - started
    assert summary.is_file(), run.stdout[-3000:] + run.stderr[-3000:]
    totals = json.loads(summary.read_text(encoding="utf-8"))
    # No request errored (a dropped connection, a timeout, an answer that is no HTTP).
    assert totals["errors"] == [], totals["errors"]
    assert totals["test_cases"]["errored"] == 0
    assert totals["operations"]["tested"] == totals["operations"]["total"]
    for phase in ("examples", "coverage", "fuzzing", "stateful"):
        assert totals["phases"][phase]["status"] in {"success", "failure"}, totals["phases"]
    assert totals["test_cases"]["generated"] > 500, run.stdout[-2000:]
    failures = _failures(events)
    unexpected = [str(failure) for failure in failures if not failure.allowed_by()]
    assert not unexpected, "\n".join(unexpected)
    assert run.returncode in {0, 1}, run.stdout[-3000:] + run.stderr[-3000:]
    allowed = {rule.why.split(":")[0] for failure in failures for rule in failure.allowed_by()}
    print(
        f"schemathesis: {totals['test_cases']['generated']} cases, {len(failures)} allowed "
        f"failures {sorted(allowed)}, {elapsed:.1f} s"
    )


# ------------------------------------------------------------------ regressions, one each


def _session(server: FakeServer) -> httpx.Client:
    return httpx.Client(
        base_url=server.base_url,
        headers={"Authorization": f"Bearer {_token(server)}"},
        timeout=10,
    )


def _order(**line_item: Any) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(json.dumps(ORDER_BODY))
    body["lineItems"][0].update(line_item)
    return body


def _locs(answer: httpx.Response) -> list[list[Any]]:
    return [item["loc"] for item in answer.json()["detail"]]


@pytest.mark.parametrize("extra", [None, [1], {"a": 1}, "x"])
def test_an_administration_with_extra_fields_is_summed_over_its_four_times(
    server: FakeServer, extra: Any
) -> None:
    """It crashed the handler (int + NoneType / list / dict) and the client got no answer."""
    schedule = {"morning": 1, "afternoon": 0, "evening": 1, "sleep": 0, "note": extra}
    with _session(server) as http:
        created = http.post("/orders", json=_order(administration=schedule))
        assert created.status_code == 201, created.text
        wrong = http.post("/orders", json=_order(administration={**schedule, "sleep": 5}))
    assert wrong.status_code == 422
    assert _locs(wrong) == [["body", "lineItems", 0, "administration"]]


def test_a_pack_item_with_an_empty_pack_description_is_refused(server: FakeServer) -> None:
    with _session(server) as http:
        answer = http.post("/orders", json=_order(packDescription=""))
        orders = http.get("/orders").json()["orders"]
    assert answer.status_code == 422
    assert _locs(answer) == [["body", "lineItems", 0, "packDescription"]]
    assert orders == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("website", ""),
        ("website", "partner.com"),
        ("website", "https://exa mple.com"),
        ("webhookUrl", "not a url"),
        ("supportEmail", "support"),
        ("supportEmail", "support@"),
        ("supportEmail", "a..b@partner.com"),
    ],
)
def test_settings_that_break_a_format_are_refused_and_not_stored(
    server: FakeServer, field: str, value: str
) -> None:
    """``website: ""`` was stored and echoed, so the next answer broke the spec."""
    with _session(server) as http:
        answer = http.patch("/partners/settings", json={field: value})
        settings = http.get("/partners/settings").json()
    assert answer.status_code == 422
    assert answer.json()["detail"] == [
        {"loc": ["body", field], "type": "invalid", "msg": answer.json()["detail"][0]["msg"]}
    ]
    assert "valid" in answer.json()["detail"][0]["msg"]
    assert field not in settings


def test_valid_formats_are_accepted(server: FakeServer) -> None:
    update = {
        "website": "https://partner.com/a?b=c#d",
        "supportEmail": "support+ops@partner.example.com",
    }
    with _session(server) as http:
        answer = http.patch("/partners/settings", json=update)
    assert answer.status_code == 200, answer.text
    assert {name: answer.json()[name] for name in update} == update


@pytest.mark.parametrize(
    ("query", "field"),
    [("updatedAfter=2024-02-30", "updatedAfter"), ("updatedBefore=yesterday", "updatedBefore")],
)
def test_a_query_date_that_is_no_date_is_a_400_with_its_path(
    server: FakeServer, query: str, field: str
) -> None:
    with _session(server) as http:
        answer = http.get(f"/products?{query}")
    assert answer.status_code == 400
    assert _locs(answer) == [["query", field]]


def test_an_out_of_range_product_id_is_the_documented_404(server: FakeServer) -> None:
    """2**65 is an integer but no int64: it got a 400, which getProductById does not document."""
    with _session(server) as http:
        answer = http.get(f"/products/{2**65}")
    assert answer.status_code == 404
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.json()["error"] == "not_found"


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("TRACE", "/shipping-methods", "GET"),
        ("PATCH", "/shipping-methods", "GET"),
        ("OPTIONS", "/orders", "GET, POST"),
        ("PROPFIND", "/protocols/p1", "GET, PUT, DELETE"),
        ("DELETE", "/orders/o1/cancel", "POST"),
    ],
)
def test_an_undeclared_method_is_a_json_405_with_allow(
    server: FakeServer, method: str, path: str, allow: str
) -> None:
    """TRACE got http.server's HTML 501."""
    with _session(server) as http:
        answer = http.request(method, path)
    assert answer.status_code == 405
    assert answer.headers["Allow"] == allow
    assert answer.headers["Content-Type"] == "application/json"
    assert answer.json()["error"] == "method_not_allowed"


def test_the_token_endpoint_refuses_other_methods_in_json(server: FakeServer) -> None:
    answer = httpx.request("TRACE", server.token_url, timeout=10)
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "POST"
    assert answer.json()["error"] == "invalid_request"


def test_a_request_http_server_refuses_gets_a_json_answer(server: FakeServer) -> None:
    """http.server's own refusals (here: too many headers) were HTML pages."""
    headers = b"".join(b"X-Filler-%d: 1\r\n" % index for index in range(120))
    with socket.create_connection((server.host, server.port), timeout=10) as raw:
        raw.sendall(b"GET /v1/orders HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n")
        received = b""
        while chunk := raw.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.split(b"\r\n")[0] == b"HTTP/1.1 431 Request Header Fields Too Large"
    assert b"Content-Type: application/json" in head
    assert json.loads(body) == {
        "error": "request_header_fields_too_large",
        "message": "Request Header Fields Too Large",
    }
