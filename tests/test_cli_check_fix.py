"""``newsclean check`` and ``newsclean fix``: findings as linters print them; canonical rewrites.

One table of dirty articles (every golden input) drives the unit tests (``fix_one``,
``check_one``) and the command line tests.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings

import newsclean
from newsclean.tasks import check_one, fix_one
from tests.cli_support import DIRTY, Ran, run, write_articles
from tests.conftest import ROOT
from tests.strategies import Dirty, dirty_articles

NAMES = sorted(DIRTY)


@pytest.mark.parametrize("name", NAMES)
def test_check_prints_each_removal_as_path_line_code_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    [path] = write_articles(tmp_path, {name: DIRTY[name]})
    removed = newsclean.clean_file(path).removed
    assert check_one(path).removed == tuple(removed)
    ran = run(capsys, "check", path)
    assert ran.out == "".join(f"{path}:{r.line}: {r.rule} {r.reason}\n" for r in removed)
    assert ran.code == (1 if removed else 0)


@pytest.mark.parametrize("name", NAMES)
def test_fix_writes_the_canonical_form_and_a_second_fix_changes_no_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    [path] = write_articles(tmp_path, {name: DIRTY[name]})
    before = newsclean.clean(DIRTY[name])
    assert fix_one(path).changed
    ran = run(capsys, "fix", path)
    assert (ran.code, ran.out) == (1, f"Fixing {path}\n")
    fixed = path.read_bytes()
    assert not fix_one(path).changed
    assert run(capsys, "fix", path, "-q") == run(capsys, "fix", path, "-q") == Ran(0, "", "")
    assert (run(capsys, "fix", path, "-q").code, path.read_bytes()) == (0, fixed)
    assert (run(capsys, "check", path, "-q").out, run(capsys, "check", path).code) == ("", 0)
    after = newsclean.clean_file(path)
    fields = ("title", "authors", "published", "summary", "paragraphs")
    assert [getattr(after, f) for f in fields] == [getattr(before, f) for f in fields]
    assert after.removed == []


@settings(max_examples=100)  # each example writes files; the engine's properties run the rest
@given(dirty_articles())
def test_fixed_file_is_stable_to_the_byte_and_checks_clean(dirty: Dirty) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "article.txt")
        path.write_text(dirty.text, encoding="utf-8")
        fixed = fix_one(path)
        assert fixed.error is None
        path.write_text(fixed.output, encoding="utf-8")
        again = fix_one(path)
        assert (again.error, again.changed, again.output) == (None, False, fixed.output)
        assert check_one(path).removed == ()


def test_fix_diff_prints_a_unified_diff_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline Here\n\nBy\n\nThe body of it.\n", encoding="utf-8")
    ran = run(capsys, "fix", "--diff", path)
    assert ran.code == 1
    assert ran.out == (
        f"--- {path}\n+++ {path}\n@@ -1,5 +1,8 @@\n"
        "-Headline Here\n-\n-By\n+---\n+title: Headline Here\n+authors: []\n+published: null\n"
        "+summary: null\n+---\n \n The body of it.\n"
    )
    assert path.read_text(encoding="utf-8") == "Headline Here\n\nBy\n\nThe body of it.\n"
    assert ran.err.startswith("newsclean fix --diff: 1 file, 1 to fix, 0 failed in ")


def test_fix_keeps_the_file_mode_and_writes_through_a_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a.txt"
    target.write_text(DIRTY[NAMES[0]], encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.txt"
    link.symlink_to(target.name)
    assert run(capsys, "fix", link).code == 1
    assert link.is_symlink() and (target.stat().st_mode & 0o777) == 0o640
    assert target.read_text(encoding="utf-8").startswith("---\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "link.txt"]


def test_check_json_lists_every_finding(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline Here\n\nBy\n\nThe body of it.\n", encoding="utf-8")
    ran = run(capsys, "check", path, "--format", "json")
    assert ran.code == 1
    assert json.loads(ran.out) == [
        {
            "path": str(path),
            "line": 3,
            "code": "NC301",
            "name": "empty-byline",
            "reason": "empty byline",
            "text": "By",
        }
    ]


def test_select_and_ignore_flags_choose_the_rules(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(" date 2025-08-25 Headline Here\n\nBy\n\nThe body of it.\n", encoding="utf-8")

    def codes(ran: Ran) -> list[str]:
        return [line.split()[1] for line in ran.out.splitlines()]

    assert codes(run(capsys, "check", path)) == ["NC201", "NC301"]
    assert codes(run(capsys, "check", path, "--select", "NC3")) == ["NC301"]
    assert codes(run(capsys, "check", path, "--ignore", "NC201,NC301")) == []


def test_pyproject_table_is_read_and_flags_override_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.newsclean]\nignore = ["NC3"]\n')
    path = tmp_path / "seeds" / "a.txt"
    path.parent.mkdir()
    path.write_text(" date 2025-08-25 Headline Here\n\nBy\n\nThe body of it.\n", encoding="utf-8")
    assert run(capsys, "check", path).out == f"{path}:1: NC201 date prefix\n"
    ran = run(capsys, "check", path, "--ignore", "NC2")
    assert ran.out == f"{path}:3: NC301 empty byline\n"


def test_unknown_pyproject_key_is_an_error_that_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.newsclean]\nselekt = ["NC3"]\n')
    (tmp_path / "a.txt").write_text("The body of it.\n", encoding="utf-8")
    for command in ("clean", "check", "fix"):
        ran = run(capsys, command, tmp_path)
        assert ran.code == 2
        assert ran.errors == [
            f"newsclean: error: {tmp_path / 'pyproject.toml'}: [tool.newsclean]: "
            "selekt: Extra inputs are not permitted"
        ]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "The body of it.\n"


def test_bad_rule_code_in_a_flag_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run(capsys, "check", "seeds", "--select", "E501")
    assert ran.code == 2
    assert "'E501' is not a rule code or prefix" in ran.errors[0]


def test_interrupted_fix_leaves_each_file_as_it_was_or_fully_written(tmp_path: Path) -> None:
    originals = {f"{n:03d}-{name}": DIRTY[name] for n in range(60) for name in NAMES}
    paths = write_articles(tmp_path, originals)
    fixing = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "fix", tmp_path, "--jobs", "2", "-q"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert fixing.stdout is not None
    fixing.stdout.readline()  # the first file is written: interrupt in the middle
    time.sleep(0.05)
    fixing.send_signal(signal.SIGINT)
    fixing.communicate()
    assert fixing.returncode in (1, 130)
    canonical = {name: newsclean.render(newsclean.clean(text)) for name, text in DIRTY.items()}
    states = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert text in (originals[path.name], canonical[path.name[4:]])
        states.append(text == originals[path.name])
    assert sorted(os.listdir(tmp_path)) == sorted(originals)
    assert not states[0] and (fixing.returncode == 1 or states[-1])
