"""The API's operations, one package per tag, and the client attributes that reach them.

JuniperClient and AsyncJuniperClient inherit :class:`Resources` / :class:`AsyncResources`, so a tag
added to the spec becomes ``client.<tag>`` by regeneration alone. Each tag package is imported on
first use of its attribute.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from juniper_fulfillment._client import BaseJuniperClient

    from .orders import (
        AsyncOrdersResource,
        AsyncOrdersResourceWithRawResponse,
        OrdersResource,
        OrdersResourceWithRawResponse,
    )
    from .partner_settings import (
        AsyncPartnerSettingsResource,
        AsyncPartnerSettingsResourceWithRawResponse,
        PartnerSettingsResource,
        PartnerSettingsResourceWithRawResponse,
    )
    from .products import (
        AsyncProductsResource,
        AsyncProductsResourceWithRawResponse,
        ProductsResource,
        ProductsResourceWithRawResponse,
    )
    from .protocols import (
        AsyncProtocolsResource,
        AsyncProtocolsResourceWithRawResponse,
        ProtocolsResource,
        ProtocolsResourceWithRawResponse,
    )
    from .shipping import (
        AsyncShippingResource,
        AsyncShippingResourceWithRawResponse,
        ShippingResource,
        ShippingResourceWithRawResponse,
    )

TAGS = (
    "orders",
    "partner_settings",
    "products",
    "protocols",
    "shipping",
)
"""The attribute name of every resource group."""


class Resources:
    """The resource groups of a JuniperClient: ``client.orders.get_order_by_id(...)``."""

    def _resources_client(self) -> BaseJuniperClient:
        raise NotImplementedError  # the client class returns itself

    @cached_property
    def with_raw_response(self) -> RawResources:
        """The same operations, returning status code, headers and parsed body."""
        return RawResources(self._resources_client())

    @cached_property
    def orders(self) -> OrdersResource:
        """The orders operations."""
        from .orders import OrdersResource

        return OrdersResource(self._resources_client())

    @cached_property
    def partner_settings(self) -> PartnerSettingsResource:
        """The partner_settings operations."""
        from .partner_settings import PartnerSettingsResource

        return PartnerSettingsResource(self._resources_client())

    @cached_property
    def products(self) -> ProductsResource:
        """The products operations."""
        from .products import ProductsResource

        return ProductsResource(self._resources_client())

    @cached_property
    def protocols(self) -> ProtocolsResource:
        """The protocols operations."""
        from .protocols import ProtocolsResource

        return ProtocolsResource(self._resources_client())

    @cached_property
    def shipping(self) -> ShippingResource:
        """The shipping operations."""
        from .shipping import ShippingResource

        return ShippingResource(self._resources_client())


class AsyncResources:
    """The resource groups of an AsyncJuniperClient, whose methods are coroutines."""

    def _resources_client(self) -> BaseJuniperClient:
        raise NotImplementedError  # the client class returns itself

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, returning status code, headers and parsed body."""
        return AsyncRawResources(self._resources_client())

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """The orders operations."""
        from .orders import AsyncOrdersResource

        return AsyncOrdersResource(self._resources_client())

    @cached_property
    def partner_settings(self) -> AsyncPartnerSettingsResource:
        """The partner_settings operations."""
        from .partner_settings import AsyncPartnerSettingsResource

        return AsyncPartnerSettingsResource(self._resources_client())

    @cached_property
    def products(self) -> AsyncProductsResource:
        """The products operations."""
        from .products import AsyncProductsResource

        return AsyncProductsResource(self._resources_client())

    @cached_property
    def protocols(self) -> AsyncProtocolsResource:
        """The protocols operations."""
        from .protocols import AsyncProtocolsResource

        return AsyncProtocolsResource(self._resources_client())

    @cached_property
    def shipping(self) -> AsyncShippingResource:
        """The shipping operations."""
        from .shipping import AsyncShippingResource

        return AsyncShippingResource(self._resources_client())


class RawResources:
    """``client.with_raw_response``: the same operations, returning the whole ``Response``."""

    def __init__(self, client: BaseJuniperClient) -> None:
        self._resource_client = client

    def _resources_client(self) -> BaseJuniperClient:
        return self._resource_client

    @cached_property
    def orders(self) -> OrdersResourceWithRawResponse:
        """The orders operations."""
        from .orders import OrdersResourceWithRawResponse

        return OrdersResourceWithRawResponse(self._resources_client())

    @cached_property
    def partner_settings(self) -> PartnerSettingsResourceWithRawResponse:
        """The partner_settings operations."""
        from .partner_settings import PartnerSettingsResourceWithRawResponse

        return PartnerSettingsResourceWithRawResponse(self._resources_client())

    @cached_property
    def products(self) -> ProductsResourceWithRawResponse:
        """The products operations."""
        from .products import ProductsResourceWithRawResponse

        return ProductsResourceWithRawResponse(self._resources_client())

    @cached_property
    def protocols(self) -> ProtocolsResourceWithRawResponse:
        """The protocols operations."""
        from .protocols import ProtocolsResourceWithRawResponse

        return ProtocolsResourceWithRawResponse(self._resources_client())

    @cached_property
    def shipping(self) -> ShippingResourceWithRawResponse:
        """The shipping operations."""
        from .shipping import ShippingResourceWithRawResponse

        return ShippingResourceWithRawResponse(self._resources_client())


class AsyncRawResources:
    """``client.with_raw_response`` of an AsyncJuniperClient."""

    def __init__(self, client: BaseJuniperClient) -> None:
        self._resource_client = client

    def _resources_client(self) -> BaseJuniperClient:
        return self._resource_client

    @cached_property
    def orders(self) -> AsyncOrdersResourceWithRawResponse:
        """The orders operations."""
        from .orders import AsyncOrdersResourceWithRawResponse

        return AsyncOrdersResourceWithRawResponse(self._resources_client())

    @cached_property
    def partner_settings(self) -> AsyncPartnerSettingsResourceWithRawResponse:
        """The partner_settings operations."""
        from .partner_settings import AsyncPartnerSettingsResourceWithRawResponse

        return AsyncPartnerSettingsResourceWithRawResponse(self._resources_client())

    @cached_property
    def products(self) -> AsyncProductsResourceWithRawResponse:
        """The products operations."""
        from .products import AsyncProductsResourceWithRawResponse

        return AsyncProductsResourceWithRawResponse(self._resources_client())

    @cached_property
    def protocols(self) -> AsyncProtocolsResourceWithRawResponse:
        """The protocols operations."""
        from .protocols import AsyncProtocolsResourceWithRawResponse

        return AsyncProtocolsResourceWithRawResponse(self._resources_client())

    @cached_property
    def shipping(self) -> AsyncShippingResourceWithRawResponse:
        """The shipping operations."""
        from .shipping import AsyncShippingResourceWithRawResponse

        return AsyncShippingResourceWithRawResponse(self._resources_client())
