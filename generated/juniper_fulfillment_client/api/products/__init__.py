"""The products operations: one module per operation, and the resource classes
that JuniperClient / AsyncJuniperClient expose as ``client.products``."""

from __future__ import annotations

import datetime
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
from ...models.page_direction import PageDirection
from ...models.product import Product
from ...models.product_list import ProductList
from ...models.product_status import ProductStatus
from ...types import UNSET, Response, Unset
from . import get_product_by_id as _get_product_by_id
from . import list_products as _list_products


class ProductsResource:
    """The products operations of a JuniperClient.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_products(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: ProductStatus | Unset = UNSET,
        updated_after: datetime.date | Unset = UNSET,
        updated_before: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> SyncCursorPage[Product]:
        """List products

         Returns the product catalogue one page at a time, with optional filters.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (ProductStatus | Unset): Where a product stands in the catalogue. Example: ACTIVE.
            updated_after (datetime.date | Unset):  Example: 2023-10-01.
            updated_before (datetime.date | Unset):  Example: 2023-10-01.
            search (str | Unset):  Example: omega.
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
            SyncCursorPage[Product]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return SyncCursorPage.first(
            _list_products,
            client,
            {
                "limit": limit,
                "cursor": cursor,
                "direction": direction,
                "status": status,
                "updated_after": updated_after,
                "updated_before": updated_before,
                "search": search,
            },
        )

    def get_product_by_id(
        self,
        product_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Product:
        """Get a product

         Returns one product with its supplement facts.

        Args:
            product_id (int):  Example: 7788991122.
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
            Product
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _get_product_by_id.sync(
            product_id,
            client=client,
        )


class AsyncProductsResource:
    """The products operations of an AsyncJuniperClient, as coroutines.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_products(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: ProductStatus | Unset = UNSET,
        updated_after: datetime.date | Unset = UNSET,
        updated_before: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> AsyncCursorPage[Product]:
        """List products

         Returns the product catalogue one page at a time, with optional filters.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (ProductStatus | Unset): Where a product stands in the catalogue. Example: ACTIVE.
            updated_after (datetime.date | Unset):  Example: 2023-10-01.
            updated_before (datetime.date | Unset):  Example: 2023-10-01.
            search (str | Unset):  Example: omega.
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
            AsyncCursorPage[Product]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await AsyncCursorPage.first(
            _list_products,
            client,
            {
                "limit": limit,
                "cursor": cursor,
                "direction": direction,
                "status": status,
                "updated_after": updated_after,
                "updated_before": updated_before,
                "search": search,
            },
        )

    async def get_product_by_id(
        self,
        product_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Product:
        """Get a product

         Returns one product with its supplement facts.

        Args:
            product_id (int):  Example: 7788991122.
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
            Product
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _get_product_by_id.asyncio(
            product_id,
            client=client,
        )


class ProductsResourceWithRawResponse:
    """The products operations returning the whole response: status, headers and parsed body.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def list_products(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: ProductStatus | Unset = UNSET,
        updated_after: datetime.date | Unset = UNSET,
        updated_before: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[ProductList]:
        """List products

         Returns the product catalogue one page at a time, with optional filters.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (ProductStatus | Unset): Where a product stands in the catalogue. Example: ACTIVE.
            updated_after (datetime.date | Unset):  Example: 2023-10-01.
            updated_before (datetime.date | Unset):  Example: 2023-10-01.
            search (str | Unset):  Example: omega.
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
            Response[ProductList]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _list_products.sync_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            direction=direction,
            status=status,
            updated_after=updated_after,
            updated_before=updated_before,
            search=search,
        )
        return cast(
            "Response[ProductList]", raw_success(response, none_is_success=False)
        )

    def get_product_by_id(
        self,
        product_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Product]:
        """Get a product

         Returns one product with its supplement facts.

        Args:
            product_id (int):  Example: 7788991122.
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
            Response[Product]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _get_product_by_id.sync_detailed(
            product_id,
            client=client,
        )
        return cast("Response[Product]", raw_success(response, none_is_success=False))


class AsyncProductsResourceWithRawResponse:
    """The products operations of an AsyncJuniperClient returning the whole response.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def list_products(
        self,
        *,
        limit: int | Unset = 10,
        cursor: str | Unset = UNSET,
        direction: PageDirection | Unset = UNSET,
        status: ProductStatus | Unset = UNSET,
        updated_after: datetime.date | Unset = UNSET,
        updated_before: datetime.date | Unset = UNSET,
        search: str | Unset = UNSET,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[ProductList]:
        """List products

         Returns the product catalogue one page at a time, with optional filters.

        Args:
            limit (int | Unset):  Default: 10.
            cursor (str | Unset):  Example: eyJpZCI6IjJ2U0d5bTBiSDhxVkV3Q0lHbHlGb1JnSnExQSJ9.
            direction (PageDirection | Unset): Which way a cursor moves through a list.
            status (ProductStatus | Unset): Where a product stands in the catalogue. Example: ACTIVE.
            updated_after (datetime.date | Unset):  Example: 2023-10-01.
            updated_before (datetime.date | Unset):  Example: 2023-10-01.
            search (str | Unset):  Example: omega.
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
            Response[ProductList]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _list_products.asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            direction=direction,
            status=status,
            updated_after=updated_after,
            updated_before=updated_before,
            search=search,
        )
        return cast(
            "Response[ProductList]", raw_success(response, none_is_success=False)
        )

    async def get_product_by_id(
        self,
        product_id: int,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[Product]:
        """Get a product

         Returns one product with its supplement facts.

        Args:
            product_id (int):  Example: 7788991122.
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
            Response[Product]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _get_product_by_id.asyncio_detailed(
            product_id,
            client=client,
        )
        return cast("Response[Product]", raw_success(response, none_is_success=False))
