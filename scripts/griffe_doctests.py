"""A griffe extension for the docs site: docstrings written for doctest, read as Markdown.

Docstrings here carry bare ``>>>`` examples (doctest runs them); Markdown would read
them as prose. Each run of doctest lines, up to the next blank line, is fenced as
``pycon`` before mkdocstrings renders it, and a Sphinx role such as
``:class:`Article``` becomes code. mkdocs.yml loads this file by path.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc|obj):`~?([^`]+)`")


def plain_roles(text: str) -> str:
    """Sphinx cross-reference roles as Markdown code.

    >>> plain_roles("Returns an :class:`Article`.")
    'Returns an `Article`.'
    """
    return ROLE.sub(r"`\1`", text)


def fence_doctests(text: str) -> str:
    """Wrap every doctest run (a ``>>>`` line to the next blank line) in a pycon fence.

    >>> fence_doctests("Text.\\n\\n>>> 1 + 1\\n2\\n\\nMore.").splitlines()
    ['Text.', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'More.']
    >>> fence_doctests("```python\\n>>> 1\\n```").splitlines()
    ['```python', '>>> 1', '```']
    """
    out: list[str] = []
    in_example = in_fence = False
    indent = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if in_example and not stripped:
            out.append(f"{indent}```")
            in_example = False
        elif not in_example and stripped.startswith("```"):
            in_fence = not in_fence
        elif not in_example and not in_fence and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            in_example = True
        out.append(line)
    if in_example:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctest examples of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(plain_roles(obj.docstring.value))
