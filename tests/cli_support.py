"""Running the command line in-process, as pre-commit-hooks' tests do: ``main(argv)``, captured."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from newsclean.cli import main
from tests.golden.cases import input_path, names

#: Dirty articles: every golden input (the seeds among them), by file name.
DIRTY = {f"{name}.txt": input_path(name).read_text(encoding="utf-8") for name in names()}


@dataclass(frozen=True)
class Ran:
    """What one run of ``newsclean`` gave: exit code, stdout, stderr."""

    code: int
    out: str
    err: str

    @property
    def errors(self) -> list[str]:
        """The ``newsclean: error:`` lines on stderr."""
        return [line for line in self.err.splitlines() if line.startswith("newsclean: error:")]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> Ran:
    """Run ``newsclean *argv`` in this process and capture what it printed."""
    capsys.readouterr()
    code = main([str(arg) for arg in argv])
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)


def write_articles(folder: Path, articles: dict[str, str]) -> list[Path]:
    """Write ``{relative name: text}`` below ``folder``; the paths, in name order."""
    paths = []
    for name, text in sorted(articles.items()):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
