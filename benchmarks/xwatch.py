"""Watching a process's windows from outside, through the X server's own events.

The start-up benchmark launches `planner` on an X server of its own (Xvfb) and asks that
server, not the app, when the app's main window was created, mapped (`MapNotify`: it is on
screen), first drawn into (DAMAGE extension: pixels changed inside it) and retitled
(`PropertyNotify` on `_NET_WM_NAME`: the window shows another program). Every event is
stamped with `time.monotonic()` the moment the watcher wakes up for it: the clock the
launching benchmark read before it started the process, and the app's own probe reads.

Windows are told apart by `_NET_WM_PID` (Qt sets it when it creates a window), so helper
processes or a window manager's frames never count. Uses python-xlib (pure Python).
"""

from __future__ import annotations

import select
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from Xlib import X, Xatom
from Xlib import display as xdisplay
from Xlib.error import BadWindow, XError
from Xlib.ext import damage
from Xlib.protocol import event as xevent

if TYPE_CHECKING:
    from collections.abc import Callable


@dataclass
class WindowTimes:
    """What the X server saw of one top-level window (monotonic seconds)."""

    window: int
    created: float
    mapped: float | None = None
    width: int = 0
    height: int = 0
    damaged: list[float] = field(default_factory=list)
    titles: list[tuple[float, str]] = field(default_factory=list)


class Watcher:
    """One connection to the X server, watching the top-level windows created on it."""

    def __init__(self, display_name: str) -> None:
        self.display = xdisplay.Display(display_name)
        # Requests about windows that have gone (or an input-only one, which has no
        # pixels to damage) fail asynchronously; that is expected, not worth a message.
        self.display.set_error_handler(lambda _error, _request: None)
        self.root = self.display.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        if not self.display.has_extension("DAMAGE"):
            raise RuntimeError(f"the X server {display_name} has no DAMAGE extension")
        self.display.damage_query_version()
        self._pid_atom = self.display.intern_atom("_NET_WM_PID")
        self._name_atom = self.display.intern_atom("_NET_WM_NAME")
        self._utf8 = self.display.intern_atom("UTF8_STRING")
        self._protocols = self.display.intern_atom("WM_PROTOCOLS")
        self._delete = self.display.intern_atom("WM_DELETE_WINDOW")
        self._damage_event = self.display.extension_event.DamageNotify
        self.display.sync()
        self._windows: dict[int, WindowTimes] = {}
        self._damages: dict[int, int] = {}  # damage id → window id

    def close(self) -> None:
        self.display.close()

    def forget(self) -> None:
        """Drop what was seen so far (before the next process is launched)."""
        for damage_id in self._damages:
            self.display.damage_destroy(damage_id)
        self._damages.clear()
        self._windows.clear()
        self.display.sync()
        while self.display.pending_events():
            self.display.next_event()

    def main_window(self, pid: int) -> WindowTimes | None:
        """The first window of process `pid` that was mapped (an app maps its main window
        first), with its times so far."""
        mapped = [w for w in self._windows.values() if w.mapped is not None]
        mapped = [w for w in mapped if self._pid(w.window) == pid]
        return min(mapped, key=lambda w: w.mapped or 0.0, default=None)

    def wait(self, until: Callable[[], bool], timeout: float) -> bool:
        """Handle events until `until()` holds (True) or `timeout` seconds pass (False)."""
        deadline = time.monotonic() + timeout
        fd = self.display.fileno()
        while True:
            if until():
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if not self.display.pending_events():
                select.select([fd], [], [], min(remaining, 0.05))
            now = time.monotonic()
            while self.display.pending_events():
                self._handle(self.display.next_event(), now)

    def close_window(self, window: int) -> None:
        """Ask the window to close as a window manager's close button does."""
        message = xevent.ClientMessage(
            window=self.display.create_resource_object("window", window),
            client_type=self._protocols,
            data=(32, [self._delete, X.CurrentTime, 0, 0, 0]),
        )
        try:
            self.display.send_event(window, message)
            self.display.sync()
        except XError:
            pass  # gone already

    def press_key(self, window: int, key: str) -> float:
        """Give `window` the keyboard focus and press and release `key` (a keysym's name)
        through the XTEST extension, as a keyboard would; returns the instant of the
        press (time.monotonic, just before the server was asked)."""
        from Xlib import XK
        from Xlib.ext import xtest

        if not self.display.has_extension("XTEST"):
            raise RuntimeError("the X server has no XTEST extension")
        code = self.display.keysym_to_keycode(XK.string_to_keysym(key))
        self.display.set_input_focus(window, X.RevertToParent, X.CurrentTime)
        self.display.sync()
        pressed = time.monotonic()
        xtest.fake_input(self.display, X.KeyPress, code)
        xtest.fake_input(self.display, X.KeyRelease, code)
        self.display.sync()
        return pressed

    # -- events ----------------------------------------------------------------------------
    def _handle(self, event: Any, now: float) -> None:
        try:
            if event.type == X.CreateNotify and not event.override:
                self._created(event.window.id, now)
            elif event.type == X.MapNotify and not event.override:
                seen = self._windows.get(event.window.id)
                if seen is not None and seen.mapped is None:
                    seen.mapped = now
                    geometry = event.window.get_geometry()
                    seen.width, seen.height = geometry.width, geometry.height
            elif event.type == self._damage_event:
                window = self._damages.get(event.damage)
                if window is not None:
                    self._windows[window].damaged.append(now)
                    self.display.damage_subtract(event.damage)  # report the next drawing too
            elif event.type == X.PropertyNotify and event.atom == self._name_atom:
                seen = self._windows.get(event.window.id)
                if seen is not None:
                    seen.titles.append((now, self._title(event.window.id)))
        except (BadWindow, XError):
            pass  # the window went away while we looked at it

    def _created(self, window_id: int, now: float) -> None:
        window = self.display.create_resource_object("window", window_id)
        # Its own structure events (MapNotify reaches us even after a window manager has
        # reparented it into a frame), its title changes, and every drawing into it.
        window.change_attributes(event_mask=X.StructureNotifyMask | X.PropertyChangeMask)
        self._damages[damage.damage_create(window, damage.DamageReportNonEmpty)] = window_id
        seen = self._windows[window_id] = WindowTimes(window_id, now)
        # A title set before we asked for its changes (a busy watcher wakes late) is not
        # announced to us: take it as it is now.
        title = self._title(window_id)
        if title:
            seen.titles.append((now, title))

    def _pid(self, window_id: int) -> int | None:
        window = self.display.create_resource_object("window", window_id)
        try:
            prop = window.get_full_property(self._pid_atom, Xatom.CARDINAL)
        except (BadWindow, XError):
            return None
        return int(prop.value[0]) if prop and len(prop.value) else None

    def _title(self, window_id: int) -> str:
        window = self.display.create_resource_object("window", window_id)
        prop = window.get_full_property(self._name_atom, self._utf8)
        if prop is None:
            return ""
        value = prop.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
