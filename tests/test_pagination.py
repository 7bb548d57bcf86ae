"""paginate / apaginate against a real paging server on 127.0.0.1.

The server holds 1,050 products and 1,050 orders and answers pages of ``limit`` items with an
opaque cursor; a second mode repeats a cursor, which must stop iteration with PaginationError.
"""

from __future__ import annotations

import base64
import http.server
import json
import threading
import urllib.parse
from collections.abc import Iterator

import pytest

from juniper_fulfillment import JuniperClient, PaginationError, apaginate, paginate
from juniper_fulfillment_client.api.orders import get_order_by_id, list_orders
from juniper_fulfillment_client.api.products import list_products
from juniper_fulfillment_client.api.shipping import list_shipping_methods
from juniper_fulfillment_client.models import OrderStatus, Product
from scripts.sandbox import HOST, TokenServer

TOTAL = 1050


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"offset": offset}).encode()).decode()


def decode_cursor(cursor: str) -> int:
    offset: int = json.loads(base64.urlsafe_b64decode(cursor))["offset"]
    return offset


class PagingServer:
    """Serves /products and /orders in pages; records every query it answers."""

    def __init__(self, *, repeat_cursor_after: int | None = None, end_with: object = None):
        self.queries: list[dict[str, list[str]]] = []
        self.repeat_cursor_after = repeat_cursor_after
        self.end_with = end_with
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                """Quiet."""

            def do_GET(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                query = urllib.parse.parse_qs(url.query)
                server.queries.append(query)
                body = server.page(url.path, query)
                data = json.dumps(body).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self._server = http.server.ThreadingHTTPServer((HOST, 0), Handler)
        self.base_url = f"http://{HOST}:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def page(self, path: str, query: dict[str, list[str]]) -> dict[str, object]:
        limit = int(query.get("limit", ["10"])[0])
        offset = decode_cursor(query["cursor"][0]) if "cursor" in query else 0
        end = min(offset + limit, TOTAL)
        if self.repeat_cursor_after is not None and offset >= self.repeat_cursor_after:
            next_cursor: object = encode_cursor(offset)  # the same cursor again
        elif end < TOTAL:
            next_cursor = encode_cursor(end)
        else:
            next_cursor = self.end_with
        if path == "/products":
            items = [{"id": n, "name": f"Product {n}", "price": "0.50"} for n in range(offset, end)]
            body: dict[str, object] = {"products": items}
        else:
            status = query.get("status", ["NEW"])[0]
            items = [{"id": f"ord_{n}", "status": status} for n in range(offset, end)]
            body = {"orders": items}
        if next_cursor is not ...:
            body["cursor"] = next_cursor
        return body

    def __enter__(self) -> PagingServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)


@pytest.fixture
def tokens() -> Iterator[TokenServer]:
    with TokenServer() as server:
        yield server


def client_for(server: PagingServer, tokens: TokenServer) -> JuniperClient:
    return JuniperClient(
        client_id=tokens.client_id,
        client_secret=tokens.client_secret,
        base_url=server.base_url,
        token_url=tokens.token_url,
        max_retries=0,
    )


# The last page may end with no cursor field, a null cursor or an empty one.
@pytest.mark.parametrize("end_with", [..., None, ""], ids=["missing", "null", "empty"])
def test_every_item_exactly_once_in_order(tokens: TokenServer, end_with: object) -> None:
    with PagingServer(end_with=end_with) as server, client_for(server, tokens) as client:
        products = list(paginate(list_products, client=client, limit=100))

    assert [product.id for product in products] == list(range(TOTAL))
    assert all(isinstance(product, Product) for product in products)
    assert len(server.queries) == 11  # ten full pages and one of 50
    assert all(query["limit"] == ["100"] for query in server.queries)
    assert "cursor" not in server.queries[0]
    assert tokens.token_count == 1


async def test_async_every_item_exactly_once_with_filters(tokens: TokenServer) -> None:
    with PagingServer() as server:
        async with client_for(server, tokens) as client:
            ids = [
                order.id
                async for order in apaginate(
                    list_orders, client=client, limit=100, status=OrderStatus.SHIPPED
                )
            ]
    assert ids == [f"ord_{n}" for n in range(TOTAL)]
    assert all(query["status"] == ["SHIPPED"] for query in server.queries)


