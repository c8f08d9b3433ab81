"""Articles per second on a Dask LocalCluster with 1 and 2 worker processes, and sequentially.

    .venv/bin/python benchmarks/bench_scale.py --corpus ../shared/corpus/dev --repeat 10

The inputs are every ``*.txt`` under ``--corpus`` (default: ``seeds/``), repeated
``--repeat`` times, as a bag of paths: each worker reads and cleans its files, as
on a cluster with shared storage. Each cluster is warmed up on a small bag first,
so the figures leave out start-up. The sequential figure is the same
``clean_path_record`` in a plain loop, for comparison. Close other work first:
a busy machine lowers every articles/s figure; the per-CPU-second figures (CPU
time spent by the cleaning processes) show the cost per article whatever else runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import dask.bag as db
from distributed import Client, LocalCluster

from newsclean.records import clean_path_record
from newsclean.scale import clean_paths, errors

ROOT = Path(__file__).resolve().parent.parent


def paths_in(corpus: Path, repeat: int) -> list[str]:
    return [str(p) for p in sorted(corpus.rglob("*.txt"))] * repeat


def sequential(paths: list[str]) -> tuple[float, float]:
    """Articles per second of wall time, and per CPU-second of this process."""
    start, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        clean_path_record(path)
    return len(paths) / (time.perf_counter() - start), len(paths) / (time.process_time() - cpu)


def on_cluster(paths: list[str], workers: int) -> tuple[float, float, int]:
    """Articles per second of wall time, per CPU-second of the workers, and the errors."""
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        clean_paths(db.from_sequence(paths[:64], npartitions=workers)).count().compute()
        bag = db.from_sequence(paths, npartitions=8 * workers)
        cpu_before = client.run(time.process_time)
        start = time.perf_counter()
        failed = errors(clean_paths(bag)).count().compute()
        wall = time.perf_counter() - start
        cpu_after = client.run(time.process_time)
        cpu = sum(cpu_after[w] - cpu_before[w] for w in cpu_after)
        return len(paths) / wall, len(paths) / cpu, failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "seeds")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    paths = paths_in(args.corpus, args.repeat)
    print(f"{len(paths)} files from {args.corpus} (x{args.repeat})")
    rate, per_cpu = sequential(paths)
    print(f"sequential, 1 process: {rate:7.1f} articles/s, {per_cpu:6.1f} per CPU-second")
    for workers in (1, 2):
        rate, per_cpu, failed = on_cluster(paths, workers)
        print(
            f"dask, {workers} worker(s):   {rate:7.1f} articles/s, {per_cpu:6.1f} per CPU-second"
            f" of the workers ({failed} error records)"
        )


if __name__ == "__main__":
    main()
