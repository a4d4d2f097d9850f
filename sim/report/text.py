"""Words and numbers in the reader's language: the dictionaries (``nl``, ``en``) and number formats.

Dutch readers get a decimal comma and a thousands dot (``1.234,5``), English readers the
reverse. Shares are printed as percentages and their differences as percentage points; euros
get the euro sign. A story: ``coordination_share`` 0.1234 with interval [0.11, 0.14] prints as
``12,3% [11,0 - 14,0]`` for a wethouder and ``12.3% [11.0 - 14.0]`` for an English reader.
"""

from __future__ import annotations

import math

from sim.report import en, nl
from sim.report.numbers import Estimate

LANGUAGES = {"nl": nl, "en": en}


class Text:
    """Sentences, labels and number formats for one language."""

    def __init__(self, lang: str):
        """The words and KPI labels of language ``lang`` (``nl`` or ``en``)."""
        self.lang = lang
        self.words = LANGUAGES[lang].WORDS
        self.kpi_labels = LANGUAGES[lang].KPI_LABELS
        self.domains = LANGUAGES[lang].DOMAINS

    def __call__(self, key: str, **values) -> str:
        """The text of ``key`` with ``values`` filled in."""
        return self.words[key].format(**values)

    def kpi(self, kpi: str) -> str:
        """The label of a KPI (its name when it has none)."""
        return self.kpi_labels.get(kpi, kpi)

    def number(self, value: float, digits: int = 1, sign: bool = False) -> str:
        """``value`` with thousands separators and ``digits`` decimals; ``-`` when missing."""
        if value is None or math.isnan(value):
            return "-"
        text = f"{value:+,.{digits}f}" if sign else f"{value:,.{digits}f}"
        if self.lang == "nl":
            text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
        return text.replace("-", "\u2212")

    def value(self, value: float, kpi: str, sign: bool = False) -> str:
        """A KPI value with its unit: 12,3% / 28 dagen / EUR 1,23 mln / 2,41."""
        kind = kind_of(kpi)
        if kind == "share":
            unit = self("unit_points") if sign else "%"
            return f"{self.number(100 * value, 1, sign)}{unit}"
        if kind == "days":
            return f"{self.number(value, 0, sign)} {self('unit_days')}"
        if kind == "eur":
            return f"\u20ac {self.number(value / 1e6, 2, sign)} {self('unit_million')}"
        return self.number(value, 2, sign)

    def estimate(self, est: Estimate, kpi: str, sign: bool = False) -> str:
        """``12,3% [11,0 - 14,0]`` (no interval with fewer than two replications).

        A wait whose waiting list grew in some replication is told in words only; one held only
        by withdrawals keeps its number with the words beside it.
        """
        if not est.known:
            return self("not_measured")
        if est.growing:
            return self("list_grows", growth=self.number(est.growth, 0), k=est.growing, n=est.n)
        if est.n < 2 or math.isnan(est.low):
            text = self.value(est.mean, kpi, sign)
        else:
            low, high = (self._bare(v, kpi, sign) for v in (est.low, est.high))
            text = f"{self.value(est.mean, kpi, sign)} [{low} \u2013 {high}]"
        return f"{text} ({self('list_held', k=est.held, n=est.n)})" if est.held else text

    def _bare(self, value: float, kpi: str, sign: bool) -> str:
        kind = kind_of(kpi)
        if kind == "share":
            return self.number(100 * value, 1, sign)
        if kind == "eur":
            return self.number(value / 1e6, 2, sign)
        return self.number(value, 0 if kind == "days" else 2, sign)


def kind_of(kpi: str) -> str:
    """Share (a fraction), days, eur, or plain."""
    if kpi.endswith("_share") or "_share_" in kpi:
        return "share"
    if "_days" in kpi:
        return "days"
    if "_eur" in kpi:
        return "eur"
    return "plain"
