"""The fake's state and business rules, with no HTTP in them.

Everything a real Juniper deployment remembers lives here: orders and their lifecycle, protocols,
the product catalogue, partner settings, the webhook secret and issued access tokens. The HTTP
layer (:mod:`._app`) validates requests against the spec and turns :class:`Problem` into error
responses; this module decides what is allowed.

Stored objects are JSON-ready dicts shaped like the spec's schemas. They are replaced whole on every
change (never mutated in place), so a reference handed out under the lock stays consistent after
the lock is released.
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime as dt
import hashlib
import json
import random
import secrets
import string
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final, TypeVar

from ._catalogue import CatalogueProduct, build_catalogue, list_price_text, partner_price

JSON = dict[str, Any]

LIFECYCLE: Final = ("NEW", "PROCESSING", "AWAITING_SHIPMENT", "SHIPPED", "FULFILLED")
SHIPPING_METHODS: Final = (
    {"name": "STANDARD", "description": "5-8 business days", "price": "9.99"},
    {"name": "EXPRESS", "description": "2-3 business days", "price": "19.99"},
    {"name": "OVERNIGHT", "description": "Next business day", "price": "39.99"},
)
ADMINISTRATION_TIMES: Final = ("morning", "afternoon", "evening", "sleep")
_CARRIERS: Final = {"STANDARD": "USPS", "EXPRESS": "UPS", "OVERNIGHT": "FedEx"}
_TRACKING_URLS: Final = {
    "USPS": "https://tools.usps.com/go/TrackConfirmAction?tLabels={}",
    "UPS": "https://www.ups.com/track?tracknum={}",
    "FedEx": "https://www.fedex.com/fedextrack/?trknbr={}",
}
_ID_ALPHABET: Final = string.digits + string.ascii_letters
# What the fake itself sets on orders and protocols; a request cannot choose these.
_SERVER_FIELDS: Final = frozenset(
    {"id", "status", "discount", "lineItems", "fulfillmentInfo", "createdAt", "updatedAt"}
)

T = TypeVar("T")


class Problem(Exception):  # noqa: N818 - an HTTP problem answer, not a programming error
    """A request the rules refuse: the HTTP layer answers ``status`` with this error body."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        detail: list[JSON] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.detail = detail
        self.headers = dict(headers or {})

    def body(self) -> JSON:
        body: JSON = {"error": self.error, "message": self.message}
        if self.detail:
            body["detail"] = self.detail
        return body


def issue(loc: Iterable[str | int], kind: str, msg: str) -> JSON:
    """One spec ``ValidationIssue``: where (``loc``), which kind, and a human message."""
    return {"loc": list(loc), "type": kind, "msg": msg}


def not_found(what: str, identifier: object) -> Problem:
    return Problem(404, "not_found", f"{what} {identifier} was not found")


class FakeClock:
    """The fake's notion of now: real time plus an offset, or a fixed moment once ``set``.

    Order timestamps and token expiry read it, so a test can move time forward (``advance``)
    instead of sleeping. Webhook signatures do not: they carry the real time of sending, which is
    what a receiver checks freshness against.
    """

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._fixed: dt.datetime | None = None
        self._offset = dt.timedelta()
        if start is not None:
            self.set(start)

    def now(self) -> dt.datetime:
        with self._lock:
            if self._fixed is not None:
                return self._fixed
            return dt.datetime.now(dt.UTC) + self._offset

    def timestamp(self) -> float:
        return self.now().timestamp()

    def advance(self, seconds: float) -> None:
        """Move the clock ``seconds`` forward (or back, when negative)."""
        with self._lock:
            if self._fixed is not None:
                self._fixed += dt.timedelta(seconds=seconds)
            else:
                self._offset += dt.timedelta(seconds=seconds)

    def set(self, moment: dt.datetime) -> None:
        """Stop the clock at ``moment`` (timezone-aware); only ``advance`` moves it afterwards."""
        if moment.tzinfo is None:
            raise ValueError("moment must be timezone-aware (for example tzinfo=datetime.UTC)")
        with self._lock:
            self._fixed = moment.astimezone(dt.UTC)

    def resume(self) -> None:
        """Follow real time again (from now on, without an offset)."""
        with self._lock:
            self._fixed = None
            self._offset = dt.timedelta()

    @property
    def frozen(self) -> bool:
        """Whether the clock was stopped by :meth:`set` (rather than following real time)."""
        with self._lock:
            return self._fixed is not None

    def _state(self) -> tuple[dt.datetime | None, dt.timedelta]:
        with self._lock:
            return self._fixed, self._offset

    def _restore(self, state: tuple[dt.datetime | None, dt.timedelta]) -> None:
        with self._lock:
            self._fixed, self._offset = state