def test_iteration_is_lazy_one_page_at_a_time(tokens: TokenServer) -> None:
    with PagingServer() as server, client_for(server, tokens) as client:
        iterator = paginate(list_products, client=client, limit=100)
        first = [next(iterator) for _ in range(150)]
        assert len(server.queries) == 2
        assert [product.id for product in first] == list(range(150))


def test_a_repeated_cursor_stops_with_a_clear_error(tokens: TokenServer) -> None:
    with (
        PagingServer(repeat_cursor_after=300) as server,
        client_for(server, tokens) as client,
    ):
        seen: list[int] = []
        products = paginate(list_products, client=client, limit=100)
        with pytest.raises(PaginationError, match="second time"):
            seen.extend(product.id for product in products)
    # The page at offset 300 is new, so its items are yielded; its cursor repeats the one that
    # fetched it, so iteration stops there.
    assert seen == list(range(400))
    assert len(server.queries) == 4


async def test_async_repeated_cursor_stops(tokens: TokenServer) -> None:
    with PagingServer(repeat_cursor_after=0) as server:
        async with client_for(server, tokens) as client:
            with pytest.raises(PaginationError):
                async for _ in apaginate(list_orders, client=client, limit=100):
                    pass
    assert len(server.queries) == 2


def test_an_operation_without_a_cursor_is_refused(tokens: TokenServer) -> None:
    with PagingServer() as server, client_for(server, tokens) as client:
        # Type checkers refuse these calls too: the modules are not PagedOperations.
        with pytest.raises(TypeError, match="not a paginated operation"):
            list(paginate(get_order_by_id, client=client))  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="not a paginated operation"):
            list(paginate(list_shipping_methods, client=client))  # type: ignore[arg-type]


# ------------------------------------------------------------------------------ typed pages
def test_a_page_iterates_every_item_and_keeps_every_filter(tokens: TokenServer) -> None:
    with PagingServer() as server, client_for(server, tokens) as client:
        page = client.orders.list_orders(status=OrderStatus.SHIPPED, limit=100)
        assert len(server.queries) == 1  # the first page only, until more is asked for
        assert [order.id for order in page.items] == [f"ord_{n}" for n in range(100)]
        assert page.cursor == encode_cursor(100)
        assert page.has_next_page()
        third = page.next_page().next_page()
        assert [order.id for order in third.items][:1] == ["ord_200"]
        # Page 3 is still the listing that was asked for: same status, same limit.
        assert server.queries[2] == {
            "status": ["SHIPPED"],
            "limit": ["100"],
            "cursor": [encode_cursor(200)],
        }
        ids = [order.id for order in page]
        pages = list(page.iter_pages())
    assert ids == [f"ord_{n}" for n in range(TOTAL)]
    assert [len(one.items) for one in pages] == [100] * 10 + [50]
    assert not pages[-1].has_next_page()
    with pytest.raises(PaginationError, match="last page"):
        pages[-1].next_page()
    assert all(query["status"] == ["SHIPPED"] for query in server.queries)


async def test_an_async_page_supports_async_for(tokens: TokenServer) -> None:
    from juniper_fulfillment import AsyncJuniperClient

    with PagingServer() as server:
        async with AsyncJuniperClient(
            client_id=tokens.client_id,
            client_secret=tokens.client_secret,
            base_url=server.base_url,
            token_url=tokens.token_url,
        ) as client:
            page = await client.products.list_products(limit=100, search="omega")
            ids = [product.id async for product in page]
            second = await page.next_page()
            page_sizes = [len(one.items) async for one in page.iter_pages()]
    assert ids == list(range(TOTAL))
    assert second.items[0].id == 100
    assert page_sizes == [100] * 10 + [50]
    assert all(query["search"] == ["omega"] for query in server.queries)


def test_a_page_stops_at_a_repeated_cursor(tokens: TokenServer) -> None:
    with (
        PagingServer(repeat_cursor_after=300) as server,
        client_for(server, tokens) as client,
    ):
        seen: list[int] = []
        with pytest.raises(PaginationError, match="second time"):
            seen.extend(product.id for product in client.products.list_products(limit=100))
    assert seen == list(range(400))
