"""The Qt GUI: a thin client over the core.

Importing the package loads PySide6 through :mod:`newsreader.ui.pyside` first, whichever of its
modules is imported first (see there why).
"""

from newsreader.ui import pyside as _pyside  # noqa: F401
