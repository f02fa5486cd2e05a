"""Persistence: the SQLite database, its schema, migrations and queries.

ORM classes stay inside this package; callers get `planner.domain` value objects.
"""
