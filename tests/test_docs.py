"""The API reference site builds with warnings as errors and a reader finds what they look for."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
CLIENT = ROOT / "generated" / "juniper_fulfillment_client"

pytestmark = pytest.mark.docs


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"href", "src"} and value:
                self.links.append(value)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        check=True,
        timeout=300,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return out


def test_every_operation_and_model_has_a_page(site: Path) -> None:
    operations = [
        module for module in (CLIENT / "api").glob("*/*.py") if not module.name.startswith("_")
    ]
    models = [module for module in (CLIENT / "models").glob("*.py") if module.stem != "__init__"]
    assert len(operations) >= 16
    for module in operations:
        page = site / "operations" / module.parent.name / module.stem / "index.html"
        html = page.read_text(encoding="utf-8")
        for function in ("sync", "asyncio", "sync_detailed", "asyncio_detailed"):
            assert (
                f'id="juniper_fulfillment_client.api.{module.parent.name}.{module.stem}.{function}"'
                in html
            )
    for module in models:
        assert (site / "models" / module.stem / "index.html").is_file(), module.stem


def test_a_model_page_shows_its_fields_with_types_and_descriptions(site: Path) -> None:
    html = (site / "models" / "order" / "index.html").read_text(encoding="utf-8")
    text = re.sub(r"<[^>]+>", "", html)
    assert "Order" in text
    assert "status" in text
    assert "Only NEW orders can be cancelled" in text or "Only `NEW` orders" in text
    assert "OrderStatus" in text
    assert "from_dict" in text


def test_client_errors_webhooks_and_pagination_are_documented(site: Path) -> None:
    client = (site / "client" / "index.html").read_text(encoding="utf-8")
    assert 'id="juniper_fulfillment.JuniperClient.with_options"' in client
    errors = (site / "reference" / "errors" / "index.html").read_text(encoding="utf-8")
    assert 'id="juniper_fulfillment.errors.RateLimitError"' in errors
    webhooks = (site / "reference" / "webhooks" / "index.html").read_text(encoding="utf-8")
    assert 'id="juniper_fulfillment.webhooks.construct_event"' in webhooks
    pagination = (site / "pagination" / "index.html").read_text(encoding="utf-8")
    assert 'id="juniper_fulfillment.paginate"' in pagination


def test_pages_link_only_to_pages_that_exist_and_fetch_nothing_from_elsewhere(
    site: Path,
) -> None:
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 50
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in html, page
        assert "fonts.gstatic.com" not in html, page
        assert not re.search(r"{{|{%|%}", re.sub(r"<pre.*?</pre>", "", html, flags=re.S)), page
        parser = _Links()
        parser.feed(html)
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("#", "mailto:")):
                continue
            base = site if link.startswith("/") else page.parent  # 404.html links from the root
            target = (base / unquote(parts.path).lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            assert target.is_file(), f"{page.relative_to(site)} links to missing {link}"


def test_the_home_page_navigation_reaches_every_section(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    for section in ("Client", "Pagination", "Reference", "Operations", "Models"):
        assert f">{section}<" in html or f"> {section} <" in html or section in html
    assert 'href="operations/"' in html or 'href="operations/index.html"' in html
