from collections.abc import Mapping
from http import HTTPStatus
from json import JSONDecodeError
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...models.order_list import OrderList
from ...models.order_status import OrderStatus
from ...models.page_direction import PageDirection
from ...types import UNSET, Response, Unset, path_segment, with_extra_body


def _get_kwargs(
    *,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    direction: PageDirection | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_direction: str | Unset = UNSET
    if not isinstance(direction, Unset):
        json_direction = PageDirection(direction).value

    params["direction"] = json_direction

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = OrderStatus(status).value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders",
        "params": params,
        "extensions": {"juniper_operation_id": "listOrders"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | OrderList | None:
    if response.status_code == 200:
        response_200 = OrderList.from_dict(errors.decode_json(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(errors.decode_json(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(errors.decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(errors.decode_json(response.content))

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(errors.decode_json(response.content))

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(errors.decode_json(response.content))

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | OrderList | None]:
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.ResponseValidationError as error:
        error.status_code = response.status_code
        error.content = response.content
        raise
    except (JSONDecodeError, UnicodeDecodeError) as error:
        raise errors.ResponseValidationError(
            f"the body is not JSON ({type(error).__name__})",
            status_code=response.status_code,
            content=response.content,
        ) from error
    except (KeyError, TypeError, ValueError) as error:
        # The models check what the spec declares; this is a shape no check foresaw. The
        # message of such an error may quote the body, so only its type is given.
        raise errors.ResponseValidationError(
            f"the body does not match the API description ({type(error).__name__})",
            status_code=response.status_code,
            content=response.content,
        ) from error
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:
        raise errors.UnexpectedStatus(response.status_code, response.content) from None
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    direction: PageDirection | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> Response[Error | OrderList | None]:
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
        Response[Error | OrderList | None]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        direction=direction,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    direction: PageDirection | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> OrderList:
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
        OrderList
    """

    response = sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        direction=direction,
        status=status,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(OrderList, response.parsed)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    direction: PageDirection | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> Response[Error | OrderList | None]:
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
        Response[Error | OrderList | None]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        direction=direction,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    direction: PageDirection | Unset = UNSET,
    status: OrderStatus | Unset = UNSET,
) -> OrderList:
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
        OrderList
    """

    response = await asyncio_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        direction=direction,
        status=status,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(OrderList, response.parsed)


def page_items(page: OrderList) -> list[Order]:
    """The items of one page of this cursor-paginated listing."""
    return page.orders


def page_cursor(page: OrderList) -> str | None:
    """The cursor of the next page, or None on the last one (cursor missing, null or empty)."""
    cursor = page.cursor
    return cursor if isinstance(cursor, str) and cursor else None
