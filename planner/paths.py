"""Where Planner keeps its files, with overrides for tests and portable use.

Precedence: an explicit directory (`--data-dir`), then `PLANNER_DATA_DIR`, then the
platform's per-user data directory (platformdirs). With an override, configuration and
cache live inside that directory too, so a portable install touches nothing else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from planner import APP_DIR_NAME

ENV_DATA_DIR = "PLANNER_DATA_DIR"
DATABASE_NAME = "planner.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    cache_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        chosen = data_dir or os.environ.get(ENV_DATA_DIR) or None
        if chosen:
            base = Path(chosen).expanduser().absolute()
            return cls(base, base / "config", base / "cache")
        return cls(
            Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False)),
        )
