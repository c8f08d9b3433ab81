"""Interop: the published JSON Schema is current, output validates, every format round-trips."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import dask.bag as db
import pytest
from hypothesis import given
from jsonschema import Draft202012Validator

import newsclean
from newsclean.cli import main
from newsclean.records import clean_batch, clean_path_record, clean_record, error_record
from newsclean.scale import clean_paths, to_jsonl
from newsclean.schema import article_schema, article_schema_text
from tests.conftest import ROOT
from tests.golden.cases import input_path, names
from tests.test_properties import TEXTS

SCHEMA_FILE = ROOT / "docs" / "article.schema.json"
INPUTS = [input_path(name) for name in names()]
FIELDS = ("title", "authors", "published", "summary", "paragraphs")


@cache
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def assert_valid(line: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(line)
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(data)]
    assert problems == []
    return data


def test_published_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == article_schema_text(), (
        "docs/article.schema.json is stale: run python -m newsclean.schema docs/article.schema.json"
    )


def test_schema_is_the_models_serialisation_schema() -> None:
    schema = article_schema()
    model = newsclean.Article.model_json_schema(mode="serialization")
    assert schema["properties"].keys() == model["properties"].keys()
    assert schema["required"] == model["required"]


def test_schema_rejects_what_article_rejects() -> None:
    check = validator()
    assert not check.is_valid({"paragraphs": [], "body": ""})
    assert not check.is_valid({"paragraphs": ["A."], "body": "A.", "colour": "red"})
    assert not check.is_valid(
        {"paragraphs": ["A."], "body": "A.", "removed": [{"rule": "X1", "reason": "r"}]}
    )


@given(TEXTS)
def test_any_text_gives_a_valid_article_record_or_the_error_clean_raises(text: str) -> None:
    record = clean_record(text, source="in.txt")
    try:
        article = newsclean.clean(text, source="in.txt")
    except newsclean.NewscleanError as error:
        assert record == error_record("in.txt", str(error))
    else:
        assert newsclean.Article.model_validate(assert_valid(json.dumps(record))) == article


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-08-25 A body.",
        "Updated 2025-08-25T10:31:00Z\n\nA body.",
        "Aug. 25, 2025 10:31 a.m. EDT\n\nA body.",
        "Aug. 25, 2025 10:31 a.m.\n\nA body.",
    ],
)
def test_every_kind_of_published_validates_and_reads_back(text: str) -> None:
    article = newsclean.clean(text)
    assert article.published is not None
    assert_valid(article.model_dump_json())
    assert newsclean.Article.model_validate_json(article.model_dump_json()) == article


def test_a_time_that_is_not_iso_is_rejected() -> None:
    line = newsclean.clean(" date 2025-08-25 A body.").model_dump(mode="json")
    assert not validator().is_valid({**line, "published": "25 August 2025, 10:31"})
    assert not validator().is_valid({**line, "published": "2025-08-32"})


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_cli_jsonl_validates_and_reads_back(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(path)]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert_valid(line)
    assert newsclean.Article.model_validate_json(line) == newsclean.clean_file(path)


def test_library_jsonl_validates_and_reads_back(tmp_path: Path) -> None:
    written = to_jsonl(clean_paths(db.from_sequence([str(p) for p in INPUTS])), tmp_path)
    lines = [
        line
        for name in sorted(p.name for p in tmp_path.glob("part-*.jsonl"))
        for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()
    ]
    assert written.articles == len(lines) == len(INPUTS)
    for line, path in zip(lines, INPUTS, strict=True):
        assert_valid(line)
        assert newsclean.Article.model_validate_json(line) == newsclean.clean_file(path)


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_record_and_batch_outputs_validate_and_read_back(path: Path) -> None:
    article = newsclean.clean_file(path)
    record = clean_path_record(path)
    assert_valid(json.dumps(record))
    assert newsclean.Article.model_validate(record) == article
    text = path.read_text(encoding="utf-8")
    [line] = clean_batch({"text": [text], "source": [str(path)]})["article"]
    assert line is not None
    assert_valid(line)
    assert newsclean.Article.model_validate_json(line) == article


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_indented_json_reads_back(path: Path) -> None:
    article = newsclean.clean_file(path)
    text = json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=2)
    assert_valid(text)
    assert newsclean.Article.model_validate_json(text) == article
    assert newsclean.Article.model_validate_json(article.model_dump_json(indent=2)) == article


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_canonical_markdown_cleans_back_to_the_same_fields(path: Path) -> None:
    article = newsclean.clean_file(path)
    again = newsclean.clean(newsclean.render(article), source=article.source)
    assert {f: getattr(again, f) for f in FIELDS} == {f: getattr(article, f) for f in FIELDS}
    assert again.removed == []
    assert newsclean.render(again) == newsclean.render(article)


@pytest.fixture(scope="module")
def cli_outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``newsclean clean -o`` of every golden input, in each format that keeps the fields."""
    out = tmp_path_factory.mktemp("cli")
    for path in INPUTS:
        for fmt in ("json", "jsonl", "md"):
            assert main(["clean", str(path), "-o", str(out / fmt), "--format", fmt, "-q"]) == 0
    return out


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_cli_json_files_validate_and_read_back(cli_outputs: Path, fmt: str) -> None:
    for path in INPUTS:
        [written] = (cli_outputs / fmt).rglob(f"{path.stem}.{fmt}")
        text = written.read_text(encoding="utf-8")
        if fmt == "jsonl":
            assert text.endswith("\n") and text.count("\n") == 1
        assert_valid(text)
        assert newsclean.Article.model_validate_json(text) == newsclean.clean_file(path)


def test_cli_markdown_files_clean_back_to_the_same_fields(cli_outputs: Path) -> None:
    for path in INPUTS:
        [written] = (cli_outputs / "md").rglob(f"{path.stem}.md")
        article = newsclean.clean_file(path)
        again = newsclean.clean_file(written)
        assert {f: getattr(again, f) for f in FIELDS} == {f: getattr(article, f) for f in FIELDS}
        assert again.removed == []
