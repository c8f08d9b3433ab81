"""Cleaning as plain records, for any engine that maps a function over data.

A record is a JSON-ready ``dict``: an Article's fields (``Article.model_validate``
reads it back), or an error record ``{"source": ..., "error": ...}`` for an
input that cannot be cleaned. A bad input never raises here, so one bad file
never fails a job on Dask, Spark, Ray or Hugging Face ``datasets``.

>>> record = clean_record("Headline\\n\\nBy Jane Doe\\n\\nThe body.", source="a.txt")
>>> record["title"], record["authors"], record["source"]
('Headline', ['Jane Doe'], 'a.txt')
>>> bad = clean_record("By", source="b.txt")
>>> sorted(bad), bad["error"].startswith("b.txt: no article body left")
(['error', 'source'], True)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from .config import Config
from .engine import clean
from .errors import NewscleanError
from .files import read_article_text

Record = dict[str, Any]
"""One cleaned article (``Article.model_dump(mode="json")``) or one error record."""


def error_record(source: str | None, message: str) -> Record:
    """The record of an input that could not be cleaned: where it came from, and why.

    >>> error_record("x.txt", "x.txt: empty file")
    {'source': 'x.txt', 'error': 'x.txt: empty file'}
    """
    return {"source": source, "error": message}


def is_error(record: Mapping[str, Any]) -> bool:
    """Whether a record reports a failure rather than an article.

    >>> is_error({"source": "x.txt", "error": "empty file"}), is_error({"paragraphs": ["A."]})
    (True, False)
    """
    return "error" in record


def _failure(source: str | None, exc: Exception) -> Record:
    if isinstance(exc, NewscleanError):
        return error_record(source, str(exc))
    where = f"{source}: " if source else ""
    return error_record(
        source,
        f"{where}unexpected {type(exc).__name__}: {exc}; please report it with this input",
    )


def clean_record(text: str, *, source: str | None = None, config: Config | None = None) -> Record:
    """Clean one text into a record; a text that cannot be cleaned gives an error record.

    >>> clean_record("Only a body.")["paragraphs"]
    ['Only a body.']
    """
    if not isinstance(text, str):
        kind = type(text).__name__
        return error_record(source, f"{source or 'input'}: expected text (str), got {kind}")
    try:
        article = clean(text, source=source, config=config)
    except Exception as exc:  # one bad input must never fail a whole job
        return _failure(source, exc)
    return article.model_dump(mode="json")


def clean_path_record(path: str | Path, *, config: Config | None = None) -> Record:
    """Read and clean one file into a record; ``source`` is the path.

    >>> clean_path_record("/no/such/file.txt")["error"]
    '/no/such/file.txt: cannot read: No such file or directory'
    """
    source = str(path)
    try:
        text = read_article_text(path)
    except Exception as exc:  # an unreadable file is reported, and the job goes on
        return _failure(source, exc)
    return clean_record(text, source=source, config=config)


def clean_item(item: object, *, config: Config | None = None) -> Record:
    """Clean a text, or a ``(source, text)`` pair such as a Spark ``Row(path, text)``.

    >>> clean_item(("a.txt", "A body."))["source"]
    'a.txt'
    >>> clean_item(42)["error"]
    'input: expected text (str) or a (source, text) pair, got int'
    """
    if isinstance(item, str):
        return clean_record(item, config=config)
    if isinstance(item, Sequence) and len(item) == 2:
        source, text = item
        return clean_record(text, source=None if source is None else str(source), config=config)
    kind = type(item).__name__
    return error_record(None, f"input: expected text (str) or a (source, text) pair, got {kind}")


def clean_partition(items: Iterable[object], *, config: Config | None = None) -> Iterator[Record]:
    """Clean every item of a partition (Spark's ``mapPartitions``): texts or pairs.

    >>> [r["paragraphs"] for r in clean_partition(["One.", ("b.txt", "Two.")])]
    [['One.'], ['Two.']]
    """
    for item in items:
        yield clean_item(item, config=config)


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    *,
    text: str = "text",
    source: str | None = "source",
    config: Config | None = None,
) -> dict[str, list[str | None]]:
    """Clean a batch of columns (Ray Data ``map_batches``, Hugging Face ``datasets.map``).

    The texts are in column ``text`` and, if that column exists, the sources in ``source``.
    Out come three columns of equal length: ``source``; ``article``, the Article as JSON
    text (``Article.model_validate_json`` reads it), or ``None``; and ``error``, the
    message, or ``None``.

    >>> out = clean_batch({"text": ["A body.", "By"], "source": ["a.txt", "b.txt"]})
    >>> out["article"][0] is not None, out["error"][0], out["article"][1]
    (True, None, None)
    >>> out["error"][1].startswith("b.txt: ")
    True
    """
    texts = list(batch[text])
    sources = list(batch[source]) if source is not None and source in batch else [None] * len(texts)
    columns: dict[str, list[str | None]] = {"source": [], "article": [], "error": []}
    for where, body in zip(sources, texts, strict=True):
        record = clean_record(body, source=None if where is None else str(where), config=config)
        columns["source"].append(record["source"])
        if is_error(record):
            columns["article"].append(None)
            columns["error"].append(record["error"])
        else:
            columns["article"].append(json.dumps(record, ensure_ascii=False))
            columns["error"].append(None)
    return columns
