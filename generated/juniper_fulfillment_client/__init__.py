"""A client library for accessing Order Fulfillment API"""

__all__: tuple[str, ...] = ()
