"""The fake's HTTP face: one WSGI application for the in-process transports and the real server.

Per request, in the order a real gateway works: route by the spec's paths, injected faults, the
bearer token, the spec's parameter and body schemas (400 and 422 with ``ValidationIssue`` details),
then the rules of :mod:`._backend`. Bodies are never logged.

An operation of the spec that :mod:`._backend` does not model is served all the same, from the spec
(:meth:`._spec.Spec.canned`): its answers carry ``X-Fake-Unmodelled: <operationId>``, and the first
one of each fake warns with :class:`UnmodelledOperationWarning`.
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime as dt
import io
import json
import threading
import urllib.parse
import warnings
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Final

from ._backend import JSON, Backend, Problem, StatusChange, issue, not_found
from ._spec import Canned, Operation, Parameter, Spec, issues_of

TOKEN_OPERATION: Final = "token"  # noqa: S105 - the token endpoint's name for faults
UNMODELLED_HEADER: Final = "X-Fake-Unmodelled"
# The control plane's prefix: no server path of the spec starts with an underscore segment.
CONTROL_PREFIX: Final = "/_fake"
_JSON_HEADERS: Final = [("Content-Type", "application/json")]
_SERVER_ERRORS: Final = {
    500: ("internal_error", "An unexpected error occurred"),
    502: ("bad_gateway", "The upstream service did not answer"),
    503: ("service_unavailable", "The service is temporarily unavailable"),
    504: ("gateway_timeout", "The upstream service timed out"),
}

StartResponse = Callable[[str, list[tuple[str, str]]], Any]
Handler = Callable[[dict[str, Any], Any], tuple[int, Any, list[StatusChange]]]
ControlHandler = Callable[[str, str, str, bytes], tuple[int, Any, dict[str, str]]]


class UnmodelledOperationWarning(UserWarning):
    """A fake answered an operation it does not model from the spec alone, keeping no state.

    Emitted once per fake and operation, on its first such answer. Silence it with
    ``warnings.filterwarnings("ignore", category=UnmodelledOperationWarning)`` (or pytest's
    ``filterwarnings``) where canned answers are fine.
    """


class ConnectionDropped(Exception):  # noqa: N818 - a signal to the server, not a failure
    """The fake closes the connection without answering (an injected ``disconnect`` fault)."""


@dataclass(frozen=True)
class Fault:
    """What the next call of one operation suffers instead of (or after) being served."""

    status: int | None = None  # 429 or 5xx, answered before anything else
    retry_after: str | None = None
    disconnect: bool = False
    processed: bool = False  # disconnect only after the operation took effect


class Faults:
    """Queued faults per operationId (or ``"token"``), consumed one per call, thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queued: dict[str, deque[Fault]] = {}

    def add(self, operation: str, fault: Fault, times: int) -> None:
        with self._lock:
            self._queued.setdefault(operation, deque()).extend([fault] * times)

    def take(self, operation: str) -> Fault | None:
        if not self._queued:  # the common case, without taking the lock
            return None
        with self._lock:
            queue = self._queued.get(operation)
            if not queue:
                return None
            fault = queue.popleft()
            if not queue:
                del self._queued[operation]
            return fault

    def pending(self, operation: str) -> int:
        with self._lock:
            return len(self._queued.get(operation, ()))

    def clear(self) -> None:
        with self._lock:
            self._queued.clear()

    def snapshot(self) -> list[tuple[str, Fault]]:
        """Every queued fault with its operation, in the order each operation will meet them."""
        with self._lock:
            return [(name, fault) for name, queue in self._queued.items() for fault in queue]


@dataclass(frozen=True)
class Answer:
    """What the application answered one request with."""

    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


