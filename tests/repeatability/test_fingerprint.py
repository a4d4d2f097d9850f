"""Repeatability across code changes: fixed small runs give byte-identical tables.

``tests/fingerprint.json`` holds the sha256 of every table's CSV of the runs in
``tests/fingerprint_helpers.py`` (a town of 5,000 inhabitants under four designs and the M/M/c
mode, one measured year, seed 20261122). An optimisation must leave every digest as it is.

After an INTENTIONAL change of the model's behaviour (a new mechanism, a recalibration), run
``make fingerprint`` to regenerate the file, and say in the commit message why results changed.
"""

from __future__ import annotations

import json

import pytest

from fingerprint_helpers import FINGERPRINT_FILE, RUNS, run_fingerprint

EXPECTED = json.loads(FINGERPRINT_FILE.read_text())


@pytest.mark.parametrize("name", sorted(RUNS))
def test_tables_match_the_committed_fingerprint(name):
    """Every table of the run has the digest in tests/fingerprint.json."""
    actual = run_fingerprint(name)
    changed = sorted(t for t in EXPECTED[name] if actual.get(t) != EXPECTED[name][t])
    assert actual.keys() == EXPECTED[name].keys()
    assert not changed, (f"{name}: tables {changed} differ from tests/fingerprint.json; if the model "
                         "changed on purpose, run `make fingerprint`")
