"""Fixtures of the report tests: one tiny sweep per module and its reports (tests/report_helpers.py)."""

from __future__ import annotations

import pytest

from report_helpers import make_reports, make_results


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """A tiny sweep: three designs (one a scenario whose name and description hold <script>), weekly series."""
    return make_results(tmp_path_factory)


@pytest.fixture(scope="module")
def reports(results, tmp_path_factory):
    """Both languages in both formats: {(lang, fmt): path}."""
    return make_reports(results, tmp_path_factory)
