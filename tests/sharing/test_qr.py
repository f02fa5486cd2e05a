"""QR codes of share links, read back by an independent decoder (zbar's zbarimg)."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from planner.domain.errors import UsageError
from planner.sharing import giggity, qr

if TYPE_CHECKING:
    from pathlib import Path

FEED = "https://fosdem.org/2025/schedule/xml"


def zbar(image: Path) -> str:
    """What zbarimg reads from the image (it is installed by the test command)."""
    zbarimg = shutil.which("zbarimg")
    assert zbarimg, "zbarimg is missing: scripts/test installs Debian's zbar-tools"
    result = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return result.stdout.decode("utf-8").removesuffix("\n")


@pytest.mark.parametrize("count", [1, 40, 400])
def test_png_decodes_to_the_link(tmp_path: Path, count: int) -> None:
    link = giggity.encode_link(FEED, list(range(4000, 4000 + count * 7, 7)))
    image = tmp_path / "link.png"
    image.write_bytes(qr.png(link))
    assert zbar(image) == link


def test_svg_decodes_to_the_link(qapp: object, tmp_path: Path) -> None:
    link = giggity.encode_link(FEED, [6210, 6600, "852280ac-61d3-588c-b74c-8d87f9d9d2c6"])
    renderer = QSvgRenderer(QByteArray(qr.svg(link, title="My FOSDEM")))
    assert renderer.isValid()
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target = tmp_path / "from-svg.png"
    assert image.save(str(target))
    assert zbar(target) == link


def test_modules_have_the_quiet_zone_and_a_finder_pattern() -> None:
    rows = qr.modules(giggity.encode_link(FEED, [1, 2, 3]))
    size = len(rows)
    assert all(len(row) == size for row in rows)
    assert not any(rows[0])
    assert not any(row[0] for row in rows)
    quiet = qr.QUIET_ZONE
    assert all(rows[quiet][quiet : quiet + 7])  # the top-left finder's top edge


def test_a_link_too_long_for_a_qr_code_says_so() -> None:
    link = giggity.encode_link(FEED, [f"guid-{n:06d}-{n * 7919 % 100003:05d}" for n in range(900)])
    with pytest.raises(UsageError, match="QR code holds at most"):
        qr.png(link)
