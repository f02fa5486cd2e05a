"""The Calendars dialog: the calendars Planner keeps in sync with the agenda - add (a CalDAV
account or a folder of events), edit, remove, test the connection, sync now - and how
each one is. Every call to the core runs off the window's thread (the runner's calendar
lane), with a progress bar while it lasts; what failed is said in the dialog, naming the
calendar and the reason."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.calendars.sync import Problem
from planner.domain.calendars import TargetKind
from planner.domain.changes import NO_CHANGES, Result
from planner.ui.calendar_sync import describe
from planner.ui.core_text import CORE, NOTES
from planner.ui.i18n import QT_TRANSLATE_NOOP, arg, translated
from planner.ui.locale_format import Formats
from planner.ui.operations import Lane
from planner.ui.plain import message_box, plain_label, tooltip
from planner.ui.widgets.clear_views import ClearTreeWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.domain.calendar_messages import ConnectionChecked
    from planner.domain.calendars import TargetInfo
    from planner.services import Planner
    from planner.ui.calendar_sync import CalendarSync, TargetStatus
    from planner.ui.operations import OperationRunner

INTRO = QT_TRANSLATE_NOOP(
    "CalendarsDialog",
    "Planner keeps your agenda in these calendars by itself: a CalDAV account (Nextcloud, "
    "Fastmail, iCloud with an app password, mailbox.org, Radicale…) or a folder of events "
    "that khal, vdirsyncer or Evolution read. Changes you make here are sent within "
    "seconds; while you are offline they wait, and nothing is lost.",
)
# A calendar's kind, in the list (context "CalendarsDialog").
KIND_LABELS = {
    TargetKind.CALDAV: QT_TRANSLATE_NOOP("CalendarsDialog", "CalDAV"),
    TargetKind.VDIR: QT_TRANSLATE_NOOP("CalendarsDialog", "Folder"),
    TargetKind.LIVE: QT_TRANSLATE_NOOP("CalendarsDialog", "Live file"),
    TargetKind.FILE: QT_TRANSLATE_NOOP("CalendarsDialog", "File"),
}


def where(target: TargetInfo) -> str:
    """Where a calendar is, in a few words."""
    if target.kind is TargetKind.CALDAV:
        host = urlsplit(target.location).netloc
        return f"{host}, “{target.calendar_name}”"
    return target.location


def _mark_error(label: QLabel, error: bool) -> None:
    """Red for what failed, readable on the light and the dark palette alike."""
    dark = label.palette().window().color().lightness() < 128
    label.setStyleSheet(f"QLabel {{ color: {'#ff8a80' if dark else '#b71c1c'}; }}" if error else "")


def _busy_bar(parent: QWidget) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setTextVisible(True)
    bar.setMaximumHeight(18)
    bar.setVisible(False)
    return bar


class CalendarsDialog(QDialog):
    def __init__(
        self,
        sync: CalendarSync,
        runner: OperationRunner,
        conference_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        """`conference_id`: the conference shown, which a new calendar is for."""
        super().__init__(parent)
        self.setObjectName("calendarsDialog")
        self.setWindowTitle(self.tr("Calendars"))
        self.resize(760, 420)
        self._sync = sync
        self._runner = runner
        self._conference_id = conference_id
        self.editor: TargetDialog | None = None
        self._wanted = ""  # the name of a calendar to select once the list has it

        intro = plain_label(QLabel(translated("CalendarsDialog", INTRO), self))
        intro.setWordWrap(True)
        self.list = ClearTreeWidget(self)
        self.list.setObjectName("calendarList")
        self.list.setAccessibleName(self.tr("Calendars kept in sync"))
        self.list.setHeaderLabels(
            [self.tr("Calendar"), self.tr("Kind"), self.tr("Where"), self.tr("State")]
        )
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 240)
        self.empty = plain_label(
            QLabel(self.tr("No calendars yet. Add a CalDAV account or a folder of events."), self)
        )
        self.details = plain_label(QLabel(self))
        self.details.setObjectName("calendarDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Calendar details"))
        self.progress = _busy_bar(self)
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.message = plain_label(QLabel(self))
        self.message.setObjectName("calendarMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.test_button = QPushButton(self.tr("&Test Connection"), self)
        self.sync_button = QPushButton(self.tr("&Sync Now"), self)
        self.sync_button.setToolTip(self.tr("Sync the selected calendar now (F5: every calendar)"))
        self.stop_button = QPushButton(self.tr("St&op"), self)
        self.edit_button.setAccessibleDescription(
            self.tr("Change the selected calendar's address, account or options")
        )
        self.test_button.setAccessibleDescription(
            self.tr("Check that the selected calendar can be reached, without syncing")
        )
        self.stop_button.setAccessibleDescription(self.tr("Stop the sync under way"))
        self.stop_button.setToolTip(self.tr("Stop this sync; what was sent stays, the rest waits"))
        self.add_button.setToolTip(self.tr("Add a CalDAV account or a folder of events (Ctrl+N)"))
        self.remove_button.setToolTip(
            self.tr("Stop keeping the selected calendar in sync (Delete)")
        )
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            None,
            self.test_button,
            self.sync_button,
            self.stop_button,
        ):
            if button is None:
                buttons.addSpacing(12)
            else:
                buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        left.addWidget(self.details)
        left.addWidget(self.progress)
        left.addWidget(self.message)
        middle.addLayout(left, 1)
        middle.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.test_button.clicked.connect(self.test_connection)
        self.sync_button.clicked.connect(self.sync_selected)
        self.stop_button.clicked.connect(self.stop_selected)
        self.list.itemSelectionChanged.connect(self._show_selected)
        self.list.itemActivated.connect(lambda *_: self.edit())
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.add),
            (QKeySequence.StandardKey.Delete, self.remove),
            (QKeySequence("F5"), self.sync_all),
        ):
            QShortcut(keys, self, slot)
        sync.changed.connect(self._fill)
        sync.synced.connect(self._report)
        self._fill()

    # -- what is shown ------------------------------------------------------------------
    def selected(self) -> TargetStatus | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self._sync.statuses.get(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def select(self, name: str) -> None:
        """Select the calendar called `name`, now or as soon as the list shows it."""
        self._wanted = name
        for row in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(row)
            if item is not None and item.text(0) == name:
                self._wanted = ""
                self.list.setCurrentItem(item)
                return

    def _fill(self) -> None:
        chosen = self.selected()
        chosen_id = chosen.target.id if chosen is not None else None
        current = self._sync.clock()
        statuses = sorted(self._sync.statuses.values(), key=lambda s: s.target.name.casefold())
        rows = [self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount())]
        same = [r.data(0, Qt.ItemDataRole.UserRole) for r in rows if r is not None] == [
            s.target.id for s in statuses
        ]
        self.list.blockSignals(True)
        if not same:  # else each row is updated where it is: no flicker while a sync runs
            self.list.clear()
        for position, status in enumerate(statuses):
            target = status.target
            live = target.kind is TargetKind.LIVE
            name = self.tr("Live calendar file") if live else target.name
            line = describe(status, current).split(": ", 1)[-1]
            kind = translated("CalendarsDialog", KIND_LABELS[target.kind])
            texts = [name, kind, where(target), line]
            item = rows[position] if same else QTreeWidgetItem(texts)
            if item is None:
                continue
            for column, text in enumerate(texts):
                item.setText(column, text)
            item.setData(0, Qt.ItemDataRole.UserRole, target.id)
            item.setToolTip(3, tooltip(line))
            item.setToolTip(2, tooltip(target.location))
            if not same:
                self.list.addTopLevelItem(item)
            if target.id == chosen_id or name == self._wanted:
                self.list.setCurrentItem(item)
        chosen_item, first = self.list.currentItem(), self.list.topLevelItem(0)
        if chosen_item is None and first is not None:
            self.list.setCurrentItem(first)
        elif chosen_item is not None and chosen_item.text(0) == self._wanted:
            self._wanted = ""
        self.list.blockSignals(False)
        self.empty.setVisible(not statuses)
        self.list.setVisible(bool(statuses))
        self._show_selected()

    def _show_selected(self) -> None:
        status = self.selected()
        has = status is not None
        caldav_or_folder = status is not None and status.target.kind in (
            TargetKind.CALDAV,
            TargetKind.VDIR,
        )
        syncing = status is not None and status.syncing
        self.add_button.setEnabled(self._conference_id() is not None)
        self.edit_button.setEnabled(bool(caldav_or_folder) and not syncing)
        self.remove_button.setEnabled(has and not syncing)
        self.test_button.setEnabled(has)
        self.sync_button.setEnabled(has and not syncing)
        self.stop_button.setVisible(bool(syncing))
        if status is None:
            self.details.setText("")
            self.progress.setVisible(False)
            return
        self.details.setText(self._details(status))
        if status.syncing:
            self.progress.setVisible(True)
            if status.progress is not None and status.progress[1]:
                sent, total = status.progress
                self.progress.setRange(0, total)
                self.progress.setValue(sent)
                self.progress.setFormat(arg(self.tr("%1 of %2 events sent"), sent, total))
            else:
                self.progress.setRange(0, 0)  # how much is to send is not known yet
                self.progress.setFormat("Syncing…")
        else:
            self.progress.setVisible(False)

    def _details(self, status: TargetStatus) -> str:
        target = status.target
        lines = [describe(status, self._sync.clock())]
        if target.kind is TargetKind.CALDAV:
            lines.append(arg(self.tr("Address: %1"), target.location))
            if target.calendar_url:
                lines.append(arg(self.tr("Calendar: %1"), target.calendar_url))
            if target.username:
                if target.password_command:
                    user = self.tr("User: %1 (password from a password command)")
                else:
                    user = self.tr("User: %1 (password from the keyring)")
                lines.append(arg(user, target.username))
        else:
            lines.append(arg(self.tr("Where: %1"), target.location))
        if target.last_sync is not None:
            local = target.last_sync.astimezone()
            formats = Formats()
            clock = formats.locale.toString(
                QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat
            )
            when = f"{formats.date(local.date())}, {clock}"
            lines.append(arg(self.tr("Last synced: %1"), when))
        report = status.report
        if report is not None and report.ok:
            lines.append(
                arg(
                    #: Numbers of events: added, updated, removed, unchanged.
                    self.tr("Last sync: %1 added, %2 updated, %3 removed, %4 unchanged."),
                    report.created,
                    report.updated,
                    report.removed,
                    report.unchanged,
                )
            )
        if report is not None:
            lines += [NOTES.say(line) for line in (*report.conflicts, *report.notes)]
        if status.problem is Problem.REFUSED and status.error:
            lines.append(
                self.tr("Planner does not try again by itself: edit the calendar to fix it.")
            )
        return "\n".join(lines)

    def _report(self, report: Any) -> None:
        self._fill()

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        _mark_error(self.message, error)

    # -- what the user does -------------------------------------------------------------
    def add(self) -> None:
        if self._conference_id() is not None:
            self._open_editor(None)

    def edit(self) -> None:
        status = self.selected()
        if status is None or status.target.kind not in (TargetKind.CALDAV, TargetKind.VDIR):
            return
        self._open_editor(status.target)

    def _open_editor(self, target: TargetInfo | None) -> None:
        conference_id = target.conference_id if target is not None else self._conference_id()
        if conference_id is None:
            return
        editor = TargetDialog(self._runner, conference_id, target, self)
        editor.saved.connect(self._saved)
        self.editor = editor
        editor.open()

    def _saved(self, target_id: int, name: str, message: str) -> None:
        # The list follows the save's Changes (CalendarSync reads the calendars again);
        # the calendar is synced once it is read as stored, and selected once listed.
        self._say(message)
        self._sync.sync_once_read(target_id)
        self.select(name)

    def ask_remove(self, name: str) -> bool:
        """Ask before removing (tests replace this)."""
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            self.tr("Remove Calendar"),
            arg(
                self.tr(
                    "Stop keeping “%1” in sync? What it holds stays there; Planner just no "
                    "longer updates it."
                ),
                name,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def remove(self) -> None:
        status = self.selected()
        if status is None or status.syncing:
            return
        target = status.target
        live = target.kind is TargetKind.LIVE
        label = self.tr("the live calendar file") if live else target.name
        if not self.ask_remove(label):
            return
        name = target.name

        def done(_removed: Any) -> None:  # the list follows the removal's Changes
            self._say(
                arg(self.tr("“%1” is no longer kept in sync; what it holds stays there."), label)
            )

        self._runner.run(
            lambda core: core.calendars.remove(name),
            done=done,
            error=lambda error: self._say(
                arg(self.tr("“%1” could not be removed: %2"), label, CORE.error(error)), error=True
            ),
            lane=Lane.CALENDARS,
        )

    def test_connection(self) -> None:
        status = self.selected()
        if status is None:
            return
        target = status.target
        self._say(arg(self.tr("Connecting to %1…"), where(target)))
        self.test_button.setEnabled(False)

        def done(found: ConnectionChecked) -> None:  # the calendar found: in its Changes
            self.test_button.setEnabled(True)
            self._say(arg(self.tr("The connection works. %1"), CORE.checked(found)).strip())

        def failed(error: BaseException) -> None:
            self.test_button.setEnabled(True)
            self._say(arg(self.tr("The connection failed: %1"), CORE.error(error)), error=True)

        self._runner.run(
            lambda core: core.calendars.test_connection(target),
            done=done,
            error=failed,
            lane=Lane.CALENDARS,
        )

    def sync_selected(self) -> None:
        status = self.selected()
        if status is not None:
            self._say("")
            self._sync.sync_now(status.target.id)

    def sync_all(self) -> None:
        self._say("")
        self._sync.sync_now()

    def stop_selected(self) -> None:
        status = self.selected()
        if status is not None:
            self._sync.cancel(status.target.id)


class TargetDialog(QDialog):
    """Add a calendar, or change one: what it is, where, how to sign in, what it gets."""

    saved = Signal(int, str, str)  # the target's id and name, and what the test found

    def __init__(
        self,
        runner: OperationRunner,
        conference_id: int,
        target: TargetInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarTargetDialog")
        self._runner = runner
        self._conference_id = conference_id
        self._target = target
        self._working = False
        self.setWindowTitle(
            self.tr("Add a Calendar") if target is None else arg(self.tr("Edit “%1”"), target.name)
        )

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Work calendar"))
        self.caldav = QRadioButton(self.tr("A &CalDAV account"), self)
        self.folder_kind = QRadioButton(
            self.tr("A &folder of events (khal, vdirsyncer, Evolution)"), self
        )
        kinds = QButtonGroup(self)
        kinds.addButton(self.caldav)
        kinds.addButton(self.folder_kind)
        self.caldav.setChecked(True)
        self.caldav.setAccessibleDescription(
            self.tr("A calendar on a server: Nextcloud, Fastmail, iCloud, Radicale…")
        )
        self.folder_kind.setAccessibleDescription(
            self.tr("A folder on this computer with one file per event, which other apps sync")
        )

        self.caldav_box = QGroupBox(self.tr("CalDAV account"), self)
        self.url = QLineEdit(self.caldav_box)
        self.url.setPlaceholderText(self.tr("https://cloud.example.org/remote.php/dav"))
        self.url.setMinimumWidth(380)  # room for a server's address
        self.url.setToolTip(
            self.tr(
                "The server's address, or the calendar's own; Planner finds your calendars there"
            )
        )
        self.calendar = QLineEdit(self.caldav_box)
        self.calendar.setToolTip(
            self.tr("The calendar to keep your agenda in; created if it is not there")
        )
        self.username = QLineEdit(self.caldav_box)
        self.password = QLineEdit(self.caldav_box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setAccessibleDescription(
            self.tr("The account's password, kept in the desktop's keyring, not in Planner's files")
        )
        self.use_command = QCheckBox(
            self.tr("Get the password from a command &instead"), self.caldav_box
        )
        self.use_command.setAccessibleDescription(
            self.tr("A password manager's command prints it at each sync; nothing is stored")
        )
        self.command = QLineEdit(self.caldav_box)
        self.command.setPlaceholderText(self.tr("e.g. pass show calendar"))
        self.command.setAccessibleName(self.tr("Password command"))
        self.command.setToolTip(
            self.tr("Run at each sync; its first line of output is the password")
        )
        self.keyring_note = plain_label(QLabel(self))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setVisible(False)
        account = QFormLayout(self.caldav_box)
        account.addRow(self.tr("A&ddress:"), self.url)
        account.addRow(self.tr("Ca&lendar:"), self.calendar)
        account.addRow(self.tr("&User name:"), self.username)
        account.addRow(self.tr("&Password:"), self.password)
        account.addRow(self.use_command)
        account.addRow(self.tr("Co&mmand:"), self.command)

        self.folder_box = QGroupBox(self.tr("Folder of events"), self)
        self.folder = QLineEdit(self.folder_box)
        self.folder.setPlaceholderText(self.tr("e.g. ~/.calendars/conference"))
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"), self.folder_box)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout(self.folder_box)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)

        self.plan_b = QCheckBox(self.tr("Include plan B sessions (as tentative)"), self)
        self.alarm = QCheckBox(self.tr("&Remind me before each session"), self)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 7 * 24 * 60)
        self.minutes.setValue(10)
        self.minutes.setSuffix(self.tr(" min before"))
        self.minutes.setAccessibleName(self.tr("Reminder minutes"))
        self.alarm.toggled.connect(self.minutes.setEnabled)
        self.minutes.setEnabled(False)
        self.plan_b.setAccessibleDescription(
            self.tr("Your plan B sessions go into the calendar too, marked tentative")
        )
        self.alarm.setAccessibleDescription(
            self.tr("Each session in the calendar gets a reminder your calendar app shows")
        )
        self.minutes.setAccessibleDescription(
            self.tr("How many minutes before a session its reminder comes")
        )

        self.status = plain_label(QLabel(self))
        self.status.setObjectName("calendarTargetStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.busy = _busy_bar(self)
        self.busy.setRange(0, 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Add") if target is None else self.tr("&Save"))
        self.test_button = self.buttons.addButton(
            self.tr("&Test Connection"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.anyway_button = self.buttons.addButton(
            self.tr("Add &Anyway"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.anyway_button.setToolTip(self.tr("It syncs as soon as the server can be reached"))
        self.anyway_button.setVisible(False)
        self.test_button.setAccessibleDescription(
            self.tr("Check that the calendar can be reached with what the form says; saves nothing")
        )
        ok.setAccessibleDescription(
            self.tr("Test the connection, then keep the calendar and sync your agenda to it")
        )
        self.anyway_button.clicked.connect(lambda: self.save(anyway=True))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)

        top = QFormLayout()
        top.addRow(self.tr("&Name:"), self.name)
        top.addRow(self.caldav)
        top.addRow(self.folder_kind)
        options = QHBoxLayout()
        options.addWidget(self.alarm)
        options.addWidget(self.minutes)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caldav_box)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.folder_box)
        layout.addWidget(self.plan_b)
        layout.addLayout(options)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        # Never smaller than what it holds (the keyring's note, when shown, wraps to lines).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

        self.caldav.toggled.connect(self._kind_changed)
        self.use_command.toggled.connect(self._password_way_changed)
        if target is not None:
            self._show(target)
        self._kind_changed()
        self._password_way_changed()

        def facts(core: Planner) -> tuple[str, str]:
            return core.calendars.keyring_problem(), core.calendars.default_calendar_name(
                conference_id
            )

        runner.call(facts, self._facts_known, lambda _error: None, lane=Lane.CALENDARS)

    # -- the form -----------------------------------------------------------------------
    def _show(self, target: TargetInfo) -> None:
        self.name.setText(target.name)
        is_caldav = target.kind is TargetKind.CALDAV
        self.caldav.setChecked(is_caldav)
        self.folder_kind.setChecked(not is_caldav)
        self.caldav.setEnabled(False)  # another kind is another calendar: add it instead
        self.folder_kind.setEnabled(False)
        if is_caldav:
            self.url.setText(target.location)
            self.calendar.setText(target.calendar_name)
            self.username.setText(target.username)
            self.use_command.setChecked(bool(target.password_command))
            self.command.setText(target.password_command)
            if target.username and not target.password_command:
                self.password.setPlaceholderText(self.tr("kept in the keyring; type to change it"))
        else:
            self.folder.setText(target.location)
        self.plan_b.setChecked(target.include_plan_b)
        self.alarm.setChecked(target.alarm_minutes is not None)
        if target.alarm_minutes is not None:
            self.minutes.setValue(target.alarm_minutes)

    def _kind_changed(self) -> None:
        is_caldav = self.caldav.isChecked()
        self.caldav_box.setVisible(is_caldav)
        self.keyring_note.setVisible(is_caldav and bool(self.keyring_note.text()))
        self.folder_box.setVisible(not is_caldav)
        self.test_button.setVisible(True)
        self.adjustSize()

    def _password_way_changed(self) -> None:
        command = self.use_command.isChecked()
        self.command.setEnabled(command)
        self.password.setEnabled(not command)

    def _facts_known(self, facts: tuple[str, str]) -> None:
        problem, calendar = facts
        self.calendar.setPlaceholderText(calendar)  # what an empty field means
        self._keyring_known(problem)

    def _keyring_known(self, problem: str) -> None:
        if not problem:
            return
        # The core's only problem with the keyring (`credentials.NO_KEYRING`), said here in
        # the window's language.
        #: “pass show calendar” is a command: keep it as it is.
        text = self.tr(
            "No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is "
            "available on this computer, so Planner cannot keep the password safely. Give a "
            "command that prints the password instead, such as “pass show calendar”."
        )
        self.keyring_note.setText(text)
        self.keyring_note.setVisible(self.caldav.isChecked())
        self.adjustSize()  # room for the note's lines
        self.use_command.setChecked(True)
        self.use_command.setEnabled(False)
        self.password.setEnabled(False)
        self.password.setPlaceholderText(self.tr("no keyring on this computer: use a command"))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of Events"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _arguments(self) -> dict[str, Any]:
        is_caldav = self.caldav.isChecked()
        folder = self.folder.text().strip()
        return {
            "caldav": self.url.text().strip() if is_caldav else None,
            "vdir": Path(folder) if not is_caldav else None,
            "calendar_name": self.calendar.text() if is_caldav else "",
            "username": self.username.text() if is_caldav else "",
            "password_command": (
                self.command.text() if is_caldav and self.use_command.isChecked() else ""
            ),
            "include_plan_b": self.plan_b.isChecked(),
            "alarm_minutes": self.minutes.value() if self.alarm.isChecked() else None,
        }

    def _password(self) -> str | None:
        if not self.caldav.isChecked() or self.use_command.isChecked():
            return None
        return self.password.text() or None

    # -- testing and saving -------------------------------------------------------------
    def _set_working(self, text: str) -> None:
        self._working = bool(text)
        self.busy.setVisible(self._working)
        self.busy.setFormat(text)
        for button in self.buttons.buttons():
            if self.buttons.buttonRole(button) != QDialogButtonBox.ButtonRole.RejectRole:
                button.setEnabled(not self._working)
        if text:
            self.status.setText(text)

    def _fail(self, text: str, *, offline: bool = False) -> None:
        self._set_working("")
        self.status.setText(text)
        _mark_error(self.status, True)
        self.anyway_button.setVisible(offline)

    def _work(
        self, *, test: bool, keep: bool
    ) -> Callable[[Planner], Result[tuple[TargetInfo, ConnectionChecked | None]]]:
        """What the core does with the form, off the window's thread: check it (always),
        test the connection (`test`), keep the calendar (`keep`). Gives the target (as
        kept, or as checked) and what the test found, with what that changed."""
        name, arguments, password = self.name.text(), self._arguments(), self._password()
        conference_id, replacing = self._conference_id, self._target

        def work(core: Planner) -> Result[tuple[TargetInfo, ConnectionChecked | None]]:
            target = core.calendars.draft(conference_id, name, replacing=replacing, **arguments)
            tested = core.calendars.test_connection(target, password) if test else None
            changes = tested.changes if tested is not None else NO_CHANGES
            if keep:
                saved = core.calendars.save(target, password)
                target, changes = saved.value, changes | saved.changes
            return Result((target, tested.value if tested is not None else None), changes)

        return work

    def _ready(self) -> bool:
        """Whether the form can go to the core now; says what it lacks if not."""
        if self._working:
            return False
        if self.missing():
            self._fail(self.missing())
            return False
        self._default_name()
        _mark_error(self.status, False)
        self.anyway_button.setVisible(False)
        return True

    def _where(self) -> str:
        if self.caldav.isChecked():
            return urlsplit(self.url.text().strip()).netloc or self.tr("the server")
        return self.folder.text().strip() or self.tr("the folder")

    def test(self) -> None:
        """Test the connection with what the form says (nothing is saved)."""
        if not self._ready():
            return
        self._set_working(arg(self.tr("Connecting to %1…"), self._where()))
        self._runner.run(
            self._work(test=True, keep=False),
            done=lambda outcome: self._tested(outcome[1]),
            error=self._test_failed,
            lane=Lane.CALENDARS,
        )

    def _tested(self, found: ConnectionChecked | None) -> None:
        self._set_working("")
        said = CORE.checked(found) if found is not None else ""
        self.status.setText(arg(self.tr("The connection works. %1"), said).strip())

    def _test_failed(self, error: BaseException) -> None:
        offline = getattr(error, "problem", None) is Problem.OFFLINE
        self._fail(CORE.error(error), offline=offline and self._target is None)

    def missing(self) -> str:
        """What the form still lacks, in a sentence; "" when nothing."""
        if self.caldav.isChecked():
            if not self.url.text().strip():
                return self.tr("Give the address of your CalDAV server or calendar.")
            if self.use_command.isChecked() and not self.command.text().strip():
                return self.tr("Give the command that prints the password.")
        elif not self.folder.text().strip():
            return self.tr("Choose the folder to keep the events in.")
        return ""

    def _default_name(self) -> None:
        """A name from the address or the folder, if the user gave none."""
        if self.name.text().strip():
            return
        if self.caldav.isChecked():
            host = urlsplit(self.url.text().strip()).hostname or ""
            self.name.setText(host.removeprefix("www."))
        else:
            self.name.setText(Path(self.folder.text().strip()).name)

    def save(self, *, anyway: bool = False) -> None:
        """Check, test the connection (unless `anyway`: the server is offline now), then
        keep the calendar; the dialog closes once it is kept."""
        if not self._ready():
            return
        self._set_working(
            arg(self.tr("Saving “%1”…"), self.name.text().strip())
            if anyway
            else arg(self.tr("Connecting to %1…"), self._where())
        )
        self._runner.run(
            self._work(test=not anyway, keep=True),
            done=self._kept,
            error=self._test_failed,
            lane=Lane.CALENDARS,
        )

    def _kept(self, outcome: tuple[TargetInfo, ConnectionChecked | None]) -> None:
        target, found = outcome
        self._set_working("")
        message = (
            CORE.checked(found)
            if found is not None
            else arg(self.tr("“%1” is kept; it syncs as soon as it can be reached."), target.name)
        )
        self.saved.emit(target.id, target.name, message)
        self.accept()
