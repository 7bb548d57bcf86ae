"""Single calls of several sides timed in turn, call by call, and compared window by window.

On a shared virtual machine the speed drifts and stalls for whole seconds. Timing each side in
its own block (even in ABBA order) lets a stall land on one side only: the same call measured
1.01x in one run and 1.12x in the next. Here the sides take turns call by call (the order
rotating every round, so none always follows another), each call is timed alone, and a ratio is
the median, over windows of a few dozen rounds (a few milliseconds), of the ratio of the two
sides' medians in that window. A stall then slows both sides of the windows it touches alike.
"""

from __future__ import annotations

import contextlib
import dataclasses
import statistics
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

WARMUP_ROUNDS = 20


@dataclass(frozen=True)
class Side:
    """One side of a figure: ``call`` is timed; ``around`` is entered before the timing and left
    after it (switching tracing or the decoder on for this side only)."""

    call: Callable[[], object]
    around: Callable[[], contextlib.AbstractContextManager[object]] = contextlib.nullcontext


@dataclass(frozen=True)
class Result:
    """Per side, the median time of one call (seconds) and its ratio to the reference side."""

    medians: dict[str, float]
    ratios: dict[str, float]
    rounds: int
    windows: int

    def as_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def _turns(names: list[str], round_number: int) -> Iterator[str]:
    """The sides in the order of round ``round_number``: rotated by one each round, and reversed
    every other, so every side is first, last and after every other equally often."""
    count = len(names)
    shift = round_number % count
    order = names[shift:] + names[:shift]
    return iter(order if (round_number // count) % 2 == 0 else order[::-1])


def interleaved(
    sides: Mapping[str, Side],
    *,
    reference: str,
    rounds: int,
    window: int = 25,
    clock: Callable[[], int] = time.perf_counter_ns,
) -> Result:
    """Time ``rounds`` calls of every side, in turn, after ``WARMUP_ROUNDS`` untimed rounds.

    ``reference`` is the side the ratios divide by (raw httpx, or the client without the
    feature). ``clock`` gives nanoseconds (a test can pass its own).
    """
    if reference not in sides:
        raise ValueError(f"reference {reference!r} is not one of the sides {list(sides)}")
    if rounds < window or window < 1:
        raise ValueError("rounds must be at least window, and window at least 1")
    names = list(sides)
    times: dict[str, list[int]] = {name: [] for name in names}
    for round_number in range(WARMUP_ROUNDS + rounds):
        for name in _turns(names, round_number):
            side = sides[name]
            with side.around():
                started = clock()
                side.call()
                ended = clock()
            if round_number >= WARMUP_ROUNDS:
                times[name].append(ended - started)
    windows = rounds // window
    window_ratios: dict[str, list[float]] = {name: [] for name in names}
    for index in range(windows):
        part = slice(index * window, (index + 1) * window)
        base = statistics.median(times[reference][part])
        for name in names:
            window_ratios[name].append(statistics.median(times[name][part]) / base)
    return Result(
        medians={name: statistics.median(values) / 1e9 for name, values in times.items()},
        ratios={name: statistics.median(values) for name, values in window_ratios.items()},
        rounds=rounds,
        windows=windows,
    )
