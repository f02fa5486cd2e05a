"""Moving favourites between Planner and the conference apps people carry on their phones.

Pure formats, no database: Giggity's share links (`giggity`), the favourites files other
apps export (`favourites` and one module per app), and matching what they name against a
program's sessions. The sharing service stores the result as an overlay.
"""
