"""The environments ``JuniperClient`` knows, derived from the description's ``servers``.

Run by the generator as a post-hook (generator-config.yaml), it writes ``_spec.py`` into the
generated package: the API version and, for each server, its base URL and token URL. A server
moved by the vendor therefore moves in the client at the next ``make generate``, and a description
this module cannot read fails the generation instead of leaving old URLs behind.

The rules, which the description allows and the README states:

- the environment's name is the first word of the server's ``description``, lower-cased
  (``Sandbox, for integration and testing`` -> ``sandbox``); ``sandbox`` and ``production`` must
  both be present;
- the OAuth2 client-credentials flow states one ``tokenUrl``. The token host is the API host with
  its first label replaced by the first label of the tokenUrl's host: with tokenUrl
  ``https://auth.fulfillment.juniperhealth.com/oauth2/token``, the server
  ``https://api.fulfillment.sandbox.juniperhealth.com/v1`` gets
  ``https://auth.fulfillment.sandbox.juniperhealth.com/oauth2/token``. The tokenUrl's own host
  must be what this rule gives for one of the servers, so the rule is checked against the one URL
  the vendor does state.
"""

from __future__ import annotations

import sys
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

REQUIRED = ("sandbox", "production")


class ServerError(Exception):
    """The description's servers or token URL do not follow the rules above."""


@dataclass(frozen=True)
class Environment:
    base_url: str
    token_url: str


def _token_url(base_url: str, token_url: str) -> str:
    server, token = urllib.parse.urlsplit(base_url), urllib.parse.urlsplit(token_url)
    _, _, server_parent = (server.hostname or "").partition(".")
    token_label = (token.hostname or "").partition(".")[0]
    if not server_parent or not token_label:
        raise ServerError(f"cannot derive a token URL from {base_url} and {token_url}")
    return urllib.parse.urlunsplit(
        (token.scheme, f"{token_label}.{server_parent}", token.path, "", "")
    )


def token_url(spec: dict[str, Any]) -> str:
    """The tokenUrl of the (single) OAuth2 client-credentials flow."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    urls = {
        str(scheme["flows"]["clientCredentials"]["tokenUrl"])
        for scheme in schemes.values()
        if isinstance(scheme, dict)
        and scheme.get("type") == "oauth2"
        and "clientCredentials" in (scheme.get("flows") or {})
    }
    if len(urls) != 1:
        raise ServerError(f"expected one OAuth2 client-credentials tokenUrl, found {sorted(urls)}")
    return urls.pop()


def environments(spec: dict[str, Any]) -> dict[str, Environment]:
    """Environment name -> base URL and token URL, by the rules of this module."""
    stated = token_url(spec)
    found: dict[str, Environment] = {}
    for server in spec.get("servers") or []:
        url = str(server.get("url", "")).rstrip("/")
        words = str(server.get("description") or "").replace(",", " ").split()
        if not url or not words:
            raise ServerError(f"server {server!r} needs a url and a description naming it")
        found[words[0].lower()] = Environment(url, _token_url(url, stated))
    missing = [name for name in REQUIRED if name not in found]
    if missing:
        raise ServerError(f"servers have no {' or '.join(missing)} environment: {sorted(found)}")
    if stated not in {environment.token_url for environment in found.values()}:
        raise ServerError(f"tokenUrl {stated} matches none of the servers' hosts")
    return found


def render(spec: dict[str, Any]) -> str:
    """The source of the generated ``_spec.py``."""
    info = spec.get("info") or {}
    lines = [
        '"""Facts of the OpenAPI description this package was generated from."""',
        "",
        "from typing import Final",
        "",
        "# info.version of the description.",
        f"API_VERSION: Final = {str(info.get('version'))!r}",
        "",
        "# Environment name -> (base URL, token URL), from servers and the OAuth2 tokenUrl.",
        "ENVIRONMENTS: Final[dict[str, tuple[str, str]]] = {",
    ]
    for name, environment in environments(spec).items():
        lines.append(f"    {name!r}: ({environment.base_url!r}, {environment.token_url!r}),")
    lines.append("}")
    lines += [
        "",
        "# JSON keys holding a customer's personal data, redacted from logged bodies: the",
        "# properties of every schema a `customer` property refers to, and of those it refers to.",
        "PERSONAL_DATA_KEYS: Final[frozenset[str]] = frozenset(",
        "    {",
        *(f"        {key!r}," for key in sorted(personal_data_keys(spec))),
        "    }",
        ")",
    ]
    return "\n".join(lines) + "\n"


def personal_data_keys(spec: dict[str, Any]) -> set[str]:
    """The property names of the schemas a ``customer`` property refers to, transitively.

    Derived, not listed, so a field the vendor adds to the customer or its address is redacted
    from logged bodies at the next ``make generate`` with no code.
    """
    schemas: dict[str, Any] = (spec.get("components") or {}).get("schemas") or {}

    def refs(node: object) -> Iterator[str]:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                yield ref.rsplit("/", 1)[1]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    pending = [
        name
        for schema in schemas.values()
        for prop, value in ((schema or {}).get("properties") or {}).items()
        if prop == "customer"
        for name in refs(value)
    ]
    seen: set[str] = set()
    keys: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        properties = schemas[name].get("properties") or {}
        keys.update(properties)
        pending.extend(refs(properties))
    return keys


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m scripts.servers SPEC OUTPUT", file=sys.stderr)
        return 2
    spec = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))
    try:
        Path(argv[1]).write_text(render(spec), encoding="utf-8")
    except ServerError as error:
        print(f"servers: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
