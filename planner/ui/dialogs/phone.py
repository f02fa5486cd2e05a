"""File ▸ Share ▸ To Phone (Giggity)…: the agenda as a QR code to scan, and its link.

The code is painted from segno's modules in whole device pixels, dark on white whatever
the theme (a phone camera needs that contrast), large enough to scan off a laptop screen.
The link is made by the core off the GUI thread (through the window's operation runner).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.sharing import qr
from planner.ui.core_text import CORE
from planner.ui.i18n import arg
from planner.ui.plain import plain_label, tooltip

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QPaintEvent

    from planner.services import PhoneLink
    from planner.ui.operations import OperationRunner


class QrCodeView(QWidget):
    """A QR code, or a short text where there is none yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._modules: list[list[bool]] = []
        self._placeholder = ""
        self.setObjectName("phone-qr")
        self.setMinimumSize(260, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(340, 340)

    def set_code(self, text: str) -> None:
        self._modules = qr.modules(text)
        self._placeholder = ""
        self.setToolTip(tooltip(text))
        self.update()

    def set_placeholder(self, text: str) -> None:
        self._modules = []
        self._placeholder = text
        self.setToolTip("")
        self.update()

    @property
    def module_count(self) -> int:
        """Modules per side, quiet zone included (0 when no code is shown)."""
        return len(self._modules)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        side = min(self.width(), self.height())
        if not self._modules:
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._placeholder,
            )
            return
        count = len(self._modules)
        ratio = self.devicePixelRatioF()
        module = max(1, int(side * ratio) // count) / ratio  # whole device pixels: crisp edges
        size = module * count
        left = (self.width() - size) / 2
        top = (self.height() - size) / 2
        painter.fillRect(QRect(int(left), int(top), round(size), round(size)), QColor("white"))
        black = QColor("black")
        for row, cells in enumerate(self._modules):
            y = top + row * module
            for column, dark in enumerate(cells):
                if dark:
                    painter.fillRect(
                        QRect(
                            round(left + column * module),
                            round(y),
                            round(left + (column + 1) * module) - round(left + column * module),
                            round(y + module) - round(y),
                        ),
                        black,
                    )


class PhoneShareDialog(QDialog):
    def __init__(
        self,
        runner: OperationRunner,
        conference_id: int,
        ask_save_path: Callable[[str, str, str], Path | None],
        slug: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phone-share-dialog")
        self.setWindowTitle(self.tr("To Phone (Giggity)"))
        self._runner = runner
        self._conference_id = conference_id
        self._ask_save_path = ask_save_path
        self._slug = slug
        self.share: PhoneLink | None = None

        self.code = QrCodeView(self)
        steps = QLabel(
            "<ol style='margin-left: 0px; -qt-list-indent: 1;'>"
            + "".join(
                f"<li>{step}</li>"
                for step in (
                    self.tr(
                        "Install <b>Giggity</b> on your Android phone (F-Droid or Google Play)."
                    ),
                    self.tr("Scan this code with the phone's camera, or open the link there."),
                    #: "Import all" and "Merge" are Giggity's own buttons, as it names them in
                    #: this language.
                    self.tr(
                        "Giggity loads the program and lists your sessions: tap "
                        "<b>Import all</b>, then <b>Merge</b>."
                    ),
                )
            )
            + "</ol>",
            self,
        )
        steps.setWordWrap(True)
        steps.setTextFormat(Qt.TextFormat.RichText)

        self.program_url = QLineEdit(self)
        self.program_url.setObjectName("phone-program-url")
        self.program_url.setPlaceholderText(self.tr("e.g. https://fosdem.org/2025/schedule/xml"))
        self.program_url.setAccessibleName(self.tr("Program's web address"))
        self.program_url.setClearButtonEnabled(True)
        self.program_url.returnPressed.connect(self._use_address)
        self.use_address = QPushButton(self.tr("&Use"), self)
        self.use_address.setToolTip(
            self.tr("Make the link with this address (Planner remembers it)")
        )
        self.use_address.clicked.connect(self._use_address)
        self.url_origin = plain_label(QLabel(self))  # may quote what the user typed
        self.url_origin.setWordWrap(True)
        self.url_origin.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.include_plan_b = QCheckBox(self.tr("Include &plan B"), self)
        self.include_plan_b.setToolTip(self.tr("Giggity reminds you of your plan B sessions too"))
        self.include_plan_b.toggled.connect(lambda _on: self.refresh())

        self.link = QLineEdit(self)
        self.link.setObjectName("phone-link")
        self.link.setReadOnly(True)
        self.link.setAccessibleName(self.tr("Link"))
        self.copy = QPushButton(self.tr("&Copy Link"), self)
        self.copy.clicked.connect(self._copy)
        self.save_png = QPushButton(self.tr("Save as P&NG…"), self)
        self.save_png.clicked.connect(lambda: self._save(".png"))
        self.save_svg = QPushButton(self.tr("Save as S&VG…"), self)
        self.save_svg.clicked.connect(lambda: self._save(".svg"))
        self.link.setAccessibleDescription(
            self.tr("The link the phone opens: your agenda for Giggity, also in the QR code")
        )
        self.copy.setAccessibleDescription(self.tr("Copy the link, to send it to your phone"))
        self.save_png.setAccessibleDescription(self.tr("Save the QR code as a PNG image"))
        self.save_svg.setAccessibleDescription(self.tr("Save the QR code as an SVG image"))
        self.summary = plain_label(QLabel(self))  # session titles come from the program file
        self.summary.setObjectName("phone-summary")
        self.summary.setWordWrap(True)

        address = QGridLayout()
        address.addWidget(QLabel(self.tr("Program's web address:"), self), 0, 0, 1, 2)
        address.addWidget(self.program_url, 1, 0)
        address.addWidget(self.use_address, 1, 1)
        address.addWidget(self.url_origin, 2, 0, 1, 2)
        buttons_row = QHBoxLayout()
        for button in (self.copy, self.save_png, self.save_svg):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        side = QVBoxLayout()
        side.addWidget(steps)
        side.addLayout(address)
        side.addWidget(self.include_plan_b)
        side.addSpacing(8)
        side.addWidget(QLabel(self.tr("Link:"), self))
        side.addWidget(self.link)
        side.addLayout(buttons_row)
        side.addWidget(self.summary)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.code, 3)
        body.addLayout(side, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(close)
        self.resize(860, 460)

        self.code.set_placeholder(self.tr("Making the link…"))
        self._enable(False)
        runner.call(lambda core: core.phone.program_url(conference_id), self._known_address)

    def _known_address(self, known: tuple[str, str]) -> None:
        self.program_url.setText(known[0])
        self.program_url.setCursorPosition(0)
        self.refresh()

    # -- behaviour -------------------------------------------------------------------------
    def refresh(self, program_url: str | None = None) -> None:
        """Make the link again (with a new address, or plan B switched)."""
        conference_id = self._conference_id
        include_plan_b = self.include_plan_b.isChecked()
        self._runner.run(
            lambda core: core.phone.giggity_link(
                conference_id, program_url=program_url, include_plan_b=include_plan_b
            ),
            done=self._show,
            error=lambda error: self._no_link(error, program_url),
        )

    def _no_link(self, error: BaseException, program_url: str | None) -> None:
        self.share = None
        self.code.set_placeholder(
            self.tr(
                "Enter the web address the program is published at: the one Giggity loads "
                "it from (the schedule XML of the conference's site)."
            )
            if program_url is None
            else CORE.error(error)
        )
        self.url_origin.setText("" if program_url is None else CORE.error(error))
        self._enable(False)

    def _show(self, share: PhoneLink) -> None:
        self.share = share
        self.program_url.setText(share.feed_url)
        self.program_url.setCursorPosition(0)
        self.url_origin.setText(
            {
                "import": self.tr("Where Planner downloaded the program from."),
                "remembered": self.tr("As you gave it before."),
                "given": self.tr("Remembered for this conference."),
            }.get(share.feed_url_from, "")
        )
        self.link.setText(share.link)
        self.link.setCursorPosition(0)
        try:
            self.code.set_code(share.link)
            fits = True
        except PlannerError as error:
            self.code.set_placeholder(CORE.error(error))
            fits = False
        self._enable(True, qr_code=fits)
        count = len(share.linked)
        lines = [
            self.tr("%Ln session(s) in the link.", "", count)
            if count
            else self.tr("Nothing attended yet: the link opens the program in Giggity.")
        ]
        if share.not_linked:
            lines.append(
                arg(
                    self.tr("Not in the link (the program gives them no id Giggity knows): %1"),
                    "; ".join(t.title for t in share.not_linked[:5])
                    + ("…" if len(share.not_linked) > 5 else ""),
                )
            )
        self.summary.setText(" ".join(lines))

    def _enable(self, on: bool, *, qr_code: bool = True) -> None:
        self.copy.setEnabled(on)
        self.save_png.setEnabled(on and qr_code)
        self.save_svg.setEnabled(on and qr_code)
        self.link.setEnabled(on)
        if not on:
            self.link.clear()
            self.summary.clear()

    def _use_address(self) -> None:
        self.refresh(self.program_url.text().strip())

    def _copy(self) -> None:
        if self.share is not None:
            QGuiApplication.clipboard().setText(self.share.link)
            copied = self.tr("Link copied.") + " "
            self.summary.setText(copied + self.summary.text().removeprefix(copied))

    def _save(self, suffix: str) -> None:
        if self.share is None:
            return
        kind = self.tr("PNG image (*.png)") if suffix == ".png" else self.tr("SVG image (*.svg)")
        name = f"{self._slug}-giggity{suffix}"
        target = self._ask_save_path(self.tr("Save the QR Code"), name, kind)
        if target is None:
            return
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        link = self.share.link
        self._runner.call(
            lambda core: core.phone.save_qr(link, target),
            lambda _none: self.summary.setText(arg(self.tr("Saved %1."), target)),
            lambda error: self.summary.setText(CORE.error(error)),
        )
