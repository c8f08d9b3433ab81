"""How fast and how lean ``newsclean.clean`` is, beside ``ftfy.fix_text`` and clean-text.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/bench.py --corpus ../shared/corpus/dev

Prints five tables, each figure measured in this run:

1. throughput on every ``*.txt`` of the corpus (the ``*.traf.txt`` and ``*.dated.txt``
   variants included) and the seeds: MB/s, articles/s and peak traced memory of
   ``newsclean.clean``, its unicode step alone, ``ftfy.fix_text`` (its defaults, and
   newsclean's settings) and clean-text's ``clean()`` (its defaults), with the ratios;
2. time per MB of realistic text from 1 KB to 10 MB (one ``clean()`` call per input);
3. time per MB of each adversarial shape of ``tests/shapes.py`` at growing sizes;
4. peak memory (tracemalloc) of one ``clean()`` call on a 10 MB input of each kind;
5. ``newsclean clean --jobs 1`` against ``--jobs 2`` on a folder of 2,000 articles.

Each time is the best of ``--rounds`` runs, the contenders taking turns, so a busy
machine slows them alike. ``--quick`` stops the tables at 1 MB.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import ftfy

import newsclean
from newsclean.ftfy_fast import NEWS_SAFE
from newsclean.rules.unicode import fix_unicode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.shapes import SHAPES, realistic  # noqa: E402

MB = 1_000_000
SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000]
SHAPE_SIZES = [100_000, 1_000_000, 10_000_000]


def clean_or_error(text: str) -> object:
    """``newsclean.clean``, with a text that has no body counted as done."""
    try:
        return newsclean.clean(text)
    except newsclean.NewscleanError as error:
        return error


def contenders() -> dict[str, Callable[[str], object]]:
    """What the first table compares, by the name it prints."""
    import cleantext

    return {
        "newsclean.clean": clean_or_error,
        "newsclean unicode step": fix_unicode,
        "ftfy.fix_text (defaults)": ftfy.fix_text,
        "ftfy.fix_text (newsclean settings)": lambda text: ftfy.fix_text(text, NEWS_SAFE),
        "clean-text clean() (defaults)": cleantext.clean,
    }


def best_time(
    run: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The shortest of ``rounds`` timings of ``run()`` by ``clock``, in seconds (wall
    clock unless told; ``time.process_time`` counts this process's CPU time alone)."""
    best = float("inf")
    for _ in range(rounds):
        start = clock()
        run()
        best = min(best, clock() - start)
    return best


