"""How far the text itself lets the title and the authors go, beside what newsclean finds.

    .venv/bin/python benchmarks/ceilings.py --corpus ../shared/corpus/dev

For each page of the corpus with a title in its truth (the ``.txt`` variant): the title
token F1 of the best single line of the page, of the best two lines in a row joined (a
kicker and its headline), and of newsclean's title, all by the scorer's own measure
(``../shared/eval/score.py``). For the authors: how many of the truth's names the page's
text holds at all (case-insensitively), against how many newsclean finds. No rule that
picks lines of the text can beat the first figures.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import statistics
from collections import Counter
from pathlib import Path
from types import ModuleType

import newsclean

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(corpus: Path) -> ModuleType:
    """The scorer beside the corpus (``<corpus>/../../eval/score.py``), as a module."""
    path = corpus.resolve().parent.parent / "eval" / "score.py"
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: no scorer there")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    args = parser.parse_args()
    score = load_scorer(args.corpus)
    best_line, best_pair, ours = [], [], []
    names_in_text = names_found = names_true = 0
    for truth_file in sorted(args.corpus.glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        text = truth_file.with_suffix(".txt").read_text(encoding="utf-8")
        article = newsclean.clean(text)
        if truth.get("title"):
            wanted = Counter(score.tokens(truth["title"]))

            def f1(line: str, wanted: Counter[str] = wanted) -> float:
                return float(score.prf(Counter(score.tokens(line)), wanted)[2])

            lines = [line.strip() for line in text.splitlines() if line.strip()]
            pairs = [f"{a} {b}" for a, b in itertools.pairwise(lines)]
            best_line.append(max(map(f1, lines), default=0.0))
            best_pair.append(max([best_line[-1], *map(f1, pairs)]))
            ours.append(f1(article.title) if article.title else 0.0)
        if truth.get("authors"):
            folded = score.canon(text).casefold()
            true_names = {score.norm_name(name): name for name in truth["authors"]}
            found = {score.norm_name(name) for name in article.authors}
            names_true += len(true_names)
            names_found += len(found & set(true_names))
            names_in_text += sum(
                score.canon(name).casefold() in folded for name in true_names.values()
            )
    print(f"title F1 over {len(ours)} pages:")
    print(f"- best single line of the text: {statistics.mean(best_line):.3f}")
    print(f"- best line or two lines in a row: {statistics.mean(best_pair):.3f}")
    print(f"- newsclean: {statistics.mean(ours):.3f}")
    print(f"authors over {names_true} names of the truth:")
    ceiling = names_in_text / names_true
    print(f"- in the text at all: {names_in_text} (recall ceiling {ceiling:.3f})")
    print(f"- found by newsclean: {names_found} (recall {names_found / names_true:.3f})")


if __name__ == "__main__":
    main()
