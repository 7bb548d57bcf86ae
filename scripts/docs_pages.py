"""MkDocs hook: the reference pages and their navigation, made from the packages at build time.

One page per operation (``juniper_fulfillment_client.api.<tag>.<operation>``), one per model
module, and one per public module of the overlay (``errors``, ``webhooks``, ``testing`` once it
exists, ...), each rendered by mkdocstrings. A regenerated client or a new overlay module appears
in the site with no list to keep by hand, and a module that does not exist yet is simply not
listed (mkdocstrings would fail the strict build on it). Hand-written pages (home, client,
pagination) are the files in ``docs/``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[1]
CLIENT = ROOT / "generated" / "juniper_fulfillment_client"
OVERLAY = ROOT / "overrides" / "juniper_fulfillment"
CLASS = re.compile(r"^class (\w+)\b", re.MULTILINE)
# Hand-written pages, in the order of the navigation.
GUIDE = [{"Home": "index.md"}, {"Client": "client.md"}, {"Pagination": "pagination.md"}]


@dataclass(frozen=True)
class Page:
    path: str  # inside the site's docs, e.g. "operations/orders/create_order.md"
    title: str
    content: str


def public(path: Path) -> bool:
    return not path.name.startswith("_")


def operation_pages() -> dict[str, list[Page]]:
    """Per tag, one page per operation module."""
    tags: dict[str, list[Page]] = {}
    for tag in sorted(p for p in (CLIENT / "api").iterdir() if p.is_dir() and public(p)):
        for module in sorted(p for p in tag.glob("*.py") if public(p)):
            dotted = f"juniper_fulfillment_client.api.{tag.name}.{module.stem}"
            content = (
                f"# {module.stem}\n\n"
                f"`from juniper_fulfillment_client.api.{tag.name} import {module.stem}`\n\n"
                "`sync` and `asyncio` return the parsed model and raise on errors; "
                "`sync_detailed` and `asyncio_detailed` return a `Response` with the status, "
                "headers, raw content and `parsed`.\n\n"
                f"::: {dotted}\n"
                "    options:\n"
                "      show_root_heading: false\n"
                "      members: [sync, asyncio, sync_detailed, asyncio_detailed]\n"
            )
            page = Page(f"operations/{tag.name}/{module.stem}.md", module.stem, content)
            tags.setdefault(tag.name, []).append(page)
    return tags


def model_pages() -> list[Page]:
    """One page per model module, titled by the class it defines."""
    pages = []
    for module in sorted(p for p in (CLIENT / "models").glob("*.py") if public(p)):
        classes = CLASS.findall(module.read_text(encoding="utf-8"))
        if not classes:
            continue
        dotted = f"juniper_fulfillment_client.models.{module.stem}"
        title, *others = classes
        content = (
            f"# {title}\n\n`from juniper_fulfillment_client.models import {title}`\n\n"
            f"::: {dotted}.{title}\n    options:\n      show_root_heading: false\n\n"
        )
        content += "".join(f"::: {dotted}.{name}\n\n" for name in others)
        pages.append(Page(f"models/{module.stem}.md", title, content))
    return pages


def overlay_pages() -> list[Page]:
    """One page per public module or subpackage of juniper_fulfillment."""
    pages = []
    for path in sorted(OVERLAY.iterdir()):
        name = path.stem if path.suffix == ".py" else path.name
        is_module = path.suffix == ".py" or (path / "__init__.py").is_file()
        if not is_module or not public(path):
            continue
        dotted = f"juniper_fulfillment.{name}"
        # The page title names the module; attributes set in __init__ without a docstring of
        # their own are described in their class's docstring already.
        content = (
            f"# `{dotted}`\n\n::: {dotted}\n    options:\n      show_root_heading: false\n"
            "      show_if_no_docstring: false\n"
        )
        pages.append(Page(f"reference/{name}.md", dotted, content))
    return pages


def index_page(folder: str, title: str, intro: str, pages: list[Page]) -> Page:
    rows = "".join(f"- [{page.title}]({Path(page.path).relative_to(folder)})\n" for page in pages)
    return Page(f"{folder}/index.md", title, f"# {title}\n\n{intro}\n\n{rows}")


def all_pages() -> tuple[list[Any], list[Page]]:
    """The navigation of the generated part, and its pages."""
    operations = operation_pages()
    models = model_pages()
    overlay = overlay_pages()
    every_operation = [page for pages in operations.values() for page in pages]
    operations_index = index_page(
        "operations",
        "Operations",
        "Every operation of the API, by tag. Each module has four functions: `sync`, `asyncio`, "
        "`sync_detailed` and `asyncio_detailed`; pass `client=JuniperClient(...)`.",
        every_operation,
    )
    models_index = index_page(
        "models",
        "Models",
        "Request and response bodies (attrs classes with `to_dict` and `from_dict`) and enums. "
        "Fields the server adds are kept in `additional_properties`; enum values the server adds "
        "are accepted.",
        models,
    )
    navigation: list[Any] = [
        *GUIDE,
        {"Reference": [{page.title: page.path} for page in overlay]},
        {
            "Operations": [
                operations_index.path,
                *({tag: [{p.title: p.path} for p in pages]} for tag, pages in operations.items()),
            ]
        },
        {"Models": [models_index.path, *({page.title: page.path} for page in models)]},
    ]
    return navigation, [*overlay, operations_index, *every_operation, models_index, *models]


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    config["nav"] = all_pages()[0]
    return config


# reST markup in docstrings, which Markdown leaves visible: a role before inline code
# (:class:`X` becomes ":class:<code>X</code>") and "::" announcing a literal block.
REST_ROLE = re.compile(r":(?:mod|class|func|meth|attr|exc|data|obj):(?=<code)")
REST_LITERAL = re.compile(r"::</p>")


def on_page_content(html: str, **_: Any) -> str:
    return REST_LITERAL.sub(":</p>", REST_ROLE.sub("", html))


def on_files(files: Files, config: MkDocsConfig) -> Files:
    for page in all_pages()[1]:
        files.append(File.generated(config, page.path, content=page.content))
    return files
