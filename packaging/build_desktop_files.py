"""Generate the Linux desktop-integration files from the templates in packaging/.

    python packaging/build_desktop_files.py OUT_DIR

Writes OUT_DIR/share/applications/<APP_ID>.desktop, share/metainfo/<APP_ID>.metainfo.xml,
share/mime/packages/<APP_ID>.xml and share/icons/hicolor/{SIZE}/apps/<APP_ID>.png + the
scalable SVG - the layout a prefix such as ~/.local expects. The app ID and version come
from planner/__init__.py, so they are defined once.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))

from planner import APP_ID, __version__  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def fill(template: Path) -> str:
    return (
        template.read_text(encoding="utf-8")
        .replace("@APP_ID@", APP_ID)
        .replace("@VERSION@", __version__)
    )


def render_icons(svg: Path, out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    written = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = out / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
        written.append(target)
    return written


def build(out: Path) -> list[Path]:
    written = []
    targets = {
        HERE / f"{APP_ID}.desktop.in": out / "share" / "applications" / f"{APP_ID}.desktop",
        HERE / f"{APP_ID}.metainfo.xml.in": out / "share" / "metainfo" / f"{APP_ID}.metainfo.xml",
    }
    for template, target in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(fill(template), encoding="utf-8")
        written.append(target)
    mime = out / "share" / "mime" / "packages" / f"{APP_ID}.xml"
    mime.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / f"{APP_ID}.mime.xml", mime)
    written.append(mime)
    svg = REPO / "resources" / "icons" / "planner.svg"
    scalable = out / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    written.extend(render_icons(svg, out))
    return written


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "build" / "desktop"
    for path in build(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
