"""The questions of ``integraal gemeente init`` in a terminal, one figure at a time.

Story: the adviser runs ``integraal gemeente init`` without a file. Each question shows the unit
and, in brackets, Middelstad's value scaled to the answers so far; Enter takes it, or skips a
figure nobody knows. A wrong answer (``-3`` FTE, ``31000`` Wmo households in a town of 26,500
households) is told why and asked again; nothing is written until the last answer is in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sim.params.errors import InputError
from sim.params.figure_input import design_values
from sim.params.figure_rules import problems
from sim.params.figures import FIGURES, Figure

WHERE = "terminal"
THOUSANDS = re.compile(r"-?\d{1,3}([.,]\d{3})+")
"""58.000 or 58,000: a whole number written with thousands separators."""
INTRO = ("integraal gemeente init: the figures of your municipality, one at a time. Press Enter to take the "
         "value in [brackets] (Middelstad's, scaled to your town) or to skip a figure you do not know.")


def ask_figures(ask: Callable[[str], str] = input, say: Callable[[str], None] = print,
                on_answer: Callable[[str, Any], None] | None = None) -> tuple[dict[str, Any], set[str]]:
    """Every figure asked in turn: the answers (defaults included) and the keys the adviser typed."""
    say(INTRO)
    answers: dict[str, Any] = {}
    given: set[str] = set()
    for figure in FIGURES:
        default = figure.default(answers) if figure.default else None
        value, typed = _ask_one(figure, default, answers, given, ask, say)
        if value is None:
            continue
        answers[figure.key] = value
        if typed:
            given.add(figure.key)
        if on_answer:
            on_answer(figure.key, value)
    return answers, given


def _ask_one(figure: Figure, default: Any, answers: dict, given: set, ask, say) -> tuple[Any, bool]:
    """One figure, asked until the answer is valid: (value or None when skipped, whether it was typed)."""
    unit = "" if figure.unit == "-" else f" ({figure.unit})"
    prompt = f"{figure.question}{unit} [{shown(default)}]: "
    while True:
        try:
            text = ask(prompt).strip()
        except EOFError:
            raise InputError(WHERE, figure.key, "the input ended before this figure was answered; "
                             "nothing was written") from None
        if not text:
            return default, False
        value, wrong = parse(figure, text)
        wrong = wrong or _broken_rule(figure, value, answers, given)
        if not wrong:
            return value, True
        say(f"  {figure.key}: {wrong}. Please answer again.")


def shown(default: Any) -> str:
    """The default as the prompt shows it: ``100,000``, ``36``, ``sectoraal``, or ``skip`` when there is none."""
    if default is None:
        return "skip"
    if isinstance(default, int):
        return f"{default:,}"
    return f"{default:g}" if isinstance(default, float) else str(default)


def _broken_rule(figure: Figure, value: Any, answers: dict, given: set) -> str | None:
    """What the answer contradicts among the answers so far (the same rules as a file's), or None."""
    typed = {k: answers[k] for k in given} | {figure.key: value}
    view = typed | {k: answers[k] for k in ("inhabitants", "households.total") if k in answers and k not in typed}
    found = problems(view, design_values(answers))
    if not found:
        return None
    key, message = found[0]
    return message if key == figure.key else f"{key}: {message}"


def parse(figure: Figure, text: str) -> tuple[Any, str | None]:
    """The typed text as the figure's value (``58.000`` and ``58_000`` are whole numbers, ``12,5`` is 12.5)."""
    if figure.kind is str:
        return text, figure.problem(text)
    cleaned = text.replace("_", "").replace(" ", "")
    try:
        if figure.kind is int:
            value: Any = int(re.sub("[.,]", "", cleaned) if THOUSANDS.fullmatch(cleaned) else cleaned)
        else:
            value = float(cleaned.replace(",", ".") if "." not in cleaned else cleaned.replace(",", ""))
    except ValueError:
        return None, f"{text!r} is not a number; {figure.expected()}"
    return value, figure.problem(value)
