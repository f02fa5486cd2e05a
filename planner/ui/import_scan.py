"""Spare every module imported after PySide6 a reading of its whole source.

PySide6 lets a module opt into `from __feature__ import snake_case, true_property`, per
module. To know which modules' calls into Qt should switch feature sets, it wraps
`__import__` and, after every import, asks `shibokensupport.feature._mod_uses_pyside`
whether the new module uses PySide6 - by reading the module's whole source file
(`inspect.getsource`, which keeps it in `linecache`) and looking for the word.

The window paints before the core is imported, so SQLAlchemy and the rest of the core are
imported after PySide6 and each had its source read: about 440 files and 8 million
characters, measured as 357 M more instructions (some 70 ms) and 20 MiB more resident
memory than importing the same modules before Qt. (`benchmarks/import_profile.py` and
docs/performance.md.)

The same question is answered here from the module's namespace, which is complete when
the hook runs: a module that uses PySide6 holds PySide6 classes or modules among its
globals. Planner selects no feature anywhere, so a module judged either way behaves the
same; with a PySide6 that has no such hook, or names it differently, nothing is changed.
Installed when imported: `planner.ui.app` imports it before the rest of the window.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shiboken6 and its import hook)

_QT_PACKAGES = ("PySide6", "shiboken6")


def uses_pyside(module: ModuleType) -> bool:
    """Does `module` use PySide6? Judged by its globals (PySide6 asks this after each
    import; its own answer reads the module's source)."""
    for value in list(vars(module).values()):
        try:
            name = value.__name__ if isinstance(value, ModuleType) else value.__module__
        except Exception:  # no __module__, or an object that fails to say: not Qt's
            continue
        if isinstance(name, str) and name.startswith(_QT_PACKAGES):
            return True
    return False


def install() -> bool:
    """Answer PySide6's question from here from now on; False if this PySide6 asks it
    differently (then nothing changes)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 (PySide's own name)
    return True


install()
