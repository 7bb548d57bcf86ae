from collections.abc import Mapping
from http import HTTPStatus
from json import JSONDecodeError
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_order_request import CreateOrderRequest
from ...models.error import Error
from ...models.protocol import Protocol
from ...types import UNSET, Response, path_segment, with_extra_body


def _get_kwargs(
    protocol_id: str,
    *,
    body: CreateOrderRequest,
    extra_body: Mapping[str, object] | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/protocols/{protocol_id}".format(
            protocol_id=path_segment("protocol_id", protocol_id),
        ),
        "extensions": {"juniper_operation_id": "updateProtocol"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    if extra_body is not None:
        _kwargs["json"] = with_extra_body(_kwargs.get("json"), extra_body)

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Protocol | None:
    if response.status_code == 200:
        response_200 = Protocol.from_dict(errors.decode_json(response.content))

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

    if response.status_code == 404:
        response_404 = Error.from_dict(errors.decode_json(response.content))

        return response_404

    if response.status_code == 422:
        response_422 = Error.from_dict(errors.decode_json(response.content))

        return response_422

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
) -> Response[Error | Protocol | None]:
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
    protocol_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Error | Protocol | None]:
    """Update a protocol

     Replaces the customer, line items or shipping preferences of a protocol.

    Args:
        protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
        body (CreateOrderRequest): An order to place, or the content of a protocol.
        extra_body (Mapping[str, object] | None): fields the API description does not
            declare yet, added to the top level of the JSON body exactly as given, without
            any check. A key the body already has raises ValueError.

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
        Response[Error | Protocol | None]
    """

    kwargs = _get_kwargs(
        protocol_id=protocol_id,
        body=body,
        extra_body=extra_body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    protocol_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    extra_body: Mapping[str, object] | None = None,
) -> Protocol:
    """Update a protocol

     Replaces the customer, line items or shipping preferences of a protocol.

    Args:
        protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
        body (CreateOrderRequest): An order to place, or the content of a protocol.
        extra_body (Mapping[str, object] | None): fields the API description does not
            declare yet, added to the top level of the JSON body exactly as given, without
            any check. A key the body already has raises ValueError.

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

    response = sync_detailed(
        protocol_id=protocol_id,
        client=client,
        body=body,
        extra_body=extra_body,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(Protocol, response.parsed)


async def asyncio_detailed(
    protocol_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Error | Protocol | None]:
    """Update a protocol

     Replaces the customer, line items or shipping preferences of a protocol.

    Args:
        protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
        body (CreateOrderRequest): An order to place, or the content of a protocol.
        extra_body (Mapping[str, object] | None): fields the API description does not
            declare yet, added to the top level of the JSON body exactly as given, without
            any check. A key the body already has raises ValueError.

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
        Response[Error | Protocol | None]
    """

    kwargs = _get_kwargs(
        protocol_id=protocol_id,
        body=body,
        extra_body=extra_body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    protocol_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateOrderRequest,
    extra_body: Mapping[str, object] | None = None,
) -> Protocol:
    """Update a protocol

     Replaces the customer, line items or shipping preferences of a protocol.

    Args:
        protocol_id (str):  Example: 2vSHpR7Kq4mNxYzLaB1cD9eF0g.
        body (CreateOrderRequest): An order to place, or the content of a protocol.
        extra_body (Mapping[str, object] | None): fields the API description does not
            declare yet, added to the top level of the JSON body exactly as given, without
            any check. A key the body already has raises ValueError.

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

    response = await asyncio_detailed(
        protocol_id=protocol_id,
        client=client,
        body=body,
        extra_body=extra_body,
    )
    if not 200 <= response.status_code < 300 or response.parsed is None:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return cast(Protocol, response.parsed)
