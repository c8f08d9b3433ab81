"""Article files: bytes to text with an error that names the file and the problem; atomic writes.

>>> decode(b"caf\\xc3\\xa9", "a.txt")
'café'
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import functools
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from charset_normalizer import from_bytes

from .errors import DecodeError, NewscleanError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: The legacy encoding most scraped Western pages come in; preferred when a detector ties.
_WESTERN = "cp1252"
#: Control characters that text files do not hold (tab, line and page breaks excepted).
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\x0b\x0c\r") | {"\x7f"}


def decode(data: bytes, where: str) -> str:
    """Text from bytes: a BOM's encoding, else UTF-8, else what charset-normalizer detects.

    When the detector finds several single-byte encodings equally likely, cp1252
    (the Windows Western encoding most scraped pages use) is preferred.

    >>> decode("Café crème, déjà vu — naïve façade.".encode("cp1252"), "b.txt")
    'Café crème, déjà vu — naïve façade.'
    >>> decode("Hello".encode("utf-16"), "u.txt")
    'Hello'
    >>> decode(b"\\x00\\x01\\x02\\xff\\xfe\\x00", "c.bin")
    Traceback (most recent call last):
    ...
    newsclean.errors.DecodeError: c.bin: binary data, not text; leave it out of the paths given
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"{where}: broken {encoding} text ({exc.reason}); re-save it as UTF-8"
                ) from exc
    if b"\x00" in data:
        raise DecodeError(f"{where}: binary data, not text; leave it out of the paths given")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _detect(data, where)
    if sum(char in _CONTROL for char in text[:4096]) > 8:
        raise DecodeError(f"{where}: binary data, not text; leave it out of the paths given")
    return text


def _detect(data: bytes, where: str) -> str:
    """Decode bytes that are not UTF-8 with the encoding charset-normalizer finds likeliest."""
    matches = list(from_bytes(data))
    if not matches:
        raise DecodeError(f"{where}: not UTF-8 and no text encoding fits; convert it to UTF-8")
    best = matches[0]
    tied = (m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence))
    if any(_WESTERN in m.could_be_from_charset for m in tied):
        try:
            return data.decode(_WESTERN)
        except UnicodeDecodeError:
            pass
    return str(best)


def _unreadable(where: str, exc: OSError) -> NewscleanError:
    """The error for a file the operating system will not open or read."""
    if exc.errno == errno.ELOOP:
        return NewscleanError(f"{where}: symbolic link loop; fix or remove the link")
    if exc.errno == errno.EACCES:
        return NewscleanError(f"{where}: permission denied; make it readable or leave it out")
    return NewscleanError(f"{where}: cannot read: {exc.strerror or exc}")


def read_article_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file; anything else (missing, a loop, a FIFO) is an error.

    The file is opened without blocking, so a FIFO given by mistake cannot hang a batch.

    >>> read_article_bytes("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    newsclean.errors.NewscleanError: /no/such/file.txt: cannot read: No such file or directory
    """
    where = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise _unreadable(where, exc) from exc
    with os.fdopen(fd, "rb") as handle:
        try:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                kind = "folder" if stat.S_ISDIR(mode) else "special file"
                raise NewscleanError(f"{where}: a {kind}, not a regular file; leave it out")
            return handle.read()
        except OSError as exc:
            raise _unreadable(where, exc) from exc


def read_article_text(path: str | Path) -> str:
    """The text of an article file, decoded; an empty or unreadable file is an error.

    >>> read_article_text("/dev/null")
    Traceback (most recent call last):
    ...
    newsclean.errors.NewscleanError: /dev/null: a special file, not a regular file; leave it out
    """
    return article_text(read_article_bytes(path), str(path))


def article_text(data: bytes, where: str) -> str:
    """The text of an article file's bytes; a file of nothing but white space is an error.

    >>> article_text(b" \\n", "e.txt")
    Traceback (most recent call last):
    ...
    newsclean.errors.NewscleanError: e.txt: empty file, no article to clean
    """
    if not data.strip():
        raise NewscleanError(f"{where}: empty file, no article to clean")
    return decode(data, where)


@functools.cache
def _new_file_mode() -> int:
    """The permissions a new file gets under the process's umask (read once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block is done, then act on them.

    The handlers are swapped for one that only notes the signal (blocking the signal
    is not enough: a worker pool's threads in this process would still take it and
    raise KeyboardInterrupt in the middle of the block). Off the main thread, where
    handlers cannot be set, nothing is held.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def note(signum: int, frame: object) -> None:
        caught.append(signum)

    held = (signal.SIGINT, signal.SIGTERM)
    previous = {signum: signal.signal(signum, note) for signum in held}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)
        if caught:
            signal.raise_signal(caught[0])  # now, to the handler that was there before


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8: to a temporary file in the same folder, then ``os.replace``.

    Ctrl-C is held for the few moments this takes, so an interrupted batch leaves no
    temporary file and every file as it was or fully written; an existing file keeps
    its permissions.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as d:
    ...     target = pathlib.Path(d, "a.md")
    ...     write_atomic(target, "one\\n")
    ...     write_atomic(target, "two\\n")
    ...     target.read_text(), sorted(p.name for p in target.parent.iterdir())
    ('two\\n', ['a.md'])
    """
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = _new_file_mode()
    data = text.encode("utf-8")
    with _interrupts_held():
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(temporary, mode)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
