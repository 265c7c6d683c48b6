"""Hatch build hook: compile the Qt translations before the wheel is built."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        script = Path(self.root) / "packaging" / "build_translations.py"
        spec = importlib.util.spec_from_file_location("build_translations", script)
        if spec is None or spec.loader is None:
            return
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        try:
            module.build()
        except Exception as exc:  # PySide6 not in the build env: the app falls back to .ts-less English
            self.app.display_warning(f"translations not compiled: {exc}")
