"""Exporters: the agenda to iCalendar and to shareable agenda files."""
