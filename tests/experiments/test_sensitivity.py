"""Sensitivity analysis: Morris and Sobol through the same runner, on a tiny town."""

from __future__ import annotations

import pandas as pd

from experiment_helpers import TINY
from sim.cli import main

SENSITIVITY = TINY.format(name="gevoelig", replications=1).split("[factors]")[0].replace(
    'designs = ["sectoraal", { scenario = "sectoraal", label = "minder-schuldhulp", set = { organisations.debt.professionals = 4 } }]',  # noqa: E501
    'designs = ["sectoraal"]') + """
[factors]
"needs.debt.worsening_per_year" = { range = [0.5, 4.0] }
"work.hourly_cost_eur" = "plausible"

[sensitivity]
trajectories = 4
samples = 4
resamples = 50
outputs = ["crises_per_1000_households_per_year", "cost_eur_per_year"]
"""


def test_morris_separates_a_factor_that_matters_from_one_that_cannot(tmp_path, capsys):
    """Behaviour: the hourly tariff cannot change crises (mu* = 0) but changes cost; debt escalation changes crises.

    Also writes indices.csv and the plot.
    """
    path = tmp_path / "gevoelig.toml"
    path.write_text(SENSITIVITY)
    out = tmp_path / "morris"
    assert main(["sensitivity", str(path), "--method", "morris", "--out", str(out)]) == 0
    indices = pd.read_csv(out / "indices.csv")
    mu = indices[indices["index"] == "mu_star"].set_index(["kpi", "factor"])["value"]
    assert mu[("crises_per_1000_households_per_year", "work.hourly_cost_eur")] == 0
    assert mu[("crises_per_1000_households_per_year", "needs.debt.worsening_per_year")] > 0
    assert mu[("cost_eur_per_year", "work.hourly_cost_eur")] > 0
    assert (out / "indices.png").read_bytes()[:4] == b"\x89PNG"
    assert len(pd.read_csv(out / "runs.csv")) == 4 * 3  # trajectories x (factors + 1)


def test_sobol_indices_with_confidence_intervals(tmp_path):
    """Theory: the tariff explains (almost) none of the variance in crises; ST has an interval."""
    path = tmp_path / "gevoelig.toml"
    path.write_text(SENSITIVITY)
    out = tmp_path / "sobol"
    assert main(["sensitivity", str(path), "--method", "sobol", "--out", str(out)]) == 0
    indices = pd.read_csv(out / "indices.csv").set_index(["kpi", "factor", "index"])
    assert indices.loc[("crises_per_1000_households_per_year", "work.hourly_cost_eur", "ST"), "value"] == 0
    assert indices["conf"].notna().all()
    assert len(pd.read_csv(out / "runs.csv")) == 4 * (2 + 2)  # Saltelli: N x (factors + 2)


CONTRASTED = TINY.format(name="gevoelig", replications=1).split("[factors]")[0] + """
[factors]
"needs.debt.worsening_per_year" = { range = [0.5, 4.0] }
"work.hourly_cost_eur" = "plausible"

[sensitivity]
trajectories = 4
resamples = 50
outputs = ["crises_per_1000_households_per_year", "cost_eur_per_year"]
contrasts = ["minder-schuldhulp - sectoraal"]
"""


def test_morris_on_a_contrast_is_the_difference_of_the_designs_effects(tmp_path):
    """Theory: Morris mu (the mean elementary effect) is linear, so mu of "A - B" is mu(A) - mu(B).

    The contrast's indices come from the per-point difference of the two designs, run on the
    same households; the levels' indices come from the same runs without the contrast.
    """
    from sim.output.results_folder import ResultsStore
    from sim.study.experiment import load_experiment
    from sim.study.global_sensitivity import analyze

    path = tmp_path / "gevoelig.toml"
    path.write_text(CONTRASTED)
    out = tmp_path / "morris"
    assert main(["sensitivity", str(path), "--method", "morris", "--out", str(out)]) == 0
    contrast = pd.read_csv(out / "indices.csv")
    assert set(contrast["design"]) == {"minder-schuldhulp - sectoraal"}
    path.write_text(CONTRASTED.replace('contrasts = ["minder-schuldhulp - sectoraal"]', ""))
    levels, _ = analyze(load_experiment(str(path)), "morris", ResultsStore(out).load())
    mu = levels[levels["index"] == "mu"].set_index(["design", "kpi", "factor"])["value"]
    for row in contrast[contrast["index"] == "mu"].itertuples():
        expected = mu[("minder-schuldhulp", row.kpi, row.factor)] - mu[("sectoraal", row.kpi, row.factor)]
        assert abs(row.value - expected) < 1e-9 * max(1.0, abs(expected))
    assert contrast[contrast["index"] == "mu_star"]["value"].abs().sum() > 0


def test_a_contrast_must_name_two_designs_of_the_experiment(tmp_path, capsys):
    """Interface: an unknown design in a contrast is one line naming the key, exit 2, nothing run."""
    path = tmp_path / "gevoelig.toml"
    path.write_text(CONTRASTED.replace("minder-schuldhulp - sectoraal", "vinkje - sectoraal"))
    out = tmp_path / "morris"
    assert main(["sensitivity", str(path), "--method", "morris", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "sensitivity.contrasts" in err[0] and "'vinkje - sectoraal'" in err[0]
    assert not out.exists()
