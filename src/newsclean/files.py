"""Reading article files: bytes to text, with an error that names the file and the problem.

>>> decode(b"caf\\xc3\\xa9", "a.txt")
'café'
"""

from __future__ import annotations

import codecs
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


def decode(data: bytes, where: str) -> str:
    """Text from bytes: a BOM's encoding, else UTF-8, else what charset-normalizer detects.

    >>> decode("Le café est fermé à cause de la grève générale.".encode("cp1252"), "b.txt")
    'Le café est fermé à cause de la grève générale.'
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
                raise DecodeError(f"{where}: broken {encoding} text: {exc.reason}") from exc
    if b"\x00" in data:
        raise DecodeError(f"{where}: binary data, not text; leave it out of the paths given")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(
            f"{where}: not UTF-8 and no text encoding fits; convert it to UTF-8 first"
        )
    return str(best)


def read_article_text(path: str | Path) -> str:
    """The text of an article file, decoded; an empty or unreadable file is an error.

    >>> read_article_text("/no/such/file.txt")
    Traceback (most recent call last):
    ...
    newsclean.errors.NewscleanError: /no/such/file.txt: cannot read: No such file or directory
    """
    where = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise NewscleanError(f"{where}: cannot read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise NewscleanError(f"{where}: empty file, no article to clean")
    return decode(data, where)
