"""Developer tool: autogenerate a migration from the models against an up-to-date schema.

python -m agenda_desktop.core.store.new_revision "what changed"
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from agenda_desktop.core.store.database import create_store_engine
from agenda_desktop.core.store.location import DatabaseLocation
from agenda_desktop.core.store.migrations import alembic_config, known_revisions


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    number = len(known_revisions()) + 1
    with tempfile.TemporaryDirectory() as folder:
        location = DatabaseLocation.for_file(Path(folder) / "scratch.agenda")
        engine = create_store_engine(location)
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            if number > 1:
                command.upgrade(config, "head")
            command.revision(config, message=message, autogenerate=True, rev_id=f"{number:04d}")
        engine.dispose()


if __name__ == "__main__":
    main()