def call_wsgi(
    app: FakeApp,
    *,
    method: str,
    path: str,
    query: str,
    headers: Iterable[tuple[str, str]],
    body: bytes,
    scheme: str,
    host: str,
    port: int,
    protocol: str = "HTTP/1.1",
) -> Answer:
    """Run ``app`` on one request; both ways in (in-process transport, socket server) use this.

    ``path`` is the path as sent, still percent-encoded: ``PATH_INFO`` gets it decoded, as WSGI
    says, and ``RAW_URI``/``REQUEST_URI`` as sent, which the application routes on so that an
    encoded ``/`` stays inside its path segment.

    Raises :class:`ConnectionDropped` when a fault says to hang up without answering.
    """
    request_uri = path + ("?" + query if query else "")
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "SCRIPT_NAME": "",
        "PATH_INFO": urllib.parse.unquote(path, errors="replace"),
        "RAW_URI": request_uri,
        "REQUEST_URI": request_uri,
        "QUERY_STRING": query,
        "CONTENT_LENGTH": str(len(body)),
        "SERVER_NAME": host,
        "SERVER_PORT": str(port),
        "SERVER_PROTOCOL": protocol,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": io.StringIO(),
        "wsgi.multithread": True,
        "wsgi.multiprocess": False,
        "wsgi.run_once": False,
    }
    for name, value in headers:
        key = name.upper().replace("-", "_")
        if key == "CONTENT_TYPE":
            environ["CONTENT_TYPE"] = value
        elif key != "CONTENT_LENGTH":
            environ[f"HTTP_{key}"] = value
    started: list[Any] = []

    def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
        started[:] = [status, response_headers]

    body_out = b"".join(app(environ, start_response))
    code, _, reason = started[0].partition(" ")
    return Answer(int(code), reason, started[1], body_out)


