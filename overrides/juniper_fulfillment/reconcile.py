"""Reconciliation after an ambiguous create: did the ``createOrder`` whose answer was lost create
an order?

The API has no idempotency key, so the client never sends a ``POST`` again once it may have
reached the server. The error then says so (``may_have_been_processed``) and keeps when the
request was sent (``sent_at``); :func:`find_created_orders` (or :func:`afind_created_orders`)
looks for the orders that request may have created before you decide to send it again::

    from juniper_fulfillment import APIConnectionError, InternalServerError
    from juniper_fulfillment.reconcile import find_created_orders

    try:
        order = client.orders.create_order(body=request)
    except (APIConnectionError, InternalServerError) as error:
        if not error.may_have_been_processed or error.sent_at is None:
            raise  # it surely never reached the server: sending it again is safe
        found = find_created_orders(client, request, since=error.sent_at)
        ...  # one order: it was created; none: send it again; several: look closer

How far the scan goes: ``listOrders`` documents ``limit`` (at most 100), an opaque ``cursor`` and
``direction`` (``next`` or ``previous``, relative to a cursor), and a ``status`` filter, but no
filter by date or customer and no order of the results. Nothing guarantees that the pages go from
newest to oldest (the local fake lists oldest first, in creation order), so no page can tell the
scan that the rest is older than ``since``: the scan follows the cursors to the end of the listing,
100 orders a page, and checks every order. It reads at most ``max_pages`` pages; a listing longer
than that raises :class:`IncompleteScanError` rather than answer "nothing found" from part of it,
which would invite a duplicate order.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Final

from juniper_fulfillment_client.api.orders import list_orders
from juniper_fulfillment_client.models.create_order_request import CreateOrderRequest
from juniper_fulfillment_client.models.order import Order
from juniper_fulfillment_client.types import Unset

from ._pagination import AsyncCursorPage, SyncCursorPage
from ._resource import request_body
from .errors import JuniperError

if TYPE_CHECKING:
    from ._client import AsyncJuniperClient, JuniperClient

__all__ = [
    "CLOCK_SKEW",
    "DEFAULT_MAX_PAGES",
    "IncompleteScanError",
    "afind_created_orders",
    "find_created_orders",
]

CLOCK_SKEW: Final = timedelta(minutes=2)
"""How much earlier than ``since`` an order's ``createdAt`` may be and still count.

