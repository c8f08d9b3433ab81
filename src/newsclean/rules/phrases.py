"""Whole-line phrase patterns for the boilerplate rules, built the same way for every list.

A list of phrases (in every language of the corpus) becomes one case-insensitive
pattern that must match a whole line, with optional closing punctuation, an
optional count ("Comments (12)", "Advertisement 2") and an optional arrow. The
phrases are plain alternatives, so a match costs one pass over the line.

>>> pattern = whole_line("read more", "lesen sie auch")
>>> bool(pattern.fullmatch("Lesen Sie auch:")), bool(pattern.fullmatch("Lesen Sie auch dies"))
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from .shapes import words

#: A phrase in Chinese or Japanese script.
CJK_PHRASE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: What may follow a heading-like phrase: a colon, an arrow, a count, a closing mark.
_TAIL = r"\s*(?:\(\s*\d{1,6}\s*\)|\d{1,6})?\s*[:：>›»→.…!|】」』)\]]{0,3}\s*"


def alternatives(phrases: Iterable[str]) -> str:
    """The phrases as one regex alternation, longest first, spaces matching any run.

    >>> alternatives(["a b", "c"])
    '(?:a\\\\s+b|c)'
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    escaped = (r"\s+".join(regex.escape(part) for part in phrase.split()) for phrase in ordered)
    return "(?:" + "|".join(escaped) + ")"


def literal_trie(words: Iterable[str]) -> str:
    """A standard ``re`` pattern for any of ``words``, as a trie: the words that share a
    first character share one branch, so a search tries a few branches at each position
    of the text instead of every word.

    >>> literal_trie(["AP", "APA", "AFP", "dpa"])
    '(?:A(?:FP|P(?:A)?)|dpa)'
    >>> import re
    >>> [m.group() for m in re.finditer(literal_trie(["AP", "APA", "AFP"]), "APA, AP, AFP")]
    ['APA', 'AP', 'AFP']
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words)):
        groups.setdefault(word[:1], []).append(word[1:])
    optional = groups.pop("", None) is not None
    branches = [re.escape(first) + literal_trie(rests) for first, rests in groups.items()]
    if not branches:
        return ""
    trie = branches[0] if len(branches) == 1 and not optional else f"(?:{'|'.join(branches)})"
    return trie + "?" if optional else trie


def bar_list(text: str) -> list[str]:
    """Phrases written as one ``|``-separated string, across lines.

    >>> bar_list("Getty Images|AP|\\n    Reuters")
    ['Getty Images', 'AP', 'Reuters']
    """
    return [phrase.strip() for phrase in text.split("|") if phrase.strip()]


def whole_line(*phrases: str) -> regex.Pattern[str]:
    """A pattern for a line that is one of ``phrases`` and nothing else.

    >>> bool(whole_line("advertisement").fullmatch("ADVERTISEMENT 2"))
    True
    """
    return regex.compile(
        rf"[\s\W]{{0,3}}{alternatives(phrases)}{_TAIL}", regex.IGNORECASE | regex.VERSION1
    )


#: Marks that may stand before a phrase, each one the pattern's leading ``[\s\W]`` takes.
_LEAD = " !\"#$%&'()*+,-./:;<=>?@[\\]^`{|}~“”„‘’‚«»‹›–—…•·¿¡©®£€"


class WholeLine:
    """:func:`whole_line` of ``phrases``, with a pre-check at C speed before the pattern.

    Every phrase opens with a word character, so a line whose first characters are marks
    of :data:`_LEAD`, at most three (the most ``[\\s\\W]{0,3}`` takes), and then an ASCII
    letter or digit has the phrase start right there; more than three marks and it has no
    match. The ``regex`` module matches a phrase case-insensitively where its full case
    folding equals the phrase's (but for "İ", which it matches to "i"): so the phrase's
    first three characters, case-folded, begin with the first three of a phrase's
    case-folded first word (the whole word, if it is shorter), or the line is no match.
    Most lines of an article open with a word no phrase opens with, and are told at once.

    >>> heading = WholeLine("read more", "a la une")
    >>> heading.fullmatch("READ MORE:") is not None, heading.fullmatch("A la une") is not None
    (True, True)
    >>> heading.may_match("The mayor spoke"), heading.may_match("Readers wrote")
    (False, True)
    >>> heading.may_match("– The mayor"), heading.fullmatch("» Read more") is not None
    (False, True)
    >>> sorted(heading.openings)
    ['a', 'rea']
    """

    def __init__(self, *phrases: str) -> None:
        self.phrases = phrases
        self.pattern = whole_line(*phrases)
        self.openings = frozenset(
            phrase.split()[0].casefold()[:3] for phrase in phrases if phrase.strip()
        )

    def may_match(self, text: str) -> bool:
        """Whether ``text`` may match: ``False`` only where the pattern cannot."""
        opening = text
        first = text[:1]
        if not (first.isascii() and first.isalnum()):  # most lines open with a letter
            opening = text.lstrip(_LEAD)
            if len(text) - len(opening) > 3:
                return False
            first = opening[:1]
            if not (first.isascii() and first.isalnum()):
                return True  # another mark, or another script: left to the pattern
        folded = opening[:3].casefold()  # at least three characters, if there are three
        if "\u0307" in folded:
            return True  # "İ" folds to "i" and a dot above, yet the pattern matches it to "i"
        openings = self.openings
        return folded[:3] in openings or folded[:2] in openings or folded[:1] in openings

    def fullmatch(self, text: str) -> regex.Match[str] | None:
        """The pattern's ``fullmatch``, tried only where :meth:`may_match`."""
        return self.pattern.fullmatch(text) if self.may_match(text) else None


