"""CPU time of two versions of ``newsclean.clean`` side by side, with ``ftfy.fix_text``.

    git worktree add /tmp/newsclean-base main      # or any commit to compare against
    .venv/bin/python benchmarks/compare.py --base /tmp/newsclean-base --corpus ../shared/corpus/dev

The base checkout's package is loaded beside this one in the same process (as
``newsclean_base``), and the three contenders take turns on the same texts, each timed
in CPU seconds (``time.process_time``), best of ``--rounds``. On a machine shared with
other work that is the fairest figure: the others' load slows all three alike, and CPU
time leaves out the time the process waited for a core. ``--kb`` times the first
kilobyte of each text instead (all head: headline, byline, date).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import ftfy

import newsclean

ROOT = Path(__file__).resolve().parent.parent


def load_base(checkout: Path) -> ModuleType:
    """The ``newsclean`` package of another checkout, imported as ``newsclean_base``."""
    folder = Path(tempfile.mkdtemp(prefix="newsclean-compare-"))
    shutil.copytree(checkout / "src" / "newsclean", folder / "newsclean_base")
    sys.path.insert(0, str(folder))
    import newsclean_base  # type: ignore[import-not-found]

    return newsclean_base  # type: ignore[no-any-return]


def cleaner(package: ModuleType, texts: list[str]) -> Callable[[], None]:
    """Clean every text with ``package``; a text with no body counts as done."""

    def run() -> None:
        for text in texts:
            with contextlib.suppress(package.NewscleanError):
                package.clean(text)

    return run


def main(argv: list[str] | None = None) -> int:
    """Print MB/s of each contender and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the checkout to compare with")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--kb", action="store_true", help="the first 1,000 bytes of each text")
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    texts = [path.read_text("utf-8") for path in paths]
    if args.kb:
        texts = [text.encode("utf-8")[:1000].decode("utf-8", errors="ignore") for text in texts]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6

    def fix_all() -> None:
        for text in texts:
            ftfy.fix_text(text)

    runs: dict[str, Callable[[], None]] = {
        "base clean()": cleaner(load_base(args.base), texts),
        "this clean()": cleaner(newsclean, texts),
        "ftfy.fix_text": fix_all,
    }
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(args.rounds):
        for name, run in runs.items():
            start = time.process_time()
            run()
            best[name] = min(best[name], time.process_time() - start)
    print(f"{len(texts)} texts, {megabytes:.2f} MB, CPU time, best of {args.rounds}")
    for name, seconds in best.items():
        print(f"{name}: {megabytes / seconds:.3f} MB/s ({seconds:.2f} s)")
    ftfy_time = best["ftfy.fix_text"]
    print(f"this / base: {best['base clean()'] / best['this clean()']:.3f}x")
    print(f"base / ftfy: {ftfy_time / best['base clean()']:.3f}x")
    print(f"this / ftfy: {ftfy_time / best['this clean()']:.3f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
