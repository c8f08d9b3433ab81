"""``newsclean clean``: folders walked, formats, ``-o`` mirroring, ``--jobs``, progress, summary."""

from __future__ import annotations

import fcntl
import json
import os
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest

import newsclean
from newsclean.canonical import render
from tests.cli_support import DIRTY, run, write_articles
from tests.conftest import ROOT, SEEDS

TREE = {
    "a.txt": DIRTY["000_1dd423131a5a337b.txt"],
    "notes/b.md": DIRTY["001_0ce5ca3a0b6ee054.txt"],
    "notes/deeper/c.txt": "Headline Here\n\nBy Jane Doe\n\nThe body of it.\n",
    "notes/skip.csv": "not,an,article\n",
}


def test_folder_is_walked_for_txt_and_md_into_jsonl_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path, TREE)
    ran = run(capsys, "clean", tmp_path, "--jobs", "1")
    assert ran.code == 0
    articles = [newsclean.Article.model_validate_json(line) for line in ran.out.splitlines()]
    assert [a.source for a in articles] == [
        str(tmp_path / name) for name in ("a.txt", "notes/b.md", "notes/deeper/c.txt")
    ]
    assert articles[2].authors == ["Jane Doe"]
    assert ran.err.startswith("newsclean clean: 3 files, 3 cleaned, 0 failed; ")


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("json", ".json"), ("jsonl", ".jsonl"), ("md", ".md"), ("text", ".txt")]
)
def test_output_folder_mirrors_the_input_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    write_articles(tmp_path / "in", TREE)
    ran = run(capsys, "clean", tmp_path / "in", "-o", tmp_path / "out", "--format", fmt)
    assert (ran.code, ran.out, ran.errors) == (0, "", [])
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*"))
    assert written == [
        f"a{suffix}",
        "notes",
        f"notes/b{suffix}",
        "notes/deeper",
        f"notes/deeper/c{suffix}",
    ]
    article = newsclean.clean_file(tmp_path / "in" / "notes/deeper/c.txt")
    expected = {
        "json": article.model_dump_json(indent=2) + "\n",
        "jsonl": article.model_dump_json() + "\n",
        "md": render(article),
        "text": "Headline Here\n\nThe body of it.\n",
    }[fmt]
    assert (tmp_path / "out" / f"notes/deeper/c{suffix}").read_text(encoding="utf-8") == expected


def test_jobs_give_the_same_output_in_the_same_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    articles = {f"{n:02d}-{name}": text for n, (name, text) in enumerate(DIRTY.items())}
    articles |= {f"copy/{name}": text for name, text in articles.items()}
    write_articles(tmp_path, articles)
    one = run(capsys, "clean", tmp_path, "--jobs", "1")
    three = run(capsys, "clean", tmp_path, "--jobs", "3")
    assert one.out == three.out
    assert len(one.out.splitlines()) == len(articles)


def test_include_and_exclude_globs_choose_the_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path, TREE)
    ran = run(
        capsys, "clean", tmp_path, "--include", "*.md", "--include", "*.txt", "--exclude", "deeper"
    )
    sources = [json.loads(line)["source"] for line in ran.out.splitlines()]
    assert sources == [str(tmp_path / "a.txt"), str(tmp_path / "notes/b.md")]
    ran = run(capsys, "clean", tmp_path, "--include", "*.md")
    assert [json.loads(line)["source"] for line in ran.out.splitlines()] == [
        str(tmp_path / "notes/b.md")
    ]


def test_output_folder_inside_the_input_is_not_walked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path, {"a.txt": TREE["a.txt"]})
    for _ in range(2):
        ran = run(capsys, "clean", tmp_path, "-o", tmp_path / "out", "--format", "text")
        assert ran.err.startswith("newsclean clean: 1 file, 1 cleaned")
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["a.txt"]


def test_output_that_would_land_outside_the_folder_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "in", {"notes/a.txt": TREE["a.txt"], "b.txt": TREE["a.txt"]})
    (tmp_path / "out").mkdir()
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out" / "notes").symlink_to(tmp_path / "elsewhere")
    ran = run(capsys, "clean", tmp_path / "in", "-o", tmp_path / "out", "--format", "json")
    assert ran.code == 1
    assert ran.errors == [
        f"newsclean: error: {tmp_path / 'in/notes/a.txt'}: its output "
        f"{tmp_path / 'out/notes/a.json'} would land outside {tmp_path / 'out'} "
        "(a symbolic link in the way); remove the link or choose another -o folder"
    ]
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert (tmp_path / "out" / "b.json").is_file()


def test_two_inputs_with_one_output_name_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path / "in", {"a.txt": TREE["a.txt"], "a.md": TREE["a.txt"]})
    ran = run(capsys, "clean", tmp_path / "in", "-o", tmp_path / "out", "--format", "json")
    assert ran.code == 1
    assert ran.errors == [
        f"newsclean: error: {tmp_path / 'in/a.txt'}: its output {tmp_path / 'out/a.json'} is "
        f"also the output of {tmp_path / 'in/a.md'}; rename one of them or clean them separately"
    ]


def test_output_never_overwrites_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_articles(tmp_path, {"a.md": TREE["a.txt"]})
    ran = run(capsys, "clean", tmp_path, "-o", tmp_path, "--format", "md")
    assert ran.code == 1
    assert ran.errors[0].endswith("would overwrite an input; choose another -o")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == TREE["a.txt"]


def _read_all(leader: int) -> str:
    """What a terminal was sent, once the other end is closed."""
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 1 << 16)
        except OSError:  # EIO: the terminal's other end is closed and all is read
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return b"".join(chunks).decode()


def test_progress_bar_only_on_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path, TREE)
    ran = run(capsys, "clean", tmp_path, "-o", tmp_path / "out")
    assert "cleaning" not in ran.err
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with open(follower, "w", encoding="utf-8") as terminal:
        monkeypatch.setattr(sys, "stderr", terminal)
        run(capsys, "clean", tmp_path, "-o", tmp_path / "out")
    shown = _read_all(leader)
    assert "cleaning:   0%" in shown and "/3 [" in shown
    assert "newsclean clean: 3 files, 3 cleaned, 0 failed" in shown


def test_quiet_prints_no_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_articles(tmp_path, TREE)
    assert run(capsys, "clean", tmp_path, "--quiet").err == ""


def test_summary_counts_removals_by_rule(capsys: pytest.CaptureFixture[str]) -> None:
    ran = run(capsys, "clean", SEEDS)
    removed = [r for line in ran.out.splitlines() for r in json.loads(line)["removed"]]
    codes = sorted({r["rule"] for r in removed})
    counts = ", ".join(f"{code} {sum(r['rule'] == code for r in removed)}" for code in codes)
    assert f"; {len(removed)} removals ({counts}) in " in ran.err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "clean").code == 2
    assert run(capsys, "clean", SEEDS, "--format", "yaml").code == 2
    assert run(capsys, "clean", SEEDS, "--jobs", "0").code == 2
    assert run(capsys, "frobnicate").code == 2
    assert run(capsys, "clean", SEEDS, "-o", "/dev/null/out").errors == [
        "newsclean: error: -o /dev/null/out: cannot make the folder: Not a directory"
    ]
    assert run(capsys).code == 2
    assert run(capsys, "--help").code == 0


def test_python_m_newsclean_is_the_same_command(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", "seeds/", "-o", tmp_path, "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        f"{p.stem}.json" for p in sorted(SEEDS.glob("*.txt"))
    ]
