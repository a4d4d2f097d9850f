"""Referral of needs to the organisations that help with them, each by a handover.

Story (seed 004): at the Sociaal loket the desk worker finds that a man who asked about his
benefit is also lonely and behind on the rent. She refers the benefit question to Werk en
Inkomen, the rent arrears to Schuldhulpverlening and the loneliness to Welzijn: three handovers
(sim/access/steps/handover.py), each with its file, each taking days and sometimes losing
information, after which help starts at the receiving organisation.
"""

from __future__ import annotations

from functools import partial

from sim.access.steps.handover import Handover


def refer(case, needs, help_org, *, consent: bool = True, plan=None, with_presented: bool = False) -> None:
    """Hand each need over to its own organisation, then start help there.

    Args:
        case: the case the needs were found in; each found need becomes an episode of it.
        needs: the needs found or noticed, in domain order.
        help_org: the design's ``help_org(household, domain)``: who helps with a domain.
        consent: the household allows sharing its file (strict AVG may say no).
        plan: the joint plan every referred episode works under (None keeps the episode's own).
        with_presented: the asked need is referred too (the door itself does not help).
    """
    episodes = [case.presented] if with_presented else []
    episodes += [case.add_episode(need, help_org(case.household, need.domain).name) for need in needs]
    for episode in episodes:
        org = help_org(case.household, episode.domain)
        episode.plan = plan if plan is not None else episode.plan
        Handover(case, episode, org, partial(case.start_help, organisation=org), consent)
