"""The phone in the window: File ▸ Share ▸ To Phone (Giggity)…, and Giggity links pasted
(Edit ▸ Paste a Giggity Link) or dropped. Other apps' favourites files open through the
Colleagues flow (`ColleaguesFlow.open_agenda`), which takes them too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from planner.ui.i18n import Translatable, arg

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


class PhoneFlow(Translatable):
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    def share(self) -> None:
        window = self._window
        conference = window.store.conference
        if conference is None:
            return
        slug = "".join(
            ch if ch.isalnum() else "-" for ch in (conference.acronym or conference.title).lower()
        ).strip("-")
        # Imported here, as Giggity's module below: neither is needed before the window's
        # first paint, and Giggity's brings the readers of other apps' favourites files.
        from planner.ui.dialogs.phone import PhoneShareDialog

        PhoneShareDialog(window.runner, conference.id, window.ask_save_path, slug, window).exec()

    def paste_link(self) -> None:
        """Edit ▸ Paste with a Giggity link on the clipboard (text fields paste as usual:
        they take the shortcut while they have the focus)."""
        from planner.sharing.giggity import PREFIX, looks_like_link

        text = QGuiApplication.clipboard().text().strip()
        if not looks_like_link(text):
            self._window.statusBar().showMessage(
                arg(self.tr("The clipboard holds no Giggity link (%1…)."), PREFIX), 10_000
            )
            return
        self._window.colleagues.open_agenda(text)

    def dropped_text(self, text: str) -> bool:
        """A link dropped as text (or a URL): opened if it is a Giggity link."""
        from planner.sharing.giggity import looks_like_link

        if not looks_like_link(text):
            return False
        self._window.colleagues.open_agenda(text.strip())
        return True
