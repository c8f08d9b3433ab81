"""Bad input: one clear error line each, the other files go on, exit 1.

One table of cases drives the unit test (what reading the file raises) and the
command line tests (``clean``, ``check`` and ``fix`` over a folder holding it).
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

import newsclean
from newsclean.tasks import clean_one
from tests.cli_support import DIRTY, run

GOOD = DIRTY["000_1dd423131a5a337b.txt"]


def _bytes(data: bytes) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        path.write_bytes(data)

    return make


def _socket(path: Path) -> None:
    """A UNIX socket: open() fails even for root, as an unreadable file does."""
    here = Path.cwd()
    os.chdir(path.parent)  # a socket's path is limited to about 100 characters
    try:
        server = socket.socket(socket.AF_UNIX)
        server.bind(path.name)
        server.close()
    finally:
        os.chdir(here)


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _fifo(path: Path) -> None:
    os.mkfifo(path)


#: (case, how to make the bad file, what the error says after "PATH: ")
BAD_FILES: list[tuple[str, Callable[[Path], None], str]] = [
    ("binary", _bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "binary data, not text"),
    ("binary-without-nul", _bytes(bytes(range(1, 32)) * 20), "binary data, not text"),
    ("empty", _bytes(b""), "empty file, no article to clean"),
    ("blank", _bytes(b"  \n\n\t\n"), "empty file, no article to clean"),
    ("only-artefacts", _bytes(b"By\n\nLiam Avatar\n"), "no article body left after cleaning"),
    ("broken-utf-16", _bytes(b"\xff\xfeA\x00\x00\xd8"), "broken utf-16 text"),
    ("unreadable", _socket, "cannot read: No such device or address"),
    ("symlink-loop", _loop, "symbolic link loop; fix or remove the link"),
    ("fifo", _fifo, "a special file, not a regular file"),
    ("missing", lambda path: None, "cannot read: No such file or directory"),
]
IDS = [case for case, _, _ in BAD_FILES]


@pytest.mark.parametrize(("case", "make", "message"), BAD_FILES, ids=IDS)
def test_bad_file_raises_an_error_naming_it(
    tmp_path: Path, case: str, make: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / f"{case}.txt"
    make(path)
    with pytest.raises(newsclean.NewscleanError) as raised:
        newsclean.clean_file(path)
    assert str(raised.value).startswith(f"{path}: {message}")
    assert clean_one(path).error == str(raised.value)


@pytest.mark.parametrize("command", ["clean", "check", "fix"])
@pytest.mark.parametrize(("case", "make", "message"), BAD_FILES, ids=IDS)
def test_bad_file_is_reported_and_the_batch_goes_on(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    case: str,
    make: Callable[[Path], None],
    message: str,
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "z.txt").write_text(GOOD, encoding="utf-8")
    bad = tmp_path / f"m-{case}.txt"
    make(bad)
    ran = run(capsys, command, tmp_path / "a.txt", bad, tmp_path / "z.txt", "--jobs", "1")
    assert ran.code == 1
    assert len(ran.errors) == 1
    assert ran.errors[0].startswith(f"newsclean: error: {bad}: {message}")
    if command == "clean":
        assert len(ran.out.splitlines()) == 2
    if command == "fix":
        assert ran.out == f"Fixing {tmp_path / 'a.txt'}\nFixing {tmp_path / 'z.txt'}\n"
        assert (tmp_path / "a.txt").read_text(encoding="utf-8").startswith("---\n")


def test_folder_symlink_loop_is_reported_and_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "sub" / "up").symlink_to("..")
    ran = run(capsys, "clean", tmp_path)
    assert ran.code == 1
    assert ran.errors == [
        f"newsclean: error: {tmp_path / 'sub' / 'up'}: "
        "symbolic link loop (it leads back to a folder above it)"
    ]
    assert len(ran.out.splitlines()) == 1


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1252", "Le café est fermé à cause de la grève générale. “Non”, dit-il."),
        ("latin-1", "Die Straße über der Brücke ist gesperrt, sagte der Bürgermeister."),
        ("utf-16", "Über die Brücke: der Bürgermeister sprach von einer großen Gefahr."),
        ("utf-8-sig", "Le café est fermé à cause de la grève générale."),
    ],
)
def test_text_in_another_encoding_is_decoded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str, text: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert newsclean.clean_file(path).paragraphs == [text]
    ran = run(capsys, "clean", path, "--format", "text")
    assert (ran.code, ran.out) == (0, text + "\n")
