"""FakeJuniper: a stateful, spec-faithful Juniper for tests, in-process or on a local socket."""

from __future__ import annotations

import copy
from types import TracebackType
from typing import Any, Final, Self, TypeVar, overload

import httpx

from .._client import AsyncJuniperClient, JuniperClient
from ._app import TOKEN_OPERATION, FakeApp, Fault, Faults
from ._backend import JSON, LIFECYCLE, Backend, FakeClock, Problem, StatusChange
from ._control import ControlPlane
from ._delivery import Deliverer, Delivery, DeliveryFailedError, WebhookTarget
from ._server import FakeServer
from ._spec import SpecSource, load_spec
from ._transport import AsyncFakeTransport, FakeTransport

DEFAULT_CLIENT_ID: Final = "fake-client-id"
# Not a credential: the fake accepts this pair unless told otherwise.
DEFAULT_CLIENT_SECRET: Final = "fake-client-secret"  # noqa: S105
IN_PROCESS_URL: Final = "http://juniper.fake"

ClientT = TypeVar("ClientT")


class FakeJuniper:
    """An in-memory Juniper Order Fulfillment API with real state and rules.

    The operations of the spec it was built from work against one partner account: orders are
    created ``NEW``, priced from a seeded catalogue, read back, listed with cursors and cancelled
    only while ``NEW`` (409 afterwards); unknown ids answer 404; requests are validated against the
    spec (400/422 with ``detail``); an operation it does not model is answered from the spec alone
    (:attr:`unmodelled_operations`); every API call needs a bearer token from the fake's token
    endpoint. :meth:`advance_order` moves an order along ``NEW → PROCESSING → AWAITING_SHIPMENT →
    SHIPPED → FULFILLED`` and POSTs a signed ``orderStatusChanged`` webhook per step to the
    ``webhookUrl`` set through ``updatePartnerSettings``. :meth:`fail_next` and
    :meth:`disconnect_next` inject faults. Thread-safe::

        with FakeJuniper() as fake, fake.client() as client:
            order = create_order.sync(client=client, body=request)
            fake.advance_order(order.id, to="SHIPPED")

    An operation of the spec that the fake does not model yet (a vendor release added it) is
    served from the spec, without state: requests are validated as usual, a path parameter naming
    a modelled resource (``orderId``) answers 404 for an unknown id, and the answer is the
    example of the documented success status, or a body built from its schema, valid against the
    spec and marked ``X-Fake-Unmodelled: <operationId>``. :attr:`unmodelled_operations` lists
    them; the first such answer of each fake emits an :class:`UnmodelledOperationWarning`. Fields
    and enum values the spec adds flow through the modelled operations: a request field the answer
    declares is stored and returned.

    Args:
        spec: the OpenAPI document to serve, as a path or a parsed document; by default the one
            the installed client was generated from (:func:`spec_path`). The API is served under
            the path of its first server (``/v1``).
        client_id, client_secret: the credentials the token endpoint accepts.
        seed: makes ids, tracking numbers and the product catalogue reproducible.
        token_lifetime: seconds an access token lives (``expires_in``); settable later.
        discount: the partner discount, 0.0 to 1.0, applied to prices.
        partner_name: the read-only ``name`` of the partner settings.
        catalogue_size: how many products the catalogue holds.
        clock: a :class:`FakeClock` to share; by default one that follows real time.
        webhook_attempts: how many times a delivery is tried before giving up (at least 1).
        webhook_retry_wait: seconds before the first redelivery; doubled for each further one.
        webhook_transport: where deliveries go without a socket, as for
            :meth:`deliver_webhooks_through`: a WSGI or ASGI app, or an httpx transport.
        webhook_url: a ``webhookUrl`` to start with (as if set by ``updatePartnerSettings``);
            it and its secret survive :meth:`reset`.

    Served (:meth:`serve`), the fake also answers its control plane under ``/_fake``: these
    methods as JSON over HTTP, for tests in any language (``GET /_fake/openapi.json``
    describes it).
    """

    def __init__(
        self,
        *,
        spec: SpecSource | None = None,
        client_id: str = DEFAULT_CLIENT_ID,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        seed: int = 0,
        token_lifetime: int = 3600,
        discount: float = 0.1,
        partner_name: str = "Acme Health",
        catalogue_size: int = 400,
        clock: FakeClock | None = None,
        webhook_attempts: int = 3,
        webhook_retry_wait: float = 0.1,
        webhook_transport: WebhookTarget | None = None,
        webhook_url: str | None = None,
    ) -> None:
        self.clock = clock or FakeClock()
        self._first_clock = self.clock._state()
        self._spec = load_spec(spec)
        self._backend = Backend(
            seed=seed,
            clock=self.clock,
            client_id=client_id,
            client_secret=client_secret,
            token_lifetime=token_lifetime,
            discount=discount,
            partner_name=partner_name,
            catalogue_size=catalogue_size,
            settings_fields=self._spec.body_properties("updatePartnerSettings"),
            order_fields=self._spec.response_properties("createOrder"),
            protocol_fields=self._spec.response_properties("createProtocol"),
        )
        self._client_secret = client_secret
        self._deliverer = Deliverer(
            self._backend,
            max_attempts=webhook_attempts,
            retry_wait=webhook_retry_wait,
            transport=webhook_transport,
        )
        self._faults = Faults()
        self.app = FakeApp(self._backend, self._spec, self._faults, self._on_change)
        """The WSGI application: mount it in any WSGI server, or wrap it in a transport."""
        self.base_url = IN_PROCESS_URL + self.app.api_prefix
        self.token_url = IN_PROCESS_URL + self.app.token_path
        self.unmodelled_operations: frozenset[str] = self.app.unmodelled
        """The operationIds served from the spec alone (empty when the fake models every one)."""
        self.retry_sleeps: list[float] = []
        """Every wait before a retry that this fake's clients decided, in seconds, oldest first.

        Clients from :meth:`client` and :meth:`async_client` record the wait here instead of
        sleeping it (``retry_sleep=``): retries in tests take no time and stay observable.
        """
        self._first_webhook: tuple[str, str] | None = None
        if webhook_url is not None:
            self._first_webhook = (webhook_url, self.set_webhook_url(webhook_url))
        self.app.control = ControlPlane(self)

    # ------------------------------------------------------------------------- clients
    @property
    def client_id(self) -> str:
        return self._backend.client_id

    @property
    def client_secret(self) -> str:
        return self._client_secret

    def transport(self) -> httpx.BaseTransport:
        """A sync httpx transport that serves requests from this fake, without sockets."""
        return FakeTransport(self.app)

    def async_transport(self) -> httpx.AsyncBaseTransport:
        """The async twin of :meth:`transport`, reaching the same state."""
        return AsyncFakeTransport(self.app)

    def client_kwargs(self) -> dict[str, Any]:
        """The constructor arguments that wire a ``JuniperClient``-like class to this fake."""
        return {
            "client_id": self.client_id,
            "client_secret": self._client_secret,
            "base_url": self.base_url,
            "token_url": self.token_url,
            "httpx_args": {
                "transport": self.transport(),
                "async_transport": self.async_transport(),
            },
            "retry_sleep": self.retry_sleeps.append,
        }

    @overload
    def client(self, client_class: None = None, **options: Any) -> JuniperClient: ...
    @overload
    def client(self, client_class: type[ClientT], **options: Any) -> ClientT: ...
    def client(self, client_class: type[Any] | None = None, **options: Any) -> Any:
        """A client wired to this fake in-process (sync and async pools): a ``JuniperClient``, or
        an instance of ``client_class``.

        Any class with ``JuniperClient``'s constructor works; ``options`` (``max_retries``,
        ``timeout``, ``headers``, ...) are passed on. Close it (``with``) when done.

        Retries keep every decision (backoff, ``Retry-After``) but do not sleep: each wait is
        appended to :attr:`retry_sleeps` instead. ``retry_sleep=None`` sleeps for real.
        """
        kwargs = self.client_kwargs()
        extra_httpx = options.pop("httpx_args", None) or {}
        kwargs["httpx_args"] = {**kwargs["httpx_args"], **extra_httpx}
        return (client_class or JuniperClient)(**{**kwargs, **options})

    @overload
    def async_client(self, client_class: None = None, **options: Any) -> AsyncJuniperClient: ...
    @overload
    def async_client(self, client_class: type[ClientT], **options: Any) -> ClientT: ...
    def async_client(self, client_class: type[Any] | None = None, **options: Any) -> Any:
        """An ``AsyncJuniperClient`` (or ``client_class``) wired like :meth:`client`; close it
        with ``async with`` or ``await client.aclose()``.
        """
        return self.client(client_class or AsyncJuniperClient, **options)

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> FakeServer:
        """This fake on a real HTTP server (``with fake.serve() as server: server.base_url``)."""
        return FakeServer(self.app, host, port)

    # ------------------------------------------------------------------------ lifecycle
    def advance_order(
        self,
        order_id: str,
        to: str | None = None,
        *,
        wait: bool = True,
        timeout: float = 10.0,
        raise_on_failure: bool = True,
    ) -> JSON:
        """Move an order forward, one status at a time, up to ``to`` (default: the next status).

        Statuses go ``NEW → PROCESSING → AWAITING_SHIPMENT → SHIPPED → FULFILLED``; from
        ``AWAITING_SHIPMENT`` on the order has ``fulfillmentInfo`` (carrier, tracking number and
        URL, checkpoints). Each step sends one signed ``orderStatusChanged`` webhook when a
        ``webhookUrl`` is set; with ``wait`` (the default) this returns once they are delivered or
        given up, and raises :class:`DeliveryFailedError` if any was given up (every attempt got
        a non-2xx answer or no connection) unless ``raise_on_failure`` is False. From async code
        use :meth:`aadvance_order`, or ``wait=False`` and then
        :meth:`wait_for_deliveries_async`. Returns the order as ``getOrderById`` now answers it.

        ``advance`` is the same method under its earlier name (``fake.clock.advance`` moves time).

        Raises:
            KeyError: no order has this id.
            ValueError: ``to`` is not a lifecycle status or not ahead of the order's status.
            TimeoutError: ``wait`` and the deliveries took longer than ``timeout`` seconds.
            DeliveryFailedError: ``wait`` and ``raise_on_failure``, and a delivery of this call
                failed on every attempt.
        """
        order, changes = self._backend.advance_order(order_id, to)
        deliveries = self._deliverer.enqueue(changes)
        if wait:
            self.wait_for_deliveries(timeout)
            if raise_on_failure:
                _raise_failed(deliveries)
        return copy.deepcopy(order)

    advance = advance_order

    statuses = LIFECYCLE

    async def aadvance_order(
        self,
        order_id: str,
        to: str | None = None,
        *,
        timeout: float = 10.0,  # noqa: ASYNC109 - the same arguments as advance_order
        raise_on_failure: bool = True,
    ) -> JSON:
        """:meth:`advance_order` for async code: awaits the deliveries without blocking the
        event loop, so a receiver served on the same loop gets them. ``aadvance`` is the same.
        """
        order, changes = self._backend.advance_order(order_id, to)
        deliveries = self._deliverer.enqueue(changes)
        await self.wait_for_deliveries_async(timeout)
        if raise_on_failure:
            _raise_failed(deliveries)
        return copy.deepcopy(order)

    aadvance = aadvance_order

    def wait_for_deliveries(self, timeout: float = 10.0) -> None:
        """Block until every queued webhook delivery has finished (raise TimeoutError if not).

        Failed deliveries do not raise here: look at :attr:`deliveries` (``failed``).
        """
        if not self._deliverer.wait(timeout):
            raise TimeoutError(f"webhook deliveries still running after {timeout} s")

    async def wait_for_deliveries_async(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Await every queued webhook delivery (TimeoutError after ``timeout`` seconds), for
        example after ``advance_order(..., wait=False)`` or a ``cancelOrder`` call."""
        if not await self._deliverer.wait_async(timeout):
            raise TimeoutError(f"webhook deliveries still running after {timeout} s")

    def deliver_webhooks_through(self, target: WebhookTarget | None) -> None:
        """Deliver webhooks into ``target`` from now on, whatever host ``webhookUrl`` names,
        without a socket (None: real HTTP to ``webhookUrl`` again).

        ``target`` is a WSGI application (Flask, Django's ``get_wsgi_application()``), an ASGI
        application (FastAPI, Starlette, Django's ``get_asgi_application()``: anything whose
        ``__call__`` is a coroutine function taking ``scope, receive, send``), or an httpx
        transport, sync (``httpx.WSGITransport``, ``httpx.MockTransport``) or async
        (``httpx.ASGITransport``). Async ones run on an event loop of the fake's own, in its
        delivery thread, as Starlette's ``TestClient`` runs an app; ASGI lifespan events are not
        sent, so start what the app needs for requests yourself.
        """
        self._deliverer.set_transport(target)

    @property
    def deliveries(self) -> list[Delivery]:
        """Every webhook delivery so far, oldest first, with its attempts."""
        return self._deliverer.deliveries

    @property
    def orders(self) -> list[JSON]:
        """Every order, oldest first, as ``getOrderById`` answers it (copies)."""
        return self._backend.snapshot_orders()

    def order(self, order_id: str) -> JSON:
        """One order as ``getOrderById`` answers it (a copy); KeyError if unknown."""
        try:
            return copy.deepcopy(self._backend.get_order(order_id))
        except Problem:
            raise KeyError(f"no order has id {order_id!r}") from None

    @property
    def webhook_secret(self) -> str | None:
        """The secret signing deliveries now (None until a ``webhookUrl`` is set)."""
        return self._backend.webhook_target()[1]

    @property
    def webhook_url(self) -> str | None:
        """Where deliveries go (the partner settings' ``webhookUrl``), None until set."""
        return self._backend.webhook_target()[0]

    def set_webhook_url(self, url: str) -> str:
        """Set ``webhookUrl`` as ``updatePartnerSettings`` does; return the signing secret.

        The first URL creates the secret; later ones keep it. Raises ``ValueError`` for a URL
        that is not http(s).
        """
        try:
            return self._backend.set_webhook(url)
        except Problem as problem:
            reasons = [str(issue["msg"]) for issue in problem.detail or []]
            raise ValueError("; ".join(reasons) or problem.message) from None

    def reset(self, timeout: float = 5.0) -> None:
        """Back to the state of a new fake made with the same arguments.

        Orders, protocols, partner settings, recorded deliveries, queued faults, the clock (a
        shared one too) and ``token_lifetime`` start over, and ids repeat from the start of the
        seed. The ``webhook_url`` given to the constructor and its secret stay; a URL set later
        is dropped. Access tokens already issued stay valid and the delivery transport stays.
        Deliveries still running get ``timeout`` seconds to finish first.
        """
        self._deliverer.wait(timeout)
        self._faults.clear()
        self.clock._restore(self._first_clock)
        self._backend.reset()
        if self._first_webhook is not None:
            self._backend.set_webhook(*self._first_webhook)
        self._deliverer.forget()

    # ---------------------------------------------------------------------------- tokens
    @property
    def token_lifetime(self) -> int:
        """Seconds new access tokens live (``expires_in``)."""
        return self._backend.token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, seconds: int) -> None:
        if seconds < 1:
            raise ValueError("token_lifetime must be at least 1 second")
        self._backend.token_lifetime = seconds

    def expire_tokens(self) -> None:
        """Make every access token issued so far invalid (the next call answers 401)."""
        self._backend.expire_tokens()

    # ---------------------------------------------------------------------------- faults
    def fail_next(
        self,
        operation: str,
        status: int = 503,
        *,
        times: int = 1,
        retry_after: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls of ``operation`` (an operationId, or ``"token"``)
        with ``status``: 429 (with ``Retry-After: retry_after``, default ``0``) or a 5xx (with
        ``Retry-After`` only when ``retry_after`` is given), before anything else happens
        (nothing is created or changed).
        """
        self._check_operation(operation, times)
        if status != 429 and not 500 <= status <= 599:
            raise ValueError(f"status must be 429 or 5xx, not {status}")
        self._faults.add(operation, Fault(status=status, retry_after=retry_after), times)

    def disconnect_next(self, operation: str, *, times: int = 1, processed: bool = False) -> None:
        """Close the connection without an answer on the next ``times`` calls of ``operation``.

        The request is read first. With ``processed=True`` the operation takes effect before the
        connection drops (an order is created, say), which is what reconciliation code must
        handle; otherwise nothing changes. In-process this raises ``httpx.RemoteProtocolError``
        from the transport, as a real hang-up does.
        """
        self._check_operation(operation, times)
        self._faults.add(operation, Fault(disconnect=True, processed=processed), times)

    def clear_faults(self) -> None:
        self._faults.clear()

    def _check_operation(self, operation: str, times: int) -> None:
        if operation != TOKEN_OPERATION and operation not in self._spec.operations:
            known = ", ".join(sorted(self._spec.operations))
            raise ValueError(f"unknown operation {operation!r}; one of: token, {known}")
        if times < 1:
            raise ValueError("times must be 1 or more")

    # ------------------------------------------------------------------------- internals
    def _on_change(self, changes: list[StatusChange]) -> None:
        self._deliverer.enqueue(changes)

    def close(self) -> None:
        """Stop the webhook worker (waiting briefly for queued deliveries) and free resources."""
        self._deliverer.wait(5.0)
        self._deliverer.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"FakeJuniper(client_id={self.client_id!r}, base_url={self.base_url!r})"


def _raise_failed(deliveries: list[Delivery]) -> None:
    failed = [delivery for delivery in deliveries if delivery.failed]
    if failed:
        raise DeliveryFailedError(failed)
