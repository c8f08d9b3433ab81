"""``newsclean rules`` and ``newsclean schema``; ``docs/rules.md`` is generated, never stale."""

from __future__ import annotations

import json

import pytest

from newsclean import RULES
from newsclean.ruledocs import MARKDOWN_COMMAND
from tests.cli_support import run
from tests.conftest import ROOT


def test_rules_lists_every_code_name_and_summary(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run(capsys, "rules")
    assert ran.code == 0
    rows = [line.split(maxsplit=2) for line in ran.out.splitlines()]
    assert [(code, name) for code, name, _ in rows] == [(r.code, r.name) for r in RULES]
    assert [summary for _, _, summary in rows] == [r.summary.replace("``", "") for r in RULES]


def test_rules_json_is_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    table = json.loads(run(capsys, "rules", "--format", "json").out)
    assert [(row["code"], row["summary"]) for row in table] == [(r.code, r.summary) for r in RULES]


def test_docs_rules_md_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    generated = run(capsys, "rules", "--format", "md").out
    written = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == generated, f"docs/rules.md is stale: run `{MARKDOWN_COMMAND}`"
    for rule in RULES:
        assert f"### {rule.code} {rule.name}\n" in written


def test_schema_describes_what_clean_writes(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run(capsys, "schema")
    assert ran.code == 0
    assert ran.out == (ROOT / "docs" / "article.schema.json").read_text(encoding="utf-8")
    schema = json.loads(ran.out)
    written = json.loads(run(capsys, "clean", ROOT / "seeds").out.splitlines()[0])
    assert set(written) == set(schema["properties"])
