"""A real desktop keyring for the tests: GNOME Keyring's Secret Service (the one GNOME,
Xfce, Cinnamon and most Linux desktops run; KDE's KWallet speaks the same protocol) on a
private D-Bus session bus, started and stopped by the test, with its login keyring
unlocked. `secret-tool` (libsecret, as GNOME's own apps use it) looks at what it holds:
an independent client, not Python's `keyring` nor Planner's code. The test command
installs all three (`ensure_secret_service` in scripts/_common.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

LOGIN_PASSWORD = "the keyring's own password"
_AVAILABLE = (
    "import secretstorage, sys; "
    "sys.exit(0 if secretstorage.check_service_availability(secretstorage.dbus_init()) else 1)"
)


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is installed by the test command (./scripts/test)"
    return found


@dataclass
class SecretService:
    folder: Path
    env: dict[str, str] = field(default_factory=dict)
    _processes: list[subprocess.Popen[str]] = field(default_factory=list)

    def start(self) -> None:
        home, runtime = self.folder / "home", self.folder / "run"
        home.mkdir(parents=True)
        runtime.mkdir(mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(home / ".config"),
        }
        bus = subprocess.Popen(
            [_tool("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=self.env,
            text=True,
        )
        self._processes.append(bus)
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        daemon = subprocess.Popen(
            [_tool("gnome-keyring-daemon"), "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=self.env,
            text=True,
        )
        self._processes.append(daemon)
        assert daemon.stdin is not None
        daemon.stdin.write(LOGIN_PASSWORD)  # --unlock reads the login keyring's password
        daemon.stdin.close()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if subprocess.run([sys.executable, "-c", _AVAILABLE], env=self.env).returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("GNOME Keyring's Secret Service did not start within 30 s")

    def stop(self) -> None:
        for process in reversed(self._processes):
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
        self._processes.clear()

    def lookup(self, **attributes: str) -> str | None:
        """The secret stored with these attributes, as libsecret's secret-tool finds it."""
        pairs = [part for item in attributes.items() for part in item]
        done = subprocess.run(
            [_tool("secret-tool"), "lookup", *pairs],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        return done.stdout if done.returncode == 0 else None
