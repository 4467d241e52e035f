"""The bundle leaves PySide6's QtOpenGL module out (8.9 MB): ``packaging/qtopengl_left_out.py``, a PyInstaller
runtime hook, stands in for it. pyqtgraph imports QtOpenGL with its curve item but uses it only on its OpenGL path,
which the app never turns on. This checks that without building the bundle (which takes minutes;
tests/packaging/test_bundle.py draws a chart in the bundle too): with the stand-in installed before anything imports
Qt, as in the bundle, the app's chart draws lines, points and bars on screen, into an image and onto a PDF page, and
the stand-in says why when used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.packaging.helpers import ROOT

SCRIPT = r"""
import runpy, sys
runpy.run_path(sys.argv[1])
from PySide6.QtCore import QPoint
from PySide6.QtGui import QPainter, QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication
import pyqtgraph as pg
app = QApplication([])
from planner_gui.ui.progress.chart import ProgressChart
assert type(sys.modules["PySide6.QtOpenGL"]).__name__ == "_LeftOut"
chart = ProgressChart()
chart.plot.plot([1.0, 2.0, 3.0, 4.0], [3.0, 5.0, 4.0, 7.0], symbol="o")
chart.plot.addItem(pg.BarGraphItem(x=[1, 2], height=[2, 3], width=0.3))
chart.resize(600, 300)
image = chart.grab().toImage()
assert not image.isNull()
writer = QPdfWriter(sys.argv[2])
writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
painter = QPainter(writer)
chart.render(painter, QPoint(0, 0))
painter.end()
try:
    sys.modules["PySide6.QtOpenGL"].QOpenGLBuffer
except AttributeError as err:
    print("refused:", err)
print(f"drawn {image.width()}x{image.height()}", flush=True)
del painter, writer, image
chart.deleteLater()
app.processEvents()
"""


def test_charts_draw_without_qt_opengl(tmp_path: Path) -> None:
    pdf = tmp_path / "chart.pdf"
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(ROOT / "packaging" / "qtopengl_left_out.py"), str(pdf)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "drawn 600x300" in proc.stdout, proc.stdout
    assert "not part of this bundle" in proc.stdout, proc.stdout
    assert pdf.stat().st_size > 1000
