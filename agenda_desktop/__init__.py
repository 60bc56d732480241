"""Agenda Desktop: steer a municipality's work with Agenda 2030."""

from importlib import metadata

APP_NAME = "Agenda Desktop"
APP_ID = "agenda-desktop"
ORGANISATION = "Agenda Desktop"
DATABASE_SUFFIX = ".agenda"

try:
    __version__ = metadata.version("agenda-desktop")
except metadata.PackageNotFoundError:  # frozen without metadata, or run from a bare tree
    __version__ = "0.1.0"
