"""PyInstaller runtime hook of the bundle (``packaging/planner-gui.spec``): PySide6's QtOpenGL module is left out.

It is the bundle's largest Python binding (8.9 MB on Linux). pyqtgraph imports it whenever it loads its curve item
(``PlotCurveItem``, ``Qt/OpenGLHelpers.py``), but uses it only on its OpenGL drawing path, which the app never turns on:
``useOpenGL`` stays off and every chart is drawn by QPainter, on screen, in Min plan's image and on paper. This module
stands in for it, so the import succeeds; anything taken from it raises an AttributeError that says why. QtOpenGLWidgets
(small, and pyqtgraph subclasses its QOpenGLWidget at import) and Qt's own libQt6OpenGL stay in the bundle.
"""

import sys
import types


class _LeftOut(types.ModuleType):
    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"PySide6.QtOpenGL.{name}: Qt's OpenGL module is not part of this bundle (its charts are drawn without "
            "OpenGL)"
        )


sys.modules.setdefault("PySide6.QtOpenGL", _LeftOut("PySide6.QtOpenGL"))
