"""The README's example test for a partner's "order shipped" handler passes, run as pytest would.

tests/test_readme.py runs every README block (which only defines this one's functions); here each
``test_*`` function of the "Testing with a local Juniper" section gets a fresh ``juniper_fake``.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest

from juniper_fulfillment.testing import FakeJuniper

README = Path(__file__).resolve().parents[1] / "README.md"


def section_blocks() -> list[str]:
    text = README.read_text(encoding="utf-8")
    section = text.split("## Testing with a local Juniper", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^```python\n(.*?)^```", section, re.DOTALL | re.MULTILINE)


def test_the_section_has_an_example_test() -> None:
    assert any("def test_" in block for block in section_blocks())


def test_the_example_tests_pass_with_the_fixture(pytestconfig: pytest.Config) -> None:
    # The fixture comes from the plugin the package registers under the pytest11 entry point.
    assert pytestconfig.pluginmanager.has_plugin("juniper_fulfillment")
    ran = []
    for index, source in enumerate(section_blocks()):
        namespace: dict[str, Any] = {"__name__": f"readme_testing_block_{index}"}
        exec(compile(source, f"README.md:testing{index}", "exec"), namespace)  # noqa: S102
        for name, function in namespace.items():
            if name.startswith("test_") and inspect.isfunction(function):
                assert list(inspect.signature(function).parameters) == ["juniper_fake"]
                with FakeJuniper() as fake:
                    function(fake)
                ran.append(name)
    assert ran == ["test_the_customer_hears_when_the_order_ships"]
