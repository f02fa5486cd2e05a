"""Options for a calendar export: plan B, a reminder, and keeping the file up to date."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)


class CalendarExportDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to Calendar"))
        self.plan_b = QCheckBox(self.tr("Include &plan B sessions (as tentative)"), self)
        self.alarm = QCheckBox(self.tr("&Remind me before each session"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setValue(10)
        #: After the number of minutes in a spin box: "10 min before".
        self.minutes.setSuffix(self.tr(" min before"))
        self.minutes.setEnabled(False)
        self.minutes.setAccessibleName(self.tr("Reminder minutes"))
        self.plan_b.setAccessibleDescription(
            self.tr("Your plan B sessions go into the file too, marked tentative")
        )
        self.alarm.setAccessibleDescription(
            self.tr("Each session in the file gets a reminder your calendar app shows")
        )
        self.minutes.setAccessibleDescription(
            self.tr("How many minutes before a session its reminder comes")
        )
        self.alarm.toggled.connect(self.minutes.setEnabled)
        self.live = QCheckBox(self.tr("&Keep this file up to date when my agenda changes"), self)
        self.live.setToolTip(self.tr("For calendar apps that subscribe to a local file"))
        self.truth = QLabel(
            #: “Keep this file up to date” names the check box above: use its words. The menu
            #: paths are Thunderbird's and Evolution's own (use their translations where they
            #: have one); “planner calendar add” is a command and stays as it is.
            self.tr(
                "Importing a file once is a snapshot: Thunderbird and GNOME Calendar will not "
                "update it when a talk moves (only khal and Evolution's import do). To keep "
                "your calendar true, tick “Keep this file up to date” and subscribe to the "
                "file (Thunderbird: New Calendar › On the Network, file:///…; Evolution: On "
                "the Web), or sync a CalDAV account or a khal folder with “planner calendar "
                "add”."
            ),
            self,
        )
        self.truth.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.plan_b)
        form.addRow(self.alarm, self.minutes)
        form.addRow(self.live)
        form.addRow(self.truth)
        form.addRow(buttons)

    def options(self) -> tuple[bool, int | None, bool]:
        return (
            self.plan_b.isChecked(),
            self.minutes.value() if self.alarm.isChecked() else None,
            self.live.isChecked(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[bool, int | None, bool] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
