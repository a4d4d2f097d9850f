"""Words and numbers in the reader's language: the dictionaries (``nl``, ``en``) and number formats.

Dutch readers get a decimal comma and a thousands dot (``1.234,5``), English readers the
reverse. Shares are printed as percentages and their differences as percentage points; euros
get the euro sign. A story: ``coordination_share`` 0.1234 with interval [0.11, 0.14] prints as
``12% [11 - 14]`` for a wethouder: the interval is a point and a half wide, so a decimal would
claim more than the runs know. A number that rounds to zero is ``0``, never ``-0``.

A wait behind a waiting list that grew, or that was held only because people gave up, is told in
words with a rounded size ("rond 2 maanden"), never as a number with an interval.
"""

from __future__ import annotations

import math

from sim.report import en, nl
from sim.report.numbers import Estimate, kind_of

LANGUAGES = {"nl": nl, "en": en}
DIGITS = {"share": 1, "days": 0, "eur": 2, "plain": 2}
"""The most decimals each kind of number gets (shares in %, euros in millions)."""
SCALE = {"share": 100.0, "eur": 1e-6}
"""From the value in the run table to the number printed (a share 0.12 prints as 12%)."""
DAYS_PER_MONTH = 30.44


class Text:
    """Sentences, labels and number formats for one language."""

    def __init__(self, lang: str):
        """The words and KPI labels of language ``lang`` (``nl`` or ``en``)."""
        self.lang = lang
        module = LANGUAGES[lang]
        self.words = module.WORDS
        self.kpi_labels = module.KPI_LABELS
        self.domains = module.DOMAINS
        self.factor_labels = module.FACTOR_LABELS

    def __call__(self, key: str, **values) -> str:
        """The text of ``key`` with ``values`` filled in."""
        return self.words[key].format(**values)

    def kpi(self, kpi: str) -> str:
        """The label of a KPI (its name when it has none)."""
        return self.kpi_labels.get(kpi, kpi)

    def factor(self, key: str) -> str:
        """The label of a model assumption (a catalogue key)."""
        return self.factor_labels.get(key, key)

    def number(self, value: float, digits: int = 1, sign: bool = False) -> str:
        """``value`` with thousands separators and ``digits`` decimals; ``-`` when missing; no ``-0``."""
        if value is None or math.isnan(value):
            return "-"
        if round(value, digits) == 0:
            return f"{0:.{digits}f}".replace(".", "," if self.lang == "nl" else ".")
        text = f"{value:+,.{digits}f}" if sign else f"{value:,.{digits}f}"
        if self.lang == "nl":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text.replace("-", "\u2212")

    def digits(self, kpi: str, est: Estimate | None = None) -> int:
        """Decimals for ``kpi``: its kind's most, fewer when the interval is wide (one significant digit)."""
        kind = kind_of(kpi)
        most = DIGITS[kind]
        if est is None or not est.n > 1 or not est.half_width > 0:
            return most
        half = est.half_width * SCALE.get(kind, 1.0)
        return max(0, min(most, -math.floor(math.log10(half))))

    def value(self, value: float, kpi: str, sign: bool = False, digits: int | None = None) -> str:
        """A KPI value with its unit: 12,3% / 28 dagen / EUR 1,23 mln / 2,41."""
        kind = kind_of(kpi)
        digits = DIGITS[kind] if digits is None else digits
        number = self.number(value * SCALE.get(kind, 1.0), digits, sign)
        if kind == "share":
            return f"{number}{self('unit_points') if sign else '%'}"
        if kind == "days":
            return f"{number} {self('unit_days')}"
        if kind == "eur":
            return f"\u20ac {number} {self('unit_million')}"
        return number

    def estimate(self, est: Estimate, kpi: str, sign: bool = False, short: bool = False) -> str:
        """``12% [11 - 14]``; in words when a waiting list behind it grew or was held by withdrawals.

        ``short`` names the state of such a list in one word ("overbelast"), for a table cell.
        """
        if not est.known:
            return self("not_measured")
        if est.growing:
            return self("list_grows_short") if short else self(
                "list_grows", growth=self.number(est.growth, 0), k=est.growing, n=est.n)
        if est.held:
            return self.unstable(est, kpi, sign, short)
        digits = self.digits(kpi, est)
        text = self.value(est.mean, kpi, sign, digits)
        if est.n < 2 or math.isnan(est.low):
            return text
        if est.half_width == 0:
            return f"{text} ({self('constant')})"
        scale = SCALE.get(kind_of(kpi), 1.0)
        low, high = (self.number(v * scale, digits, sign) for v in (est.low, est.high))
        return f"{text} [{low} \u2013 {high}]"

    def unstable(self, est: Estimate, kpi: str, sign: bool, short: bool = False) -> str:
        """A number of an overloaded list, in words: its rounded size and what holds the list."""
        held = self("list_held_short") if short else self("list_held", k=est.held, n=est.n)
        if not sign:
            return f"{self('about')} {self.rough(est.mean, kpi)} ({held})"
        if est.n > 1 and est.low <= 0 <= est.high:
            return f"{self('judge_unclear')} ({held})"
        return f"{self.change(est.mean, kpi)} ({held})"

    def change(self, difference: float, kpi: str) -> str:
        """A difference in rough words with its direction: "8 maanden langer", "20 procentpunt lager"."""
        if kind_of(kpi) == "days":
            way = "longer" if difference > 0 else "shorter"
        else:
            way = "higher" if difference > 0 else "lower"
        return f"{self.rough(abs(difference), kpi, points=True)} {self(way)}"

    def rough(self, value: float, kpi: str, points: bool = False) -> str:
        """A rounded size in words: days as days, weeks or months; shares to 5 (percentage) points."""
        kind = kind_of(kpi)
        if kind == "share":
            return f"{self.number(5 * round(20 * value), 0)}{self('unit_points') if points else '%'}"
        if kind != "days":
            return self.value(value, kpi, digits=1)
        return self.duration(value)

    def date(self, iso: str) -> str:
        """``2026-12-07`` as ``7 december 2026`` (the text itself when it is not a date)."""
        try:
            year, month, day = (int(p) for p in iso.split("-"))
            return self("date", day=day, month=LANGUAGES[self.lang].MONTHS[month - 1], year=year)
        except (ValueError, IndexError):
            return iso or self("unknown")

    def duration(self, days: float) -> str:
        """``12 dagen``, ``5 weken``, ``9 maanden``: the unit a reader thinks in."""
        if days < 14:
            return f"{self.number(days, 0)} {self('unit_days')}"
        if days < 9 * 7:
            return f"{self.number(days / 7, 0)} {self('unit_weeks')}"
        return f"{self.number(days / DAYS_PER_MONTH, 0)} {self('unit_months')}"
