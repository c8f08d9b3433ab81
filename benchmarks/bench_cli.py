"""Wall time of ``newsclean clean FOLDER -o DIR`` with 1, 2, ... worker processes.

    .venv/bin/python benchmarks/bench_cli.py --corpus ../shared/corpus/dev --best-of 3

Each run is the real command (a new process: start-up, walking, cleaning, atomic
writes); the best of ``--best-of`` runs is printed per ``--jobs``, with files per
second, and the outputs of every ``--jobs`` are compared byte for byte. Close
other work first: a busy machine lowers every figure.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(corpus: Path, output: Path, jobs: int) -> float:
    """Seconds one ``newsclean clean`` takes."""
    command = [sys.executable, "-m", "newsclean", "clean", str(corpus), "-o", str(output)]
    start = time.perf_counter()
    subprocess.run([*command, "--jobs", str(jobs), "-q"], check=False, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def same_tree(left: Path, right: Path) -> bool:
    """Whether two output folders hold the same files with the same bytes."""
    compared = filecmp.dircmp(left, right)
    if compared.left_only or compared.right_only or compared.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, compared.common_files, shallow=False)
    return (
        not mismatch
        and not errors
        and all(same_tree(left / sub, right / sub) for sub in compared.common_dirs)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    parser.add_argument("--best-of", type=int, default=3)
    parser.add_argument("--max-jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    files = len(list(args.corpus.rglob("*.txt"))) + len(list(args.corpus.rglob("*.md")))
    with tempfile.TemporaryDirectory() as scratch:
        outputs = []
        for jobs in range(1, args.max_jobs + 1):
            output = Path(scratch, f"jobs-{jobs}")
            best = min(run(args.corpus, output, jobs) for _ in range(args.best_of))
            outputs.append(output)
            print(f"--jobs {jobs}: {files} files in {best:.2f} s, {files / best:.0f} files/s")
        same = all(same_tree(outputs[0], other) for other in outputs[1:])
        print(f"outputs identical for every --jobs: {same}")


if __name__ == "__main__":
    main()
