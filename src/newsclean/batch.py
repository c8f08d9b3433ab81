"""Running one function over many files: in order, in N processes, with a progress bar.

Results come back in the order of the inputs, whatever the number of processes,
so the output of ``--jobs 4`` is the output of ``--jobs 1``.

>>> list(ordered_map(str.upper, ["a", "b", "c"], jobs=2))
['A', 'B', 'C']
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from tqdm import tqdm

Item = TypeVar("Item")
Result = TypeVar("Result")


def _ignore_interrupt() -> None:
    """In a worker: leave Ctrl-C to the parent, which stops the pool."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(
    function: Callable[[Item], Result], items: Sequence[Item], *, jobs: int
) -> Iterator[Result]:
    """``map`` over ``items`` in up to ``jobs`` processes, results in input order.

    One job (or one item) runs in this process, with no pool to start.

    >>> list(ordered_map(len, ["ab", "c"], jobs=1))
    [2, 1]
    """
    workers = min(jobs, len(items))
    if workers <= 1:
        yield from map(function, items)
        return
    chunk = max(1, min(16, len(items) // (workers * 4)))
    pool = multiprocessing.Pool(workers, initializer=_ignore_interrupt)
    try:
        yield from pool.imap(function, items, chunksize=chunk)
    except BaseException:
        pool.terminate()
        raise
    else:
        pool.close()
    finally:
        pool.join()


class Console:
    """Results to stdout, errors and progress to stderr; the bar only on a terminal.

    >>> with Console(total=1, quiet=True) as console:
    ...     console.out("result\\n")
    result
    """

    def __init__(self, total: int, *, quiet: bool, label: str = "") -> None:
        self.quiet = quiet
        self.bar = tqdm(
            total=total,
            desc=label,
            unit="file",
            file=sys.stderr,
            leave=False,
            disable=quiet or not sys.stderr.isatty(),
            dynamic_ncols=True,
        )

    def __enter__(self) -> Console:
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.close()

    def out(self, text: str) -> None:
        """Print a result on stdout, above the bar."""
        if self.bar.disable:
            sys.stdout.write(text)
        else:
            tqdm.write(text, file=sys.stdout, end="")

    def error(self, message: str) -> None:
        """Print ``newsclean: error: message`` on stderr, above the bar."""
        line = f"newsclean: error: {message}"
        if self.bar.disable:
            print(line, file=sys.stderr)
        else:
            tqdm.write(line, file=sys.stderr)

    def note(self, line: str) -> None:
        """Print a summary line on stderr, unless quiet."""
        if not self.quiet:
            self.bar.clear()
            print(line, file=sys.stderr)

    def advance(self) -> None:
        """One more file done."""
        self.bar.update(1)
