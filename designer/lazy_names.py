"""A package's names loaded on first use (PEP 562): `__getattr__ = names_on_first_use(__name__,
{"name": "package.module", ...})` in its `__init__`, which imports none of those modules."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any


def names_on_first_use(package: str, exports: dict[str, str]) -> Callable[[str], Any]:
    """The package's `__getattr__`: each name in `exports` from its module, imported when the
    name is first asked for and kept in the package from then on."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)  # asked once
        return value

    return __getattr__
