"""The interactive page (sim/app.py): the SolaraViz page builds, and stepping runs model weeks."""

from __future__ import annotations

import math

import pytest
import solara  # in the dev extra that `make test` installs: a missing one fails, never skips

from sim.app import MODEL_PARAMS, LiveModel, make_page


def test_solaraviz_page_builds_and_each_step_is_one_model_week():
    """Interface: the live page renders, and each step advances the model a week.

    Interface: the page renders with its controls and charts; a step advances 7 days, the
    charts' series grow by one row per step, and the coordination share is a percentage.
    """
    model = LiveModel(design="integrale-toegang", inhabitants=2000, seed=3)
    box, _ = solara.render(make_page(model), handle_error=False)
    assert box is not None
    for _ in range(10):
        model.step()
    assert model.time == pytest.approx(70.0)
    series = model.datacollector.get_model_vars_dataframe()
    assert len(series) == 11
    shares = [v for v in series["coordination share (%)"] if not math.isnan(v)]
    assert shares and all(0 <= v <= 100 for v in shares)
    assert any(c.startswith("queue: ") for c in series.columns)


def test_every_control_rebuilds_the_model_as_solaraviz_reset_does():
    """Interface: each design in the design control, with the default parameters, builds a model."""
    defaults = {k: v["value"] for k, v in MODEL_PARAMS.items()}
    for design in MODEL_PARAMS["design"]["values"]:
        model = LiveModel(**{**defaults, "design": design, "inhabitants": 2000})
        model.step()
        assert model.time == pytest.approx(7.0)
