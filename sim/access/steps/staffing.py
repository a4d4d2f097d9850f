"""Building organisations for designs that move professionals out of the sectoral ones.

Story: for a one-stop-shop (een loket) the municipality seconds 15% of the Wmo consultants,
youth workers, income and debt consultants to a central desk; the rest stay at their own
organisation. Staff numbers per domain are the same as in the sectoral baseline.
"""

from __future__ import annotations

from sim.agents.organisation import Organisation, scaled_staff
from sim.domains import DOMAINS


def moved(model, domain: str, share: float) -> float:
    """Whole professionals (FTE) of ``domain`` moved to the new organisation (at least one FTE stays behind)."""
    staff = scaled_staff(model.params, domain)
    return min(int(round(staff * share)), max(staff - 1, 0))


def split_organisations(model, name: str, share: float, discipline: str) -> dict[str, Organisation]:
    """The sectoral organisations minus ``share`` of their staff, plus the new organisation.

    In organisation ``name`` the moved professionals may serve every domain. The result is keyed
    by domain and by ``name``.
    """
    s = model.params
    organisations = {}
    for domain in DOMAINS:
        org = Organisation(model, s[f"organisations.{domain}.name"], frozenset({domain}))
        org.hire(scaled_staff(s, domain) - moved(model, domain, share), s[f"organisations.{domain}.weekly_hours"],
                 domain, org.domains, s["work.admin_ratio"])
        organisations[domain] = org
    joint = Organisation(model, name, frozenset(DOMAINS))
    for domain in DOMAINS:
        joint.hire(moved(model, domain, share), s[f"organisations.{domain}.weekly_hours"], discipline,
                   joint.domains, s["work.admin_ratio"])
    organisations[name] = joint
    return organisations
