"""Where the database lives: command line, environment or the platform's user data folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from agenda_desktop import APP_ID, DATABASE_SUFFIX, ORGANISATION

ENVIRONMENT_VARIABLE = "AGENDA_DESKTOP_DATABASE"
NETWORK_FILE_SYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "9p", "fuse.sshfs", "davfs", "webdav", "ncpfs"}
)


@dataclass(frozen=True)
class DatabaseLocation:
    """A database address: a SQLAlchemy URL, and the file path when it is a SQLite file."""

    url: str
    path: Path | None

    @classmethod
    def for_file(cls, path: Path) -> DatabaseLocation:
        resolved = path.expanduser().resolve()
        return cls(url=f"sqlite:///{resolved.as_posix()}", path=resolved)

    @classmethod
    def for_url(cls, url: str) -> DatabaseLocation:
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            return cls.for_file(Path(url.removeprefix("sqlite:///")))
        return cls(url=url, path=None)

    def describe(self) -> str:
        """A text for the user: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        scheme, _, rest = self.url.partition("://")
        if "@" in rest:
            credentials, _, host = rest.rpartition("@")
            user = credentials.split(":", 1)[0]
            return f"{scheme}://{user}@{host}"
        return self.url


def default_database_path() -> Path:
    """The database file in the platform's user data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_ID, ORGANISATION) / f"agenda{DATABASE_SUFFIX}"


def resolve_location(
    path: str | None,
    url: str | None,
    environment: Mapping[str, str] | None = None,
) -> DatabaseLocation:
    """Choose the database: ``--database`` or ``--database-url``, then the environment
    variable (a path or a URL), then the default file."""
    if path:
        return DatabaseLocation.for_file(Path(path))
    if url:
        return DatabaseLocation.for_url(url)
    value = (environment if environment is not None else os.environ).get(ENVIRONMENT_VARIABLE)
    if value:
        if "://" in value:
            return DatabaseLocation.for_url(value)
        return DatabaseLocation.for_file(Path(value))
    return DatabaseLocation.for_file(default_database_path())


def file_system_type(path: Path, mounts_text: str) -> str | None:
    """Return the type of the file system that holds ``path``, from /proc/mounts text."""
    best: tuple[int, str] | None = None
    target = path.as_posix()
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), fields[2])
    return best[1] if best else None


def is_network_path(path: Path) -> bool:
    """True when the file sits on a network drive, where SQLite's WAL must not be used."""
    if sys.platform == "win32":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive_remote = 4
        root = os.path.splitdrive(text)[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)  # type: ignore[attr-defined]
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if sys.platform == "darwin":
        import subprocess

        try:
            output = subprocess.run(
                ["/sbin/mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
        except OSError:
            return False
        # "//user@server/share on /Volumes/share (smbfs, nodev …)"
        mounts = []
        for line in output.splitlines():
            device, _, rest = line.partition(" on ")
            point, _, options = rest.partition(" (")
            kind = options.split(",", 1)[0]
            mounts.append(f"{device} {point.replace(' ', chr(92) + '040')} {kind}")
        kind = file_system_type(existing.resolve(), "\n".join(mounts))
    else:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return False
        kind = file_system_type(existing.resolve(), mounts_text)
    return kind in NETWORK_FILE_SYSTEMS
