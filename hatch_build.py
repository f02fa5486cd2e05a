"""Wheel build hook: compile the translation sources into the `.qm` files the app loads.

The `.ts` sources live in `resources/translations/` (in git); the compiled catalogs are
made here, by Qt's `lrelease`, and only ever shipped inside the wheel - never committed,
so they cannot drift from their sources. An editable install compiles on first need
instead (see `planner/ui/catalogs.py`).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

ROOT = Path(__file__).resolve().parent


def _catalogs() -> Any:
    # Loaded by path: the package is not installed while its wheel is being built.
    spec = importlib.util.spec_from_file_location(
        "_planner_catalogs", ROOT / "planner" / "ui" / "catalogs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defined
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        self._out = Path(tempfile.mkdtemp(prefix="planner-qm-"))
        catalogs = _catalogs()
        for qm in catalogs.compile_all(self._out, ROOT / "resources" / "translations"):
            build_data["force_include"][str(qm)] = (
                f"planner/_bundled/resources/translations/{qm.name}"
            )

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        out = getattr(self, "_out", None)
        if out is not None:
            shutil.rmtree(out, ignore_errors=True)
