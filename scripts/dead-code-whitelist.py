"""Names the dead-code check (vulture, `scripts/dead-code`) must not report: each is
called by a framework, not by our code, or read in a way vulture cannot see, or - rarely
- a genuine API that a test of an invariant needs. Keep a reason beside every name;
anything else it reports is dead and should go. (The tests are not read: code only a
test calls counts as dead.)"""

# Bare names are how vulture whitelists work:
# ruff: noqa: B018, F821

# Qt calls these virtual overrides (event handlers, model/view and accessibility API).
eventFilter
mergeWith  # QUndoStack.push merges an OperationCommand into the one before (note typing)
dragEnterEvent
dropEvent
paintEvent
mouseDoubleClickEvent
sizeHint
hasChildren
loadResource
_.object  # QAccessibleInterface.object
indexOfChild  # QAccessibleInterface's virtuals (ui/widgets/timetable_accessibility.py):
childAt  # a screen reader asks them through Qt, never our code
focusChild
_.selectable  # QAccessible.State flags set for screen readers
_.focusable
_.invisible
_.invalid
_.focused
_.offscreen
roles  # the third argument of QAbstractItemModel.dataChanged, whether used or not

# SQLAlchemy's TypeDecorator protocol (storage/schema.py).
_.impl
_.cache_ok
process_bind_param
process_result_value
dialect
# pysqlite's connection attribute (storage/db.py): None stops it beginning transactions
# itself, so that Planner's BEGIN covers a unit's reads too.
_.isolation_level

# urllib's handler protocol (fetch.py): the opener calls <scheme>_open by name.
http_open
https_open
_._create_connection

# An lru_cache key: equal instants in two zones must stay apart (export/ics.py).
zone_key

# The context-manager protocol's third argument (calendars/caldav.py).
traceback

# Which follower a Report is from: part of the Result every caller gets (the calendars'
# status shows reports per target); the window shows only the messages so far.
_.follower

# Python's module protocol: `from planner.services import X` calls it (PEP 562).
__getattr__
# Functions' own names, which tracebacks and help() show (storage/repo.py's reads).
_.__qualname__
# ORM columns every read selects by name in SQL (storage/queries.py), set by the writer.
_.start_date
_.end_date
start_date
end_date
# A calendar target's last failure, read in SQL (storage/queries.py: the targets' reads),
# set through the ORM (storage/targets.py).
_.last_error_code
_.last_error_values
last_error_code
last_error_values

# A NamedTuple's field read by unpacking (`laid_out, height = layouts.get(...)` in
# ui/delegates/text_delegate.py), which vulture does not follow.
line_height

# The optimiser's contract on its own - the heaviest clash-free subset of the candidates -
# which the property test brute-forces (tests/domain/test_conflicts.py); auto_resolve and
# the clash choices run the same `_best_chain` with fixed commitments around it.
best_plan
# How many modules the phone dialog's QR code has: the tests' only view of the code it
# paints (none before a link is known, more for a longer link).
module_count

# The schema's tables of a program's rooms, tracks and speakers, and a session's room and
# track: declared here (storage/schema.py: created and migrated with the rest), written by
# the program writer in SQL (storage/writer.py) and read in SQL (storage/queries.py).
Track
Room
Speaker
TalkSpeaker
_.room_id
_.track_id
room_id
track_id
Feed  # storage/schema.py: a table of the schema; written as SQL (writer.store_feed)
# ui/mainwindow.py: tests/ui/conftest.open_window waits for it, so that no test sees the
# window before what waits for its first paint is done (the Program's rows below the screen)
_.first_paint_behind
