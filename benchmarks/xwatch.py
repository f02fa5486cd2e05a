"""Watching a process's windows from outside, through the X server's own events.

The start-up benchmark launches `planner` on an X server of its own (Xvfb) and asks that
server, not the app, when the app's main window was created, mapped (`MapNotify`: it is on
screen), first drawn into (DAMAGE extension: pixels changed inside it) and retitled
(`PropertyNotify` on `_NET_WM_NAME`: the window shows another program).

Every event is stamped with `time.monotonic()` the moment the watcher has it (`Seen.woke`):
the clock the launching benchmark read before it started the process, and the app's own
probe reads. On a busy machine the watcher may wake well after the server sent an event,
so two more facts are kept that no lateness changes (`Seen`): the event's place in the
order the server sent this connection its events (the order in which the server made
them), and an instant it certainly came after: the last time the watcher asked the server
(a round trip) and had nothing queued before its answer (`Seen.after`).

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


@dataclass(frozen=True)
class Seen:
    """One event as the watcher received it (monotonic seconds)."""

    order: int  # its place among all the events this watcher received: the server's order
    after: float  # the server made it after this instant...
    woke: float  # ...and the watcher had it by this one (woke - after bounds its lateness)


class Arrivals:
    """Numbers the events in the order they arrive and brackets when each was made."""

    def __init__(self, quiet: float) -> None:
        self._count = 0
        self._quiet = quiet

    def quiet(self, asked: float) -> None:
        """A round trip begun at `asked` found no event queued before its reply: the
        server had made none for us before it answered, so every event still to come was
        made after `asked`."""
        self._quiet = asked

    def seen(self, woke: float) -> Seen:
        """The next event, received by `woke`."""
        self._count += 1
        return Seen(self._count, self._quiet, woke)


@dataclass
class WindowTimes:
    """What the X server saw of one top-level window."""

    window: int
    created: Seen
    mapped: Seen | None = None  # its first MapNotify
    width: int = 0
    height: int = 0
    damaged: list[Seen] = field(default_factory=list)  # each DamageNotify, in order
    titles: list[tuple[float, str]] = field(default_factory=list)  # (woke, title)

    def saw_map(self, seen: Seen, width: int, height: int) -> None:
        if self.mapped is None:  # the first time counts (a second is re-showing it)
            self.mapped = seen
            self.width, self.height = width, height

    def saw_damage(self, seen: Seen) -> None:
        self.damaged.append(seen)


class Watcher:
    """One connection to the X server, watching the top-level windows created on it."""

    def __init__(self, display_name: str) -> None:
        connecting = time.monotonic()  # nothing the server sends us was made before this
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
        self._arrivals = Arrivals(connecting)

    def close(self) -> None:
        self.display.close()

    def forget(self) -> None:
        """Drop what was seen so far (before the next process is launched)."""
        for damage_id in self._damages:
            self.display.damage_destroy(damage_id)
        self._damages.clear()
        self._windows.clear()
        asked = time.monotonic()
        self.display.sync()
        while self.display.pending_events():
            self.display.next_event()
        self._arrivals.quiet(asked)  # all the server had made by then was just dropped

    def main_window(self, pid: int) -> WindowTimes | None:
        """The first window of process `pid` that was mapped (an app maps its main window
        first), with its times so far."""
        mapped = [w for w in self._windows.values() if w.mapped is not None]
        ours = [w for w in mapped if self._pid(w.window) == pid]
        return min(ours, key=lambda w: w.mapped.order if w.mapped else 0, default=None)

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
            if self._expect_nothing_more():
                select.select([fd], [], [], min(remaining, 0.05))
            while count := self.display.pending_events():
                now = time.monotonic()  # these `count` events had all arrived by now
                for _ in range(count):
                    self._handle(self.display.next_event(), self._arrivals.seen(now))

    def _expect_nothing_more(self) -> bool:
        """Whether the server has sent everything it made so far (a round trip tells):
        then every event still to come was made after this call began."""
        if self.display.pending_events():
            return False
        asked = time.monotonic()
        self.display.sync()  # events made before the server answered come before the answer
        if self.display.pending_events():
            return False
        self._arrivals.quiet(asked)
        return True

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
    def _handle(self, event: Any, seen: Seen) -> None:
        try:
            if event.type == X.CreateNotify and not event.override:
                self._created(event.window.id, seen)
            elif event.type == X.MapNotify and not event.override:
                window = self._windows.get(event.window.id)
                if window is not None and window.mapped is None:
                    geometry = event.window.get_geometry()
                    window.saw_map(seen, geometry.width, geometry.height)
            elif event.type == self._damage_event:
                window_id = self._damages.get(event.damage)
                if window_id is not None:
                    self._windows[window_id].saw_damage(seen)
                    self.display.damage_subtract(event.damage)  # report the next drawing too
            elif event.type == X.PropertyNotify and event.atom == self._name_atom:
                window = self._windows.get(event.window.id)
                if window is not None:
                    window.titles.append((seen.woke, self._title(event.window.id)))
        except (BadWindow, XError):
            pass  # the window went away while we looked at it

    def _created(self, window_id: int, seen: Seen) -> None:
        window = self.display.create_resource_object("window", window_id)
        # Its own structure events (MapNotify reaches us even after a window manager has
        # reparented it into a frame), its title changes, and every drawing into it.
        window.change_attributes(event_mask=X.StructureNotifyMask | X.PropertyChangeMask)
        self._damages[damage.damage_create(window, damage.DamageReportNonEmpty)] = window_id
        times = self._windows[window_id] = WindowTimes(window_id, seen)
        # A title set before we asked for its changes (a busy watcher wakes late) is not
        # announced to us: take it as it is now.
        title = self._title(window_id)
        if title:
            times.titles.append((seen.woke, title))

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
