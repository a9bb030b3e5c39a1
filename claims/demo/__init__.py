"""The demo register: the 2025 Iran–Kazakhstan visits as five seed articles report them.

`data` holds the register as plain Python structures; `loader.load_demo()` writes it
through the workflow services, idempotently.
"""

from claims.demo.loader import DemoDataError, load_demo

__all__ = ["DemoDataError", "load_demo"]
