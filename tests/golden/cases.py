"""The golden cases: each ``<name>.json`` here is the expected Article for ``<name>.txt``.

The input is ``tests/golden/<name>.txt``, or ``seeds/<name>.txt`` for the project's seeds.
"""

from __future__ import annotations

import json
from pathlib import Path

import newsclean

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "seeds"


def input_path(name: str) -> Path:
    """Where the input of case ``name`` is."""
    local = HERE / f"{name}.txt"
    return local if local.exists() else SEEDS / f"{name}.txt"


def names() -> list[str]:
    """Every case: the expected files' names, plus inputs that have none yet."""
    found = {p.stem for p in HERE.glob("*.json")} | {p.stem for p in HERE.glob("*.txt")}
    return sorted(found)


def actual(name: str) -> str:
    """What cleaning the input gives now, as the indented JSON kept in the expected file."""
    text = input_path(name).read_text(encoding="utf-8")
    article = newsclean.clean(text, source=name)
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
