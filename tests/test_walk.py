"""Which files a folder gives: one table of trees, walked in-process."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from newsclean.walk import Problem, Source, walk

#: (case, files to make, symbolic links to make {link: target}, walk arguments, expected)
CASES: list[tuple[str, list[str], dict[str, str], dict[str, object], list[str]]] = [
    (
        "name order, depth first",
        ["b.txt", "a/z.md", "a/b.txt", "c.csv"],
        {},
        {},
        ["a/b.txt", "a/z.md", "b.txt"],
    ),
    (
        "hidden folders passed over",
        [".git/x.txt", ".notes.txt", "a.txt"],
        {},
        {},
        [".notes.txt", "a.txt"],
    ),
    (
        "linked folder followed, its files once",
        ["real/a.txt"],
        {"link": "real"},
        {},
        ["link/a.txt"],
    ),
    (
        "include replaces the suffixes",
        ["a.txt", "b.md", "c.text"],
        {},
        {"include": ["*.text"]},
        ["c.text"],
    ),
    ("exclude a folder by name", ["drafts/a.txt", "b.txt"], {}, {"exclude": ["drafts"]}, ["b.txt"]),
    (
        "exclude a path glob",
        ["2024/a.txt", "2025/a.txt"],
        {},
        {"exclude": ["2024/*"]},
        ["2025/a.txt"],
    ),
    ("output folder not walked", ["out/a.txt", "b.txt"], {}, {"skip": "out"}, ["b.txt"]),
]


@pytest.mark.parametrize(
    ("case", "files", "links", "options", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_folder_gives_these_files(
    tmp_path: Path,
    case: str,
    files: list[str],
    links: dict[str, str],
    options: dict[str, object],
    expected: list[str],
) -> None:
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    for link, target in links.items():
        (tmp_path / link).symlink_to(tmp_path / target)
    if "skip" in options:
        options = options | {"skip": tmp_path / str(options["skip"])}
    found = list(walk([tmp_path], **options))  # type: ignore[arg-type]
    assert [str(item.relative) for item in found if isinstance(item, Source)] == expected
    assert all(item.path == tmp_path / item.relative for item in found if isinstance(item, Source))


def test_file_named_on_the_command_line_is_taken_whatever_its_suffix(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("x")
    assert [str(s) for s in walk([tmp_path / "notes.csv"])] == [str(tmp_path / "notes.csv")]
    assert list(walk([tmp_path / "notes.csv"], exclude=["*.csv"])) == []


def test_a_file_given_twice_is_worked_on_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    found = list(walk([tmp_path, tmp_path / "a.txt", tmp_path]))
    assert found == [Source(tmp_path / "a.txt", PurePosixPath("a.txt"))]


def test_folder_loop_is_a_problem_not_a_hang(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "back").symlink_to(tmp_path / "a")
    assert list(walk([tmp_path])) == [
        Problem(
            str(tmp_path / "a/b/back"), "symbolic link loop (it leads back to a folder above it)"
        )
    ]
