"""The multiprobleem vinkje: a flag on the households that get the integral route, kept on a record.

Story (seed 000): Amsterdam's Top400 list marks the families with the heaviest problems. A
municipality can flag from data (observable markers such as arrears, benefits and youth-care
records, before anyone talks to the household) or let the intake professional judge. Neither is
perfect: a flag has a sensitivity (the share of truly multi-problem households flagged) and a
specificity (the share of the others left unflagged).

The flag is a record, not an oracle asked at each request. From data, a periodic analysis
(every ``vinkje.review_days``) sets every household's flag at once, and a request between two
reviews reads it: a family whose debts came after the last run of the list is not on it until
the next run, and a family that has since recovered is still on it. By judgement, the intake
professional sets the flag after the sectoral intake, and it stays on the file for
``vinkje.judgement_keep_days``: a later request within that time goes the way the flag says
without a new judgement.
"""

from __future__ import annotations

import numpy as np


class MultiproblemFlag:
    """The vinkje record of the town's households, from data reviews or the professional's judgement.

    ``flagged_ids`` holds the ids of the households the last data review flagged; ``judged`` maps
    a judged household's id to its flag and the day that judgement expires. Only households on
    the record carry anything: the Household agent holds no flag of its own.
    """

    def __init__(self, model):
        """The flag's source and accuracy: ``vinkje.*`` from data, ``vinkje.judgement_*`` by judgement.

        From data the first review runs at time 0 (after the initial needs are seeded, so the
        warm-up starts with a record), and every ``vinkje.review_days`` after that.
        """
        self.model = model
        s = model.params
        self.source = s["vinkje.source"]
        self.target = s["vinkje.target_domains"]
        prefix = "vinkje." if self.source == "data" else "vinkje.judgement_"
        self.sensitivity = s[f"{prefix}sensitivity"]
        self.specificity = s[f"{prefix}specificity"]
        self.review_days = s["vinkje.review_days"]
        self.keep_days = s["vinkje.judgement_keep_days"]
        self.flagged_ids: set[int] = set()
        self.judged: dict[int, tuple[bool, float]] = {}
        if self.source == "data":
            model.later(0.0, self._periodic_review)

    def truly_multiproblem(self, household) -> bool:
        """Needs in ``target`` or more life domains at once, seen or not."""
        return len(household.needs) >= self.target

    def flagged(self, household) -> bool:
        """Whether the household carries the flag at this request: the record, from its source."""
        if self.source == "data":
            return household.unique_id in self.flagged_ids
        return self.judge(household)

    def review(self) -> None:
        """The data analysis: set every present household's flag from its needs now (one vector draw).

        The households are taken in the population's fixed order and get one uniform each from the
        ``flags`` stream, so the same seed flags the same households. A truly multi-problem
        household is flagged with the sensitivity, another one with 1 - specificity.
        """
        households = list(self.model.population.everyone())
        ids = np.fromiter((h.unique_id for h in households), dtype=np.int64, count=len(households))
        needs = np.fromiter((len(h.needs) for h in households), dtype=np.int64, count=len(households))
        chance = np.where(needs >= self.target, self.sensitivity, 1.0 - self.specificity)
        self.flagged_ids = set(ids[self.model.streams.flags.random(len(households)) < chance].tolist())

    def _periodic_review(self) -> None:
        """Review now and book the next review ``review_days`` later."""
        self.review()
        self.model.later(self.review_days, self._periodic_review)

    def judge(self, household) -> bool:
        """The professional's flag: kept while it lasts, otherwise judged now (one draw) and kept.

        A truly multi-problem household is flagged with the judgement sensitivity; another one
        stays unflagged with the judgement specificity. The judgement lasts ``keep_days``.
        """
        now = self.model.time
        kept = self.judged.get(household.unique_id)
        if kept is not None and now < kept[1]:
            return kept[0]
        draw = self.model.draws.flags.uniform()
        flag = draw < self.sensitivity if self.truly_multiproblem(household) else draw >= self.specificity
        self.judged[household.unique_id] = (flag, now + self.keep_days)
        return flag