``sent_at`` is read from this machine's clock and ``createdAt`` from the server's, which the API
gives to the second; two minutes covers clocks that drift apart between synchronisations.
"""

DEFAULT_MAX_PAGES: Final = 100
"""The most pages of 100 orders a scan reads by default (10,000 orders)."""

_PAGE_SIZE: Final = 100  # listOrders' largest `limit`


class IncompleteScanError(JuniperError):
    """The listing has more pages than ``max_pages``: the scan stopped before its end.

    ``found`` holds the matching orders of the pages read. The rest of the listing was not seen,
    so an empty ``found`` does not mean that the order was not created: scan again with a larger
    ``max_pages`` (or ``None``) before sending the request again.
    """

    def __init__(self, message: str, *, found: list[Order], pages: int) -> None:
        super().__init__(message)
        self.found = found
        self.pages = pages


class _Wanted:
    """What a created order has in common with its request, whatever happened to it since."""

    __slots__ = ("items", "not_before", "shipping_method", "source_id")

    def __init__(
        self, body: CreateOrderRequest | Mapping[str, Any], since: datetime, clock_skew: timedelta
    ) -> None:
        if not isinstance(since, datetime) or since.utcoffset() is None:
            raise ValueError(
                "since must be a timezone-aware datetime, such as the error's sent_at "
                f"(got {since!r})"
            )
        if clock_skew < timedelta(0):
            raise ValueError(f"clock_skew must not be negative (got {clock_skew!r})")
        request = request_body(CreateOrderRequest, body, "find_created_orders")
        self.source_id = request.customer.source_id
        self.items = Counter((item.product_id, item.quantity) for item in request.line_items)
        self.shipping_method = request.shipping_method
        self.not_before = since - clock_skew

    def matches(self, order: Order) -> bool:
        """Whether ``order`` may have been created by the request.

        A field the listing leaves out rules nothing out: showing one order too many is better
        than hiding the one that was created.
        """
        created = order.created_at
        if not isinstance(created, Unset):
            if created.utcoffset() is None:
                created = created.replace(tzinfo=UTC)
            if created < self.not_before:
                return False
        customer = order.customer
        if not isinstance(customer, Unset) and customer.source_id != self.source_id:
            return False
        # The server picks the method of a request without one: any method matches it then.
        wanted_method, method = self.shipping_method, order.shipping_method
        if not (
            isinstance(wanted_method, Unset) or isinstance(method, Unset) or method == wanted_method
        ):
            return False
        items = order.line_items
        if isinstance(items, Unset):
            return True
        return Counter((item.product_id, item.quantity) for item in items) == self.items


def _too_long(pages: int, found: list[Order]) -> IncompleteScanError:
    return IncompleteScanError(
        f"find_created_orders: listOrders has more than {pages} pages of {_PAGE_SIZE} orders; "
        f"stopped there with {len(found)} matching order(s). The rest was not scanned: pass a "
        "larger max_pages (or None) before concluding that the order was not created",
        found=found,
        pages=pages,
    )


def _check_max_pages(max_pages: int | None) -> None:
    if max_pages is not None and (
        not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1
    ):
        raise ValueError(f"max_pages must be a positive int or None (got {max_pages!r})")


def find_created_orders(
    client: JuniperClient,
    body: CreateOrderRequest | Mapping[str, Any],
    *,
    since: datetime,
    clock_skew: timedelta = CLOCK_SKEW,
    max_pages: int | None = DEFAULT_MAX_PAGES,
) -> list[Order]:
    """The orders the ``createOrder`` request ``body`` may have created at ``since`` or later.

    An order matches when it was created at or after ``since - clock_skew`` and has the
    request's customer ``sourceId``, the same line items (product and quantity, in any order)
    and the request's shipping method (any, when the request names none), whatever its status
    now: ``CANCELLED`` and ``SHIPPED`` orders are found too. A field the server leaves out of an
    order never rules it out. The whole listing is scanned (see the module's documentation for
    why), 100 orders a page, with the client's own retries and errors.

    Args:
        client: the client the request was sent with (the same partner account).
        body: the request: the ``CreateOrderRequest``, or the mapping in the API's JSON shape
            (camelCase keys) that was passed to ``create_order``.
        since: when the request was sent, timezone-aware: the error's ``sent_at``.
        clock_skew: how much earlier than ``since`` an order may have been stamped by the
            server's clock (default :data:`CLOCK_SKEW`).
        max_pages: the most pages to read; ``None`` reads the whole listing however long.

    Returns:
        The matching orders, in the listing's order; usually none or one. Several mean that the
        same customer got the same items more than once since ``since``: look at them before
        acting.

    Raises:
        IncompleteScanError: the listing is longer than ``max_pages`` pages.
        RequestValidationError: ``body`` is a mapping that is not a valid ``CreateOrderRequest``.
        ValueError: ``since`` is naive, ``clock_skew`` negative or ``max_pages`` not positive.
        JuniperError: listing the orders failed (``APIConnectionError``, ``APIStatusError``...).
    """
    wanted = _Wanted(body, since, clock_skew)
    _check_max_pages(max_pages)
    found: dict[str, Order] = {}
    page = SyncCursorPage[Order].first(list_orders, client, {"limit": _PAGE_SIZE})
    pages = 1
    while True:
        # The same order on two pages (the listing moved while it was read) is one order.
        found.update((order.id, order) for order in page.items if wanted.matches(order))
        if not page.has_next_page():
            return list(found.values())
        if max_pages is not None and pages >= max_pages:
            raise _too_long(pages, list(found.values()))
        page = page.next_page()
        pages += 1


async def afind_created_orders(
    client: AsyncJuniperClient | JuniperClient,
    body: CreateOrderRequest | Mapping[str, Any],
    *,
    since: datetime,
    clock_skew: timedelta = CLOCK_SKEW,
    max_pages: int | None = DEFAULT_MAX_PAGES,
) -> list[Order]:
    """The ``await`` twin of :func:`find_created_orders`, for an ``AsyncJuniperClient``."""
    wanted = _Wanted(body, since, clock_skew)
    _check_max_pages(max_pages)
    found: dict[str, Order] = {}
    page = await AsyncCursorPage[Order].first(list_orders, client, {"limit": _PAGE_SIZE})
    pages = 1
    while True:
        found.update((order.id, order) for order in page.items if wanted.matches(order))
        if not page.has_next_page():
            return list(found.values())
        if max_pages is not None and pages >= max_pages:
            raise _too_long(pages, list(found.values()))
        page = await page.next_page()
        pages += 1
