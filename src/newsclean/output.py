"""The formats ``newsclean clean`` writes an Article in, and where ``-o DIR`` puts each file.

>>> from newsclean.models import Article
>>> print(FORMATS["text"].write(Article(title="T", paragraphs=["One.", "Two."])), end="")
T
<BLANKLINE>
One.
<BLANKLINE>
Two.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .canonical import render
from .errors import NewscleanError
from .models import Article
from .walk import Source


def _json(article: Article) -> str:
    return article.model_dump_json(indent=2) + "\n"


def _jsonl(article: Article) -> str:
    return article.model_dump_json() + "\n"


def _text(article: Article) -> str:
    parts = [article.title, article.summary, *article.paragraphs]
    return "\n\n".join(part for part in parts if part) + "\n"


@dataclass(frozen=True, slots=True)
class Format:
    """An output format: the suffix of the files ``-o`` writes, and the writer.

    >>> FORMATS["md"].suffix
    '.md'
    """

    suffix: str
    write: Callable[[Article], str]
    help: str


FORMATS: dict[str, Format] = {
    "jsonl": Format(".jsonl", _jsonl, "one JSON object per line (the default)"),
    "json": Format(".json", _json, "indented JSON, one document per article"),
    "md": Format(".md", render, "Markdown with a YAML front matter (the canonical form)"),
    "text": Format(".txt", _text, "plain text: title, summary, paragraphs"),
}


def output_path(folder: Path, source: Source, suffix: str) -> Path:
    """Where ``-o folder`` puts the output for ``source``: its place below the input, mirrored.

    A path that would land outside ``folder`` (through a symbolic link inside it) is an error.

    >>> from pathlib import PurePosixPath
    >>> output_path(Path("out"), Source(Path("seeds/a/b.txt"), PurePosixPath("a/b.txt")), ".json")
    PosixPath('out/a/b.json')
    """
    target = folder / Path(source.relative).with_suffix(suffix)
    if not target.resolve().is_relative_to(folder.resolve()):
        raise NewscleanError(
            f"{source.path}: its output {target} would land outside {folder} "
            "(a symbolic link in the way); remove the link or choose another -o folder"
        )
    return target
