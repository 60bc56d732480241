"""Argument parsers whose help reads in Swedish, like the rest of the program."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from typing import Any


class SwedishHelpFormatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, prefix or "Användning: ")


class SwedishArgumentParser(argparse.ArgumentParser):
    """argparse with Swedish headings, help option and error prefix."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(add_help=False, formatter_class=SwedishHelpFormatter, **kwargs)
        self._positionals.title = "argument"
        self._optionals.title = "alternativ"
        self.add_argument("-h", "--help", action="help", help="visa den här hjälpen och avsluta")

    def error(self, message: str) -> Any:
        self.print_usage()
        self.exit(2, f"{self.prog}: fel i argumenten: {message}\n")
