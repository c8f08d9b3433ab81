"""Clean many articles on Dask: a bag of texts or paths in; records, JSONL files or a DataFrame out.

Needs the ``dask`` extra (``pip install 'newsclean[dask]'``). Everything here is
lazy and runs wherever Dask computes: on a ``distributed`` cluster once a
``Client`` is connected, else in local threads. A bad input becomes an error
record ``{"source": ..., "error": ...}`` (see :mod:`newsclean.records`), never a
failed job.

>>> import dask.bag as db
>>> texts = db.from_sequence([("a.txt", "Headline\\n\\nBy Jane Doe\\n\\nThe body."), ("b.txt", "")])
>>> good, bad = clean_texts(texts).compute()
>>> good["authors"], bad["source"], is_error(bad)
(['Jane Doe'], 'b.txt', True)
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
from dask.base import compute
from dask.delayed import delayed

from .config import Config
from .records import Record, clean_item, clean_path_record, is_error

_REMOVAL = pa.struct(
    [("rule", pa.string()), ("reason", pa.string()), ("text", pa.string()), ("line", pa.int64())]
)
COLUMNS: dict[str, Any] = {
    "source": pd.ArrowDtype(pa.string()),
    "title": pd.ArrowDtype(pa.string()),
    "authors": pd.ArrowDtype(pa.list_(pa.string())),
    "published": pd.DatetimeTZDtype("ns", "UTC"),
    "summary": pd.ArrowDtype(pa.string()),
    "paragraphs": pd.ArrowDtype(pa.list_(pa.string())),
    "body": pd.ArrowDtype(pa.string()),
    "removed": pd.ArrowDtype(pa.list_(_REMOVAL)),
    "error": pd.ArrowDtype(pa.string()),
}
"""The columns of :func:`to_dataframe`, and their dtypes."""


def clean_texts(texts: db.Bag, *, config: Config | None = None) -> db.Bag:
    """A bag of texts, or of ``(source, text)`` pairs, cleaned into a bag of records.

    >>> import dask.bag as db
    >>> [r["title"] for r in clean_texts(db.from_sequence(["Title\\n\\nBody."])).compute()]
    ['Title']
    """
    records: db.Bag = texts.map(clean_item, config=config)
    return records


def clean_paths(paths: db.Bag, *, config: Config | None = None) -> db.Bag:
    """A bag of file paths, each read and cleaned on a worker, into a bag of records.

    The workers must see the files (a shared or network file system).

    >>> import dask.bag as db
    >>> [record] = clean_paths(db.from_sequence(["/no/such/file.txt"])).compute()
    >>> record["error"]
    '/no/such/file.txt: cannot read: No such file or directory'
    """
    records: db.Bag = paths.map(clean_path_record, config=config)
    return records


def _is_article(record: Record) -> bool:
    return not is_error(record)


def articles(records: db.Bag) -> db.Bag:
    """Only the article records of a bag (``Article.model_validate`` reads each back).

    >>> import dask.bag as db
    >>> len(articles(clean_texts(db.from_sequence(["Body.", ""]))).compute())
    1
    """
    kept: db.Bag = records.filter(_is_article)
    return kept


def errors(records: db.Bag) -> db.Bag:
    """Only the error records of a bag: ``{"source": ..., "error": ...}``.

    >>> import dask.bag as db
    >>> [e["source"] for e in errors(clean_texts(db.from_sequence([("x.txt", "")]))).compute()]
    ['x.txt']
    """
    kept: db.Bag = records.filter(is_error)
    return kept


@dataclass(frozen=True)
class Written:
    """What :func:`to_jsonl` wrote: how many articles and errors, and the files.

    >>> Written(articles=2, errors=0, files=("part-00000.jsonl",)).articles
    2
    """

    articles: int
    errors: int
    files: tuple[str, ...]


def _write_atomically(path: Path, lines: Sequence[str]) -> None:
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    os.replace(partial, path)


def _write_partition(records: Iterable[Record], directory: str, number: int) -> Written:
    good: list[str] = []
    bad: list[str] = []
    for record in records:
        (bad if is_error(record) else good).append(json.dumps(record, ensure_ascii=False))
    folder = Path(directory)
    files = [folder / f"part-{number:05d}.jsonl"]
    _write_atomically(files[0], good)
    if bad:
        files.append(folder / f"errors-{number:05d}.jsonl")
        _write_atomically(files[-1], bad)
    return Written(len(good), len(bad), tuple(str(f) for f in files))


def to_jsonl(records: db.Bag, directory: str | Path) -> Written:
    """Write a bag of records as JSON lines, one pass, one file per partition; run it now.

    Articles go to ``part-NNNNN.jsonl`` (each line an Article, see
    ``docs/article.schema.json``), error records to ``errors-NNNNN.jsonl``. Each
    file appears whole or not at all.

    >>> import dask.bag as db, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     written = to_jsonl(clean_texts(db.from_sequence(["Body.", ""], npartitions=1)), d)
    >>> written.articles, written.errors, [Path(f).name for f in written.files]
    (1, 1, ['part-00000.jsonl', 'errors-00000.jsonl'])
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    parts = records.to_delayed()
    write = delayed(_write_partition, pure=False)
    done: tuple[Written, ...] = compute(
        *(write(part, str(folder), number) for number, part in enumerate(parts))
    )
    return Written(
        articles=sum(w.articles for w in done),
        errors=sum(w.errors for w in done),
        files=tuple(f for w in done for f in w.files),
    )


def _timestamp(published: str | None) -> pd.Timestamp | None:
    """``published`` as a UTC timestamp: a date is its midnight, a time without offset is UTC."""
    if published is None:
        return None
    moment = pd.Timestamp(datetime.fromisoformat(published))
    return moment.tz_localize("UTC") if moment.tzinfo is None else moment.tz_convert("UTC")


def records_frame(records: Iterable[Record]) -> pd.DataFrame:
    """Records as a pandas DataFrame with the :data:`COLUMNS`: one row per input.

    An error row has only ``source`` and ``error``; an article row has no ``error``.

    >>> frame = records_frame([{"paragraphs": ["A."],
    ...                         "authors": ["Jo"], "published": "2025-08-25"}])
    >>> frame.loc[0, "authors"], str(frame.loc[0, "published"])
    (['Jo'], '2025-08-25 00:00:00+00:00')
    """
    rows = list(records)
    data = {name: [row.get(name) for row in rows] for name in COLUMNS}
    data["published"] = [_timestamp(value) for value in data["published"]]
    return pd.DataFrame(
        {name: pd.Series(data[name], dtype=dtype) for name, dtype in COLUMNS.items()}
    )


def to_dataframe(records: db.Bag) -> dd.DataFrame:
    """A bag of records as a Dask DataFrame, one row per input, with the :data:`COLUMNS`.

    ``authors``, ``paragraphs`` and ``removed`` are list columns; ``published`` is a
    UTC timestamp; ``error`` is set only on the rows of inputs that could not be cleaned.

    >>> import dask.bag as db
    >>> frame = to_dataframe(clean_texts(db.from_sequence(["Title\\n\\nBy Al Bo\\n\\nBody.", ""])))
    >>> frame.compute()[["title", "error"]].notna().values.tolist()
    [[True, False], [False, True]]
    """
    to_frame = delayed(records_frame, pure=True)
    frame: dd.DataFrame = dd.from_delayed(
        [to_frame(part) for part in records.to_delayed()], meta=records_frame([])
    )
    return frame
