"""The batch commands, ``clean``, ``check`` and ``fix``: walk, work in order, write, summarise.

Each returns the exit code its :class:`~newsclean.report.Summary` decides.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as d:
...     _ = pathlib.Path(d, "a.txt").write_text("Headline\\n\\nBy\\n\\nThe body of it.\\n")
...     run_check(Batch([d], quiet=True), fmt="text")  # doctest: +ELLIPSIS
/.../a.txt:3: NC301 empty byline
1
"""

from __future__ import annotations

import difflib
import json
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from .batch import Console, ordered_map
from .config import Config
from .engine import DEFAULT_CONFIG
from .errors import NewscleanError
from .files import write_atomic
from .output import FORMATS, output_path
from .report import Outcome, Summary
from .rules import RULES
from .tasks import check_one, clean_one, fix_one
from .walk import DEFAULT_INCLUDE, Problem, Source, walk

_NAMES = {rule.code: rule.name for rule in RULES}


@dataclass(frozen=True)
class Batch:
    """What every batch command is given: the paths, how to walk them, config, jobs.

    >>> Batch(["seeds"]).jobs
    1
    """

    paths: Sequence[str]
    config: Config = DEFAULT_CONFIG
    include: Sequence[str] = DEFAULT_INCLUDE
    exclude: Sequence[str] = ()
    jobs: int = 1
    quiet: bool = False
    started: float = field(default_factory=time.perf_counter)

    def sources(self, skip: Path | None = None) -> tuple[list[Source], list[Problem]]:
        """The files to work on, and the folders that cannot be walked."""
        sources: list[Source] = []
        problems: list[Problem] = []
        for item in walk(self.paths, include=self.include, exclude=self.exclude, skip=skip):
            if isinstance(item, Problem):
                problems.append(item)
            else:
                sources.append(item)
        return sources, problems

    def finish(self, console: Console, summary: Summary) -> int:
        """Print the summary line; the exit code."""
        console.note(summary.line(time.perf_counter() - self.started))
        return summary.exit_code


def _report(problems: list[Problem], console: Console, summary: Summary) -> None:
    for problem in problems:
        console.error(str(problem))
        summary.fail()


def _plan_outputs(
    sources: list[Source], folder: Path, suffix: str, console: Console, summary: Summary
) -> list[tuple[Source, Path]]:
    """Each source's output file; one that would clash or land outside ``folder`` is refused."""
    inputs = {os.path.realpath(source.path) for source in sources}
    taken: dict[str, Source] = {}
    planned: list[tuple[Source, Path]] = []
    for source in sources:
        try:
            target = output_path(folder, source, suffix)
        except NewscleanError as exc:
            console.error(str(exc))
            summary.fail()
            continue
        key = os.path.realpath(target)
        if key in inputs:
            console.error(
                f"{source}: its output {target} would overwrite an input; choose another -o"
            )
        elif key in taken:
            console.error(
                f"{source}: its output {target} is also the output of {taken[key]}; "
                "rename one of them or clean them separately"
            )
        else:
            taken[key] = source
            planned.append((source, target))
            continue
        summary.fail()
    return planned


def run_clean(batch: Batch, *, fmt: str, output: Path | None) -> int:
    """Clean every file: JSON lines (or ``fmt``) to stdout, or one file each below ``output``."""
    summary = Summary("clean")
    sources, problems = batch.sources(skip=output)
    with Console(len(sources), quiet=batch.quiet, label="cleaning") as console:
        _report(problems, console, summary)
        if output is not None:
            planned = _plan_outputs(sources, output, FORMATS[fmt].suffix, console, summary)
        else:
            planned = [(source, Path()) for source in sources]
        work = partial(clean_one, config=batch.config, fmt=fmt)
        separator = ""
        paths = [source.path for source, _ in planned]
        for (_, target), outcome in zip(
            planned, ordered_map(work, paths, jobs=batch.jobs), strict=True
        ):
            if outcome.error is None and output is not None:
                outcome = _write(target, outcome)
            elif outcome.error is None:
                console.out(separator + outcome.output)
                separator = "\n" if fmt in ("md", "text") else ""
            if outcome.error is not None:
                console.error(outcome.error)
            summary.add(outcome)
            console.advance()
        return batch.finish(console, summary)


def _write(target: Path, outcome: Outcome) -> Outcome:
    """Write the outcome's text to ``target`` atomically; a failure becomes its error."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, outcome.output)
    except OSError as exc:
        error = f"{outcome.path}: cannot write {target}: {exc.strerror or exc}"
        return replace(outcome, error=error, changed=False)
    return outcome


def run_check(batch: Batch, *, fmt: str) -> int:
    """Print one line per artefact, ``path:line: CODE reason`` (or a JSON list)."""
    summary = Summary("check")
    sources, problems = batch.sources()
    found: list[dict[str, object]] = []
    with Console(len(sources), quiet=batch.quiet, label="checking") as console:
        _report(problems, console, summary)
        work = partial(check_one, config=batch.config)
        for outcome in ordered_map(work, [s.path for s in sources], jobs=batch.jobs):
            if outcome.error is not None:
                console.error(outcome.error)
            for removal in outcome.removed:
                if fmt == "json":
                    found.append(
                        {
                            "path": outcome.path,
                            "code": removal.rule,
                            "name": _NAMES.get(removal.rule),
                        }
                        | removal.model_dump(exclude={"rule"})
                    )
                else:
                    console.out(f"{outcome.path}:{removal.line}: {removal.rule} {removal.reason}\n")
            summary.add(outcome)
            console.advance()
        if fmt == "json":
            console.out(json.dumps(found, indent=2, ensure_ascii=False) + "\n")
        return batch.finish(console, summary)


def unified_diff(before: str, after: str, path: str) -> str:
    """A unified diff of a file's text before and after fixing, as ``git diff`` shows it.

    >>> print(unified_diff("a\\nb", "a\\nc\\n", "x.txt"), end="")
    --- x.txt
    +++ x.txt
    @@ -1,2 +1,2 @@
     a
    -b
    \\ No newline at end of file
    +c
    """
    lines = []
    for line in difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), path, path
    ):
        lines.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(lines)


def run_fix(batch: Batch, *, diff: bool) -> int:
    """Rewrite each file in its canonical form (``Fixing path``), or print the diff."""
    summary = Summary("fix --diff" if diff else "fix")
    sources, problems = batch.sources()
    with Console(len(sources), quiet=batch.quiet, label="fixing") as console:
        _report(problems, console, summary)
        work = partial(fix_one, config=batch.config)
        for outcome in ordered_map(work, [s.path for s in sources], jobs=batch.jobs):
            if outcome.changed and diff:
                console.out(unified_diff(outcome.before, outcome.output, outcome.path))
            elif outcome.changed:
                outcome = _write(Path(os.path.realpath(outcome.path)), outcome)
                if outcome.error is None:
                    console.out(f"Fixing {outcome.path}\n")
            if outcome.error is not None:
                console.error(outcome.error)
            summary.add(outcome)
            console.advance()
        return batch.finish(console, summary)
