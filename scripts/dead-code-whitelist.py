"""Names the dead-code check (vulture, `scripts/dead-code`) must not report: each is
called by a framework, not by our code. Keep a reason beside every name; anything else
it reports is dead and should go."""

# Bare names are how vulture whitelists work:
# ruff: noqa: B018, F821

# Qt calls these virtual overrides (event handlers, model/view and accessibility API).
eventFilter
dragEnterEvent
dropEvent
paintEvent
mouseDoubleClickEvent
sizeHint
hasChildren
loadResource
_.object  # QAccessibleInterface.object
_.selectable  # QAccessible.State flags set for screen readers
_.focusable
_.invisible
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
