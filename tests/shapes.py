"""Inputs of a chosen size: realistic news text, and the shapes that make careless code slow.

The linearity tests run every shape at a modest size and check the output;
``benchmarks/bench.py`` times the same shapes from 1 KB to 10 MB.

>>> len(SHAPES["blank lines"](1000).encode("utf-8"))
1000
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_TEXT = "\n\n".join(path.read_text("utf-8") for path in sorted(SEEDS.glob("*.txt")))
#: One paragraph of real prose from the seeds (its longest line).
PARAGRAPH = max(SEED_TEXT.splitlines(), key=len).strip()
#: Its first sentence.
SENTENCE = PARAGRAPH.split(". ")[0] + "."
MENU = ["Home", "News", "World", "Politics", "Business", "Sport", "Tech", "Opinion", "Video"]
OPENERS, CLOSERS = "(“[‘{«", "»}]’)”"


def cut(text: str, size: int) -> str:
    """The longest start of ``text`` that is at most ``size`` bytes in UTF-8.

    >>> cut("aé" * 3, 4)
    'aéa'
    """
    encoded = text.encode("utf-8")[:size]
    return encoded.decode("utf-8", errors="ignore")


def fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` bytes.

    >>> fill("ab", 5)
    'ababa'
    """
    return cut(unit * (size // max(1, len(unit.encode("utf-8"))) + 1), size)


def realistic(size: int, source: str = SEED_TEXT) -> str:
    """Real articles one after another, cut to ``size`` bytes at a line break if there is one.

    >>> len(realistic(200).encode("utf-8")) <= 200
    True
    """
    text = fill(source + "\n\n", size)
    last_break = text.rfind("\n")
    return text[:last_break] if last_break > len(text) // 2 else text


def numbered(template: str, size: int) -> str:
    """Lines made from ``template`` with a running number, to ``size`` bytes.

    >>> numbered("Item {n}…", 30)
    'Item 1…\\nItem 2…\\nItem 3…'
    """
    lines: list[str] = []
    total = 0
    for n in count(1):
        line = template.format(n=n)
        total += len(line.encode("utf-8")) + 1
        if total > size + 1:
            break
        lines.append(line)
    return "\n".join(lines)


def nested(size: int) -> str:
    """Brackets and quotes opened deeper and deeper, then closed: one line.

    >>> nested(40)
    'Deep (“[‘{«(“[‘{ words )’]}»'
    """
    depth = max(1, (size - 20) // 2)
    half = fill(OPENERS, depth * 2)
    closing = "".join(CLOSERS[OPENERS.index(c)] for c in reversed(half))
    return cut(f"Deep {half} words {closing}", size)


def _menu(size: int) -> str:
    head = PARAGRAPH + "\n"
    menu = fill("\n".join(MENU) + "\n", size - len(head.encode("utf-8")))
    return head + menu[: menu.rfind("\n") + 1]


def _blank(size: int) -> str:
    head = PARAGRAPH + "\n"
    return head + fill("\n \n\t\n\n", size - len(head.encode("utf-8")))


#: Each adversarial shape, built to a size in bytes.
SHAPES: dict[str, Callable[[int], str]] = {
    "one long line": lambda size: fill(PARAGRAPH + " ", size).strip(),
    "blank lines": _blank,
    "same line repeated": lambda size: fill(SENTENCE + "\n", size).rsplit("\n", 1)[0],
    "lines ending in …": lambda size: (
        PARAGRAPH
        + "\n"
        + numbered("Read more: " + SENTENCE[:50] + " {n}…", size - len(PARAGRAPH.encode()) - 1)
    ),
    "By By By": lambda size: fill("By ", size).strip(),
    "short menu lines": _menu,
    "nested brackets and quotes": nested,
}
