"""The benchmark server: a small HTTP/1.1 keep-alive server in its own process on 127.0.0.1.

It answers from precomputed bytes so that its own cost is tiny and identical for every client:
``GET /orders/{id}`` (an order like the spec's example), ``GET /products?cursor=N`` (page N of
``pages`` pages of 100 products with full supplement facts; the last page has no cursor),
``POST /oauth2/token`` (counted) and ``GET /__stats`` (``{"tokens": n}``).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import socket
import urllib.parse
from multiprocessing.sharedctypes import Synchronized
from typing import Any

HOST = "127.0.0.1"


def order() -> dict[str, Any]:
    return {
        "id": "2vSGym0bH8qVEwCIGlyFoRgJq1A",
        "status": "NEW",
        "orderType": "ONE_TIME",
        "daysSupply": 30,
        "shippingMethod": "STANDARD",
        "discount": "10%",
        "customer": {
            "sourceId": "1234567890",
            "firstName": "John",
            "lastName": "Doe",
            "email": "john.doe@example.com",
            "address": {
                "line1": "437 Lytton",
                "line2": "Suite 100",
                "city": "Palo Alto",
                "state": "CA",
                "zipCode": "94301",
            },
        },
        "lineItems": [
            {
                "productId": 77123129891,
                "quantity": 2,
                "packDescription": "Whole Body Wellness",
                "administration": {"morning": 1, "afternoon": 0, "evening": 1, "sleep": 0},
                "price": "0.37",
                "discountedPrice": "0.33",
            }
        ],
        "createdAt": "2023-10-01T12:00:00Z",
        "updatedAt": "2023-10-01T12:00:00Z",
    }


def product(number: int) -> dict[str, Any]:
    return {
        "id": 7788990000 + number,
        "name": f"Elite EPA {number}",
        "description": "High-potency EPA omega-3 fish oil for mood and cardiovascular support.",
        "packDescription": "Whole Body Wellness",
        "price": "0.53",
        "external": False,
        "productImage": "https://cdn.juniperhealth.com/products/elite-epa.png",
        "recommendedUsage": {"morning": 1, "afternoon": 0, "evening": 1, "sleep": 0},
        "form": "softgel",
        "certifications": ["non_gmo", "kosher"],
        "allergens": ["gluten_free", "dairy_free"],
        "supplementFactsPanel": {
            "servingSize": 2,
            "type": "softgel",
            "otherIngredients": ["Fish oil", "Gelatin", "Glycerin"],
            "ingredientInformation": [
                {"name": "EPA (eicosapentaenoic acid)", "amount": "1000 mg", "dailyValue": "*"},
                {"name": "DHA (docosahexaenoic acid)", "amount": "200 mg", "dailyValue": "*"},
            ],
        },
        "status": "ACTIVE",
    }


def products_page(number: int, pages: int) -> bytes:
    """The body of page ``number`` (from 0) of ``pages``: 100 products, and the next page's cursor
    unless it is the last."""
    items = [product(n) for n in range(100)]
    cursor = {"cursor": str(number + 1)} if number + 1 < pages else {}
    return json.dumps({"products": items, **cursor}).encode()


def _response(body: bytes, status: str = "200 OK") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def _serve(port_out: Any, tokens: Synchronized[int], pages: int) -> None:
    order_response = _response(json.dumps(order()).encode())
    page_responses = [_response(products_page(n, pages)) for n in range(pages)]
    token_response = _response(
        json.dumps(
            {"access_token": "bench-token", "expires_in": 3600, "token_type": "Bearer"}
        ).encode()
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                length = 0
                for line in header_lines:
                    if line[:15].lower() == "content-length:":
                        length = int(line[15:])
                if length:
                    await reader.readexactly(length)
                url = urllib.parse.urlsplit(target)
                if method == "POST" and url.path == "/oauth2/token":
                    with tokens.get_lock():
                        tokens.value += 1
                    writer.write(token_response)
                elif url.path == "/products":
                    query = urllib.parse.parse_qs(url.query)
                    writer.write(page_responses[int(query.get("cursor", ["0"])[0])])
                elif url.path.startswith("/orders/"):
                    writer.write(order_response)
                elif url.path == "/__stats":
                    writer.write(_response(json.dumps({"tokens": tokens.value}).encode()))
                else:
                    writer.write(_response(b'{"error": "not_found"}', "404 Not Found"))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, HOST, 0, backlog=512)
    sock: socket.socket = server.sockets[0]
    for listening in server.sockets:
        listening.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    port_out.send(sock.getsockname()[1])
    async with server:
        await server.serve_forever()


def _main(port_out: Any, tokens: Synchronized[int], pages: int) -> None:
    asyncio.run(_serve(port_out, tokens, pages))


class BenchServer:
    """Starts the server process; ``base_url``, ``token_url`` and ``tokens`` (a live count)."""

    def __init__(self, pages: int = 1000) -> None:
        context = multiprocessing.get_context("spawn")
        receive, send = context.Pipe(duplex=False)
        self._tokens: Synchronized[int] = context.Value("i", 0)
        self._process = context.Process(target=_main, args=(send, self._tokens, pages), daemon=True)
        self._process.start()
        if not receive.poll(30):
            self._process.kill()
            raise RuntimeError("the benchmark server did not start")
        port = receive.recv()
        self.base_url = f"http://{HOST}:{port}"
        self.token_url = f"{self.base_url}/oauth2/token"

    @property
    def tokens(self) -> int:
        return int(self._tokens.value)

    def stop(self) -> None:
        self._process.terminate()
        self._process.join(timeout=10)

    def __enter__(self) -> BenchServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
