"""Find the line of a dotted key in a TOML file, for error messages (``tomllib`` keeps no positions).

Story: ``wijk.toml`` says ``[needs.debt]`` on line 12 and ``onset_per_year = -1`` on line 14. The
loader only knows the flat key ``needs.debt.onset_per_year``; :func:`find_line` scans the text,
follows the table headers, and answers 14, so the message reads ``wijk.toml:14: needs.debt...``.
Arrays of tables count: the second ``[[designs]]`` block is ``designs[1]``. A key that the file
does not spell out (set inline, ``needs = { debt = { ... } }``) gets the line of its nearest
enclosing key or table; a pattern such as ``population.share_*`` gets its first match.
"""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path

_PART = r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[A-Za-z0-9_-]+'
_PATH = rf"(?:{_PART})(?:\s*\.\s*(?:{_PART}))*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_PATH})\s*\]\]?")
_KEY = re.compile(rf"^\s*({_PATH})\s*=")
_INDEX = re.compile(r"\[\d+\]")


def find_line(path: str | Path, key: str) -> int | None:
    """The 1-based line where ``key`` (dotted, maybe with ``[i]`` or ``*``) is set, or None."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None
    entries = list(_entries(text))
    exact = _exact(entries, key)
    return exact if exact is not None else _nearest(entries, key)


def sets_key(path: str | Path, key: str) -> int | None:
    """The line where ``path`` itself sets ``key`` (no nearest-table guess), or None."""
    try:
        return _exact(list(_entries(Path(path).read_text(encoding="utf-8-sig"))), key)
    except (OSError, UnicodeDecodeError):
        return None


def _exact(entries: list[tuple[int, str]], key: str) -> int | None:
    for number, full in entries:
        if full == key or _INDEX.sub("", full) == key or ("*" in key and fnmatch.fnmatchcase(full, key)):
            return number
    return None


def _nearest(entries: list[tuple[int, str]], key: str) -> int | None:
    """The line of the longest key or table that encloses ``key`` (indexes ignored)."""
    target = _INDEX.sub("", key).split(".")
    best, best_depth = None, 0
    for number, full in entries:
        parts = _INDEX.sub("", full).split(".")
        if len(parts) > best_depth and target[:len(parts)] == parts:
            best, best_depth = number, len(parts)
    return best


def _entries(text: str):
    """(line number, full dotted key) for every table header and every ``key =`` line."""
    table, counts, in_string = "", {}, False
    for number, line in enumerate(text.splitlines(), start=1):
        if in_string or line.count('"""') % 2 or line.count("'''") % 2:
            in_string ^= bool(line.count('"""') % 2 or line.count("'''") % 2)
            continue
        header = _HEADER.match(line)
        if header:
            table = _join(header.group(2))
            if header.group(1) == "[[":
                counts[table] = counts.get(table, -1) + 1
                table = f"{table}[{counts[table]}]"
            yield number, table
            continue
        key = _KEY.match(line)
        if key:
            yield number, f"{table}.{_join(key.group(1))}" if table else _join(key.group(1))


def _join(path: str) -> str:
    """``a . "b.c" . 'd'`` becomes ``a.b.c.d``."""
    return ".".join(part.strip("\"'") for part in re.findall(_PART, path))