def line_start(*phrases: str) -> regex.Pattern[str]:
    """A pattern for a line that opens with one of ``phrases`` followed by a separator.

    Use it with ``match``; the separator (colon, dash, arrow) must be there.

    >>> bool(line_start("read more").match("READ MORE: Storm hits coast"))
    True
    """
    return regex.compile(
        rf"[\s\W]{{0,3}}{alternatives(phrases)}\s*[:：|>›»→–—-]\s*",
        regex.IGNORECASE | regex.VERSION1,
    )


class PhraseSet:
    """Phrases looked up by their words: one pass over a line's words, whatever the count.

    A line's words (see :func:`~newsclean.rules.shapes.words`) are looked up in a table
    of each phrase's first word, and only there compared further, so a long list of
    phrases costs no more than a short one. A line that holds a phrase holds its longest
    word too: a line without any phrase's longest word (most lines; "the" opens many
    phrases, "subscriber" few) is told at C speed.

    >>> PhraseSet(["sign up", "newsletter"]).findall("Sign up for our newsletter!")
    ['sign up', 'newsletter']
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            tokens = tuple(words(phrase))
            if tokens:
                self._by_first.setdefault(tokens[0], []).append(tokens)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)
        #: Each phrase as its words.
        self.phrases: tuple[tuple[str, ...], ...] = tuple(
            tokens for found in self._by_first.values() for tokens in found
        )
        #: Each phrase's longest word: a line holding none of them holds no phrase.
        self.keys = frozenset(max(tokens, key=len) for tokens in self.phrases)

    def findall(self, text: str) -> list[str]:
        """The phrases found in ``text``, in order, as their words joined by spaces."""
        tokens = words(text)
        if self.keys.isdisjoint(tokens):  # most lines: no phrase's longest word, at C speed
            return []
        found = []
        for index, token in enumerate(tokens):
            for candidate in self._by_first.get(token, ()):
                if tokens[index : index + len(candidate)] == candidate:
                    found.append(" ".join(candidate))
                    break
        return found

    def search(self, text: str) -> bool:
        """Whether any of the phrases is in ``text``, as whole words.

        >>> PhraseSet(["ad"]).search("a bad day"), PhraseSet(["会員"]).search("この記事は会員限定")
        (False, True)
        """
        tokens = words(text)
        if self.keys.isdisjoint(tokens):
            return False
        for index, token in enumerate(tokens):
            for candidate in self._by_first.get(token, ()):
                if tokens[index : index + len(candidate)] == candidate:
                    return True
        return False


def any_of(*phrases: str) -> PhraseSet:
    """The phrases as a :class:`PhraseSet`, found as whole words anywhere in a line.

    >>> any_of("newsletter").search("Our Newsletter, daily"), any_of("ad").search("bad")
    (True, False)
    >>> any_of("会員限定").search("この記事は会員限定です。")
    True
    """
    return PhraseSet(phrases)
