from collections.abc import Mapping
from http import HTTPStatus
from json import JSONDecodeError
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.product import Product
from ...types import UNSET, Response, path_segment, with_extra_body


def _get_kwargs(
    product_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/{product_id}".format(
            product_id=path_segment("product_id", product_id),
        ),
        "extensions": {"juniper_operation_id": "getProductById"},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Product | None:
    if response.status_code == 200:
        response_200 = Product.from_dict(errors.decode_json(response.content))

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
) -> Response[Error | Product | None]:
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
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Product | None]:
    """Get a product

     Returns one product with its supplement facts.

    Args:
        product_id (int):  Example: 7788991122.

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
        Response[Error | Product | None]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Product:
    """Get a product

     Returns one product with its supplement facts.

    Args:
        product_id (int):  Example: 7788991122.

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

    response = sync_detailed(
        product_id=product_id,
        client=client,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(Product, response.parsed)


async def asyncio_detailed(
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Error | Product | None]:
    """Get a product

     Returns one product with its supplement facts.

    Args:
        product_id (int):  Example: 7788991122.

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
        Response[Error | Product | None]
    """

    kwargs = _get_kwargs(
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    product_id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Product:
    """Get a product

     Returns one product with its supplement facts.

    Args:
        product_id (int):  Example: 7788991122.

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

    response = await asyncio_detailed(
        product_id=product_id,
        client=client,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(Product, response.parsed)
