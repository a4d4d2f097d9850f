"""The multiprobleem vinkje: a flag on the households that get the integral route.

Story (seed 000): Amsterdam's Top400 list marks the families with the heaviest problems. A
municipality can flag from data (observable markers such as arrears, benefits and youth-care
records, before anyone talks to the household) or let the intake professional judge. Neither is
perfect: a flag has a sensitivity (the share of truly multi-problem households flagged) and a
specificity (the share of the others left unflagged).
"""

from __future__ import annotations


class MultiproblemFlag:
    """Decides per request whether the household is flagged as multi-problem."""

    def __init__(self, model):
        """The flag's source and accuracy: ``vinkje.*`` from data, ``vinkje.judgement_*`` by judgement."""
        self.model = model
        s = model.params
        self.source = s["vinkje.source"]
        self.target = s["vinkje.target_domains"]
        prefix = "vinkje." if self.source == "data" else "vinkje.judgement_"
        self.sensitivity = s[f"{prefix}sensitivity"]
        self.specificity = s[f"{prefix}specificity"]

    def truly_multiproblem(self, household) -> bool:
        """Needs in ``target`` or more life domains at once, seen or not."""
        return len(household.needs) >= self.target

    def flagged(self, household) -> bool:
        """Whether the household carries the flag at this request (one draw).

        A truly multi-problem household is flagged with the sensitivity; another one stays
        unflagged with the specificity.
        """
        draw = self.model.draws.flags.uniform()
        if self.truly_multiproblem(household):
            return draw < self.sensitivity
        return draw >= self.specificity
