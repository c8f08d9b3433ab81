"""What "10x ftfy" leaves for the rules, per line, beside what the cheapest rule work costs.

    .venv/bin/python benchmarks/budget.py --corpus ../shared/corpus/dev

Issue 5 asks ``clean()`` to run at ten times the throughput of ``ftfy.fix_text``. This
script turns that target into a budget per line of the corpus, takes away what
``clean()`` costs with every rule left out (reading, the unicode step, validation, the
Article), and prints what is left for the rules beside the cost of the least a rule can
do to a line: one anchored match of one of its patterns, or splitting the line into
words once (what the phrase lists look words up in). Every figure is CPU time
(``time.process_time``), best of ``--rounds``, in one process, so the ratios hold on a
busy machine.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import ftfy
import regex

import newsclean
import newsclean.rules
from newsclean import Config
from newsclean.rules.phrases import whole_line
from newsclean.rules.shapes import WORD

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import best_time, corpus_texts

ROOT = Path(__file__).resolve().parent.parent
#: The issue's target: ``clean()`` this many times the throughput of ftfy alone.
TARGET_RATIO = 10


def best_cpu(run: Callable[[], object], rounds: int) -> float:
    """The shortest CPU time of ``rounds`` runs of ``run()``, in seconds."""
    return best_time(run, rounds, time.process_time)


def rule_patterns() -> list[re.Pattern[str] | regex.Pattern[str]]:
    """The compiled patterns the rule modules keep at module level, each once."""
    found: dict[int, re.Pattern[str] | regex.Pattern[str]] = {}
    for module in pkgutil.iter_modules(newsclean.rules.__path__):
        loaded = importlib.import_module(f"newsclean.rules.{module.name}")
        for value in vars(loaded).values():
            if isinstance(value, re.Pattern | regex.Pattern):
                found.setdefault(id(value), value)
    return list(found.values())


def clean_all(texts: list[str], config: Config | None = None) -> None:
    """``clean()`` every text, a text with no body left counted as done."""
    for text in texts:
        with contextlib.suppress(newsclean.NewscleanError):
            newsclean.clean(text, config=config)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    texts = corpus_texts(args.corpus)
    lines = [line for text in texts for line in text.split("\n") if line.strip()]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    per_line = 1e6 / len(lines)  # seconds over the corpus -> microseconds a line

    ftfy_time = best_cpu(lambda: [ftfy.fix_text(text) for text in texts], args.rounds)
    whole_time = best_cpu(lambda: clean_all(texts), args.rounds)
    bare_time = best_cpu(lambda: clean_all(texts, Config(select=())), args.rounds)
    target_time = ftfy_time / TARGET_RATIO
    budget = target_time - bare_time

    advert = whole_line("advertisement", "anzeige", "publicité", "reklame", "publicidad")
    one_match = best_cpu(lambda: [advert.fullmatch(line) for line in lines], args.rounds)
    tokens = best_cpu(lambda: [WORD.findall(line.casefold()) for line in lines], args.rounds)
    patterns = rule_patterns()
    every_pattern = best_cpu(lambda: [p.match(line) for p in patterns for line in lines], 1)

    print(f"## The budget of {TARGET_RATIO}x ftfy, per line\n")
    print(f"{len(texts)} articles, {megabytes:.2f} MB, {len(lines):,} lines that are not blank")
    print(f"({len(lines) / len(texts):.0f} an article). CPU time, best of {args.rounds}.\n")
    print("| what | MB/s | µs a line |")
    print("| --- | ---: | ---: |")
    rows = [
        ("`ftfy.fix_text`", ftfy_time),
        (f"the target: {TARGET_RATIO}x ftfy", target_time),
        ("`clean()`, every rule", whole_time),
        ("`clean()`, no rule (`Config(select=())`)", bare_time),
    ]
    for label, seconds in rows:
        print(f"| {label} | {megabytes / seconds:.2f} | {seconds * per_line:.2f} |")
    print(f"| **left for the rules and the head analysis** | | **{budget * per_line:.2f}** |")
    print("\n## The least a rule can do to a line\n")
    print("| what | µs a line | times the budget |")
    print("| --- | ---: | ---: |")
    work = [
        ("one whole-line phrase pattern, `fullmatch`", one_match),
        ("the line's words, once (`shapes.WORD`)", tokens),
        (f"each of the rules' {len(patterns)} module-level patterns, `match` once", every_pattern),
    ]
    for label, seconds in work:
        print(f"| {label} | {seconds * per_line:.2f} | {seconds / budget:.2f} |")
    print(
        f"\nThe rules now take {(whole_time - bare_time) / budget:.1f}x the budget; "
        f"`clean()` runs at {ftfy_time / whole_time:.2f}x ftfy."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
