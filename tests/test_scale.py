"""Cleaning on a real Dask cluster (2 worker processes) gives what sequential clean() gives."""

from __future__ import annotations

import json
from pathlib import Path

import dask.bag as db
import pandas as pd
import pytest
from distributed import Client

import newsclean
from newsclean.records import is_error
from newsclean.scale import articles, clean_paths, clean_texts, errors, to_dataframe, to_jsonl
from tests.conftest import SEEDS

BINARY = b"\x00\x01\x02\xff\xfe\x00 not an article"


@pytest.fixture
def paths(tmp_path: Path) -> list[Path]:
    """The seeds, their canonical renderings, and a binary file in the middle."""
    seeds = sorted(SEEDS.glob("*.txt"))
    rendered = []
    for seed in seeds:
        copy = tmp_path / f"{seed.stem}.md"
        copy.write_text(newsclean.render(newsclean.clean_file(seed)), encoding="utf-8")
        rendered.append(copy)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(BINARY)
    return [seeds[0], rendered[0], bad, seeds[1], rendered[1]]


def sequential_error(path: Path) -> str:
    with pytest.raises(newsclean.NewscleanError) as caught:
        newsclean.clean_file(path)
    return str(caught.value)


def missing_as_none(value: object) -> object:
    return None if value is pd.NA else value


def test_cluster_has_two_worker_processes(dask_client: Client) -> None:
    workers = dask_client.scheduler_info(n_workers=-1)["workers"]
    assert len(workers) == 2
    pids = dask_client.run(lambda: __import__("os").getpid())
    assert len(set(pids.values())) == 2


def test_paths_cleaned_on_cluster_equal_sequential_clean(
    dask_client: Client, paths: list[Path]
) -> None:
    bag = db.from_sequence([str(p) for p in paths], npartitions=len(paths))
    records = dask_client.compute(clean_paths(bag)).result()
    assert len(records) == len(paths)
    for path, record in zip(paths, records, strict=True):
        if path.name == "broken.txt":
            assert record == {"source": str(path), "error": sequential_error(path)}
        else:
            assert newsclean.Article.model_validate(record) == newsclean.clean_file(path)


def test_texts_and_pairs_cleaned_on_cluster_equal_sequential_clean(dask_client: Client) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    items: list[object] = [texts[0], ("no-body.txt", "By"), ("b.txt", texts[1])]
    records = dask_client.compute(clean_texts(db.from_sequence(items, npartitions=2))).result()
    assert newsclean.Article.model_validate(records[0]) == newsclean.clean(texts[0])
    assert records[1]["source"] == "no-body.txt"
    assert records[1]["error"].startswith("no-body.txt: ")
    assert newsclean.Article.model_validate(records[2]) == newsclean.clean(texts[1], source="b.txt")


def test_articles_and_errors_split_the_records(dask_client: Client, paths: list[Path]) -> None:
    records = clean_paths(db.from_sequence([str(p) for p in paths], npartitions=2))
    good, bad = dask_client.compute([articles(records), errors(records)], sync=True)
    assert [r["source"] for r in good] == [str(p) for p in paths if p.name != "broken.txt"]
    assert [r["source"] for r in bad] == [str(paths[2])]
    assert all(is_error(r) for r in bad) and not any(is_error(r) for r in good)


def test_jsonl_files_hold_the_sequential_articles_and_the_error(
    dask_client: Client, paths: list[Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    bag = clean_paths(db.from_sequence([str(p) for p in paths], npartitions=2))
    written = to_jsonl(bag, out)
    assert (written.articles, written.errors) == (4, 1)
    lines = [
        line
        for name in sorted(p.name for p in out.glob("part-*.jsonl"))
        for line in (out / name).read_text(encoding="utf-8").splitlines()
    ]
    expected = [newsclean.clean_file(p) for p in paths if p.name != "broken.txt"]
    assert [newsclean.Article.model_validate_json(line) for line in lines] == expected
    [error_file] = out.glob("errors-*.jsonl")
    [error] = [json.loads(line) for line in error_file.read_text(encoding="utf-8").splitlines()]
    assert error == {"source": str(paths[2]), "error": sequential_error(paths[2])}
    assert not list(out.glob(".*partial"))


def test_dataframe_has_one_row_per_input_with_list_and_timestamp_columns(
    dask_client: Client, paths: list[Path]
) -> None:
    bag = clean_paths(db.from_sequence([str(p) for p in paths], npartitions=2))
    frame = dask_client.compute(to_dataframe(bag)).result().reset_index(drop=True)
    assert isinstance(frame.dtypes["published"], pd.DatetimeTZDtype)
    assert len(frame) == len(paths)
    for row, path in zip(frame.itertuples(), paths, strict=True):
        assert row.source == str(path)
        if path.name == "broken.txt":
            assert row.error == sequential_error(path)
            continue
        article = newsclean.clean_file(path)
        assert pd.isna(row.error)
        assert (missing_as_none(row.title), row.authors, row.paragraphs) == (
            article.title,
            article.authors,
            article.paragraphs,
        )
        assert [r["text"] for r in row.removed] == [r.text for r in article.removed]
        if article.published is None:
            assert pd.isna(row.published)
        else:
            assert row.published.date() == article.published


def test_published_times_become_utc_timestamps(dask_client: Client) -> None:
    texts = [
        " date 2025-08-25 A body.",
        "Aug. 25, 2025 10:31 a.m. EDT\n\nA body.",
        "Updated 2025-08-25T10:31:00Z\n\nA body.",
        "A body without a date.",
    ]
    frame = dask_client.compute(to_dataframe(clean_texts(db.from_sequence(texts)))).result()
    assert frame["published"].tolist()[:3] == [
        pd.Timestamp("2025-08-25 00:00", tz="UTC"),
        pd.Timestamp("2025-08-25 14:31", tz="UTC"),
        pd.Timestamp("2025-08-25 10:31", tz="UTC"),
    ]
    assert pd.isna(frame["published"].tolist()[3])
