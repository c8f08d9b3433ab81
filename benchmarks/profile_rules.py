"""Where ``newsclean.clean`` spends its time: each rule's share, then cProfile's top functions.

    .venv/bin/python benchmarks/profile_rules.py --corpus ../shared/corpus/dev

Each rule is timed through the engine's own loop on every ``*.txt`` of the corpus and
the seeds; what is left is reading the text into blocks and building the Article.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import newsclean
from newsclean import engine

ROOT = Path(__file__).resolve().parent.parent


def clean_all(texts: list[str]) -> None:
    for text in texts:
        with contextlib.suppress(newsclean.NewscleanError):
            newsclean.clean(text)


def rule_shares(texts: list[str]) -> None:
    """Seconds in each rule, through the engine's ``_run_once``."""
    spent: dict[str, float] = defaultdict(float)
    run_once: Callable[..., tuple[engine.Document, bool]] = engine._run_once

    def timed(doc: engine.Document, rule: engine.Rule, removed: list[engine.Cut]) -> object:
        start = time.perf_counter()
        result = run_once(doc, rule, removed)
        spent[f"{rule.code} {rule.name}"] += time.perf_counter() - start
        return result

    engine._run_once = timed  # type: ignore[assignment]
    try:
        start = time.perf_counter()
        clean_all(texts)
        total = time.perf_counter() - start
    finally:
        engine._run_once = run_once
    print(f"## Time by rule ({total:.2f} s in all)\n")
    print("| rule | seconds | share |")
    print("| --- | ---: | ---: |")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds:.3f} | {seconds / total:.1%} |")
    rest = total - sum(spent.values())
    print(f"| reading the text, building the Article | {rest:.3f} | {rest / total:.1%} |\n")


def top_functions(texts: list[str], count: int) -> None:
    """cProfile's functions with the most time of their own."""
    profile = cProfile.Profile()
    profile.runcall(clean_all, texts)
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(count)
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("ncalls"))
    print(f"## cProfile: the {count} functions with the most own time\n")
    print("```")
    print("\n".join(line.replace(str(ROOT) + "/", "") for line in lines[start:] if line.strip()))
    print("```")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    paths = sorted(args.corpus.glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    texts = [path.read_text("utf-8") for path in paths]
    rule_shares(texts)
    top_functions(texts, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
