"""Calendar targets that Planner keeps true: CalDAV calendars, folders of events (vdir), the
live `.ics` file and exported files. No Qt here; the app and the command line both use it.

- `plan`: what a target should hold, from the agenda and the target's own state (pure);
- `files`: the local targets (a file, the live file, a vdir);
- `caldav`: a CalDAV calendar (discovery, ETags, `If-Match`), through the `caldav` library;
- `credentials`: passwords from the desktop keyring or a command, never from the database;
- `sync`: the rules that bring one store up to date, with a report of what happened;
- `syncer`: one target synced from one read of the database (files, folders, CalDAV);
- `service`: the use cases (add, change, test, list, remove, sync, export), each in one
  transaction.
"""