def timestamp_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class StatusChange:
    """An order moved to a new status: the ``orderStatusChanged`` payload to deliver."""

    order_id: str
    status: str
    payload: JSON


class Backend:
    """All state of one fake Juniper partner account, guarded by one lock."""

    def __init__(
        self,
        *,
        seed: int,
        clock: FakeClock,
        client_id: str,
        client_secret: str,
        token_lifetime: int,
        discount: float,
        partner_name: str,
        catalogue_size: int,
        settings_fields: frozenset[str],
        order_fields: frozenset[str] = frozenset(),
        protocol_fields: frozenset[str] = frozenset(),
    ) -> None:
        """``settings_fields``: what a settings update may change (the spec's request body).

        ``order_fields`` and ``protocol_fields``: the properties the spec's ``Order`` and
        ``Protocol`` answers declare. A request field with one of these names is stored and
        returned as sent, so fields the spec adds flow through without a change here.
        """
        if not 0.0 <= discount <= 1.0:
            raise ValueError("discount must be between 0.0 and 1.0")
        self.clock = clock
        self.client_id = client_id
        self._client_secret = client_secret
        self.token_lifetime = token_lifetime
        self._settings_fields = settings_fields
        self._order_fields = order_fields
        self._protocol_fields = protocol_fields
        self._seed = seed
        self._first_token_lifetime = token_lifetime
        self._partner_name = partner_name
        self._first_discount = discount
        self._lock = threading.RLock()
        self._rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self._sequence = 0
        self._catalogue = build_catalogue(seed, catalogue_size)
        self._products = {p.id: p for p in self._catalogue}
        self._orders: dict[str, tuple[int, JSON]] = {}
        self._protocols: dict[str, tuple[int, JSON]] = {}
        self._tokens: dict[str, float] = {}
        self._webhook_secret: str | None = None
        self._cursor_key = hashlib.sha256(f"cursor-{seed}".encode()).digest()
        self._settings: JSON = self._first_settings()

    def _first_settings(self) -> JSON:
        created = timestamp_text(self.clock.now())
        discount = self._first_discount
        return {
            "id": self._new_id(23),
            "name": self._partner_name,
            "description": "Telehealth partner (local fake)",
            "discount": f"{round(discount * 100, 2):g}%",
            "discountValue": discount,
            "createdAt": created,
            "updatedAt": created,
        }

    def reset(self) -> None:
        """Back to the state this backend started in; issued access tokens stay valid.

        The random generator starts over from the seed, so ids repeat those of a new backend.
        """
        with self._lock:
            self._rng = random.Random(self._seed)  # noqa: S311 - reproducible test data
            self._sequence = 0
            self._orders.clear()
            self._protocols.clear()
            self._webhook_secret = None
            self.token_lifetime = self._first_token_lifetime
            self._settings = self._first_settings()

    # --------------------------------------------------------------------------- helpers
    def _new_id(self, length: int = 27) -> str:
        with self._lock:
            return "".join(self._rng.choice(_ID_ALPHABET) for _ in range(length))

    def _next_sequence(self) -> int:
        self._sequence += 1
        return self._sequence

    def _now(self) -> str:
        return timestamp_text(self.clock.now())

    @property
    def discount(self) -> float:
        value: float = self._settings["discountValue"]
        return value

    # ---------------------------------------------------------------------------- tokens
    def issue_token(self, client_id: str | None, client_secret: str | None) -> JSON:
        """An access token for the configured client, or :class:`Problem` 401 invalid_client."""
        if client_id != self.client_id or not secrets.compare_digest(
            (client_secret or "").encode(), self._client_secret.encode()
        ):
            raise Problem(401, "invalid_client", "Client authentication failed")
        token = "fjt_" + secrets.token_urlsafe(24)
        with self._lock:
            self._tokens[token] = self.clock.timestamp() + self.token_lifetime
        return {"access_token": token, "expires_in": self.token_lifetime, "token_type": "Bearer"}

    def check_token(self, token: str | None) -> None:
        """Raise :class:`Problem` 401 unless ``token`` was issued here and has not expired."""
        with self._lock:
            expiry = self._tokens.get(token or "")
        if expiry is None:
            raise Problem(401, "invalid_client", "The access token is missing or invalid")
        if self.clock.timestamp() >= expiry:
            raise Problem(401, "invalid_client", "The access token has expired")

    def expire_tokens(self) -> None:
        with self._lock:
            self._tokens.clear()

    # -------------------------------------------------------------------------- products
    def _product_body(self, product: CatalogueProduct) -> JSON:
        return {**product.body, "price": partner_price(product.list_price, self.discount)}

    def get_product(self, product_id: int) -> JSON:
        product = self._products.get(product_id)
        if product is None:
            raise not_found("Product", product_id)
        return self._product_body(product)

    def list_products(
        self,
        *,
        limit: int,
        cursor: str | None,
        direction: str,
        status: str | None = None,
        updated_after: dt.date | None = None,
        updated_before: dt.date | None = None,
        search: str | None = None,
    ) -> JSON:
        terms = (search or "").lower().split()
        chosen = [
            (product.id, product)
            for product in self._catalogue
            if (status is None or product.status == status)
            and (updated_after is None or product.updated >= updated_after)
            and (updated_before is None or product.updated <= updated_before)
            and all(term in product.search_text for term in terms)
        ]
        filters = {
            "status": status,
            "updatedAfter": str(updated_after) if updated_after else None,
            "updatedBefore": str(updated_before) if updated_before else None,
            "search": search,
        }
        page, next_cursor = self._page("products", chosen, filters, limit, cursor, direction)
        return {"products": [self._product_body(p) for p in page], "cursor": next_cursor}

    def list_shipping_methods(self) -> list[JSON]:
        return [dict(method) for method in SHIPPING_METHODS]

    # ------------------------------------------------------------------------ pagination
    def _page(
        self,
        kind: str,
        items: list[tuple[int, T]],
        filters: Mapping[str, Any],
        limit: int,
        cursor: str | None,
        direction: str,
    ) -> tuple[list[T], str | None]:
        """One page of ``items`` (sorted by key) and the cursor to continue in ``direction``.

        A cursor names the first and last key of the page it came with, the list it belongs to
        and its filters; ``next`` continues after the last key, ``previous`` ends before the
        first. It stays valid while items are added or removed. ``null`` means there is nothing
        further in the direction the page was fetched.
        """
        fingerprint = self._fingerprint(kind, filters)
        if cursor is None:
            start = 0
        else:
            first, last = self._decode_cursor(cursor, fingerprint)
            if direction == "previous":
                end = sum(1 for key, _ in items if key < first)
                start = max(0, end - limit)
                page = items[start:end]
                more = start > 0
                return [item for _, item in page], self._cursor_for(page, fingerprint, more)
            start = sum(1 for key, _ in items if key <= last)
        page = items[start : start + limit]
        more = start + limit < len(items)
        return [item for _, item in page], self._cursor_for(page, fingerprint, more)

    def _fingerprint(self, kind: str, filters: Mapping[str, Any]) -> str:
        text = json.dumps([kind, sorted(filters.items())], default=str)
        return hashlib.sha256(self._cursor_key + text.encode()).hexdigest()[:16]

    def _cursor_for(self, page: list[tuple[int, Any]], fingerprint: str, more: bool) -> str | None:
        if not page or not more:
            return None
        raw = json.dumps([fingerprint, page[0][0], page[-1][0]], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    def _decode_cursor(self, cursor: str, fingerprint: str) -> tuple[int, int]:
        try:
            raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
            found, first, last = json.loads(raw)
            if not (isinstance(first, int) and isinstance(last, int)):
                raise TypeError(cursor)
        except (binascii.Error, ValueError, TypeError):
            raise Problem(
                400,
                "bad_request",
                "cursor is not one this list returned",
                [issue(["query", "cursor"], "invalid", "Unknown cursor")],
            ) from None
        if found != fingerprint:
            raise Problem(
                400,
                "bad_request",
                "cursor belongs to a list with other filters",
                [issue(["query", "cursor"], "invalid", "Cursor does not match these filters")],
            )
        return first, last

    # ---------------------------------------------------------------------- order rules
    def _check_line_items(self, body: JSON) -> list[JSON]:
        """Apply the catalogue rules to ``lineItems``; return them with prices, or raise 422."""
        problems: list[JSON] = []
        priced: list[JSON] = []
        for index, item in enumerate(body["lineItems"]):
            where: list[str | int] = ["body", "lineItems", index]
            product = self._products.get(item["productId"])
            if product is None:
                problems.append(issue([*where, "productId"], "invalid", "No product has this id"))
                continue
            if product.status in {"DISCONTINUED", "DRAFT"}:
                problems.append(
                    issue(
                        [*where, "productId"],
                        "invalid",
                        f"The product is {product.status} and cannot be ordered",
                    )
                )
            # An empty description names no pack: as good as none.
            if not product.external and not item.get("packDescription"):
                problems.append(
                    issue(
                        [*where, "packDescription"],
                        "missing",
                        "packDescription is required for pack items",
                    )
                )
            schedule = item.get("administration")
            # Only the four times of day count: the schema lets a schedule carry other fields.
            if schedule is not None and _units(schedule) != item["quantity"]:
                problems.append(
                    issue(
                        [*where, "administration"],
                        "invalid",
                        "morning + afternoon + evening + sleep must equal quantity",
                    )
                )
            priced.append(
                {
                    **item,
                    "price": list_price_text(product.list_price),
                    "discountedPrice": partner_price(product.list_price, self.discount),
                }
            )
        if problems:
            raise Problem(422, "validation_error", "The request breaks a business rule", problems)
        return priced

    def _template(self, body: JSON, fields: frozenset[str]) -> JSON:
        """The CreateOrderRequest fields of ``body`` in a fresh dict (defaults filled in), and
        every other field of ``body`` that the answer declares (``fields``)."""
        template = {
            "customer": copy.deepcopy(body["customer"]),
            "daysSupply": body["daysSupply"],
            "orderType": body.get("orderType", "ONE_TIME"),
            "shippingMethod": body.get("shippingMethod", "STANDARD"),
        }
        for name, value in body.items():
            if name in fields and name not in template and name not in _SERVER_FIELDS:
                template[name] = copy.deepcopy(value)
        return template

    # ---------------------------------------------------------------------------- orders
    def create_order(self, body: JSON) -> JSON:
        with self._lock:
            line_items = self._check_line_items(body)
            now = self._now()
            order = {
                "id": self._new_id(),
                "status": "NEW",
                **self._template(body, self._order_fields),
                "discount": self._settings["discount"],
                "lineItems": line_items,
                "createdAt": now,
                "updatedAt": now,
            }
            self._orders[order["id"]] = (self._next_sequence(), order)
            return order

    def get_order(self, order_id: str) -> JSON:
        with self._lock:
            entry = self._orders.get(order_id)
        if entry is None:
            raise not_found("Order", order_id)
        return entry[1]

    def list_orders(
        self, *, limit: int, cursor: str | None, direction: str, status: str | None = None
    ) -> JSON:
        """Oldest first, in creation order: one order the API allows, as it documents none.

        Clients must not rely on it; ``juniper_fulfillment.reconcile`` reads the whole listing.
        """
        with self._lock:
            chosen = [
                entry
                for entry in self._orders.values()
                if status is None or entry[1]["status"] == status
            ]
        chosen.sort(key=lambda entry: entry[0])
        page, next_cursor = self._page(
            "orders", chosen, {"status": status}, limit, cursor, direction
        )
        return {"orders": page, "cursor": next_cursor}

    def cancel_order(self, order_id: str) -> tuple[JSON, StatusChange]:
        with self._lock:
            order = self.get_order(order_id)
            if order["status"] != "NEW":
                raise Problem(
                    409,
                    "conflict",
                    f"Only orders in NEW status can be cancelled; this one is {order['status']}",
                )
            cancelled = {**order, "status": "CANCELLED", "updatedAt": self._now()}
            self._replace_order(cancelled)
            return cancelled, self._change(cancelled)

    def _replace_order(self, order: JSON) -> None:
        sequence, _ = self._orders[order["id"]]
        self._orders[order["id"]] = (sequence, order)

    def _change(self, order: JSON) -> StatusChange:
        webhook_order: JSON = {"orderId": order["id"], "status": order["status"]}
        if "fulfillmentInfo" in order:
            webhook_order["fulfillmentInfo"] = order["fulfillmentInfo"]
        webhook_order["createdAt"] = order["createdAt"]
        webhook_order["updatedAt"] = order["updatedAt"]
        return StatusChange(order["id"], order["status"], {"order": webhook_order})

    def advance_order(self, order_id: str, to: str | None) -> tuple[JSON, list[StatusChange]]:
        """Move an order along the lifecycle, one status at a time, up to ``to``.

        ``to=None`` moves one step. Each step is one status change (and one webhook).

        Raises:
            KeyError: no order has this id.
            ValueError: ``to`` is not a lifecycle status, or not ahead of the current one.
        """
        if to is not None and to not in LIFECYCLE:
            raise ValueError(f"to must be one of {', '.join(LIFECYCLE)}, not {to!r}")
        with self._lock:
            entry = self._orders.get(order_id)
            if entry is None:
                raise KeyError(f"no order has id {order_id!r}")
            order = entry[1]
            current = order["status"]
            if current not in LIFECYCLE or current == LIFECYCLE[-1]:
                raise ValueError(f"order {order_id} is {current} and cannot move further")
            here = LIFECYCLE.index(current)
            target = here + 1 if to is None else LIFECYCLE.index(to)
            if target <= here:
                raise ValueError(f"order {order_id} is already {current}; {to} is not ahead")
            changes = []
            for status in LIFECYCLE[here + 1 : target + 1]:
                order = self._step(order, status)
                self._replace_order(order)
                changes.append(self._change(order))
            return order, changes

    def _step(self, order: JSON, status: str) -> JSON:
        moment = self.clock.now()
        now = timestamp_text(moment)
        updated: JSON = {**order, "status": status, "updatedAt": now}
        info: JSON | None = copy.deepcopy(order.get("fulfillmentInfo"))
        city = f"{order['customer']['address']['city']}, {order['customer']['address']['state']}"
        if status == "AWAITING_SHIPMENT":
            carrier = _CARRIERS.get(order.get("shippingMethod", "STANDARD"), "UPS")
            number = self._tracking_number(carrier)
            info = {
                "carrier": carrier,
                "trackingNumber": number,
                "trackingStatus": "InfoReceived",
                "trackingUrl": _TRACKING_URLS[carrier].format(number),
                "checkpoints": [
                    _checkpoint(now, "Reno, NV", "Shipping label created", "InfoReceived")
                ],
            }
        elif status == "SHIPPED" and info is not None:
            info["trackingStatus"] = "InTransit"
            info["checkpoints"].append(
                _checkpoint(now, "Reno, NV", "Departed from facility", "InTransit")
            )
        elif status == "FULFILLED" and info is not None:
            info["trackingStatus"] = "Delivered"
            info["checkpoints"].append(_checkpoint(now, city, "Delivered", "Delivered"))
        if info is not None:
            updated["fulfillmentInfo"] = info
        return updated

    def _tracking_number(self, carrier: str) -> str:
        digits = "".join(self._rng.choice(string.digits) for _ in range(16))
        return f"1Z{digits}" if carrier == "UPS" else f"94{digits}{digits[:4]}"

    # ------------------------------------------------------------------------- protocols
    def create_protocol(self, body: JSON) -> JSON:
        with self._lock:
            self._check_line_items(body)
            now = self._now()
            protocol = {
                "id": self._new_id(),
                **self._template(body, self._protocol_fields),
                "lineItems": copy.deepcopy(body["lineItems"]),
                "createdAt": now,
                "updatedAt": now,
            }
            self._protocols[protocol["id"]] = (self._next_sequence(), protocol)
            return protocol

    def get_protocol(self, protocol_id: str) -> JSON:
        with self._lock:
            entry = self._protocols.get(protocol_id)
        if entry is None:
            raise not_found("Protocol", protocol_id)
        return entry[1]

    def update_protocol(self, protocol_id: str, body: JSON) -> JSON:
        with self._lock:
            old = self.get_protocol(protocol_id)
            self._check_line_items(body)
            protocol = {
                "id": protocol_id,
                **self._template(body, self._protocol_fields),
                "lineItems": copy.deepcopy(body["lineItems"]),
                "createdAt": old["createdAt"],
                "updatedAt": self._now(),
            }
            sequence, _ = self._protocols[protocol_id]
            self._protocols[protocol_id] = (sequence, protocol)
            return protocol

    def delete_protocol(self, protocol_id: str) -> None:
        with self._lock:
            if self._protocols.pop(protocol_id, None) is None:
                raise not_found("Protocol", protocol_id)

    def list_protocols(
        self, *, limit: int, cursor: str | None, direction: str, search: str | None = None
    ) -> JSON:
        terms = (search or "").lower().split()
        with self._lock:
            chosen = [
                entry
                for entry in self._protocols.values()
                if all(term in _customer_name(entry[1]) for term in terms)
            ]
        chosen.sort(key=lambda entry: entry[0])
        page, next_cursor = self._page(
            "protocols", chosen, {"search": search}, limit, cursor, direction
        )
        return {"protocols": page, "cursor": next_cursor}

    # -------------------------------------------------------------------------- settings
    def get_settings(self) -> JSON:
        with self._lock:
            return self._settings

    def update_settings(self, patch: JSON) -> JSON:
        problems = [
            issue(["body", name], "invalid", f"{name} cannot be changed")
            for name in patch
            if name not in self._settings_fields
        ]
        url = patch.get("webhookUrl")
        if isinstance(url, str) and not url.startswith(("http://", "https://")):
            problems.append(
                issue(["body", "webhookUrl"], "invalid", "webhookUrl must be an http(s) URL")
            )
        if problems:
            raise Problem(
                422, "validation_error", "The settings update cannot be applied", problems
            )
        with self._lock:
            self._settings = {**self._settings, **patch, "updatedAt": self._now()}
            if self._settings.get("webhookUrl") and self._webhook_secret is None:
                self._webhook_secret = secrets.token_hex(32)
            return self._settings

    def set_webhook(self, url: str, secret: str | None = None) -> str:
        """Set the webhook URL as ``updatePartnerSettings`` does; ``secret`` replaces the one it
        creates (to keep a start-up secret across :meth:`reset`). Returns the secret now."""
        with self._lock:
            self.update_settings({"webhookUrl": url})
            if secret is not None:
                self._webhook_secret = secret
            assert self._webhook_secret is not None
            return self._webhook_secret

    def webhook_target(self) -> tuple[str | None, str | None]:
        """The webhook URL and the secret that signs deliveries to it right now."""
        with self._lock:
            return self._settings.get("webhookUrl"), self._webhook_secret

    def get_webhook_secret(self) -> JSON:
        with self._lock:
            if not self._settings.get("webhookUrl") or self._webhook_secret is None:
                raise _no_webhook_url()
            return {"webhookSecret": self._webhook_secret}

    def rotate_webhook_secret(self) -> JSON:
        with self._lock:
            if not self._settings.get("webhookUrl"):
                raise _no_webhook_url()
            self._webhook_secret = secrets.token_hex(32)
            return {"webhookSecret": self._webhook_secret}

    # --------------------------------------------------------------------------- reading
    def snapshot_orders(self) -> list[JSON]:
        with self._lock:
            entries = sorted(self._orders.values(), key=lambda entry: entry[0])
        return [copy.deepcopy(order) for _, order in entries]


def _units(schedule: JSON) -> int | float:
    total: int | float = 0
    for name in ADMINISTRATION_TIMES:
        total += schedule[name]
    return total


def _checkpoint(moment: str, location: str, message: str, tag: str) -> JSON:
    return {"checkpointTime": moment, "location": location, "message": message, "tag": tag}


def _customer_name(protocol: JSON) -> str:
    customer = protocol["customer"]
    return f"{customer['firstName']} {customer['lastName']}".lower()


def _no_webhook_url() -> Problem:
    return Problem(
        404,
        "not_found",
        "Webhook URL is not configured",
        [issue(["body", "webhookUrl"], "missing", "Field required")],
    )
