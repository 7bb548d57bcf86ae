"""Cursor pages: every item of a cursor-paginated listing, one page in memory at a time.

A listing is paginated when its generated module has ``page_items`` and ``page_cursor`` (the
generator writes them for every operation with a ``cursor`` parameter whose response is one list
plus ``cursor``: ``list_orders``, ``list_protocols``, ``list_products``, and any such operation a
later spec adds). The resource methods (``client.orders.list_orders(...)``) return a
:class:`SyncCursorPage` / :class:`AsyncCursorPage`; :func:`paginate` / :func:`apaginate` do the
same for the module functions.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from .errors import PaginationError

if TYPE_CHECKING:
    from ._client import BaseJuniperClient

__all__ = ["AsyncCursorPage", "PagedOperation", "SyncCursorPage", "apaginate", "paginate"]

ItemT = TypeVar("ItemT")


class PagedOperation(Protocol[ItemT]):
    """A generated operation module of a cursor-paginated listing (``list_orders``, ...)."""

    def page_items(self, page: Any, /) -> list[ItemT]: ...

    def page_cursor(self, page: Any, /) -> str | None: ...


def _operation_name(operation: object) -> str:
    return str(getattr(operation, "__name__", operation)).rsplit(".", 1)[-1]


def _check_paged(operation: object, client: object) -> None:
    from ._client import BaseJuniperClient

    if not (hasattr(operation, "page_items") and hasattr(operation, "page_cursor")):
        raise TypeError(
            f"{_operation_name(operation)!r} is not a paginated operation module "
            "(it needs a `cursor` parameter and a response of one list plus `cursor`)"
        )
    if not isinstance(client, BaseJuniperClient):
        raise TypeError(
            f"client must be a juniper_fulfillment.JuniperClient or AsyncJuniperClient, not "
            f"{type(client).__name__}: the generated client neither retries nor raises typed "
            "errors"
        )


def _start(params: dict[str, Any]) -> frozenset[str]:
    """The cursors already used before the first page: the one it was fetched with, if any."""
    cursor = params.get("cursor")
    return frozenset({cursor}) if isinstance(cursor, str) else frozenset()


class _CursorPage(Generic[ItemT]):
    __slots__ = ("_client", "_cursor", "_items", "_operation", "_params", "_seen")

    def __init__(
        self,
        operation: PagedOperation[ItemT],
        client: BaseJuniperClient,
        params: dict[str, Any],
        page: Any,
        seen: frozenset[str],
    ) -> None:
        self._operation = operation
        self._client = client
        # Every filter of the first request (status, limit, ...), so later pages keep them.
        self._params = params
        self._items: list[ItemT] = operation.page_items(page)
        self._cursor = operation.page_cursor(page)
        self._seen = seen

    @property
    def items(self) -> list[ItemT]:
        """The items of this page only."""
        return self._items

    @property
    def cursor(self) -> str | None:
        """The cursor of the next page, or None on the last one."""
        return self._cursor

    def has_next_page(self) -> bool:
        """Whether another page follows (a non-empty page with a cursor)."""
        return bool(self._items) and self._cursor is not None

    def _next_params(self) -> tuple[dict[str, Any], frozenset[str]]:
        cursor = self._cursor
        if not self.has_next_page() or cursor is None:
            raise PaginationError(f"{_operation_name(self._operation)}: this is the last page")
        if cursor in self._seen:
            raise PaginationError(
                f"{_operation_name(self._operation)}: the server returned cursor {cursor!r} a "
                "second time; stopping instead of looping over the same pages"
            )
        return {**self._params, "cursor": cursor}, self._seen | {cursor}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({_operation_name(self._operation)}, "
            f"items={len(self._items)}, cursor={self._cursor!r})"
        )


class SyncCursorPage(_CursorPage[ItemT]):
    """One page of a listing; iterating it yields every item of this and the following pages::

        for order in client.orders.list_orders(status="SHIPPED", limit=100):
            print(order.id)

    Pages are fetched lazily, one at a time, with every filter of the first request.
    """

    __slots__ = ()

    @classmethod
    def first(
        cls, operation: PagedOperation[ItemT], client: BaseJuniperClient, params: dict[str, Any]
    ) -> SyncCursorPage[ItemT]:
        """Fetch the first page of ``operation`` with ``params``."""
        _check_paged(operation, client)
        fetch: Callable[..., Any] = operation.sync  # type: ignore[attr-defined]
        return cls(operation, client, params, fetch(client=client, **params), _start(params))

    def next_page(self) -> SyncCursorPage[ItemT]:
        """Fetch the next page (PaginationError on the last one: check :meth:`has_next_page`)."""
        params, seen = self._next_params()
        fetch: Callable[..., Any] = self._operation.sync  # type: ignore[attr-defined]
        page = fetch(client=self._client, **params)
        return SyncCursorPage(self._operation, self._client, params, page, seen)

    def iter_pages(self) -> Iterator[SyncCursorPage[ItemT]]:
        """This page, then each following page as it is fetched."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.iter_pages():
            yield from page._items


class AsyncCursorPage(_CursorPage[ItemT]):
    """The ``async for`` twin of :class:`SyncCursorPage`::

    async for order in await client.orders.list_orders(status="SHIPPED"):
        ...
    """

    __slots__ = ()

    @classmethod
    async def first(
        cls, operation: PagedOperation[ItemT], client: BaseJuniperClient, params: dict[str, Any]
    ) -> AsyncCursorPage[ItemT]:
        """Fetch the first page of ``operation`` with ``params``."""
        _check_paged(operation, client)
        fetch: Callable[..., Awaitable[Any]] = operation.asyncio  # type: ignore[attr-defined]
        page = await fetch(client=client, **params)
        return cls(operation, client, params, page, _start(params))

    async def next_page(self) -> AsyncCursorPage[ItemT]:
        """Fetch the next page (PaginationError on the last one: check :meth:`has_next_page`)."""
        params, seen = self._next_params()
        fetch: Callable[..., Awaitable[Any]] = self._operation.asyncio  # type: ignore[attr-defined]
        page = await fetch(client=self._client, **params)
        return AsyncCursorPage(self._operation, self._client, params, page, seen)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[ItemT]]:
        """This page, then each following page as it is fetched."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        async for page in self.iter_pages():
            for item in page._items:
                yield item


def paginate(
    operation: PagedOperation[ItemT], *, client: BaseJuniperClient, **params: Any
) -> Iterator[ItemT]:
    """Yield every item of ``operation`` across all pages, in order.

    ``params`` are the operation's query parameters (``limit``, ``status``, ``search``, ...).
    Iteration ends at a missing, null or empty cursor, or an empty page. A cursor the server
    already returned raises :class:`~juniper_fulfillment.errors.PaginationError` rather than
    looping forever::

        for product in paginate(list_products, client=client, limit=100):
            print(product.name)
    """
    _check_paged(operation, client)
    yield from SyncCursorPage[ItemT].first(operation, client, params)


async def apaginate(
    operation: PagedOperation[ItemT], *, client: BaseJuniperClient, **params: Any
) -> AsyncIterator[ItemT]:
    """The ``async for`` twin of :func:`paginate`::

    async for order in apaginate(list_orders, client=client, status=OrderStatus.SHIPPED):
        ...
    """
    _check_paged(operation, client)
    page = await AsyncCursorPage[ItemT].first(operation, client, params)
    async for item in page:
        yield item
