"""The validated result of cleaning: :class:`Article` and its :class:`Removal` records.

>>> a = Article(paragraphs=["Body."])
>>> a.body
'Body.'
>>> Article.model_validate_json(a.model_dump_json()) == a
True
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field, field_validator, model_validator


def read_iso_published(value: Any) -> Any:
    """Read ``"2025-08-25"`` as a ``date`` and only a string with a time as a ``datetime``.

    >>> read_iso_published("2025-08-25"), read_iso_published("2025-08-25T10:31:00")
    (datetime.date(2025, 8, 25), datetime.datetime(2025, 8, 25, 10, 31))
    """
    if isinstance(value, str):
        text = value.strip()
        return date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text)
    return value


class Removal(BaseModel):
    """One piece of the input that is not in the article, and why it was taken out.

    >>> Removal(rule="NC301", reason="empty byline", text="By", line=5).line
    5
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str = Field(pattern=r"^NC[1-9]\d\d$", description="code of the rule that took it out")
    reason: str = Field(min_length=1, description="a short lowercase noun phrase")
    text: str = Field(description="exactly what was taken out")
    line: int = Field(ge=1, description="1-based line of the input it came from")


class Article(BaseModel):
    """A cleaned news article.

    >>> a = Article(title="Headline", paragraphs=["One.", "Two."])
    >>> print(a.body)
    One.
    <BLANKLINE>
    Two.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = Field(default=None, description="the headline, once")
    authors: list[str] = Field(default_factory=list, description="the credited names, in order")
    published: datetime | date | None = Field(
        default=None, description="a datetime only when the text gives a time"
    )
    summary: str | None = Field(default=None, description="a standfirst not repeated in the body")
    paragraphs: list[str] = Field(min_length=1, description="the body, in order")
    source: str | None = Field(default=None, description="where the text came from")
    removed: list[Removal] = Field(default_factory=list, description="what was taken out, and why")

    @model_validator(mode="before")
    @classmethod
    def _accept_own_body(cls, data: Any) -> Any:
        """Accept the computed ``body`` of a dumped Article, as long as it agrees."""
        if isinstance(data, dict) and "body" in data:
            data = dict(data)
            body = data.pop("body")
            paragraphs = data.get("paragraphs")
            if isinstance(paragraphs, list) and body != "\n\n".join(map(str, paragraphs)):
                raise ValueError("body does not match the paragraphs joined by blank lines")
        return data

    @field_validator("published", mode="before")
    @classmethod
    def _date_without_time_stays_a_date(cls, value: Any) -> Any:
        return read_iso_published(value)

    @field_validator("paragraphs")
    @classmethod
    def _paragraphs_are_stripped_and_non_empty(cls, value: list[str]) -> list[str]:
        for paragraph in value:
            if not paragraph.strip() or paragraph != paragraph.strip():
                raise ValueError("each paragraph must be stripped and non-empty")
        return value

    @computed_field  # type: ignore[prop-decorator]
    @property
    def body(self) -> str:
        """The paragraphs joined by one blank line."""
        return "\n\n".join(self.paragraphs)
