"""Asking which time zone a program is in, for formats that never say (Sessionize...)."""

from __future__ import annotations

import html
import zoneinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.ui.i18n import arg
from planner.ui.locale_format import local_zone


class TimeZoneDialog(QDialog):
    def __init__(self, source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which time zone?"))
        label = QLabel(
            #: %1 is the file or web address of the program.
            arg(
                self.tr(
                    "<b>%1</b> gives local times but does not say where the conference is."
                    "<br>Choose the conference's time zone:"
                ),
                html.escape(source),
            ),
            self,
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        self.zones = QComboBox(self)
        self.zones.setEditable(True)
        self.zones.setAccessibleName(self.tr("Conference time zone"))
        self.zones.setAccessibleDescription(
            self.tr("The time zone the file's times are in; type to find one")
        )
        self.zones.addItems(sorted(zoneinfo.available_timezones()))
        self.zones.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.zones.model(), self.zones)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zones.setCompleter(completer)
        default = local_zone()
        if default is not None:
            self.zones.setCurrentText(default.key)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.zones)
        layout.addWidget(buttons)

    def zone(self) -> str | None:
        name = self.zones.currentText().strip()
        return name if name in zoneinfo.available_timezones() else None

    @classmethod
    def ask(cls, source: str, parent: QWidget | None = None) -> str | None:
        """The chosen IANA zone, or None if the user cancelled."""
        dialog = cls(source, parent)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            zone = dialog.zone()
            if zone:
                return zone
            dialog.zones.setFocus()
        return None
