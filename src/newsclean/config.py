"""How a run is configured: one frozen :class:`Config`, from code or ``[tool.newsclean]``.

>>> Config(ignore=["NC5"]).enabled("NC501")
False
>>> Config(select=["NC2", "NC301"]).enabled("NC301")
True
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError

_CODE_PREFIX = regex.compile(r"NC(?:[1-9](?:\d\d?)?)?")


class Config(BaseModel):
    """Which rules run. Codes or code prefixes (``"NC5"`` is the whole boilerplate family).

    ``select`` (default: every rule) is narrowed by ``ignore``.

    >>> Config().enabled("NC101")
    True
    >>> Config(selekt=["NC1"])
    Traceback (most recent call last):
    ...
    pydantic_core._pydantic_core.ValidationError: 1 validation error for Config
    selekt
      Extra inputs are not permitted [type=extra_forbidden, input_value=['NC1'], input_type=list]
        For further information visit https://errors.pydantic.dev/.../v/extra_forbidden
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    select: tuple[str, ...] = Field(default=("NC",), description="codes or prefixes to run")
    ignore: tuple[str, ...] = Field(default=(), description="codes or prefixes to leave out")

    @field_validator("select", "ignore")
    @classmethod
    def _codes_look_like_codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if not _CODE_PREFIX.fullmatch(code):
                raise ValueError(f"{code!r} is not a rule code or prefix such as NC301 or NC3")
        return value

    def enabled(self, code: str) -> bool:
        """Whether the rule with this code runs.

        >>> Config(select=["NC1"]).enabled("NC201")
        False
        """
        return any(code.startswith(p) for p in self.select) and not any(
            code.startswith(p) for p in self.ignore
        )

    @classmethod
    def from_pyproject(cls, path: Path) -> Config:
        """Read ``[tool.newsclean]`` from a ``pyproject.toml``; a missing table gives defaults.

        >>> import tempfile, pathlib
        >>> with tempfile.TemporaryDirectory() as d:
        ...     p = pathlib.Path(d, "pyproject.toml")
        ...     _ = p.write_text('[tool.newsclean]\\nignore = ["NC5"]\\n')
        ...     Config.from_pyproject(p).ignore
        ('NC5',)
        """
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read it as TOML: {exc}") from exc
        table = data.get("tool", {}).get("newsclean", {})
        try:
            return cls.model_validate(table)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(map(str, e['loc'])) or 'table'}: {e['msg']}" for e in exc.errors()
            )
            raise ConfigError(f"{path}: [tool.newsclean]: {problems}") from exc


def find_pyproject(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` at or above ``start``, if any.

    >>> find_pyproject(Path("/")) is None or True
    True
    """
    here = start.resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None
