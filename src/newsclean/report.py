"""What a command did to each file (:class:`Outcome`) and to all of them (:class:`Summary`).

The summary alone decides the exit code: 0 when every file was fine, 1 when a file
failed, held artefacts (``check``) or was changed (``fix``).

>>> by = Removal(rule="NC301", reason="empty byline", text="By", line=3)
>>> summary = Summary("check")
>>> summary.add(Outcome("a.txt", removed=(by,)))
>>> summary.exit_code, summary.line(seconds=0.25)
(1, 'newsclean check: 1 file, 1 with artefacts, 0 failed; 1 artefact (NC301 1) in 0.2 s')
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .models import Removal


@dataclass(frozen=True, slots=True)
class Outcome:
    """One file's result: an error, or the text to write or print, the codes found, a change.

    ``before`` is the file's text when ``fix`` changes it (for ``--diff``).

    >>> Outcome("a.txt", error="a.txt: empty file").failed
    True
    """

    path: str
    error: str | None = None
    output: str = ""
    removed: tuple[Removal, ...] = ()
    changed: bool = False
    before: str = ""

    @property
    def failed(self) -> bool:
        """Whether the file could not be worked on."""
        return self.error is not None

    @property
    def codes(self) -> tuple[str, ...]:
        """The rule code of every removal, in order."""
        return tuple(removal.rule for removal in self.removed)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


@dataclass(slots=True)
class Summary:
    """Counts over a batch: files, failures, changes, artefacts by rule code.

    >>> by = Removal(rule="NC301", reason="empty byline", text="By", line=3)
    >>> date = Removal(rule="NC201", reason="date prefix", text="date 2025-08-25", line=1)
    >>> summary = Summary("clean")
    >>> summary.add(Outcome("a.txt", removed=(date, by, by)))
    >>> summary.add(Outcome("b.txt", error="b.txt: empty file"))
    >>> summary.exit_code, summary.by_code
    (1, Counter({'NC301': 2, 'NC201': 1}))
    """

    command: str
    files: int = 0
    failed: int = 0
    changed: int = 0
    with_artefacts: int = 0
    by_code: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        """Count one file's outcome."""
        self.files += 1
        self.failed += outcome.failed
        self.changed += outcome.changed
        self.with_artefacts += bool(outcome.codes)
        self.by_code.update(outcome.codes)

    def fail(self) -> None:
        """Count a path that could not even be read as a file (a folder loop, say)."""
        self.files += 1
        self.failed += 1

    @property
    def exit_code(self) -> int:
        """1 if any file failed, or ``check`` found an artefact, or ``fix`` changed a file."""
        findings = self.command == "check" and self.with_artefacts > 0
        return 1 if self.failed or self.changed or findings else 0

    def line(self, seconds: float) -> str:
        """The closing line the commands print on stderr.

        >>> Summary("fix", files=3, changed=1).line(seconds=1.0)
        'newsclean fix: 3 files, 1 fixed, 0 failed in 1.0 s'
        """
        counts = [_plural(self.files, "file")]
        if self.command == "clean":
            counts.append(f"{self.files - self.failed} cleaned")
        elif self.command == "check":
            counts.append(f"{self.with_artefacts} with artefacts")
        elif self.command == "fix":
            counts.append(f"{self.changed} fixed")
        else:
            counts.append(f"{self.changed} to fix")
        counts.append(f"{self.failed} failed")
        text = f"newsclean {self.command}: " + ", ".join(counts)
        if not self.command.startswith("fix"):
            total = sum(self.by_code.values())
            codes = ", ".join(f"{code} {n}" for code, n in sorted(self.by_code.items()))
            noun = "removal" if self.command == "clean" else "artefact"
            text += f"; {_plural(total, noun)}" + (f" ({codes})" if codes else "")
        return f"{text} in {seconds:.1f} s"
