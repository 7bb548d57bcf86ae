from collections.abc import Mapping
from http import HTTPStatus
from json import JSONDecodeError
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order import Order
from ...types import UNSET, Response, path_segment, with_extra_body


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orders/{order_id}".format(
            order_id=path_segment("order_id", order_id),
        ),
        "extensions": {"juniper_operation_id": "getOrderById"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Order | None:
    if response.status_code == 200:
        response_200 = Order.from_dict(errors.decode_json(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = Error.from_dict(errors.decode_json(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(errors.decode_json(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(errors.decode_json(response.content))

        return response_404

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
) -> Response[Error | Order | None]:
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
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Order | None]:
    """Get an order

     Returns one order with its line items and, once shipped, its tracking details.

    Args:
        order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.

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
        Response[Error | Order | None]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Order:
    """Get an order

     Returns one order with its line items and, once shipped, its tracking details.

    Args:
        order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.

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

    response = sync_detailed(
        order_id=order_id,
        client=client,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(Order, response.parsed)


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Order | None]:
    """Get an order

     Returns one order with its line items and, once shipped, its tracking details.

    Args:
        order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.

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
        Response[Error | Order | None]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Order:
    """Get an order

     Returns one order with its line items and, once shipped, its tracking details.

    Args:
        order_id (str):  Example: 2vSGym0bH8qVEwCIGlyFoRgJq1A.

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

    response = await asyncio_detailed(
        order_id=order_id,
        client=client,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(Order, response.parsed)
