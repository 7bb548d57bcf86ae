"""The ``juniper`` console script: every operation of the API from a shell.

``juniper <tag> <operation> [--<param> value ...] [--body @file.json | - | JSON]``. The commands
are read at run time from the resource classes of the generated package (their methods, their
signatures and the summaries the spec gives them), so an operation a new spec adds is a command
with no change here. The client is configured exactly as ``JuniperClient.from_env``.

Output is JSON on stdout: one object, or one object per line for a listing (every page followed).
Exit status: 0 success, 1 the API or the connection failed (the message on stderr), 2 a usage
error (unknown command, bad option, a body that does not fit the operation, missing settings);
nothing is sent on a usage error. ``juniper webhooks sign|verify`` sign and check webhook
deliveries with the secret from the environment.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import importlib
import inspect
import json
import os
import sys
import types
import typing
import uuid
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NoReturn

from juniper_fulfillment_client import api as _api
from juniper_fulfillment_client.types import Unset

PROG = "juniper"
USAGE_ERROR = 2
API_ERROR = 1
# The name of the variable, not a secret.
WEBHOOK_SECRET_ENV = "JUNIPER_WEBHOOK_SECRET"  # noqa: S105
# Keyword arguments every resource method takes that are settings of the call, not the API's.
_CALL_OPTIONS = frozenset({"self", "timeout", "extra_headers", "max_retries", "extra_body"})
_ENVIRONMENT_HELP = (
    "The client reads JUNIPER_CLIENT_ID, JUNIPER_CLIENT_SECRET, JUNIPER_ENVIRONMENT and, "
    "optionally, JUNIPER_BASE_URL, JUNIPER_TOKEN_URL, JUNIPER_TOKEN_AUTH_METHOD and "
    "JUNIPER_SCOPE, as "
    "JuniperClient.from_env does. Exit status: 0 success, 1 API or connection error, "
    "2 usage error."
)


_SIGN_HELP = "Print the X-Juniper-Signature header for a body (stdin)"
_VERIFY_HELP = "Check a delivery's signature and body (stdin); exit 0, or 1 with the reason"


class UsageError(Exception):
    """A mistake in the command line or its input; nothing was sent."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(USAGE_ERROR, f"{self.prog}: error: {message}\n")


# ---------------------------------------------------------------------------- the operations
def _dashed(name: str) -> str:
    return name.replace("_", "-")


def _summary(method: Callable[..., Any]) -> str:
    """The operation's summary in the spec: the first line the generator writes in the docstring."""
    doc = inspect.getdoc(method) or ""
    return doc.strip().splitlines()[0].strip() if doc.strip() else ""


def _resource_class(tag: str) -> type[Any]:
    """The sync resource class of a tag package (``OrdersResource`` for ``orders``)."""
    package = importlib.import_module(f"{_api.__name__}.{tag}")
    for name, value in vars(package).items():
        if (
            isinstance(value, type)
            and value.__module__ == package.__name__
            and name.endswith("Resource")
            and not name.startswith("Async")
        ):
            return value
    raise LookupError(f"{package.__name__} has no resource class")


def operations() -> Iterator[tuple[str, str, Callable[..., Any]]]:
    """(tag, operation, unbound resource method) for every operation, tags and methods sorted."""
    for tag in sorted(_api.TAGS):
        resource = _resource_class(tag)
        for name, method in sorted(vars(resource).items()):
            if not name.startswith("_") and inspect.isfunction(method):
                yield tag, name, method


