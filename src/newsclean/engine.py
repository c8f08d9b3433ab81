"""The engine: runs the rule table over a document, applies and records every finding.

Rules only find; this module alone changes text, so every cut is a Removal.

>>> article = clean(" date 2025-08-25 Trump declared it.")
>>> article.published, article.paragraphs
(datetime.date(2025, 8, 25), ['Trump declared it.'])
>>> [(r.rule, r.text, r.line) for r in article.removed]
[('NC201', 'date 2025-08-25', 1)]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from pydantic import ValidationError

from .canonical import read_canonical
from .config import Config
from .document import Block, Document, Finding, tidy
from .errors import NewscleanError, NoBodyError
from .head import locate
from .memo import remembered
from .models import Article, Removal
from .rules import RULES, Rule

DEFAULT_CONFIG = Config()


def active_rules(config: Config) -> tuple[Rule, ...]:
    """The rules of the table that ``config`` selects, in table order.

    >>> [r.code for r in active_rules(Config(select=["NC4"]))]
    ['NC401', 'NC402', 'NC403', 'NC404', 'NC405', 'NC406', 'NC407']
    """
    return tuple(rule for rule in RULES if config.enabled(rule.code))


class Cut(NamedTuple):
    """What the engine took out, recorded while it runs: a light :class:`Removal`.

    The Article's Removals are built from these once, at the end, in input order.

    >>> Cut(3, "NC301", "empty byline", "By").removal()
    Removal(rule='NC301', reason='empty byline', text='By', line=3)
    """

    line: int
    rule: str
    reason: str
    text: str

    def removal(self) -> Removal:
        """The validated :class:`Removal` this cut stands for."""
        return Removal(rule=self.rule, reason=self.reason, text=self.text, line=self.line)


def _position(finding: Finding) -> tuple[int, int]:
    return finding.index, finding.start


def _non_overlapping(group: list[Finding]) -> list[Finding]:
    """One block's findings, sorted by start; of two that overlap, the earlier stays."""
    if len(group) == 1:
        return group
    kept: list[Finding] = []
    reach = 0
    for finding in group:
        if finding.start >= reach or not kept:
            kept.append(finding)
            reach = finding.end if finding.end is not None else 1 << 62
    return kept


def apply(doc: Document, rule: Rule, findings: Iterable[Finding]) -> tuple[Document, list[Cut]]:
    """Apply one rule's findings: cut, move or replace each span, and record it.

    >>> from newsclean.rules import RULES
    >>> doc = Document.from_text("By\\nBody.")
    >>> empty_byline = next(rule for rule in RULES if rule.code == "NC301")
    >>> new, removed = apply(doc, empty_byline, [Finding(0, "empty byline")])
    >>> new.texts, [(r.rule, r.text) for r in removed]
    (('Body.',), [('NC301', 'By')])
    """
    old = doc.blocks
    ordered = sorted((f for f in findings if 0 <= f.index < len(old)), key=_position)
    removed: list[Cut] = []
    fields = {"title": doc.title, "summary": doc.summary}
    authors = list(doc.authors)
    published = doc.published
    blocks: list[Block] = []
    copied = 0  # the blocks before this one are in ``blocks`` already
    at = 0
    while at < len(ordered):
        index = ordered[at].index
        following = at + 1
        while following < len(ordered) and ordered[following].index == index:
            following += 1
        group = _non_overlapping(ordered[at:following])
        at = following
        blocks.extend(old[copied:index])
        copied = index + 1
        block = old[index]
        pieces: list[str] = []
        position = 0
        for finding in group:
            end = len(block.text) if finding.end is None else finding.end
            span = block.text[finding.start : end]
            pieces.append(block.text[position : finding.start])
            position = end
            for name in finding.authors:
                if name not in authors:
                    authors.append(name)
            if published is None and finding.published is not None:
                published = finding.published
            if finding.replacement is not None:
                pieces.append(finding.replacement)
                if span:
                    removed.append(Cut(block.line, rule.code, finding.reason, span))
            elif finding.keep_as is not None and fields[finding.keep_as] is None and tidy(span):
                fields[finding.keep_as] = tidy(span)
                pieces.append(" ")
            else:
                pieces.append(" ")
                if span.strip():
                    removed.append(Cut(block.line, rule.code, finding.reason, span.strip()))
        pieces.append(block.text[position:])
        text = tidy("".join(pieces))
        if text:
            blocks.append(Block(block.line, text))
    blocks.extend(old[copied:])
    new = replace(
        doc,
        blocks=tuple(blocks),
        title=fields["title"],
        summary=fields["summary"],
        authors=tuple(authors),
        published=published,
    )
    return new, removed


_DEFAULT_RULES = active_rules(DEFAULT_CONFIG)

#: How often the repair rules run over a document at most; ftfy needs a second pass
#: for some mixtures ("\\xa0Â\\x80"), and cleaning must give the same on its own output.
MAX_REPAIR_ROUNDS = 4


def _run_once(doc: Document, rule: Rule, removed: list[Cut]) -> tuple[Document, bool]:
    """Run one rule; whether it found anything."""
    if doc.locked and (rule.sets_fields or rule.whole_page):
        return doc, False
    findings = list(rule.find(doc))
    if not findings:
        return doc, False
    doc, cut = apply(doc, rule, findings)
    removed.extend(cut)
    return doc, True


