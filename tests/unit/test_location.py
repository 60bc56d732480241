"""Where the database lives, and whether it sits on a network drive."""

from __future__ import annotations

from pathlib import Path

from agenda_desktop.core.store.location import (
    ENVIRONMENT_VARIABLE,
    DatabaseLocation,
    default_database_path,
    file_system_type,
    is_network_path,
    resolve_location,
)


def test_the_command_line_path_wins(tmp_path: Path) -> None:
    chosen = tmp_path / "kommun.agenda"
    location = resolve_location(str(chosen), None, {ENVIRONMENT_VARIABLE: "/annan/fil.agenda"})
    assert location.path == chosen.resolve()
    assert location.url == f"sqlite:///{chosen.resolve().as_posix()}"


def test_the_command_line_url_wins_over_the_environment() -> None:
    location = resolve_location(None, "postgresql+psycopg://anna:hemligt@server/agenda", {})
    assert location.path is None
    assert location.describe() == "postgresql+psycopg://anna@server/agenda"


def test_the_environment_variable_takes_a_path_or_a_url(tmp_path: Path) -> None:
    as_path = resolve_location(None, None, {ENVIRONMENT_VARIABLE: str(tmp_path / "a.agenda")})
    assert as_path.path == (tmp_path / "a.agenda").resolve()
    as_url = resolve_location(None, None, {ENVIRONMENT_VARIABLE: "postgresql://server/agenda"})
    assert as_url == DatabaseLocation("postgresql://server/agenda", None)


def test_without_a_choice_the_user_data_folder_is_used() -> None:
    location = resolve_location(None, None, {})
    assert location.path == default_database_path().resolve()
    assert location.path.name == "agenda.agenda"


def test_a_sqlite_url_is_treated_as_a_file(tmp_path: Path) -> None:
    location = DatabaseLocation.for_url(f"sqlite:///{tmp_path}/b.agenda")
    assert location.path == (tmp_path / "b.agenda").resolve()


MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//filserver/kommun /mnt/kommun cifs rw,vers=3.0 0 0
filserver:/export /mnt/nfs\\040delad nfs4 rw 0 0
/dev/vdb /mnt/kommun/lokal ext4 rw 0 0
"""


def test_the_longest_mount_point_decides_the_file_system() -> None:
    assert file_system_type(Path("/home/anna/agenda.agenda"), MOUNTS) == "ext4"
    assert file_system_type(Path("/mnt/kommun/agenda.agenda"), MOUNTS) == "cifs"
    assert file_system_type(Path("/mnt/kommun/lokal/agenda.agenda"), MOUNTS) == "ext4"
    assert file_system_type(Path("/mnt/nfs delad/agenda.agenda"), MOUNTS) == "nfs4"
    assert file_system_type(Path("/mnt/kommunen/agenda.agenda"), MOUNTS) == "ext4"


def test_a_temporary_folder_is_local(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "saknas" / "ny.agenda")
