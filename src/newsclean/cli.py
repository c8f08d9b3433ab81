"""The ``newsclean`` command: ``main(argv) -> int``.

>>> main(["--version"])
0.1.0
0
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__, clean_file
from .errors import NewscleanError


def _walk(paths: Sequence[str]) -> Iterator[Path]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in {".txt", ".md"})
        else:
            yield path


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (0 fine, 1 failures, 2 usage).

    >>> main(["clean", "/no/such/dir/x.txt"])
    1
    """
    parser = argparse.ArgumentParser(prog="newsclean", description=__doc__)
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    commands = parser.add_subparsers(dest="command")
    clean_parser = commands.add_parser("clean", help="clean files and folders into JSON lines")
    clean_parser.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    if args.version:
        print(__version__)
        return 0
    if args.command != "clean":
        parser.print_usage(sys.stderr)
        return 2
    failed = 0
    for path in _walk(args.paths):
        try:
            article = clean_file(path)
        except NewscleanError as exc:
            print(f"newsclean: error: {exc}", file=sys.stderr)
            failed += 1
            continue
        print(article.model_dump_json())
    return 1 if failed else 0
