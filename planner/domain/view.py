"""What the window shows of the open conference, as values the core hands out.

`StartupView` is everything the window needs to paint one conference: the conference list,
the conference, its sessions with the user's stars, busy blocks, colleagues' agendas and
clash settings, read at one revision of the database. The core produces it
(`Catalog.view`), the window consumes it (`SessionStore.show`), and the quick-start
snapshot keeps one so that the next start paints before the database layer is loaded.

`ViewUpdate` is what changed of it after an operation (`Catalog.update`): only the parts
the operation's `Changes` touched, or a whole new view when the program itself changed or
another process wrote.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner.domain.agenda import (
    BusyInfo,
    ConferenceInfo,
    OverlayInfo,
    OverlaySessionInfo,
    SpeakerInfo,
    Star,
    TalkInfo,
)
from planner.domain.conflicts import ConflictSettings
from planner.domain.links import Link

if TYPE_CHECKING:
    from planner.domain.changes import Changes


@dataclass(frozen=True)
class StartupView:
    revision: int  # of the database, when this was read
    conferences: tuple[ConferenceInfo, ...]
    conference: ConferenceInfo
    talks: tuple[TalkInfo, ...]  # in time order
    busy: tuple[BusyInfo, ...]
    overlays: tuple[OverlayInfo, ...]
    settings: ConflictSettings


@dataclass(frozen=True)
class ViewUpdate:
    """The parts of a `StartupView` that an operation changed; None: unchanged."""

    revision: int
    conference_id: int  # the conference it was read for
    changes: Changes
    view: StartupView | None = None  # everything anew (the others are then None)
    talks: tuple[TalkInfo, ...] = ()  # sessions whose star changed, as they are now
    busy: tuple[BusyInfo, ...] | None = None
    overlays: tuple[OverlayInfo, ...] | None = None
    settings: ConflictSettings | None = None
    conferences: tuple[ConferenceInfo, ...] | None = None


# The value classes a view is made of: what the quick-start snapshot may build, and whose
# fields its fingerprint covers.
VIEW_CLASSES: tuple[type, ...] = (
    StartupView,
    ConferenceInfo,
    TalkInfo,
    Star,
    SpeakerInfo,
    Link,
    BusyInfo,
    OverlayInfo,
    OverlaySessionInfo,
    ConflictSettings,
)


def view_fingerprint() -> str:
    """Changes whenever a field of a view's classes is added, removed, renamed, reordered
    or retyped: a snapshot written by other code is then never read into these classes.

    The classes' shape written out, not a digest of it: exact, and every start compares it
    without loading a hash library (hashlib loads OpenSSL's libcrypto, ~4 ms)."""
    return ";".join(
        cls.__name__ + "(" + ",".join(f"{f.name}:{f.type}" for f in dataclasses.fields(cls)) + ")"
        for cls in VIEW_CLASSES
    )
