"""Entry point: ``newsreader`` / ``python -m newsreader``."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # import workers in a frozen (PyInstaller) bundle
        import multiprocessing  # ~20 ms of imports: not on an ordinary start

        multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from newsreader.commands import COMMANDS, run_cli

    if args and (args[0] in COMMANDS or args[0] in ("-h", "--help", "--version")):
        return run_cli(args)
    # Start-up builds objects that live as long as the process (modules, classes, PySide6's enums)
    # and hardly any garbage, so the cyclic collector only costs time before the first paint
    # (about 60 collections). run_gui turns it back on once the window has painted.
    gc.disable()
    try:
        from newsreader.app import run_gui

        return run_gui(args)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main())
