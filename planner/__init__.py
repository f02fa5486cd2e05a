"""Planner: build a personal conference agenda offline."""

__version__ = "0.1.0"

APP_NAME = "Planner"
# Reverse-DNS application ID shared by the desktop entry, AppStream metadata and D-Bus.
APP_ID = "io.github.planner.Planner"
# Directory name used under the platform's user data/config dirs.
APP_DIR_NAME = "planner"