def run(doc: Document, rules: Sequence[Rule]) -> tuple[Document, list[Cut]]:
    """Run ``rules`` in order, each on the document the ones before it left.

    The repair rules (``Rule.repairs``, at the head of the table) run as a group until
    a round changes nothing, so that their result is stable. Then the article's head
    (headline, standfirst) is located once, for the metadata rules to share.

    >>> doc, removed = run(Document.from_text("By\\nBody."), RULES)
    >>> doc.texts
    ('Body.',)
    """
    removed: list[Cut] = []
    repairs = [rule for rule in rules if rule.repairs]
    for _ in range(MAX_REPAIR_ROUNDS):
        changed = False
        for rule in repairs:
            doc, found = _run_once(doc, rule, removed)
            changed = changed or found
        if not changed:
            break
    if not doc.locked and doc.head is None and any(rule.sets_fields for rule in rules):
        doc = replace(doc, head=locate(doc))
    for rule in rules:
        if not rule.repairs:
            doc, _ = _run_once(doc, rule, removed)
    return doc, removed


def read(text: str, source: str | None = None) -> Document:
    """The document for ``text``: a canonical front matter's fields, or plain text.

    >>> read("---\\ntitle: T\\n---\\n\\nBody.").title
    'T'
    """
    canonical = read_canonical(text)
    if canonical is None:
        return replace(Document.from_text(text), source=source)
    fields, body, first_line = canonical
    doc = Document.from_text(body, first_line=first_line)
    return replace(
        doc,
        title=fields.title,
        authors=tuple(fields.authors),
        published=fields.published,
        summary=fields.summary,
        source=source if source is not None else fields.source,
        locked=True,
    )


def no_body_message(where: str, removed: Sequence[Cut | Removal]) -> str:
    """Say that nothing was left, which rules took the text, and how to leave them out.

    >>> no_body_message("a.txt", [Removal(rule="NC301", reason="byline", text="By", line=1)])
    'a.txt: no article body left after cleaning (1 piece removed, by NC301); check that the file \
holds an article, or leave those rules out: --ignore NC301 on the command line, \
Config(ignore=["NC301"]) in Python'
    """
    codes = sorted({removal.rule for removal in removed})
    pieces = f"{len(removed)} piece{'' if len(removed) == 1 else 's'} removed"
    nothing_left = f"{where}: no article body left after cleaning"
    if not codes:
        return f"{nothing_left} ({pieces}); check that the file holds an article"
    quoted = ", ".join(f'"{code}"' for code in codes)
    return (
        f"{nothing_left} ({pieces}, by {', '.join(codes)}); check that the file holds an "
        f"article, or leave those rules out: --ignore {','.join(codes)} on the command line, "
        f"Config(ignore=[{quoted}]) in Python"
    )


def clean(text: str, *, source: str | None = None, config: Config | None = None) -> Article:
    """Clean the plain text of a scraped article into an :class:`Article`.

    >>> a = clean("Lee Set for Talks\\n\\nLiam Avatar\\n\\nBy\\n\\nLee arrives in Washington.")
    >>> a.title, a.authors, a.paragraphs
    ('Lee Set for Talks', ['Liam'], ['Lee arrives in Washington.'])
    """
    if not isinstance(text, str):
        raise TypeError(f"clean() takes a str, not {type(text).__name__}; use clean_file for bytes")
    where = source or "text"
    rules = _DEFAULT_RULES if config is None else active_rules(config)
    with remembered():
        doc, removed = run(read(text, source), rules)
    if not doc.blocks:
        raise NoBodyError(no_body_message(where, removed))
    try:
        return Article(
            title=doc.title,
            authors=list(doc.authors),
            published=doc.published,
            summary=doc.summary,
            paragraphs=list(doc.texts),
            source=doc.source,
            removed=_removals(removed),
        )
    except ValidationError as exc:  # a bug, not the caller's fault; still a NewscleanError
        raise NewscleanError(f"{where}: the cleaned article is not valid: {exc}") from exc


def _removals(cuts: list[Cut]) -> list[Removal]:
    """The cuts as validated Removals in input order, each cut let go once it is built.

    Every field of a Removal is given, so the Removals of one Article share one record
    of the fields set (pydantic keeps a set per model: 216 bytes, more than the rest of
    a short Removal).
    """
    cuts.sort(key=_line)
    cuts.reverse()
    every_field = set(Removal.model_fields)
    removals = []
    while cuts:
        removal = cuts.pop().removal()
        object.__setattr__(removal, "__pydantic_fields_set__", every_field)
        removals.append(removal)
    return removals


def _line(cut: Cut) -> int:
    return cut.line


def repair(text: str) -> str:
    """The input after the repair rules (NC1xx) alone, one tidied block per line.

    What ``clean`` keeps and removes together has exactly the words of this text.

    >>> repair("CafÃ©\\u200b  au lait\\n\\nnext")
    'Café au lait\\nnext'
    """
    doc, _ = run(Document.from_text(text), [rule for rule in RULES if rule.repairs])
    return "\n".join(doc.texts)
