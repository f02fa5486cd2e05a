"""Passwords for CalDAV targets: the desktop keyring, or a command that prints one.

Never stored by Planner itself. `keyring` reaches the Secret Service (GNOME, KDE's via
its bridge), KWallet, the macOS Keychain or Windows' Credential Locker. Where none is
available, a `--password-command` (like vdirsyncer's, mbsync's and msmtp's) is run at each
sync and its first line of output taken as the password, e.g. `pass show calendar`.
"""

from __future__ import annotations

import contextlib
import subprocess

from planner.calendars.sync import Problem, SyncProblem
from planner.domain.calendar_messages import PasswordCode, PasswordMessage
from planner.domain.errors import UsageError
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.system_words import system_words

SERVICE = "Planner calendar"
COMMAND_TIMEOUT_SECONDS = 60
NO_KEYRING = str(Refusal(RefusalCode.NO_KEYRING))  # the keyring problem the window asks about


class CredentialsError(SyncProblem):
    """No password could be had; the message says why and what to do (`password`: the
    same as a code with values, for the window to say in its language)."""

    problem = Problem.REFUSED

    def __init__(self, password: PasswordMessage) -> None:
        super().__init__(str(password))
        self.password = password


class KeyringRefused(UsageError):
    """The desktop keyring did not keep a password (`password` says why)."""

    def __init__(self, password: PasswordMessage) -> None:
        super().__init__(str(password))
        self.password = password


def keyring_problem() -> str:
    """Why passwords cannot be kept in a keyring here; "" when they can."""
    import keyring
    from keyring.backends import chainer, fail, null

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring) or (
        isinstance(backend, chainer.ChainerBackend) and not backend.backends
    ):
        return NO_KEYRING
    return ""


def account(location: str, username: str) -> str:
    return f"{username}@{location}"


def store_password(location: str, username: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError, NoKeyringError

    if keyring_problem():
        raise UsageError.of(Refusal(RefusalCode.NO_KEYRING_COMMAND))
    try:
        keyring.set_password(SERVICE, account(location, username), password)
    except NoKeyringError as error:
        raise UsageError.of(Refusal(RefusalCode.NO_KEYRING)) from error
    except KeyringError as error:  # locked, and the user declined to unlock it
        raise KeyringRefused(PasswordMessage(PasswordCode.NOT_KEPT, detail=str(error))) from error


def forget_password(location: str, username: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    with contextlib.suppress(KeyringError):  # nothing stored, or no keyring: nothing to do
        keyring.delete_password(SERVICE, account(location, username))


def password(location: str, username: str, command: str) -> str:
    if command:
        return run_password_command(command)
    if not username:
        return ""
    import keyring
    from keyring.errors import KeyringError

    if keyring_problem():
        raise CredentialsError(PasswordMessage(PasswordCode.NO_KEYRING, username))
    try:
        found = keyring.get_password(SERVICE, account(location, username))
    except KeyringError as error:
        raise CredentialsError(
            PasswordMessage(PasswordCode.KEYRING_UNREADABLE, username, detail=str(error))
        ) from error
    if found is None:
        raise CredentialsError(PasswordMessage(PasswordCode.NOT_IN_KEYRING, username))
    return found


def run_password_command(command: str) -> str:
    try:
        done = subprocess.run(
            command,
            shell=True,  # the user's own command line, as vdirsyncer and msmtp run theirs
            capture_output=True,
            text=True,
            timeout=COMMAND_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise CredentialsError(
            PasswordMessage(PasswordCode.COMMAND_TIMED_OUT, detail=command)
        ) from error
    except OSError as error:
        raise CredentialsError(
            PasswordMessage(PasswordCode.COMMAND_CANNOT_RUN, detail=system_words(error, whole=True))
        ) from error
    if done.returncode != 0:
        said = done.stderr.strip().splitlines()[-1][:200] if done.stderr.strip() else ""
        code = PasswordCode.COMMAND_FAILED_SAYING if said else PasswordCode.COMMAND_FAILED
        raise CredentialsError(PasswordMessage(code, status=done.returncode, detail=said))
    lines = done.stdout.splitlines()
    if not lines or not lines[0]:
        raise CredentialsError(PasswordMessage(PasswordCode.NO_PASSWORD))
    return lines[0]
