"""The sidebar's controls: every field of :class:`~sim.live.towns.LiveSettings`, labelled in Dutch.

Each control shows its value in its label (sim/live/labels.py) and changes only the chosen
settings; the towns are built again when the user presses 'Nieuwe stad'. The design list is the
design registry's Dutch labels (sim/access/registry.py); the inhabitants reach Middelstad's size
(scenarios/middelstad.toml); the model sliders span the catalogue's plausible ranges.
"""

from __future__ import annotations

from dataclasses import replace

import solara

from sim.access.registry import designs
from sim.live.labels import CONTROLS
from sim.live.towns import LiveSettings, middelstad_inhabitants
from sim.params.catalogue import CATALOGUE

SMALLEST_TOWN = 2_000
STAFFING_RANGE = (0.5, 2.0)
"""From half of today's staff to twice it, in steps of 5%: wider than the catalogue's plausible
0.8-1.3, so the page can show how much extra staff a design needs to hold the baseline's waits."""
WARMUP_YEARS = (1, int(CATALOGUE["simulation.warmup_years"].default))
"""One year up to the warm-up the experiments use (waiting lists fill until about year 8)."""
STEPS = 20


def labelled(slider, label: str, **options) -> None:
    """``label`` (with the value) on a line of its own above ``slider``: beside it, it would be cut off."""
    solara.Text(label, style={"font-size": "0.9em"})
    slider("", **options)


def catalogue_slider(settings: solara.Reactive[LiveSettings], name: str, key: str) -> None:
    """A slider for field ``name`` over catalogue ``key``'s plausible range, in twenty steps."""
    low, high = CATALOGUE[key].plausible
    value = getattr(settings.value, name)
    labelled(solara.SliderFloat, CONTROLS[name](value), value=value, min=low, max=high, step=(high - low) / STEPS,
             on_value=lambda v: settings.set(replace(settings.value, **{name: v})))


@solara.component
def SettingsForm(settings: solara.Reactive[LiveSettings]):
    """Every control of the page; a change is kept in ``settings`` until the towns are rebuilt."""
    s = settings.value

    def change(**values):
        settings.set(replace(settings.value, **values))

    labels = {d.label: d.name for d in designs().values()}
    chosen = designs()[s.design]
    solara.Select(CONTROLS["design"](chosen.label), value=chosen.label, values=list(labels),
                  on_value=lambda label: change(design=labels[label]))
    solara.Text(chosen.description, style={"font-size": "0.85em"})
    labelled(solara.SliderInt, CONTROLS["inhabitants"](s.inhabitants), value=s.inhabitants, min=SMALLEST_TOWN,
             max=middelstad_inhabitants(), step=1_000, on_value=lambda v: change(inhabitants=v))
    labelled(solara.SliderFloat, CONTROLS["staffing"](s.staffing), value=s.staffing, min=STAFFING_RANGE[0],
             max=STAFFING_RANGE[1], step=0.05, on_value=lambda v: change(staffing=v))
    catalogue_slider(settings, "meeting_hours", "meeting.hours")
    catalogue_slider(settings, "diffusion", "diffusion.per_actor_probability")
    catalogue_slider(settings, "vinkje_sensitivity", "vinkje.sensitivity")
    labelled(solara.SliderInt, CONTROLS["warmup_years"](s.warmup_years), value=int(s.warmup_years),
             min=WARMUP_YEARS[0], max=WARMUP_YEARS[1], on_value=lambda v: change(warmup_years=float(v)))
    solara.Text(CONTROLS["seed"](s.seed), style={"font-size": "0.9em"})
    solara.InputInt("", value=s.seed, on_value=lambda v: change(seed=v))
