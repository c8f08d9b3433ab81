"""The files the command line works on: the paths given, with their folders walked.

Folders are walked in name order for ``*.txt`` and ``*.md`` (or the ``include``
globs); hidden folders (``.git``) are passed over; a symbolic link to a folder is
followed unless it leads back to a folder above it. A file named on the command
line is always taken; ``exclude`` globs apply to every path.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     for name in ("b.txt", "a.md", "notes.csv", "sub/c.txt"):
...         p = pathlib.Path(d, name)
...         p.parent.mkdir(exist_ok=True)
...         _ = p.write_text("x")
...     [str(found.relative) for found in walk([d])]
['a.md', 'b.txt', 'sub/c.txt']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path, PurePosixPath

DEFAULT_INCLUDE = ("*.txt", "*.md")


@dataclass(frozen=True, slots=True)
class Source:
    """A file to work on: its path as the user named it, and its place below that argument.

    >>> Source(Path("seeds/a.txt"), PurePosixPath("a.txt")).relative.suffix
    '.txt'
    """

    path: Path
    relative: PurePosixPath

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True, slots=True)
class Problem:
    """A path that cannot be worked on, with what is wrong, as the error line shows it.

    >>> str(Problem("seeds/loop", "symbolic link loop"))
    'seeds/loop: symbolic link loop'
    """

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def matches(relative: str, patterns: Iterable[str]) -> bool:
    """Whether a glob matches the file's name or its path below the folder given.

    >>> matches("2025/june/a.txt", ["*.txt"]), matches("drafts/a.txt", ["drafts/*"])
    (True, True)
    >>> matches("a.csv", ["*.txt", "*.md"])
    False
    """
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatchcase(name, p) or fnmatchcase(relative, p) for p in patterns)


def walk(
    paths: Sequence[str | Path],
    *,
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = (),
    skip: Path | None = None,
) -> Iterator[Source | Problem]:
    """Every file to work on, in order, and a :class:`Problem` for a folder that cannot be walked.

    ``skip`` is a folder (such as the output folder) not to walk into. A path that does
    not exist is passed on as a file: reading it gives the error that names it.

    >>> [str(found) for found in walk(["/no/such/article.txt"])]
    ['/no/such/article.txt']
    """
    seen: set[str] = set()
    for name in paths:
        root = Path(name)
        if root.is_dir():
            real = os.path.realpath(root)
            found: Iterator[Source | Problem] = _walk_folder(
                root, PurePosixPath(), frozenset({real}), include, exclude, skip
            )
        elif matches(root.name, exclude):
            continue
        else:
            found = iter([Source(root, PurePosixPath(root.name))])
        for item in found:
            if isinstance(item, Source):
                key = os.path.realpath(item.path)
                if key in seen:
                    continue
                seen.add(key)
            yield item


def _walk_folder(
    folder: Path,
    relative: PurePosixPath,
    above: frozenset[str],
    include: Sequence[str],
    exclude: Sequence[str],
    skip: Path | None,
) -> Iterator[Source | Problem]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield Problem(str(folder), f"cannot list the folder: {exc.strerror or exc}")
        return
    for entry in entries:
        path = folder / entry.name
        below = relative / entry.name
        if matches(str(below), exclude):
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:
            is_folder = False
        if not is_folder:
            if matches(str(below), include):
                yield Source(path, below)
            continue
        if entry.name.startswith("."):
            continue
        real = os.path.realpath(path)
        if real in above:
            yield Problem(str(path), "symbolic link loop (it leads back to a folder above it)")
            continue
        if skip is not None and real == os.path.realpath(skip):
            continue
        yield from _walk_folder(path, below, above | {real}, include, exclude, skip)
