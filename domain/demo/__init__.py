"""The demo province: a deterministic, realistic Shandong for demos, tests and benchmarks.

`load_demo(scale, seed)` fills an empty database: regions, the HRSS bureaus, competent
departments, employers, CE bases, their departments, admins and professionals. Every demo
account's password is DEMO_PASSWORD; `DemoSummary.logins` names one login per role.
"""

from __future__ import annotations

from domain.demo.generate import DEMO_PASSWORD, DemoLogin, demo_logins, demo_rows
from domain.demo.load import DemoSummary, demo_loaded, load_demo

__all__ = [
    "DEMO_PASSWORD",
    "DemoLogin",
    "DemoSummary",
    "demo_loaded",
    "demo_logins",
    "demo_rows",
    "load_demo",
]
