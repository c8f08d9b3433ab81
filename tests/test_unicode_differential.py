"""The unicode step gives exactly what ``ftfy.fix_text`` gives, on every kind of input.

``newsclean.ftfy_fast`` skips ftfy where it can prove ftfy would change nothing; these
properties hold it to ftfy's own answer on real text, mojibake of one and two layers,
HTML entities, control and invisible characters, and mixtures of them all.
"""

from __future__ import annotations

import html.entities

import ftfy
import ftfy.bad_codecs  # registers the sloppy-windows-1252 codec
from ftfy import badness
from hypothesis import given
from hypothesis import strategies as st

from newsclean import ftfy_fast
from newsclean.ftfy_fast import NEWS_SAFE
from newsclean.rules.unicode import fix_unicode

from .conftest import SEEDS

# Real lines: the seeds, and sentences in the scripts and typography of the corpus.
REAL_LINES = [
    line for path in sorted(SEEDS.glob("*.txt")) for line in path.read_text("utf-8").splitlines()
] + [
    "Die Entscheidung von US-Präsident Donald Trump ist ein Akt geografischer Großtuerei.",
    "„Das ist ein Erbe des Imperialismus“, sagte er – und lächelte.",
    "L’économie française a progressé de 0,3 % au deuxième trimestre, selon l’Insee.",
    "«Это важное решение», — заявил министр в понедельник.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την ακρίβεια.",
    "東京都は２０２５年の予算案を発表した。「重要な一歩だ」と述べた。",
    "İstanbul’da yağış uyarısı: sıcaklık 5 °C’ye düşecek.",
    "Společnost Škoda oznámila zisk 1,2 mld. Kč — o 15 % více.",
    "Price: £45, €52 or ¥7,000 × 2; © 2025 Reuters™ • All rights reserved ®",
    "Q&A: AT&T’s CEO on 5G… and what’s next ‘for now’.",
]

# Sample characters of every kind ftfy acts on, or that look like it.
CONTROL = [chr(c) for c in [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)]]
INVISIBLE = ["\u200b", "\u2060", "\u00ad", "\u180e", "\ufeff", "\u200d", "\u200e", "\u202e"]
ODD = ["\r\n", "\r", "\u2028", "\u2029", "\x1b[31m", "\x1b[0m", "ﬁ", "ﬂ", "Ĳ", "ǆ"]
ODD += ["\ud83d", "\ude00", "\ufffd", "\ufff9", "\u206a", "\xa0", "<", "&", ";"]
ENTITY_NAMES = sorted(html.entities.html5)[::7]


def expand(character_class: str) -> set[str]:
    """The characters of a regex character class body such as ``"a-cx"``."""
    found: set[str] = set()
    i = 0
    while i < len(character_class):
        if i + 2 < len(character_class) and character_class[i + 1] == "-":
            first, last = ord(character_class[i]), ord(character_class[i + 2])
            found.update(chr(c) for c in range(first, last + 1))
            i += 3
        else:
            found.add(character_class[i])
            i += 1
    return found


# Every character ftfy's badness regex names, and every character of its categories.
MOJIBAKE_CHARACTERS = sorted(
    {c for c in badness.BADNESS_RE.pattern if ord(c) > 0x7F}.union(
        *(expand(category) for category in badness.MOJIBAKE_CATEGORIES.values())
    )
)

LAYERS = ["latin-1", "sloppy-windows-1252", "cp1252"]


def mojibake_of(text: str, encodings: list[str]) -> str:
    """``text`` encoded as UTF-8 and decoded with each of ``encodings`` in turn."""
    for encoding in encodings:
        text = text.encode("utf-8").decode(encoding, errors="replace")
    return text


real_text = st.sampled_from(REAL_LINES)
mojibake = st.builds(
    mojibake_of, real_text, st.lists(st.sampled_from(LAYERS), min_size=1, max_size=2)
)
entities = st.one_of(
    st.sampled_from(ENTITY_NAMES).map(lambda name: "&" + name),
    st.integers(0, 0x10FFFF).map(lambda n: f"&#{n};"),
    st.integers(0, 0x2FFF).map(lambda n: f"&#x{n:x};"),
    st.sampled_from(["&AMP;", "&EACUTE;", "&SZLIG;", "&nTILDE;", "&amp", "&#;", "&hellip;"]),
)
odd_characters = st.sampled_from(CONTROL + INVISIBLE + ODD)
words = st.sampled_from(" ".join(REAL_LINES).split())
pieces = st.one_of(
    real_text, mojibake, entities, odd_characters, words, st.just(" "), st.just("\n"), st.text()
)
mixtures = st.lists(pieces, max_size=12).map("".join)


@given(mixtures)
def test_fix_unicode_is_ftfy_fix_text(text: str) -> None:
    assert fix_unicode(text) == ftfy.fix_text(text, NEWS_SAFE)


@given(mojibake)
def test_layered_mojibake_is_repaired_as_ftfy_repairs_it(text: str) -> None:
    assert fix_unicode(text) == ftfy.fix_text(text, NEWS_SAFE)


around = st.lists(
    st.one_of(st.sampled_from(MOJIBAKE_CHARACTERS), st.sampled_from(list("aZ .,?!\n\xa0"))),
    max_size=4,
).map("".join)


@given(around, st.from_regex(badness.BADNESS_RE, fullmatch=True), around)
def test_every_branch_of_ftfy_badness_is_found(before: str, bad: str, after: str) -> None:
    for text in (bad, before + bad + after):
        assert ftfy_fast.is_bad(text) == badness.is_bad(text)
        assert fix_unicode(text) == ftfy.fix_text(text, NEWS_SAFE)


@given(st.lists(st.one_of(pieces, st.sampled_from(MOJIBAKE_CHARACTERS)), max_size=12))
def test_each_line_fixed_on_its_own_as_ftfy_fixes_it(lines: list[str]) -> None:
    lines = [line.replace("\n", " ") for line in lines]
    expected = {i: ftfy.fix_text(line, NEWS_SAFE) for i, line in enumerate(lines)}
    changed = {i: fixed for i, fixed in expected.items() if fixed != lines[i]}
    assert dict(ftfy_fast.fix_lines(lines, NEWS_SAFE)) == changed


@given(
    mixtures,
    st.integers(1, 16),
    st.sampled_from(["auto", True, False]),
)
def test_segments_cut_short_and_html_switch_follow_ftfy(
    text: str, limit: int, unescape: str | bool
) -> None:
    config = NEWS_SAFE._replace(max_decode_length=limit, unescape_html=unescape)
    assert ftfy_fast.fix_text(text, config) == ftfy.fix_text(text, config)


@given(mixtures)
def test_configs_outside_the_proof_are_handed_to_ftfy(text: str) -> None:
    assert ftfy_fast.fix_text(text, ftfy.TextFixerConfig()) == ftfy.fix_text(text)
