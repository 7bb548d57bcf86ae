"""The protocols operations: one module per operation, and the resource classes
that JuniperClient / AsyncJuniperClient expose as ``client.protocols``."""

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
from ...models.page_direction import PageDirection
from ...models.protocol import Protocol
from ...models.protocol_list import ProtocolList
from ...types import UNSET, Response, Unset
from . import create_protocol as _create_protocol
from . import delete_protocol as _delete_protocol
from . import get_protocol_by_id as _get_protocol_by_id
from . import list_protocols as _list_protocols
from . import update_protocol as _update_protocol


class ProtocolsResource:
    """The protocols operations of a JuniperClient.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_protocols(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorPage[Protocol]:
        """List protocols

         Returns the partner's protocols one page at a time, optionally searched by customer name.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            search (str | Unset):  Example: John Doe.
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
            SyncCursorPage[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return SyncCursorPage.first(
            _list_protocols,
            client,
            {
                "limit": limit,
                "cursor": cursor,
                "direction": direction,
                "search": search,
            },
        )

    def create_protocol(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Protocol:
        """Create a new protocol

         Saves a reusable order template (customer, line items, shipping preferences) from which
        orders can be placed quickly later.

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
            Protocol
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _create_protocol.sync(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_protocol"),
            extra_body=extra_body,
        )

    def get_protocol_by_id(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Protocol:
        """Get a protocol

         Returns one protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Protocol
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _get_protocol_by_id.sync(
            protocol_id,
            client=client,
        )

    def update_protocol(
        self,
        protocol_id: str,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Protocol:
        """Update a protocol

         Replaces the customer, line items or shipping preferences of a protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Protocol
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _update_protocol.sync(
            protocol_id,
            client=client,
            body=request_body(CreateOrderRequest, body, "update_protocol"),
            extra_body=extra_body,
        )

    def delete_protocol(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a protocol

         Deletes a protocol. Orders already placed from it are not affected.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            None
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _delete_protocol.sync(
            protocol_id,
            client=client,
        )


class AsyncProtocolsResource:
    """The protocols operations of an AsyncJuniperClient, as coroutines.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_protocols(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> AsyncCursorPage[Protocol]:
        """List protocols

         Returns the partner's protocols one page at a time, optionally searched by customer name.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            search (str | Unset):  Example: John Doe.
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
            AsyncCursorPage[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await AsyncCursorPage.first(
            _list_protocols,
            client,
            {
                "limit": limit,
                "cursor": cursor,
                "direction": direction,
                "search": search,
            },
        )

    async def create_protocol(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Protocol:
        """Create a new protocol

         Saves a reusable order template (customer, line items, shipping preferences) from which
        orders can be placed quickly later.

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
            Protocol
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _create_protocol.asyncio(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_protocol"),
            extra_body=extra_body,
        )

    async def get_protocol_by_id(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Protocol:
        """Get a protocol

         Returns one protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Protocol
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _get_protocol_by_id.asyncio(
            protocol_id,
            client=client,
        )

    async def update_protocol(
        self,
        protocol_id: str,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Protocol:
        """Update a protocol

         Replaces the customer, line items or shipping preferences of a protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Protocol
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _update_protocol.asyncio(
            protocol_id,
            client=client,
            body=request_body(CreateOrderRequest, body, "update_protocol"),
            extra_body=extra_body,
        )

    async def delete_protocol(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> None:
        """Delete a protocol

         Deletes a protocol. Orders already placed from it are not affected.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            None
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _delete_protocol.asyncio(
            protocol_id,
            client=client,
        )


class ProtocolsResourceWithRawResponse:
    """The protocols operations returning the whole response: status, headers and parsed body.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_protocols(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[ProtocolList]:
        """List protocols

         Returns the partner's protocols one page at a time, optionally searched by customer name.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            search (str | Unset):  Example: John Doe.
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
            Response[ProtocolList]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _list_protocols.sync_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            direction=direction,
            search=search,
        )
        return cast(
            "Response[ProtocolList]", raw_success(response, none_is_success=False)
        )

    def create_protocol(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Protocol]:
        """Create a new protocol

         Saves a reusable order template (customer, line items, shipping preferences) from which
        orders can be placed quickly later.

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
            Response[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _create_protocol.sync_detailed(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_protocol"),
            extra_body=extra_body,
        )
        return cast("Response[Protocol]", raw_success(response, none_is_success=False))

    def get_protocol_by_id(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Protocol]:
        """Get a protocol

         Returns one protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Response[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _get_protocol_by_id.sync_detailed(
            protocol_id,
            client=client,
        )
        return cast("Response[Protocol]", raw_success(response, none_is_success=False))

    def update_protocol(
        self,
        protocol_id: str,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Protocol]:
        """Update a protocol

         Replaces the customer, line items or shipping preferences of a protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Response[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _update_protocol.sync_detailed(
            protocol_id,
            client=client,
            body=request_body(CreateOrderRequest, body, "update_protocol"),
            extra_body=extra_body,
        )
        return cast("Response[Protocol]", raw_success(response, none_is_success=False))

    def delete_protocol(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[None]:
        """Delete a protocol

         Deletes a protocol. Orders already placed from it are not affected.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Response[None]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _delete_protocol.sync_detailed(
            protocol_id,
            client=client,
        )
        return cast("Response[None]", raw_success(response, none_is_success=True))


class AsyncProtocolsResourceWithRawResponse:
    """The protocols operations of an AsyncJuniperClient returning the whole response.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_protocols(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[ProtocolList]:
        """List protocols

         Returns the partner's protocols one page at a time, optionally searched by customer name.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            search (str | Unset):  Example: John Doe.
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
            Response[ProtocolList]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _list_protocols.asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            direction=direction,
            search=search,
        )
        return cast(
            "Response[ProtocolList]", raw_success(response, none_is_success=False)
        )

    async def create_protocol(
        self,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Protocol]:
        """Create a new protocol

         Saves a reusable order template (customer, line items, shipping preferences) from which
        orders can be placed quickly later.

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
            Response[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _create_protocol.asyncio_detailed(
            client=client,
            body=request_body(CreateOrderRequest, body, "create_protocol"),
            extra_body=extra_body,
        )
        return cast("Response[Protocol]", raw_success(response, none_is_success=False))

    async def get_protocol_by_id(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Protocol]:
        """Get a protocol

         Returns one protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Response[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _get_protocol_by_id.asyncio_detailed(
            protocol_id,
            client=client,
        )
        return cast("Response[Protocol]", raw_success(response, none_is_success=False))

    async def update_protocol(
        self,
        protocol_id: str,
        *,
        body: CreateOrderRequest | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Protocol]:
        """Update a protocol

         Replaces the customer, line items or shipping preferences of a protocol.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Response[Protocol]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _update_protocol.asyncio_detailed(
            protocol_id,
            client=client,
            body=request_body(CreateOrderRequest, body, "update_protocol"),
            extra_body=extra_body,
        )
        return cast("Response[Protocol]", raw_success(response, none_is_success=False))

    async def delete_protocol(
        self,
        protocol_id: str,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[None]:
        """Delete a protocol

         Deletes a protocol. Orders already placed from it are not affected.

        Args:
            protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
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
            Response[None]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _delete_protocol.asyncio_detailed(
            protocol_id,
            client=client,
        )
        return cast("Response[None]", raw_success(response, none_is_success=True))