def peak_memory(run: Callable[[], object]) -> int:
    """The peak of memory traced while ``run()`` works, above what was there before."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak - base


def corpus_texts(corpus: Path) -> list[str]:
    """Every ``*.txt`` of the corpus and of ``seeds/``."""
    paths = sorted(corpus.glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return [path.read_text("utf-8") for path in paths]


def throughput(texts: list[str], rounds: int) -> None:
    """Table 1: the contenders side by side on the same articles."""
    size = sum(len(text.encode("utf-8")) for text in texts) / MB
    print(f"## 1. Throughput on {len(texts)} articles, {size:.2f} MB, best of {rounds} rounds\n")
    runs = contenders()
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for name, function in runs.items():
            best[name] = min(best[name], best_time(lambda f=function: [f(t) for t in texts], 1))
    print("| contender | MB/s | articles/s | peak memory (largest article) |")
    print("| --- | ---: | ---: | ---: |")
    largest = max(texts, key=len)
    for name, function in runs.items():
        peak = peak_memory(lambda f=function: f(largest))
        print(
            f"| {name} | {size / best[name]:.2f} | {len(texts) / best[name]:.0f} "
            f"| {peak / 1024:.0f} KiB |"
        )
    print("\nThroughput ratios (how many times faster the first is):\n")
    for mine in ("newsclean.clean", "newsclean unicode step"):
        for name in runs:
            if not name.startswith("newsclean"):
                print(f"- {mine} / {name}: {best[name] / best[mine]:.2f}x")
    print()


def size_row(label: str, text: str, rounds: int) -> float:
    """Time ``clean(text)``, enough times for a steady figure; print a row; seconds per MB."""
    megabytes = len(text.encode("utf-8")) / MB
    repeat = max(1, int(0.5 / megabytes)) if megabytes < 0.5 else 1
    seconds = best_time(lambda: [clean_or_error(text) for _ in range(repeat)], rounds) / repeat
    per_mb = seconds / megabytes
    print(f"| {label} | {megabytes:.3f} | {seconds * 1000:.1f} | {per_mb:.3f} | {1 / per_mb:.2f} |")
    return per_mb


def flatness(per_mb: list[float]) -> str:
    """The spread of seconds per MB across sizes."""
    return f"slowest / fastest time per MB: {max(per_mb) / min(per_mb):.2f}x"


def size_table(corpus_text: str, sizes: list[int], rounds: int) -> None:
    """Table 2: realistic text from 1 KB up, one ``clean()`` call per input."""
    print("## 2. Realistic text: time per MB by input size\n")
    print("| input | MB | ms per clean() | s per MB | MB/s |")
    print("| --- | ---: | ---: | ---: | ---: |")
    per_mb = [size_row(f"{size:,} bytes", realistic(size, corpus_text), rounds) for size in sizes]
    print(f"\n{flatness(per_mb)}\n")


def adversarial_table(sizes: list[int], rounds: int) -> None:
    """Table 3: each adversarial shape at growing sizes."""
    print("## 3. Adversarial shapes: time per MB by input size\n")
    print("| shape | MB | ms per clean() | s per MB | MB/s |")
    print("| --- | ---: | ---: | ---: | ---: |")
    spreads = []
    for name, build in SHAPES.items():
        per_mb = [size_row(name, build(size), 1 if size >= MB else rounds) for size in sizes]
        spreads.append(f"- {name}: {flatness(per_mb)}")
    print("\n" + "\n".join(spreads) + "\n")


def memory_table(corpus_text: str, size: int) -> None:
    """Table 4: traced peak of one ``clean()`` call on each kind of input of ``size`` bytes."""
    print(f"## 4. Peak memory of clean() on {size / MB:g} MB inputs (tracemalloc)\n")
    print("| input | input MB | peak MB | peak / input |")
    print("| --- | ---: | ---: | ---: |")
    inputs = {"realistic text": realistic(size, corpus_text)}
    inputs.update({name: build(size) for name, build in SHAPES.items()})
    for name, text in inputs.items():
        megabytes = len(text.encode("utf-8")) / MB
        peak = peak_memory(lambda t=text: clean_or_error(t)) / MB
        print(f"| {name} | {megabytes:.2f} | {peak:.1f} | {peak / megabytes:.1f}x |")
    print()


def article_folder(texts: list[str], count: int, folder: Path) -> list[Path]:
    """``count`` article files in ``folder``, cycling through ``texts``."""
    paths = []
    for n in range(count):
        path = folder / f"{n:05d}.txt"
        path.write_text(texts[n % len(texts)], "utf-8")
        paths.append(path)
    return paths


def clean_path(path: Path) -> object:
    """One file through the library: read, decode, clean."""
    try:
        return newsclean.clean_file(path)
    except newsclean.NewscleanError as error:
        return str(error)


def jobs_table(texts: list[str], count: int, rounds: int) -> None:
    """Table 5: the batch command with one and two processes, or the library path."""
    print(f"## 5. Batch: {count:,} articles, 1 process against 2 ({os.cpu_count()} cores)\n")
    print("| path | jobs | seconds | articles/s |")
    print("| --- | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        folder.mkdir()
        paths = article_folder(texts, count, folder)
        command = shutil.which("newsclean", path=str(Path(sys.executable).parent))
        help_text = (
            ""
            if command is None
            else subprocess.run(
                [command, "clean", "--help"], capture_output=True, text=True, check=False
            ).stdout
        )
        seconds: dict[tuple[str, int], float] = {}
        for jobs in (1, 2):
            if "--jobs" in help_text:
                out = Path(scratch) / f"out{jobs}"
                argv = [command or "newsclean", "clean", str(folder), "-o", str(out)]
                argv += ["--format", "json", "--jobs", str(jobs)]
                run_cli = lambda argv=argv: subprocess.run(argv, capture_output=True, check=False)  # noqa: E731
                seconds["newsclean clean --jobs", jobs] = best_time(run_cli, rounds)
            with ProcessPoolExecutor(jobs) as pool:
                list(pool.map(clean_path, paths[: jobs * 4]))  # start the workers first
                run_pool = lambda pool=pool: list(pool.map(clean_path, paths, chunksize=32))  # noqa: E731
                seconds["library, process pool", jobs] = best_time(run_pool, rounds)
        for (path, jobs), taken in seconds.items():
            print(f"| {path} | {jobs} | {taken:.2f} | {count / taken:.0f} |")
        print()
        for path in dict.fromkeys(name for name, _ in seconds):
            print(f"- {path}: 2 jobs / 1 job = {seconds[path, 1] / seconds[path, 2]:.2f}x")
    print()


def default_corpus() -> Path:
    """``shared/corpus/dev`` beside the checkout (or beside the folder holding it)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpus" / "dev").is_dir():
            return base / "shared" / "corpus" / "dev"
    return ROOT / "seeds"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--articles", type=int, default=2000, help="for the --jobs table")
    parser.add_argument("--quick", action="store_true", help="stop every table at 1 MB")
    parser.add_argument(
        "--only", choices=["throughput", "sizes", "shapes", "memory", "jobs"], action="append"
    )
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # clean-text's note about unidecode, dateutil's about zones
    texts = corpus_texts(args.corpus)
    corpus_text = "\n\n".join(texts)
    top = MB if args.quick else 10 * MB
    only = set(args.only or ["throughput", "sizes", "shapes", "memory", "jobs"])
    print(f"# newsclean {newsclean.__version__} benchmark\n")
    print(f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"- load average at the start (1, 5, 15 min): {load}; other work slows every figure")
    print(f"- Python {platform.python_version()}, ftfy {ftfy.__version__}")
    print(f"- corpus: {args.corpus} ({len(texts)} texts with the seeds)\n")
    if "throughput" in only:
        throughput(texts, args.rounds)
    if "sizes" in only:
        size_table(corpus_text, [s for s in SIZES if s <= top], args.rounds)
    if "shapes" in only:
        adversarial_table([s for s in SHAPE_SIZES if s <= top], args.rounds)
    if "memory" in only:
        memory_table(corpus_text, top)
    if "jobs" in only:
        jobs_table(texts, args.articles, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
