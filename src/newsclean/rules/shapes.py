"""The shape of a block, as the boilerplate rules (NC5xx) read it: words, sentences, size.

Scraped text has no tags left, so whether a line is running text or page furniture
is read from its shape: how long it is, whether it ends like a sentence, how many
words it has. Chinese and Japanese have no spaces, so their characters count extra.

>>> size("Home"), is_sentence("He said so."), is_menu_item("Politics")
(4, True, True)
"""

from __future__ import annotations

import re

import regex

from ..memo import MEMO_LINES, current_memos, per_line

#: Han, kana and half-width katakana: one such character carries about a word. (The
#: standard ``re`` module runs these simple classes several times faster than ``regex``.)
_CJK = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
CJK_CHAR = re.compile(f"[{_CJK}]")
WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+(?:['’.-][^\W_{_CJK}]+)*")
#: The bullet that marks an item of a list: "- ", "• ", "* ", "– ", "· ".
BULLET = regex.compile(r"[-•*–·]\s+(?=\S)")
#: How a sentence ends: a stop, possibly followed by closing quotes or brackets.
SENTENCE_END = regex.compile(r"[.!?…。！？](?:[\"'”’»«“)\]」』]{0,3})$")
#: No match of :data:`SENTENCE_END` is longer than four characters, and ``$`` may stand
#: before a final line break: the last five characters tell.
_SENTENCE_END_CHARS = 5
#: A line of running text is at least this big (see :func:`size`).
PROSE_SIZE = 80
#: A menu item: a few words, no sentence end, not much longer than a heading.
MENU_ITEM_WORDS = 5
MENU_ITEM_SIZE = 40


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``, lowercased; each Chinese or Japanese character is one.

    A tuple, so the memo's answer is handed out as it is, never copied.

    >>> words("Share on X — 東京")
    ('share', 'on', 'x', '東', '京')
    """
    memos = current_memos()
    if memos is None:
        return tuple(WORD.findall(text.casefold()))
    memo = memos.get(words)
    if memo is None:
        memo = memos[words] = {}
    found = memo.get(text)
    if found is None:
        found = tuple(WORD.findall(text.casefold()))
        if len(memo) < MEMO_LINES:
            memo[text] = found
    return found  # type: ignore[return-value]


def size(text: str) -> int:
    """The length of ``text`` in characters, a Chinese or Japanese one counting three.

    >>> size("abc"), size("東京")
    (3, 6)
    """
    if text.isascii():
        return len(text)
    memos = current_memos()
    if memos is None:
        return len(text) + 2 * len(CJK_CHAR.findall(text))
    memo = memos.get(size)
    if memo is None:
        memo = memos[size] = {}
    found = memo.get(text)
    if found is None:
        found = len(text) + 2 * len(CJK_CHAR.findall(text))
        if len(memo) < MEMO_LINES:
            memo[text] = found
    return found  # type: ignore[return-value]


def is_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (a stop, maybe inside closing quotes).

    >>> is_sentence("Er sagte: «Nein.»"), is_sentence("Mehr zum Thema")
    (True, False)
    """
    return SENTENCE_END.search(text[-_SENTENCE_END_CHARS:]) is not None


@per_line
def is_prose(text: str) -> bool:
    """Running text: a sentence of some size, or a long block whatever its end.

    >>> is_prose("The council voted."), is_prose("The council met on Monday and voted to close "
    ...                                             "the old bridge for repairs in early May.")
    (False, True)
    """
    big = size(text)
    return (big >= PROSE_SIZE and is_sentence(text)) or big >= 3 * PROSE_SIZE


@per_line
def is_menu_item(text: str) -> bool:
    """A short line that could be a link in a menu: a few words, no sentence end.

    >>> is_menu_item("Small Business"), is_menu_item("He left.")
    (True, False)
    """
    return (
        size(text) <= MENU_ITEM_SIZE
        and len(words(text)) <= MENU_ITEM_WORDS
        and not is_sentence(text)
        and not text.endswith((",", ":", ";"))
    )
