"""The shipping operations: one module per operation, and the resource classes
that JuniperClient / AsyncJuniperClient expose as ``client.shipping``."""

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

from ...models.error import Error
from ...models.shipping_method import ShippingMethod
from ...types import UNSET, Response, Unset
from . import list_shipping_methods as _list_shipping_methods


class ShippingResource:
    """The shipping operations of a JuniperClient.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_shipping_methods(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> list[ShippingMethod]:
        """List shipping methods

         Returns every shipping method an order can use, with its delivery time and price.

        Args:
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
            list[ShippingMethod]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _list_shipping_methods.sync(
            client=client,
        )


class AsyncShippingResource:
    """The shipping operations of an AsyncJuniperClient, as coroutines.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_shipping_methods(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> list[ShippingMethod]:
        """List shipping methods

         Returns every shipping method an order can use, with its delivery time and price.

        Args:
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
            list[ShippingMethod]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _list_shipping_methods.asyncio(
            client=client,
        )


class ShippingResourceWithRawResponse:
    """The shipping operations returning the whole response: status, headers and parsed body.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_shipping_methods(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[list[ShippingMethod]]:
        """List shipping methods

         Returns every shipping method an order can use, with its delivery time and price.

        Args:
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
            Response[list[ShippingMethod]]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _list_shipping_methods.sync_detailed(
            client=client,
        )
        return cast(
            "Response[list[ShippingMethod]]",
            raw_success(response, none_is_success=False),
        )


class AsyncShippingResourceWithRawResponse:
    """The shipping operations of an AsyncJuniperClient returning the whole response.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_shipping_methods(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[list[ShippingMethod]]:
        """List shipping methods

         Returns every shipping method an order can use, with its delivery time and price.

        Args:
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
            Response[list[ShippingMethod]]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _list_shipping_methods.asyncio_detailed(
            client=client,
        )
        return cast(
            "Response[list[ShippingMethod]]",
            raw_success(response, none_is_success=False),
        )
