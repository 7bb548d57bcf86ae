"""The control plane: the fake's Python methods as JSON over HTTP under ``/_fake``.

Described by ``control_plane.yaml`` (an OpenAPI 3.1 document beside this module, served at
``GET /_fake/openapi.json``), which is also what routes and validates the requests here, so the
document and the behaviour cannot drift apart. No authentication: it is a local test tool (the
document says so).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import yaml

from ._app import CONTROL_PREFIX, _body, _parameters
from ._backend import JSON, Problem
from ._delivery import Delivery, DeliveryFailedError
from ._spec import Operation, Spec

if TYPE_CHECKING:
    from ._fake import FakeJuniper

_DOCUMENT_FILE: Final = "control_plane.yaml"
_WAIT_LIMIT: Final = 10.0

Result = tuple[int, Any, dict[str, str]]


@functools.cache
def control_document() -> JSON:
    """The control plane's OpenAPI document (parsed once per process; treat it as read-only)."""
    text = (importlib.resources.files(__package__) / _DOCUMENT_FILE).read_text(encoding="utf-8")
    document: JSON = yaml.safe_load(text)
    return document


@functools.cache
def _control_spec() -> Spec:
    return Spec(control_document())


class ControlPlane:
    """Answers ``/_fake/...`` requests for one :class:`FakeJuniper`."""

    def __init__(self, fake: FakeJuniper) -> None:
        self._fake = fake
        self._spec = _control_spec()
        self._routes: dict[str, Callable[[dict[str, Any], Any], Result]] = {
            "getControlPlaneDocument": lambda params, body: (200, control_document(), {}),
            "getApiDocument": lambda params, body: (200, self._api_document(), {}),
            "reset": self._reset,
            "advanceOrder": self._advance,
            "listFaults": lambda params, body: (200, self._faults(), {}),
            "queueFault": self._queue_fault,
            "clearFaults": self._clear_faults,
            "getClock": lambda params, body: (200, self._clock(), {}),
            "moveClock": self._move_clock,
            "listDeliveries": self._deliveries,
            "getWebhook": lambda params, body: (200, self._webhook(), {}),
            "setWebhook": self._set_webhook,
            "getTokenSettings": lambda params, body: (200, self._tokens(), {}),
            "setTokenSettings": self._set_tokens,
            "expireTokens": self._expire_tokens,
        }
        missing = set(self._spec.operations) ^ set(self._routes)
        assert not missing, f"control_plane.yaml and the control plane differ on {missing}"

    def __call__(self, method: str, path: str, query: str, body: bytes) -> Result:
        """The answer to ``method path`` (``path`` still starting with ``/_fake``)."""
        route = path[len(CONTROL_PREFIX) :]
        operation, path_values, known = self._spec.match(method, route)
        if operation is None:
            if known:
                allowed = self._allowed(route)
                message = f"{method} is not allowed here; use {allowed}"
                raise Problem(405, "method_not_allowed", message, headers={"Allow": allowed})
            raise Problem(404, "not_found", "No such control-plane route (see /_fake/openapi.json)")
        params = _parameters(operation, path_values, query)
        payload = self._payload(operation, body)
        return self._routes[operation.operation_id](params, payload)

    def _allowed(self, route: str) -> str:
        methods = {op.method for op in self._spec.operations.values() if op.pattern.match(route)}
        return ", ".join(sorted(methods))

    @staticmethod
    def _payload(operation: Operation, body: bytes) -> Any:
        if operation.body is None:
            return None
        if not body.strip():
            # An optional body may be left out; a required one is checked as an empty object.
            return _body(operation, b"{}")
        return _body(operation, body)

    # ------------------------------------------------------------------------ routes
    def _api_document(self) -> Any:
        # YAML may hold dates and other values JSON has no type for; they travel as text.
        return json.loads(json.dumps(self._fake._spec.document, default=str))

    def _reset(self, params: dict[str, Any], body: Any) -> Result:
        self._fake.reset()
        return 204, None, {}

    def _advance(self, params: dict[str, Any], body: Any) -> Result:
        order_id = params["orderId"]
        wait = body.get("wait", True)
        timeout = body.get("timeout", _WAIT_LIMIT)
        raise_on_failure = body.get("raiseOnFailure", True)
        try:
            order = self._fake.advance_order(
                order_id,
                body.get("status"),
                wait=wait,
                timeout=timeout,
                raise_on_failure=raise_on_failure,
            )
        except DeliveryFailedError as error:
            detail: list[JSON] = [
                {
                    "loc": ["deliveries", delivery.webhook_id],
                    "type": "delivery_failed",
                    "msg": f"{delivery.status} to {delivery.url}: " + _last_outcome(delivery),
                }
                for delivery in error.deliveries
            ]
            raise Problem(502, "delivery_failed", str(error), detail) from None
        except KeyError:
            raise Problem(404, "not_found", f"Order {order_id} was not found") from None
        except ValueError as error:
            raise Problem(409, "conflict", str(error)) from None
        except TimeoutError as error:
            raise Problem(504, "deliveries_pending", str(error)) from None
        return 200, order, {}

    def _faults(self) -> JSON:
        faults = []
        for operation_id, fault in self._fake._faults.snapshot():
            entry: JSON = {"operationId": operation_id}
            if fault.disconnect:
                entry["disconnect"] = "after" if fault.processed else "before"
            elif fault.status is not None:
                entry["status"] = fault.status
                if fault.status == 429:
                    entry["retryAfter"] = fault.retry_after or "0"
            faults.append(entry)
        return {"faults": faults}

    def _queue_fault(self, params: dict[str, Any], body: Any) -> Result:
        operation_id = body["operationId"]
        times = body.get("times", 1)
        try:
            if "disconnect" in body:
                processed = body["disconnect"] == "after"
                self._fake.disconnect_next(operation_id, times=times, processed=processed)
            else:
                retry_after = body.get("retryAfter", "0")
                self._fake.fail_next(
                    operation_id, body["status"], times=times, retry_after=retry_after
                )
        except ValueError as error:
            issue = {"loc": ["body", "operationId"], "type": "invalid", "msg": str(error)}
            raise Problem(422, "validation_error", str(error), [issue]) from None
        return 201, self._faults(), {}

    def _clear_faults(self, params: dict[str, Any], body: Any) -> Result:
        self._fake.clear_faults()
        return 204, None, {}

    def _clock(self) -> JSON:
        clock = self._fake.clock
        now = clock.now()
        return {
            "now": now.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
            "timestamp": now.timestamp(),
            "frozen": clock.frozen,
        }

    def _move_clock(self, params: dict[str, Any], body: Any) -> Result:
        clock = self._fake.clock
        if "advanceSeconds" in body:
            clock.advance(body["advanceSeconds"])
        elif "set" in body:
            moment = _moment(body["set"])
            clock.set(moment)
        else:
            clock.resume()
        return 200, self._clock(), {}

    def _deliveries(self, params: dict[str, Any], body: Any) -> Result:
        if params.get("wait") == "true":
            try:
                self._fake.wait_for_deliveries(_WAIT_LIMIT)
            except TimeoutError as error:
                raise Problem(504, "deliveries_pending", str(error)) from None
        wanted = params.get("orderId")
        deliveries = [
            {
                "webhookId": delivery.webhook_id,
                "url": delivery.url,
                "orderId": delivery.order_id,
                "status": delivery.status,
                "delivered": delivery.delivered,
                "attempts": [
                    {
                        "statusCode": a.status_code,
                        "error": a.error,
                        "sentAt": a.sent_at,
                        "signature": a.signature,
                    }
                    for a in delivery.attempts
                ],
                "payload": delivery.payload,
            }
            for delivery in self._fake.deliveries
            if wanted is None or delivery.order_id == wanted
        ]
        return 200, {"deliveries": deliveries}, {}

    def _webhook(self) -> JSON:
        url, secret = self._fake._backend.webhook_target()
        return {"url": url, "secret": secret}

    def _set_webhook(self, params: dict[str, Any], body: Any) -> Result:
        self._fake.set_webhook_url(body["url"])
        return 200, self._webhook(), {}

    def _tokens(self) -> JSON:
        return {"lifetime": self._fake.token_lifetime}

    def _set_tokens(self, params: dict[str, Any], body: Any) -> Result:
        self._fake.token_lifetime = body["lifetime"]
        return 200, self._tokens(), {}

    def _expire_tokens(self, params: dict[str, Any], body: Any) -> Result:
        self._fake.expire_tokens()
        return 204, None, {}


def _last_outcome(delivery: Delivery) -> str:
    last = delivery.attempts[-1] if delivery.attempts else None
    if last is None:
        return "never attempted"
    if last.status_code is not None:
        return f"last answer {last.status_code} after {len(delivery.attempts)} attempts"
    return f"last error {last.error} after {len(delivery.attempts)} attempts"


def _moment(text: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        issue = {
            "loc": ["body", "set"],
            "type": "invalid",
            "msg": "Expected a date-time with offset",
        }
        raise Problem(422, "validation_error", "set must be an RFC 3339 date-time", [issue])
    return moment
