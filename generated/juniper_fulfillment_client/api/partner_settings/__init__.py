"""The partner_settings operations: one module per operation, and the resource classes
that JuniperClient / AsyncJuniperClient expose as ``client.partner_settings``."""

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
from ...models.partner_settings import PartnerSettings
from ...models.partner_settings_update import PartnerSettingsUpdate
from ...models.webhook_secret import WebhookSecret
from ...types import UNSET, Response, Unset
from . import get_partner_settings as _get_partner_settings
from . import get_webhook_secret as _get_webhook_secret
from . import rotate_webhook_secret as _rotate_webhook_secret
from . import update_partner_settings as _update_partner_settings


class PartnerSettingsResource:
    """The partner_settings operations of a JuniperClient.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def get_partner_settings(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> PartnerSettings:
        """Get partner settings

         Returns the authenticated partner's settings, branding, contact details and billing address.

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
            PartnerSettings
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _get_partner_settings.sync(
            client=client,
        )

    def update_partner_settings(
        self,
        *,
        body: PartnerSettingsUpdate | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> PartnerSettings:
        """Update partner settings

         Changes only the fields present in the body. The partner's id and name cannot be changed.
        Setting `webhookUrl` for the first time creates the webhook secret.

        Args:
            body (PartnerSettingsUpdate): A change to the partner settings; only the fields present
                are changed.
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
            PartnerSettings
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _update_partner_settings.sync(
            client=client,
            body=request_body(PartnerSettingsUpdate, body, "update_partner_settings"),
            extra_body=extra_body,
        )

    def get_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> WebhookSecret:
        """Get the webhook secret

         Returns the secret that signs webhook deliveries. It is kept out of the general settings
        response on purpose. A partner without a configured `webhookUrl` has no secret (404).

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
            WebhookSecret
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _get_webhook_secret.sync(
            client=client,
        )

    def rotate_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> WebhookSecret:
        """Rotate the webhook secret

         Replaces the webhook secret with a new one. The old secret stops working at once, so
        receivers should accept both secrets for the short time it takes to deploy the new one.

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
            WebhookSecret
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return _rotate_webhook_secret.sync(
            client=client,
        )


class AsyncPartnerSettingsResource:
    """The partner_settings operations of an AsyncJuniperClient, as coroutines.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def get_partner_settings(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> PartnerSettings:
        """Get partner settings

         Returns the authenticated partner's settings, branding, contact details and billing address.

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
            PartnerSettings
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _get_partner_settings.asyncio(
            client=client,
        )

    async def update_partner_settings(
        self,
        *,
        body: PartnerSettingsUpdate | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> PartnerSettings:
        """Update partner settings

         Changes only the fields present in the body. The partner's id and name cannot be changed.
        Setting `webhookUrl` for the first time creates the webhook secret.

        Args:
            body (PartnerSettingsUpdate): A change to the partner settings; only the fields present
                are changed.
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
            PartnerSettings
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _update_partner_settings.asyncio(
            client=client,
            body=request_body(PartnerSettingsUpdate, body, "update_partner_settings"),
            extra_body=extra_body,
        )

    async def get_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> WebhookSecret:
        """Get the webhook secret

         Returns the secret that signs webhook deliveries. It is kept out of the general settings
        response on purpose. A partner without a configured `webhookUrl` has no secret (404).

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
            WebhookSecret
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _get_webhook_secret.asyncio(
            client=client,
        )

    async def rotate_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> WebhookSecret:
        """Rotate the webhook secret

         Replaces the webhook secret with a new one. The old secret stops working at once, so
        receivers should accept both secrets for the short time it takes to deploy the new one.

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
            WebhookSecret
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        return await _rotate_webhook_secret.asyncio(
            client=client,
        )


class PartnerSettingsResourceWithRawResponse:
    """The partner_settings operations returning the whole response: status, headers and parsed body.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    def get_partner_settings(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[PartnerSettings]:
        """Get partner settings

         Returns the authenticated partner's settings, branding, contact details and billing address.

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
            Response[PartnerSettings]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _get_partner_settings.sync_detailed(
            client=client,
        )
        return cast(
            "Response[PartnerSettings]", raw_success(response, none_is_success=False)
        )

    def update_partner_settings(
        self,
        *,
        body: PartnerSettingsUpdate | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[PartnerSettings]:
        """Update partner settings

         Changes only the fields present in the body. The partner's id and name cannot be changed.
        Setting `webhookUrl` for the first time creates the webhook secret.

        Args:
            body (PartnerSettingsUpdate): A change to the partner settings; only the fields present
                are changed.
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
            Response[PartnerSettings]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _update_partner_settings.sync_detailed(
            client=client,
            body=request_body(PartnerSettingsUpdate, body, "update_partner_settings"),
            extra_body=extra_body,
        )
        return cast(
            "Response[PartnerSettings]", raw_success(response, none_is_success=False)
        )

    def get_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[WebhookSecret]:
        """Get the webhook secret

         Returns the secret that signs webhook deliveries. It is kept out of the general settings
        response on purpose. A partner without a configured `webhookUrl` has no secret (404).

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
            Response[WebhookSecret]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _get_webhook_secret.sync_detailed(
            client=client,
        )
        return cast(
            "Response[WebhookSecret]", raw_success(response, none_is_success=False)
        )

    def rotate_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[WebhookSecret]:
        """Rotate the webhook secret

         Replaces the webhook secret with a new one. The old secret stops working at once, so
        receivers should accept both secrets for the short time it takes to deploy the new one.

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
            Response[WebhookSecret]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = _rotate_webhook_secret.sync_detailed(
            client=client,
        )
        return cast(
            "Response[WebhookSecret]", raw_success(response, none_is_success=False)
        )


class AsyncPartnerSettingsResourceWithRawResponse:
    """The partner_settings operations of an AsyncJuniperClient returning the whole response.

    Every method takes the operation's parameters and, keyword-only, this call's ``timeout``,
    ``extra_headers``, ``max_retries``, ``deadline`` and ``hooks`` (and ``extra_body`` where the
    request body is a JSON object). Errors raise as with the module functions.
    """

    __slots__ = ("_client",)

    def __init__(self, client: BaseJuniperClient) -> None:
        self._client = client

    async def get_partner_settings(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[PartnerSettings]:
        """Get partner settings

         Returns the authenticated partner's settings, branding, contact details and billing address.

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
            Response[PartnerSettings]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _get_partner_settings.asyncio_detailed(
            client=client,
        )
        return cast(
            "Response[PartnerSettings]", raw_success(response, none_is_success=False)
        )

    async def update_partner_settings(
        self,
        *,
        body: PartnerSettingsUpdate | Mapping[str, Any],
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[PartnerSettings]:
        """Update partner settings

         Changes only the fields present in the body. The partner's id and name cannot be changed.
        Setting `webhookUrl` for the first time creates the webhook secret.

        Args:
            body (PartnerSettingsUpdate): A change to the partner settings; only the fields present
                are changed.
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
            Response[PartnerSettings]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _update_partner_settings.asyncio_detailed(
            client=client,
            body=request_body(PartnerSettingsUpdate, body, "update_partner_settings"),
            extra_body=extra_body,
        )
        return cast(
            "Response[PartnerSettings]", raw_success(response, none_is_success=False)
        )

    async def get_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[WebhookSecret]:
        """Get the webhook secret

         Returns the secret that signs webhook deliveries. It is kept out of the general settings
        response on purpose. A partner without a configured `webhookUrl` has no secret (404).

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
            Response[WebhookSecret]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _get_webhook_secret.asyncio_detailed(
            client=client,
        )
        return cast(
            "Response[WebhookSecret]", raw_success(response, none_is_success=False)
        )

    async def rotate_webhook_secret(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        hooks: Hooks | NotGiven | None = NOT_GIVEN,
    ) -> Response[WebhookSecret]:
        """Rotate the webhook secret

         Replaces the webhook secret with a new one. The old secret stops working at once, so
        receivers should accept both secrets for the short time it takes to deploy the new one.

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
            Response[WebhookSecret]
        """

        client = call_client(
            self._client, timeout, extra_headers, max_retries, deadline, hooks
        )
        response = await _rotate_webhook_secret.asyncio_detailed(
            client=client,
        )
        return cast(
            "Response[WebhookSecret]", raw_success(response, none_is_success=False)
        )
