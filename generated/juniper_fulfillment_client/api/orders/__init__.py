"""The orders operations: one module per operation, and the resource classes
that JuniperClient / AsyncJuniperClient expose as ``client.orders``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import httpx
from juniper_fulfillment._client import BaseJuniperClient
from juniper_fulfillment._hooks import Hooks
from juniper_fulfillment._pagination import AsyncCursorPage, SyncCursorPage
from juniper_fulfillment._resource import (
    NOT_GIVEN,
    NotGiven,
    call_client,
    raw_success,
    request_body,
)

from ...models.create_order_request import CreateOrderRequest
from ...models.error import Error
from ...models.order import Order
from ...models.order_list import OrderList
from ...models.order_status import OrderStatus
from ...models.page_direction import PageDirection
from ...types import UNSET, Response, Unset
from . import cancel_order as _cancel_order
from . import create_order as _create_order
from . import get_order_by_id as _get_order_by_id
from . import list_orders as _list_orders


class OrdersResource:
    """The orders operations of a JuniperClient.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_orders(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: OrderStatus | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorPage[Order]:
        """List orders

         Returns the partner's orders one page at a time, optionally filtered by status.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (OrderStatus | Unset): Where an order is in fulfillment. Only `NEW` orders can be
                cancelled. The server may add
                statuses; clients must accept values not listed here.
                 Example: NEW.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            SyncCursorPage[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return SyncCursorPage.first(
            _list_orders,
            client,
            {
                "limit": limit,
                "cursor": cursor,
                "direction": direction,
                "status": status,
            },
        )

    def create_order(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Order:
        """Create a new order

         Places an order for a customer with one or more line items. The API has no idempotency
        key: a request that may have reached the server must not be sent again blindly, or the
        customer may receive the goods twice.

        Args:
            body (CreateOrderRequest): An order to place, or the content of a protocol.
            extra_body (Mapping[str, object] | None): fields the API description does not
                declare yet, added to the top level of the JSON body exactly as given, without
                any check. A key the body already has raises ValueError.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Order
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _create_order.sync(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_order"),
            extra_body=extra_body,
        )

    def get_order_by_id(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Order:
        """Get an order

         Returns one order with its line items and, once shipped, its tracking details.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Order
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _get_order_by_id.sync(
            order_id,
            client=client,
        )

    def cancel_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Order:
        """Cancel an order

         Cancels an order that has not entered processing yet. Only an order whose status is
        `NEW` can be cancelled; any other status is answered with 409.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Order
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _cancel_order.sync(
            order_id,
            client=client,
        )


class AsyncOrdersResource:
    """The orders operations of an AsyncJuniperClient, as coroutines.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_orders(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: OrderStatus | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> AsyncCursorPage[Order]:
        """List orders

         Returns the partner's orders one page at a time, optionally filtered by status.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (OrderStatus | Unset): Where an order is in fulfillment. Only `NEW` orders can be
                cancelled. The server may add
                statuses; clients must accept values not listed here.
                 Example: NEW.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            AsyncCursorPage[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await AsyncCursorPage.first(
            _list_orders,
            client,
            {
                "limit": limit,
                "cursor": cursor,
                "direction": direction,
                "status": status,
            },
        )

    async def create_order(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Order:
        """Create a new order

         Places an order for a customer with one or more line items. The API has no idempotency
        key: a request that may have reached the server must not be sent again blindly, or the
        customer may receive the goods twice.

        Args:
            body (CreateOrderRequest): An order to place, or the content of a protocol.
            extra_body (Mapping[str, object] | None): fields the API description does not
                declare yet, added to the top level of the JSON body exactly as given, without
                any check. A key the body already has raises ValueError.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Order
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _create_order.asyncio(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_order"),
            extra_body=extra_body,
        )

    async def get_order_by_id(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Order:
        """Get an order

         Returns one order with its line items and, once shipped, its tracking details.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Order
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _get_order_by_id.asyncio(
            order_id,
            client=client,
        )

    async def cancel_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Order:
        """Cancel an order

         Cancels an order that has not entered processing yet. Only an order whose status is
        `NEW` can be cancelled; any other status is answered with 409.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Order
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _cancel_order.asyncio(
            order_id,
            client=client,
        )


class OrdersResourceWithRawResponse:
    """The orders operations returning the whole response: status, headers and parsed body.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_orders(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: OrderStatus | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[OrderList]:
        """List orders

         Returns the partner's orders one page at a time, optionally filtered by status.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (OrderStatus | Unset): Where an order is in fulfillment. Only `NEW` orders can be
                cancelled. The server may add
                statuses; clients must accept values not listed here.
                 Example: NEW.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[OrderList]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _list_orders.sync_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            direction=direction,
            status=status,
        )
        return cast("Response[OrderList]", raw_success(response, none_is_success=False))

    def create_order(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Order]:
        """Create a new order

         Places an order for a customer with one or more line items. The API has no idempotency
        key: a request that may have reached the server must not be sent again blindly, or the
        customer may receive the goods twice.

        Args:
            body (CreateOrderRequest): An order to place, or the content of a protocol.
            extra_body (Mapping[str, object] | None): fields the API description does not
                declare yet, added to the top level of the JSON body exactly as given, without
                any check. A key the body already has raises ValueError.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _create_order.sync_detailed(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_order"),
            extra_body=extra_body,
        )
        return cast("Response[Order]", raw_success(response, none_is_success=False))

    def get_order_by_id(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Order]:
        """Get an order

         Returns one order with its line items and, once shipped, its tracking details.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _get_order_by_id.sync_detailed(
            order_id,
            client=client,
        )
        return cast("Response[Order]", raw_success(response, none_is_success=False))

    def cancel_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Order]:
        """Cancel an order

         Cancels an order that has not entered processing yet. Only an order whose status is
        `NEW` can be cancelled; any other status is answered with 409.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _cancel_order.sync_detailed(
            order_id,
            client=client,
        )
        return cast("Response[Order]", raw_success(response, none_is_success=False))


class AsyncOrdersResourceWithRawResponse:
    """The orders operations of an AsyncJuniperClient returning the whole response.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_orders(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: OrderStatus | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[OrderList]:
        """List orders

         Returns the partner's orders one page at a time, optionally filtered by status.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (OrderStatus | Unset): Where an order is in fulfillment. Only `NEW` orders can be
                cancelled. The server may add
                statuses; clients must accept values not listed here.
                 Example: NEW.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[OrderList]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _list_orders.asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            direction=direction,
            status=status,
        )
        return cast("Response[OrderList]", raw_success(response, none_is_success=False))

    async def create_order(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Order]:
        """Create a new order

         Places an order for a customer with one or more line items. The API has no idempotency
        key: a request that may have reached the server must not be sent again blindly, or the
        customer may receive the goods twice.

        Args:
            body (CreateOrderRequest): An order to place, or the content of a protocol.
            extra_body (Mapping[str, object] | None): fields the API description does not
                declare yet, added to the top level of the JSON body exactly as given, without
                any check. A key the body already has raises ValueError.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _create_order.asyncio_detailed(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_order"),
            extra_body=extra_body,
        )
        return cast("Response[Order]", raw_success(response, none_is_success=False))

    async def get_order_by_id(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Order]:
        """Get an order

         Returns one order with its line items and, once shipped, its tracking details.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _get_order_by_id.asyncio_detailed(
            order_id,
            client=client,
        )
        return cast("Response[Order]", raw_success(response, none_is_success=False))

    async def cancel_order(
        self,
        order_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Order]:
        """Cancel an order

         Cancels an order that has not entered processing yet. Only an order whose status is
        `NEW` can be cancelled; any other status is answered with 409.

        Args:
            order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.
            timeout (float | httpx.Timeout | None): this call's timeout in seconds, instead of the
                client's.
            extra_headers (Mapping[str, str] | None): headers sent with this call only.
            max_retries (int | None): this call's retry budget, instead of the client's.
            deadline (float | None): seconds this whole call may take, attempts and waits together,
                instead of the client's deadline (None: no deadline).
            hooks (juniper_fulfillment.Hooks | None): this call's hooks, instead of the client's.

        Raises:
            juniper_fulfillment.APIStatusError: the server answered outside 2xx, after any retries; a
                subclass names the status (BadRequestError, AuthenticationError, NotFoundError,
                ConflictError, RateLimitError, InternalServerError, ...).
            juniper_fulfillment.APIConnectionError: no answer was received (APITimeoutError when the
                timeout or the deadline ran out).
            juniper_fulfillment.ResponseValidationError: a success body does not match the API
                description.
            juniper_fulfillment.UnexpectedStatus: a 2xx or 3xx status the API does not document.
            juniper_fulfillment.ClientClosedError: the client was closed; nothing was sent.

        Returns:
            Response[Order]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _cancel_order.asyncio_detailed(
            order_id,
            client=client,
        )
        return cast("Response[Order]", raw_success(response, none_is_success=False))
