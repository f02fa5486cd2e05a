"""How the schema's columns store their values, for the SQL that writes without the ORM.

Standard library only: the program writer (`writer.py`) runs on a plain `sqlite3`
connection as well as on an ORM session's (`units.py`), and converts what it writes as the
ORM columns of `schema.py` convert it; `schema.py` takes these from here.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utc_text(value: datetime) -> str:
    """How a UTCDateTime column stores `value` (SQLAlchemy's SQLite DATETIME text form)."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def utc_now() -> datetime:
    return datetime.now(UTC)
