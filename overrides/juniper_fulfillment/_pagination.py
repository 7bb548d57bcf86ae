"""Iterate over every item of a cursor-paginated list operation.

Works for any generated operation module whose ``sync``/``asyncio`` take a ``cursor`` argument and
return a model with exactly one list field plus ``cursor`` (``list_orders``, ``list_protocols``,
``list_products``, and any such operation a later spec adds). Only one page is held at a time.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

from juniper_fulfillment_client.types import Unset

from .errors import PaginationError

__all__ = ["apaginate", "paginate"]

_list_fields: dict[type, str] = {}


def paginate(operation: ModuleType, *, client: Any, **params: Any) -> Iterator[Any]:
    """Yield every item of ``operation`` across all pages, in order.

    ``params`` are the operation's query parameters (``limit``, ``status``, ``search``, ...).
    Iteration ends at a missing, null or empty cursor, or an empty page. A cursor the server
    already returned raises :class:`~juniper_fulfillment.errors.PaginationError` rather than
    looping forever::

        for product in paginate(list_products, client=client, limit=100):
            print(product.name)
    """
    fetch = _page_function(operation, "sync")
    seen: set[str] = set()
    cursor = params.pop("cursor", None)
    while True:
        page = fetch(client=client, **params, **_cursor_argument(cursor))
        items, cursor = _split_page(operation, page)
        yield from items
        if not items or cursor is None:
            return
        _check_new(operation, cursor, seen)


async def apaginate(operation: ModuleType, *, client: Any, **params: Any) -> AsyncIterator[Any]:
    """The ``async for`` twin of :func:`paginate`::

    async for order in apaginate(list_orders, client=client, status=OrderStatus.SHIPPED):
        ...
    """
    fetch = _page_function(operation, "asyncio")
    seen: set[str] = set()
    cursor = params.pop("cursor", None)
    while True:
        page = await fetch(client=client, **params, **_cursor_argument(cursor))
        items, cursor = _split_page(operation, page)
        for item in items:
            yield item
        if not items or cursor is None:
            return
        _check_new(operation, cursor, seen)


def _page_function(operation: ModuleType, name: str) -> Any:
    function = getattr(operation, name, None)
    if function is None or "cursor" not in inspect.signature(function).parameters:
        raise TypeError(
            f"{getattr(operation, '__name__', operation)!r} is not a paginated operation module "
            "(it needs a sync/asyncio function with a `cursor` parameter)"
        )
    return function


def _cursor_argument(cursor: str | None) -> dict[str, str]:
    return {} if cursor is None else {"cursor": cursor}


def _split_page(operation: ModuleType, page: Any) -> tuple[list[Any], str | None]:
    """The items of ``page`` and the cursor of the next page (None at the end)."""
    page_type = type(page)
    field = _list_fields.get(page_type)
    if field is None:
        field = _list_fields[page_type] = _find_list_field(operation, page)
    items = getattr(page, field)
    cursor = getattr(page, "cursor", None)
    if isinstance(cursor, Unset) or not cursor:
        return items, None
    return items, str(cursor)


def _find_list_field(operation: ModuleType, page: Any) -> str:
    attributes = getattr(type(page), "__attrs_attrs__", ())
    names: list[str] = [
        attribute.name
        for attribute in attributes
        if attribute.name != "additional_properties"
        and isinstance(getattr(page, attribute.name), list)
    ]
    if len(names) != 1 or not any(attribute.name == "cursor" for attribute in attributes):
        raise TypeError(
            f"{operation.__name__!r} returns {type(page).__name__}, "
            "which is not one list field plus a cursor"
        )
    return names[0]


def _check_new(operation: ModuleType, cursor: str, seen: set[str]) -> None:
    if cursor in seen:
        raise PaginationError(
            f"{operation.__name__.rsplit('.', 1)[-1]}: the server returned cursor {cursor!r} a "
            "second time; stopping instead of looping over the same pages"
        )
    seen.add(cursor)