class FakeApp:
    """The WSGI application serving the API under ``api_prefix`` and the token endpoint."""

    def __init__(
        self,
        backend: Backend,
        spec: Spec,
        faults: Faults,
        on_change: Callable[[list[StatusChange]], None],
        *,
        api_prefix: str | None = None,
        token_path: str = "/oauth2/token",  # noqa: S107 - a path, not a password
    ) -> None:
        """``api_prefix``: where the API is served; by default the path of the spec's server."""
        self.backend = backend
        self.spec = spec
        self.faults = faults
        self.api_prefix = spec.base_path if api_prefix is None else api_prefix
        self.token_path = token_path
        self._on_change = on_change
        self._handlers: dict[str, Handler] = _handlers(backend)
        self.unmodelled = frozenset(spec.operations) - frozenset(self._handlers)
        """The operationIds of the spec that are answered from the spec, without state."""
        self._readers = _readers(spec, self._handlers)
        self._warned: set[str] = set()
        self._warned_lock = threading.Lock()
        self.control: ControlHandler | None = None
        """Answers ``/_fake/...`` (method, path, query, body); None: no control plane."""

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        path = _raw_path(environ)
        body = _read_body(environ)
        try:
            if path == self.token_path:
                status, payload, headers = self._token(method, environ, body)
            elif self.control is not None and path.startswith(CONTROL_PREFIX + "/"):
                query = environ.get("QUERY_STRING", "")
                status, payload, headers = self.control(method, path, query, body)
            elif path.startswith(self.api_prefix + "/"):
                status, payload, headers = self._api(method, path, environ, body)
            else:
                status, payload, headers = 404, {"error": "not_found"}, {}
        except Problem as problem:
            status, payload, headers = problem.status, problem.body(), problem.headers
        return _respond(start_response, status, payload, headers)

    # ---------------------------------------------------------------------- token endpoint
    def _token(
        self, method: str, environ: dict[str, Any], body: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        self._fault(TOKEN_OPERATION)
        if method != "POST":
            payload = {"error": "invalid_request", "error_description": "Use POST"}
            return 405, payload, {"Allow": "POST"}
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        client_id = _last(form, "client_id")
        client_secret = _last(form, "client_secret")
        basic = environ.get("HTTP_AUTHORIZATION", "")
        if basic.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(basic[6:], validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                decoded = ":"
            user, _, password = decoded.partition(":")
            client_id = urllib.parse.unquote(user)
            client_secret = urllib.parse.unquote(password)
        headers = {"Cache-Control": "no-store"}
        if _last(form, "grant_type") != "client_credentials":
            payload = {
                "error": "unsupported_grant_type",
                "error_description": "Only grant_type=client_credentials is supported",
            }
            return 400, payload, headers
        try:
            return 200, self.backend.issue_token(client_id, client_secret), headers
        except Problem as problem:
            payload = {"error": problem.error, "error_description": problem.message}
            return 401, payload, {**headers, "WWW-Authenticate": 'Basic realm="juniper"'}

    # ------------------------------------------------------------------------------- API
    def _api(
        self, method: str, path: str, environ: dict[str, Any], body: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        operation, raw_values, known = self.spec.match(method, path[len(self.api_prefix) :])
        path_values = {
            name: urllib.parse.unquote(value, errors="replace")
            for name, value in raw_values.items()
        }
        if operation is None:
            if known:
                allowed = ", ".join(self.spec.methods(path[len(self.api_prefix) :]))
                message = f"{method} is not allowed here; this path takes {allowed}"
                payload = {"error": "method_not_allowed", "message": message}
                return 405, payload, {"Allow": allowed}
            return 404, {"error": "not_found", "message": "No such endpoint"}, {}
        if operation.operation_id not in self.unmodelled:
            return self._serve(operation, path_values, environ, body)
        try:
            return self._serve(operation, path_values, environ, body)
        except Problem as problem:
            problem.headers[UNMODELLED_HEADER] = operation.operation_id
            raise

    def _serve(
        self,
        operation: Operation,
        path_values: dict[str, str],
        environ: dict[str, Any],
        body: bytes,
    ) -> tuple[int, Any, dict[str, str]]:
        fault = self._fault(operation.operation_id)
        authorization = environ.get("HTTP_AUTHORIZATION", "")
        scheme, _, token = authorization.partition(" ")
        try:
            self.backend.check_token(token.strip() if scheme.lower() == "bearer" else None)
        except Problem as problem:
            problem.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
            raise
        params = _parameters(operation, path_values, environ.get("QUERY_STRING", ""))
        payload = _body(operation, body) if operation.body is not None else None
        headers: dict[str, str] = {}
        if operation.operation_id in self.unmodelled:
            status, answer, headers = self._from_spec(operation, params)
            changes: list[StatusChange] = []
        else:
            status, answer, changes = self._handlers[operation.operation_id](params, payload)
        if changes:
            self._on_change(changes)
        if fault is not None and fault.processed:
            raise ConnectionDropped(operation.operation_id)
        return status, answer, headers

    # ------------------------------------------------------------- unmodelled operations
    def _from_spec(
        self, operation: Operation, params: dict[str, Any]
    ) -> tuple[int, Any, dict[str, str]]:
        """The spec's answer to an operation the backend does not model.

        A path parameter that names a modelled resource (``orderId``: the one parameter of the
        modelled ``GET /orders/{orderId}``) must name one that exists: otherwise this is that
        operation's 404. The example or schema-built body is tailored to the request where the
        spec still allows it: fields named like a path parameter carry its value, and a cursor
        page holds at most ``limit`` items.
        """
        for parameter in operation.path_parameters:
            reader = self._readers.get(parameter.name)
            if reader is not None and parameter.name in params:
                read, wanted = reader
                read({wanted.name: _as_kind(params[parameter.name], wanted)}, None)
        self._warn_once(operation.operation_id)
        canned = self.spec.canned(operation.operation_id)
        headers = {UNMODELLED_HEADER: operation.operation_id}
        if canned.error is not None:
            raise Problem(501, "not_implemented", canned.error)
        if canned.media_type is None or canned.validator is None:
            if canned.media_type is not None:
                headers["Content-Type"] = canned.media_type
            return canned.status, None, headers
        headers["Content-Type"] = canned.media_type
        return canned.status, _tailored(canned, operation, params), headers

    def _warn_once(self, operation_id: str) -> None:
        with self._warned_lock:
            if operation_id in self._warned:
                return
            self._warned.add(operation_id)
        try:
            warnings.warn(
                f"FakeJuniper does not model {operation_id}: it answers from the spec "
                f"(the example, or a body built from the schema) and keeps no state",
                UnmodelledOperationWarning,
                stacklevel=1,
            )
        except BaseException:
            # A filter made the warning an error: it stands until the filter changes.
            with self._warned_lock:
                self._warned.discard(operation_id)
            raise

    def _fault(self, operation_id: str) -> Fault | None:
        fault = self.faults.take(operation_id)
        if fault is None:
            return None
        if fault.disconnect and not fault.processed:
            raise ConnectionDropped(operation_id)
        if fault.status == 429:
            headers = {"Retry-After": fault.retry_after or "0"}
            raise Problem(429, "rate_limited", "Too many requests", headers=headers)
        if fault.status is not None:
            error, message = _SERVER_ERRORS.get(fault.status, ("server_error", "Server error"))
            wait = {} if fault.retry_after is None else {"Retry-After": fault.retry_after}
            raise Problem(fault.status, error, message, headers=wait)
        return fault


# Characters a path keeps unencoded (RFC 3986 pchar and "/"): quoting with these keeps a decoded
# path's meaning, except for an encoded "/", which only the raw path still has.
_PATH_SAFE: Final = "/:@!$&'()*+,;=-._~"


def _raw_path(environ: dict[str, Any]) -> str:
    """The request path as sent (still percent-encoded), to route on.

    ``PATH_INFO`` is decoded by every WSGI server, so an id holding ``%2F`` would split into two
    segments there. Servers that keep the raw request line offer it as ``RAW_URI`` (gunicorn) or
    ``REQUEST_URI`` (uWSGI, and this package's server and transports); without either, the
    decoded path is re-encoded, which is exact for everything but an encoded ``/``.
    """
    raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
    if raw:
        path = str(raw).partition("?")[0]
        if not path.startswith("/"):
            # An absolute-form request target (through a proxy): keep only its path.
            path = urllib.parse.urlsplit(path).path
        return path or "/"
    return urllib.parse.quote(environ.get("PATH_INFO", "") or "/", safe=_PATH_SAFE)


def _last(form: dict[str, list[str]], name: str) -> str | None:
    values = form.get(name)
    return values[-1] if values else None


def _read_body(environ: dict[str, Any]) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length <= 0:
        return b""
    data: bytes = environ["wsgi.input"].read(length)
    return data


def _respond(
    start_response: StartResponse, status: int, payload: Any, headers: dict[str, str]
) -> list[bytes]:
    reason = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else "Error"
    if payload is None:
        start_response(f"{status} {reason}", [*headers.items(), ("Content-Length", "0")])
        return []
    data = json.dumps(payload, separators=(",", ":")).encode()
    typed = [] if "Content-Type" in headers else _JSON_HEADERS
    start_response(
        f"{status} {reason}",
        [*typed, *headers.items(), ("Content-Length", str(len(data)))],
    )
    return [data]


def _readers(spec: Spec, handlers: dict[str, Handler]) -> dict[str, tuple[Handler, Parameter]]:
    """Per path parameter naming a modelled resource (``orderId``), the modelled operation that
    reads one such resource by it (``GET /orders/{orderId}``), with that operation's parameter."""
    found: dict[str, tuple[Handler, Parameter]] = {}
    for operation in spec.operations.values():
        handler = handlers.get(operation.operation_id)
        if handler is None or operation.method != "GET" or len(operation.path_parameters) != 1:
            continue
        (parameter,) = operation.path_parameters
        if operation.template.endswith("/{" + parameter.name + "}"):
            found.setdefault(parameter.name, (handler, parameter))
    return found


def _as_kind(value: Any, parameter: Parameter) -> Any:
    """``value`` as ``parameter`` of the reading operation takes it (an integer id, say)."""
    if parameter.kind != "integer":
        return str(value)
    if isinstance(value, int):
        return value
    try:
        return int(value)
    except ValueError:
        raise not_found("Resource", value) from None


def _tailored(canned: Canned, operation: Operation, params: dict[str, Any]) -> Any:
    """A copy of the canned body fitted to this request, each change kept only if still valid."""
    assert canned.validator is not None
    body = copy.deepcopy(canned.body)
    values = {p.name: params[p.name] for p in operation.path_parameters if p.name in params}
    if values:
        echoed = _echo(body, values)
        if canned.validator.is_valid(echoed):
            body = echoed
    limit = params.get("limit")
    field = canned.list_field
    if field and isinstance(limit, int) and isinstance(body, dict) and len(body[field]) > limit:
        shorter = {**body, field: body[field][:limit]}
        if canned.validator.is_valid(shorter):
            body = shorter
    return body


def _echo(node: Any, values: dict[str, Any]) -> Any:
    """``node`` with every plain field named like a path parameter set to the request's value."""
    if isinstance(node, dict):
        return {
            key: values[key]
            if key in values and not isinstance(value, dict | list)
            else _echo(value, values)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_echo(value, values) for value in node]
    return node


def _parameters(operation: Operation, path_values: dict[str, str], query: str) -> dict[str, Any]:
    """The operation's parameters, typed and checked against their schemas (400 otherwise)."""
    raw_query = urllib.parse.parse_qs(query, keep_blank_values=True) if query else {}
    values: dict[str, Any] = {}
    problems: list[JSON] = []
    for parameter in operation.parameters:
        if parameter.location == "path":
            raw: str | None = path_values[parameter.name]
        elif parameter.location == "query":
            found = raw_query.get(parameter.name)
            raw = found[-1] if found else None
        else:
            continue
        where: list[str | int] = [parameter.location, parameter.name]
        if raw is None:
            if parameter.required:
                problems.append(issue(where, "missing", "Field required"))
            continue
        value: Any = raw
        if parameter.kind == "integer":
            try:
                value = int(raw)
            except ValueError:
                if parameter.location == "path":
                    # Nothing can have this id; the spec documents 404, not 400, for paths.
                    raise Problem(404, "not_found", f"Nothing has id {raw}") from None
                problems.append(issue(where, "type_error", "Expected an integer"))
                continue
        found_issues = issues_of(parameter.validator, value, where)
        if found_issues:
            if parameter.location == "path":
                # Out of range or of the wrong form: nothing has this id (404, as documented).
                raise Problem(404, "not_found", f"Nothing has id {raw}", found_issues)
            problems.extend(found_issues)
            continue
        values[parameter.name] = value
    if problems:
        raise Problem(400, "bad_request", "A parameter is missing or out of range", problems)
    return values


def _body(operation: Operation, body: bytes) -> Any:
    try:
        payload = json.loads(body)
    except ValueError:
        raise Problem(
            400,
            "bad_request",
            "The body is not valid JSON",
            [issue(["body"], "invalid", "Invalid JSON")],
        ) from None
    assert operation.body is not None
    problems = issues_of(operation.body, payload, ["body"])
    if problems:
        raise Problem(422, "validation_error", "The body does not match the schema", problems)
    return payload


def _date(params: dict[str, Any], name: str) -> dt.date | None:
    value = params.get(name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Problem(
            400,
            "bad_request",
            f"{name} must be a date",
            [issue(["query", name], "invalid", "Expected a date (YYYY-MM-DD)")],
        ) from None


def _page_args(params: dict[str, Any]) -> dict[str, Any]:
    return {
        "limit": params.get("limit", 10),
        "cursor": params.get("cursor") or None,
        "direction": params.get("direction", "next"),
    }


def _handlers(backend: Backend) -> dict[str, Handler]:
    """One function per operationId: typed parameters and body in, (status, body, changes) out."""

    def create_order(params: dict[str, Any], body: Any) -> tuple[int, Any, list[StatusChange]]:
        return 201, backend.create_order(body), []

    def cancel_order(params: dict[str, Any], body: Any) -> tuple[int, Any, list[StatusChange]]:
        order, change = backend.cancel_order(params["orderId"])
        return 200, order, [change]

    def list_products(params: dict[str, Any], body: Any) -> tuple[int, Any, list[StatusChange]]:
        page = backend.list_products(
            **_page_args(params),
            status=params.get("status"),
            updated_after=_date(params, "updatedAfter"),
            updated_before=_date(params, "updatedBefore"),
            search=params.get("search"),
        )
        return 200, page, []

    def delete_protocol(params: dict[str, Any], body: Any) -> tuple[int, Any, list[StatusChange]]:
        backend.delete_protocol(params["protocolId"])
        return 204, None, []

    def ok(result: Callable[[dict[str, Any], Any], Any]) -> Handler:
        return lambda params, body: (200, result(params, body), [])

    return {
        "createOrder": create_order,
        "listOrders": ok(lambda p, _: backend.list_orders(**_page_args(p), status=p.get("status"))),
        "getOrderById": ok(lambda p, _: backend.get_order(p["orderId"])),
        "cancelOrder": cancel_order,
        "createProtocol": lambda p, b: (201, backend.create_protocol(b), []),
        "listProtocols": ok(
            lambda p, _: backend.list_protocols(**_page_args(p), search=p.get("search"))
        ),
        "getProtocolById": ok(lambda p, _: backend.get_protocol(p["protocolId"])),
        "updateProtocol": ok(lambda p, b: backend.update_protocol(p["protocolId"], b)),
        "deleteProtocol": delete_protocol,
        "listProducts": list_products,
        "getProductById": ok(lambda p, _: backend.get_product(p["productId"])),
        "listShippingMethods": ok(lambda p, _: backend.list_shipping_methods()),
        "getPartnerSettings": ok(lambda p, _: backend.get_settings()),
        "updatePartnerSettings": ok(lambda p, b: backend.update_settings(b)),
        "getWebhookSecret": ok(lambda p, _: backend.get_webhook_secret()),
        "rotateWebhookSecret": ok(lambda p, _: backend.rotate_webhook_secret()),
    }
