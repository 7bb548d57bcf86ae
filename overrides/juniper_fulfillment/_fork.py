"""Resetting per-process state in the child after ``os.fork()``.

A forked child inherits its parent's keep-alive sockets and whatever locks other threads held at
that instant. Objects that own either register here; right after a fork, in the child, each gets
``_after_fork_in_child()`` and drops its connections (without closing them: the parent still uses
them) and replaces its locks. Done by ``os.register_at_fork`` rather than a pid check per request,
so the request path pays nothing for it.
"""

from __future__ import annotations

import os
import weakref
from typing import Protocol


class ForkAware(Protocol):
    def _after_fork_in_child(self) -> None: ...


_registered: weakref.WeakSet[ForkAware] = weakref.WeakSet()


def reset_after_fork(obj: ForkAware) -> None:
    """Call ``obj._after_fork_in_child()`` in every child forked while ``obj`` is alive."""
    _registered.add(obj)


def _reset_all() -> None:
    for obj in list(_registered):
        obj._after_fork_in_child()


if hasattr(os, "register_at_fork"):  # not on Windows, which cannot fork
    os.register_at_fork(after_in_child=_reset_all)
