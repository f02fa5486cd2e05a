"""Fixtures for real calendar software, shared by the core's and the window's tests
(registered in tests/conftest.py): a Radicale server, and a desktop keyring."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from .keyrings import SecretService
from .servers import Radicale

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    """A Radicale CalDAV server on 127.0.0.1 with one user (see `servers.Radicale`)."""
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = Radicale(folder)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def secret_service(tmp_path: Path) -> Iterator[SecretService]:
    """GNOME Keyring's Secret Service on a D-Bus session of its own (see `keyrings`)."""
    service = SecretService(tmp_path / "keyring")
    service.start()
    yield service
    service.stop()


@pytest.fixture
def desktop_keyring(
    secret_service: SecretService, monkeypatch: pytest.MonkeyPatch
) -> Iterator[SecretService]:
    """This process's `keyring` on that Secret Service, as on a user's desktop."""
    import keyring
    from keyring.backends import SecretService as backend

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", secret_service.env["DBUS_SESSION_BUS_ADDRESS"])
    previous = keyring.get_keyring()
    keyring.set_keyring(backend.Keyring())  # type: ignore[no-untyped-call]
    yield secret_service
    keyring.set_keyring(previous)