# ------------------------------------------------------------------------ parameter types
def _members(annotation: Any) -> list[Any]:
    """The types a parameter may take, without ``Unset`` and ``None``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        found: list[Any] = []
        for member in typing.get_args(annotation):
            found.extend(_members(member))
        return found
    if annotation in (Unset, type(None)):
        return []
    return [annotation]


def _scalar(kind: Any) -> Callable[[str], Any]:
    if kind is bool:
        return _boolean
    if kind in (int, float, str):
        return typing.cast("Callable[[str], Any]", kind)
    if kind is datetime.datetime:
        return _date_time
    if kind is datetime.date:
        return datetime.date.fromisoformat
    if kind is uuid.UUID:
        return uuid.UUID
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        # The generated enums take values the spec does not list yet, as the API may send them.
        return typing.cast("Callable[[str], Any]", kind)
    return json.loads  # anything else (a model, a mapping) is given as JSON text


def _boolean(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError(text)


def _date_time(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))


class _Param:
    """One parameter of an operation as a command-line option."""

    def __init__(self, name: str, parameter: inspect.Parameter, annotation: Any) -> None:
        self.name = name
        self.required = parameter.default is inspect.Parameter.empty
        default = None if self.required else parameter.default
        self.default = None if isinstance(default, Unset) else default
        self.positional = parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        kinds = _members(annotation)
        self.is_list = len(kinds) == 1 and typing.get_origin(kinds[0]) is list
        if self.is_list:
            kinds = _members(typing.get_args(kinds[0])[0]) or [str]
        self.kinds = kinds
        self.choices = [
            str(member.value)
            for kind in kinds
            if isinstance(kind, type) and issubclass(kind, enum.Enum)
            for member in kind
        ]

    def convert(self, text: str) -> Any:
        errors: list[str] = []
        for kind in self.kinds or [str]:
            try:
                return _scalar(kind)(text)
            except (ValueError, TypeError) as error:
                errors.append(type(error).__name__)
        names = " or ".join(getattr(kind, "__name__", str(kind)) for kind in self.kinds)
        raise UsageError(f"--{_dashed(self.name)}: expected {names}, got {text!r}")


def _params(method: Callable[..., Any]) -> list[_Param]:
    hints = typing.get_type_hints(method)
    return [
        _Param(name, parameter, hints.get(name, str))
        for name, parameter in inspect.signature(method).parameters.items()
        if name not in _CALL_OPTIONS and name != "body"
    ]


def _takes_body(method: Callable[..., Any]) -> tuple[bool, bool]:
    """Whether ``method`` takes a request body, and whether it must be given."""
    parameter = inspect.signature(method).parameters.get("body")
    if parameter is None:
        return False, False
    return True, parameter.default is inspect.Parameter.empty


# ------------------------------------------------------------------------------- the parser
def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Call the Juniper Order Fulfillment API. Output is JSON on stdout; a listing "
        "prints one object per line and follows every page.",
        epilog=_ENVIRONMENT_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    tags = parser.add_subparsers(dest="tag", metavar="<tag>", title="commands")
    tags.required = True
    by_tag: dict[str, list[tuple[str, Callable[..., Any]]]] = {}
    for tag, name, method in operations():
        by_tag.setdefault(tag, []).append((name, method))
    listing = ["operations (juniper <tag> <operation> --help for its options):"]
    for tag, methods in by_tag.items():
        listing += [
            f"  {_dashed(tag) + ' ' + _dashed(name):<44} {_summary(method)}"
            for name, method in methods
        ]
    listing += [
        f"  {'webhooks sign':<44} {_SIGN_HELP}",
        f"  {'webhooks verify':<44} {_VERIFY_HELP}",
    ]
    parser.description = f"{parser.description}\n\n" + "\n".join(listing)
    for tag, methods in by_tag.items():
        tag_parser = tags.add_parser(
            _dashed(tag),
            help=", ".join(_dashed(name) for name, _ in methods),
            description=f"The {_dashed(tag)} operations.",
        )
        commands = tag_parser.add_subparsers(
            dest="operation", metavar="<operation>", title="operations"
        )
        commands.required = True
        for name, method in methods:
            _add_operation(commands, name, method)
    _add_webhooks(tags)
    return parser


def _add_operation(commands: Any, name: str, method: Callable[..., Any]) -> None:
    summary = _summary(method)
    command: argparse.ArgumentParser = commands.add_parser(
        _dashed(name), help=summary, description=summary
    )
    params = _params(method)
    for param in params:
        notes = []
        if param.choices:
            notes.append("one of: " + ", ".join(param.choices))
        if param.is_list:
            notes.append("repeat for several")
        if param.required:
            notes.append("required")
        elif param.default is not None:
            notes.append(f"default: {param.default}")
        kinds = "/".join(getattr(kind, "__name__", "JSON") for kind in param.kinds) or "str"
        command.add_argument(
            f"--{_dashed(param.name)}",
            dest=f"param_{param.name}",
            required=param.required,
            action="append" if param.is_list else "store",
            metavar=kinds.upper(),
            help="; ".join(notes) or None,
        )
    takes_body, body_required = _takes_body(method)
    if takes_body:
        command.add_argument(
            "--body",
            required=body_required,
            metavar="@FILE|-|JSON",
            help="the JSON request body: @path to read a file, - to read stdin, or the JSON text",
        )
    command.set_defaults(handler=_call, method_name=name, params=params, takes_body=takes_body)


# --------------------------------------------------------------------------- calling the API
def _read_body(spec: str) -> Any:
    if spec == "-":
        text: str | bytes = sys.stdin.buffer.read()
        where = "stdin"
    elif spec.startswith("@"):
        path = spec[1:]
        try:
            with open(path, "rb") as file:
                text = file.read()
        except OSError as error:
            raise UsageError(f"--body: cannot read {path}: {error.strerror}") from None
        where = path
    else:
        text, where = spec, "--body"
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        # The message gives where and the kind of failure, never a piece of the body.
        raise UsageError(f"--body: {where} is not JSON ({type(error).__name__})") from None


def _client() -> Any:
    from ._client import JuniperClient

    try:
        return JuniperClient.from_env()
    except (ValueError, TypeError) as error:
        raise UsageError(str(error)) from None


def _call(args: argparse.Namespace) -> int:
    from ._pagination import SyncCursorPage
    from .errors import RequestValidationError

    kwargs: dict[str, Any] = {}
    positional: list[Any] = []
    for param in args.params:
        given = getattr(args, f"param_{param.name}")
        if given is None:
            continue
        value = [param.convert(text) for text in given] if param.is_list else param.convert(given)
        if param.positional:
            positional.append(value)
        else:
            kwargs[param.name] = value
    if args.takes_body and args.body is not None:
        kwargs["body"] = _read_body(args.body)
    with _client() as client:
        resource = getattr(client, args.tag.replace("-", "_"))
        try:
            result = getattr(resource, args.method_name)(*positional, **kwargs)
            # A page iterates over every item of the following pages too.
            if isinstance(result, SyncCursorPage | list):
                for item in result:
                    _print(item)
            elif result is not None:
                _print(result)
        except RequestValidationError as error:
            raise UsageError(f"--body: {error}") from None
    return 0


def _print(value: Any) -> None:
    to_json = getattr(value, "to_json", None)
    text = to_json() if callable(to_json) else json.dumps(value, ensure_ascii=False)
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


# ------------------------------------------------------------------------------- webhooks
def _add_webhooks(tags: Any) -> None:
    webhooks = tags.add_parser(
        "webhooks",
        help="sign, verify",
        description="Sign or verify an order status notification. The body is read from stdin; "
        f"the secret from ${WEBHOOK_SECRET_ENV} (or the variables --secret-env names).",
    )
    commands = webhooks.add_subparsers(dest="operation", metavar="<operation>", title="operations")
    commands.required = True
    secret_help = (
        f"the environment variable holding a webhook secret (default {WEBHOOK_SECRET_ENV}); "
        "repeat to accept either of two secrets during a rotation"
    )
    verify = commands.add_parser(
        "verify",
        help=_VERIFY_HELP,
        description="Check a delivery: the body on stdin, its headers as options. Prints the "
        "notification as JSON and exits 0 when it is genuine; exits 1 with the reason otherwise.",
    )
    verify.add_argument("--signature", help="the X-Juniper-Signature header")
    verify.add_argument("--webhook-id", help="the X-Juniper-Webhook-Id header")
    verify.add_argument(
        "-H",
        "--header",
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="a request header as received; repeat for several",
    )
    verify.add_argument(
        "--tolerance", type=float, default=None, help="seconds a timestamp may be off (300)"
    )
    verify.add_argument("--secret-env", action="append", help=secret_help)
    verify.set_defaults(handler=_verify)
    sign = commands.add_parser(
        "sign",
        help=_SIGN_HELP,
        description="Print the X-Juniper-Signature value Juniper would send with the body on "
        "stdin, for testing a receiver.",
    )
    sign.add_argument("--timestamp", type=int, help="Unix seconds to sign at (default: now)")
    sign.add_argument("--secret-env", action="append", help=secret_help)
    sign.set_defaults(handler=_sign)


def _secrets(names: Sequence[str] | None) -> list[str]:
    secrets = []
    for name in names or [WEBHOOK_SECRET_ENV]:
        value = os.environ.get(name)
        if not value:
            raise UsageError(f"set {name} to the webhook secret")
        secrets.append(value)
    return secrets


def _verify(args: argparse.Namespace) -> int:
    from .errors import WebhookVerificationError
    from .webhooks import DEFAULT_TOLERANCE, SIGNATURE_HEADER, WEBHOOK_ID_HEADER, construct_event

    headers: dict[str, str] = {}
    for line in args.header:
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise UsageError(f"--header: expected 'Name: value', got {name.strip()!r}")
        headers[name.strip()] = value.strip()
    if args.signature is not None:
        headers[SIGNATURE_HEADER] = args.signature
    if args.webhook_id is not None:
        headers[WEBHOOK_ID_HEADER] = args.webhook_id
    secrets = _secrets(args.secret_env)
    body = sys.stdin.buffer.read()
    tolerance = DEFAULT_TOLERANCE if args.tolerance is None else args.tolerance
    try:
        event = construct_event(body, headers, secrets, tolerance=tolerance)
    except WebhookVerificationError as error:
        print(f"{PROG}: not verified: {error}", file=sys.stderr)
        return API_ERROR
    except (TypeError, ValueError) as error:
        raise UsageError(str(error)) from None
    _print(event)
    return 0


def _sign(args: argparse.Namespace) -> int:
    from .webhooks import sign

    secrets = _secrets(args.secret_env)
    if len(secrets) != 1:
        raise UsageError("sign takes one secret: give --secret-env once")
    body = sys.stdin.buffer.read()
    try:
        header = sign(body, secrets[0], timestamp=args.timestamp)
    except (TypeError, ValueError) as error:
        raise UsageError(str(error)) from None
    sys.stdout.write(header + "\n")
    return 0


# ------------------------------------------------------------------------------------ main
def main(argv: Sequence[str] | None = None) -> int:
    from .errors import JuniperError

    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    # Python's spelling of a tag or an operation works too (partner_settings, list_orders).
    for index in range(min(2, len(arguments))):
        if not arguments[index].startswith("-"):
            arguments[index] = _dashed(arguments[index])
    args = parser.parse_args(arguments)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UsageError as error:
        parser.exit(USAGE_ERROR, f"{PROG}: error: {error}\n")
    except JuniperError as error:
        print(f"{PROG}: {type(error).__name__}: {error}", file=sys.stderr)
        return API_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (`juniper ... | head`): not an error of the call. Python
        # would report the failed flush at exit, so stdout is pointed at nothing first.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
