"""Diffusion of responsibility: when several organisations serve a household and nobody leads.

Story (seed 000): a mother's debts are with Schuldhulpverlening and her son is with the
Jeugdteam. When the Wmo-loket also takes on her request, each of the three assumes another is
already looking at the whole family, and for a while nobody acts (handelingsverlegenheid,
wachtgedrag). The more actors, the likelier; a named lead (regisseur) ends it. It happens after
a case meeting without a lead (sim/access/steps/case_meeting.py) and, without any meeting,
wherever organisations work side by side in one household (sectoral help, referrals).
"""

from __future__ import annotations

from sim.domains import ZRM_CRISIS


def idle_days(model, actors: int, lead: bool, scale: float = 1.0) -> float:
    """Days without action once ``actors`` organisations are to act for one household.

    With no lead, each extra actor adds a chance that everybody waits for the others.
    """
    draw, delay = model.draws.coordination.uniform(), model.draws.coordination.exponential()
    if lead or actors <= 1:
        return 0.0
    q = model.params["diffusion.per_actor_probability"] * scale
    nobody_acts = 1.0 - (1.0 - q) ** (actors - 1)
    return delay * model.params["diffusion.idle_days"] if draw < nobody_acts else 0.0


def other_organisations(episode) -> set[str]:
    """The organisations with an open episode for another need of the episode's household."""
    return {need.episode.organisation for need in episode.household.needs.values()
            if need.episode is not None and need.episode is not episode
            and need.episode.organisation != episode.organisation}


def uncoordinated_idle_days(model, episode) -> float:
    """Days before help starts for an episode outside any joint plan, in a household others serve.

    No plan (no meeting, no lead) and at least one other organisation at work in the household:
    :func:`idle_days` with those organisations as actors, scaled by
    ``diffusion.without_meeting_scale``. A crisis is acted on at once.
    """
    if episode.plan is not None or episode.need.level == ZRM_CRISIS:
        return 0.0
    others = other_organisations(episode)
    if not others:
        return 0.0
    return idle_days(model, len(others) + 1, False, model.params["diffusion.without_meeting_scale"])
