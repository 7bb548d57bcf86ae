"""The ``format`` checks the fake applies to requests, whatever optional packages are installed.

jsonschema checks ``uri`` only when ``rfc3987`` or ``rfc3986-validator`` is installed, and takes
any string with an ``@`` for an ``email``: a fake that depended on that would accept
``website: ""`` on one machine and refuse it on another, then echo it back in answers that break
the spec. These checks follow the RFCs the formats name (RFC 3986 for URIs, RFC 5321/5322 dot-atom
addresses for email, RFC 1123 host names) with the standard library alone; every other format is
checked as OpenAPI 3.1's own checker does (``date``, ``date-time``, ``uuid``, ``int64``...).
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final

from jsonschema import FormatChecker  # type: ignore[import-untyped]
from openapi_schema_validator import oas31_format_checker

_UNRESERVED: Final = r"A-Za-z0-9\-._~"
_SUB_DELIMS: Final = r"!$&'()*+,;="
_PCT: Final = r"%[0-9A-Fa-f]{2}"
_PCHAR: Final = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:@]|{_PCT})"
_USERINFO: Final = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}:]|{_PCT})*"
_REG_NAME: Final = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}]|{_PCT})*"
_IP_LITERAL: Final = (
    r"\[(?P<ip>[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\.[" + _UNRESERVED + _SUB_DELIMS + r":]+)\]"
)
_AUTHORITY: Final = rf"(?:{_USERINFO}@)?(?:{_IP_LITERAL}|{_REG_NAME})(?::[0-9]*)?"
_SEGMENT: Final = rf"{_PCHAR}*"
_PATH_ABEMPTY: Final = rf"(?:/{_SEGMENT})*"
_PATH_ABSOLUTE: Final = rf"/(?:{_PCHAR}+(?:/{_SEGMENT})*)?"
_PATH_ROOTLESS: Final = rf"{_PCHAR}+(?:/{_SEGMENT})*"
_PATH_NOSCHEME: Final = rf"(?:[{_UNRESERVED}{_SUB_DELIMS}@]|{_PCT})+(?:/{_SEGMENT})*"
_QUERY: Final = rf"(?:{_PCHAR}|[/?])*"
_TAIL: Final = rf"(?:\?{_QUERY})?(?:#{_QUERY})?"
_URI: Final = re.compile(
    rf"[A-Za-z][A-Za-z0-9+.\-]*:(?://{_AUTHORITY}{_PATH_ABEMPTY}|{_PATH_ABSOLUTE}|{_PATH_ROOTLESS}|)"
    + _TAIL
)
_RELATIVE_REF: Final = re.compile(
    rf"(?://{_AUTHORITY}{_PATH_ABEMPTY}|{_PATH_ABSOLUTE}|{_PATH_NOSCHEME}|){_TAIL}"
)
_ATEXT: Final = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-]+"
_LOCAL_PART: Final = re.compile(
    rf'{_ATEXT}(?:\.{_ATEXT})*|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"'
)
_LABEL: Final = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?")


def _ip_literal_ok(match: re.Match[str]) -> bool:
    literal = match.group("ip")
    if literal is None or literal[:1] in {"v", "V"}:
        return True
    try:
        ipaddress.IPv6Address(literal)
    except ValueError:
        return False
    return True


def is_uri(value: object) -> bool:
    """An absolute URI (RFC 3986 ``URI``): a scheme, then what the scheme names."""
    if not isinstance(value, str):
        return True
    match = _URI.fullmatch(value)
    return match is not None and _ip_literal_ok(match)


def is_uri_reference(value: object) -> bool:
    """A URI or a relative reference (RFC 3986 ``URI-reference``)."""
    if not isinstance(value, str):
        return True
    if _URI.fullmatch(value):
        return is_uri(value)
    match = _RELATIVE_REF.fullmatch(value)
    return match is not None and _ip_literal_ok(match)


def is_hostname(value: object) -> bool:
    """A host name of dot-separated labels (RFC 1123), at most 253 characters."""
    if not isinstance(value, str):
        return True
    name = value[:-1] if value.endswith(".") else value
    return 0 < len(name) <= 253 and all(_LABEL.fullmatch(label) for label in name.split("."))


def is_email(value: object) -> bool:
    """``local@domain``: a dot-atom or quoted local part; a host name or an address literal."""
    if not isinstance(value, str):
        return True
    local, at, domain = value.rpartition("@")
    if not at or not 0 < len(local) <= 64 or len(value) > 254:
        return False
    if not _LOCAL_PART.fullmatch(local):
        return False
    if domain.startswith("[") and domain.endswith("]"):
        literal = domain[1:-1]
        try:
            if literal[:5].lower() == "ipv6:":
                ipaddress.IPv6Address(literal[5:])
            else:
                ipaddress.IPv4Address(literal)
        except ValueError:
            return False
        return True
    return not domain.endswith(".") and is_hostname(domain)


def _checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checkers = dict(oas31_format_checker.checkers)
    for name, check in (
        ("uri", is_uri),
        ("uri-reference", is_uri_reference),
        ("hostname", is_hostname),
        ("email", is_email),
    ):
        checker.checks(name)(check)
    return checker


FORMAT_CHECKER: Final = _checker()
"""One checker for every validator of the fake: built once, read-only afterwards."""
