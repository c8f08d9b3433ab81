"""The canonical form of an Article: Markdown with a YAML front matter, and back.

It is what ``newsclean fix`` writes; cleaning it again gives the same fields and
removes nothing, since the front matter's fields are taken as they stand.

>>> from newsclean.models import Article
>>> text = render(Article(title="T", authors=["A"], paragraphs=["One.", "Two."]))
>>> print(text, end="")
---
title: T
authors:
- A
published: null
summary: null
---
<BLANKLINE>
One.
<BLANKLINE>
Two.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import regex
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import NewscleanError
from .models import Article, read_iso_published

FRONT_MATTER = regex.compile(
    r"\ufeff?---[ \t]*\r?\n(?P<yaml>(?:.*?\r?\n)??)---[ \t]*(?:\r?\n|$)", regex.DOTALL
)
FIELDS = ("title", "authors", "published", "summary", "source")


class FrontMatter(BaseModel):
    """The fields a canonical front matter holds.

    >>> FrontMatter(title="T").authors
    []
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    authors: list[str] = Field(default_factory=list)
    published: datetime | date | None = None
    summary: str | None = None
    source: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _iso_text(cls, value: Any) -> Any:
        return read_iso_published(value)


def render(article: Article) -> str:
    """The article as canonical text: front matter, a blank line, the paragraphs.

    >>> from newsclean.models import Article
    >>> render(Article(paragraphs=["Body."])).splitlines()[-1]
    'Body.'
    """
    fields: dict[str, Any] = {
        "title": article.title,
        "authors": list(article.authors),
        "published": article.published.isoformat() if article.published else None,
        "summary": article.summary,
    }
    if article.source is not None:
        fields["source"] = article.source
    head = yaml.safe_dump(
        fields, allow_unicode=True, sort_keys=False, width=1 << 20, default_flow_style=False
    )
    return f"---\n{head}---\n\n" + "\n\n".join(article.paragraphs) + "\n"


def read_canonical(text: str) -> tuple[FrontMatter, str, int] | None:
    """The front matter's fields, the body, and the body's first line; ``None`` if no front matter.

    A front matter with keys other than newsclean's is not ours: the text is read as plain.

    >>> fields, body, first = read_canonical("---\\ntitle: T\\n---\\nBody.")
    >>> fields.title, body, first
    ('T', 'Body.', 4)
    >>> read_canonical("---\\nlayout: post\\n---\\nBody.") is None
    True
    """
    match = FRONT_MATTER.match(text)
    if match is None:
        return None
    try:
        data = yaml.safe_load(match.group("yaml") or "")
    except yaml.YAMLError:
        return None
    if data is None:
        data = {}
    if not isinstance(data, dict) or not set(data) <= set(FIELDS):
        return None
    try:
        fields = FrontMatter.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise NewscleanError(f"front matter: {problems}; fix or remove these fields") from exc
    first_line = match.group(0).count("\n") + 1
    return fields, text[match.end() :], first_line
