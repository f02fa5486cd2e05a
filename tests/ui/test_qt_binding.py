"""The installed Qt binding keeps Python's reference counts straight.

PySide6 6.12.0 returns None from void methods without taking a reference. On Python 3.11,
where None is reference-counted, every `painter.save()` or `color.setRed()` then drops one
reference to None that was never taken, until the interpreter aborts with "Fatal Python
error: none_dealloc" - in the app, after a minute of scrolling the timetable. pyproject.toml
excludes that release; this test fails if a binding with the same fault is installed.
"""

from __future__ import annotations

import subprocess
import sys

# Run apart: a faulty binding kills the interpreter, which must not take pytest with it.
PROBE = """
import sys
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter

color = QColor("black")
image = QImage(8, 8, QImage.Format.Format_ARGB32)
painter = QPainter(image)
before = sys.getrefcount(None)
for _ in range(500):
    color.setRed(3)
    painter.save()
    painter.drawPoint(QPointF(1, 1))
    painter.restore()
print(before - sys.getrefcount(None))
painter.end()
"""


def test_void_qt_methods_do_not_drop_references_to_none() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert probe.returncode == 0, f"the Qt binding crashed Python:\n{probe.stderr[-2000:]}"
    lost = int(probe.stdout.strip())
    # A correct binding loses none (on Python 3.12+ None is immortal and its count does not
    # move at all); the faulty one loses one per call, 2,000 here.
    assert lost < 100, f"the Qt binding dropped {lost} references to None in 2,000 void calls"
