# Two commands do all set-up: `make run` (the main job) and `make test`.
# Both create .venv with a Python >= 3.12 when it is missing (PATH first, then pyenv).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint tools venv clean results reproduce report bench fingerprint capacity discover live live-assets \
	calibration-example

WORKERS ?= 2
CAPACITY := results/capacity/headline.csv
SWEEPS := headline vinkje-nauwkeurigheid teamgrootte stellingen

# The main job: the headline comparison (sectoraal, integrale-toegang, vinkje on Middelstad,
# experiments/headline.toml) with 95% intervals, a figure and the per-design table (its extra FTE
# from the committed capacity search, $(CAPACITY); `make capacity` reruns that search), then the
# Dutch report (HTML + PDF).
#
# `make run GEMEENTE=path/to/scenario.toml` runs the same comparison on your own municipality (a scenario
# of `integraal gemeente init`, best after `integraal calibrate`: its calibrated.toml): every design on
# your town (docs/gemeente.md "Run the headline on your municipality"); the manifest records its name.
# Middelstad's capacity table does not apply to your town and is left out.
# The report adds the studies of Middelstad (docs/report.md): the sensitivity screening, the extra staff,
# the robustness of each conclusion and the statements' own run; on your town only the screening.
GEMEENTE ?=
STUDIES := --sensitivity results/gevoeligheid/morris --capacity $(CAPACITY) --robustness results/robuustheid \
	--statements results/stellingen
run: $(STAMP)
	$(PY) -m sim sweep headline --out out/headline --force --workers $(WORKERS) $(if $(GEMEENTE),--gemeente $(GEMEENTE))
	$(PY) -m sim summarize out/headline --figure out/headline.png $(if $(GEMEENTE),,--capacity $(CAPACITY))
	$(PY) -m sim report out/headline --format both --out out/headline-rapport \
		$(if $(GEMEENTE),--sensitivity results/gevoeligheid/morris,$(STUDIES))

# The extra staff integrale toegang and the vinkje need to hold the sectoral baseline's waits
# (46 minutes on two cores; committed as $(CAPACITY) and its .txt).
capacity: $(STAMP)
	mkdir -p $(dir $(CAPACITY))
	$(PY) -m sim capacity integrale-toegang vinkje --replications 3 --workers $(WORKERS) --out $(CAPACITY) \
		> $(CAPACITY:.csv=.txt) && cat $(CAPACITY:.csv=.txt)

# Regenerate every bundled experiment's committed results (docs/experiments.md).
results: $(STAMP)
	for e in $(SWEEPS); do $(PY) -m sim sweep $$e --force --workers $(WORKERS) || exit 1; done
	$(PY) -m sim sensitivity gevoeligheid --method morris --force --workers $(WORKERS)

# Scenario discovery (issue 15 items 5 and 6; docs/experiments.md): the 200-point Latin hypercube of
# experiments/robuustheid.toml (1,200 runs, about 4 s CPU each: some 40 minutes on two cores), then
# the win shares and PRIM boxes per contrast and criterion (robustness.csv, boxes.csv, discovery.png)
# and the Sobol indices of each contrast from an emulator (sobol.csv).
discover: $(STAMP)
	$(PY) -m sim sweep robuustheid --force --workers $(WORKERS)
	$(PY) -m sim discover results/robuustheid

# The example calibration (issue 16; docs/gemeente.md "Example"): the invented Voorbeeldstad aan Zee's
# scenario from its figures, then its calibration (about 5 minutes on two cores), committed under
# $(EXAMPLE_DIR). Its Wmo help is fitted over ranges of our own, wider than the catalogue's: a Wmo
# provision (a wheelchair, huishoudelijke hulp) is commonly granted for years, with little of a
# consulent's time while it runs (an assumption; the catalogue's 150-450 days cannot make CBS's
# 72 Wmo clients per 1,000 inhabitants).
EXAMPLE := voorbeeldstad-aan-zee
EXAMPLE_DIR := results/$(EXAMPLE)
EXAMPLE_FIT := --warmup-years 3 --years 2 --points 60 --waves 3 \
	--param needs.wmo.onset_per_year --param needs.youth.onset_per_year --param needs.work_income.onset_per_year \
	--param work.admin_ratio --param help.wmo.duration_days=150,1500 --param help.wmo.hours_per_week=0.03,0.225
EXAMPLE_INIT = $(PY) -m sim gemeente init --from examples/gemeente/$(EXAMPLE).toml --force --out
calibration-example: $(STAMP)
	mkdir -p $(EXAMPLE_DIR)
	$(EXAMPLE_INIT) $(EXAMPLE_DIR)/$(EXAMPLE).toml
	$(PY) -m sim calibrate $(EXAMPLE_DIR)/$(EXAMPLE).toml $(EXAMPLE_FIT) --workers $(WORKERS) \
		--out $(EXAMPLE_DIR)/calibratie --force > $(EXAMPLE_DIR)/calibratie.txt; \
		code=$$?; cat $(EXAMPLE_DIR)/calibratie.txt; exit $$code

# Check the committed results against a rerun of each file's reproduction subset, and the example
# calibration: its scenario must be what `gemeente init` writes from the example's figures, and its
# checked runs must come out the same (integraal reproduce FOLDER).
reproduce: $(STAMP)
	for e in $(SWEEPS) gevoeligheid robuustheid; do $(PY) -m sim reproduce $$e --workers $(WORKERS) || exit 1; done
	mkdir -p out
	$(EXAMPLE_INIT) out/$(EXAMPLE).toml
	cmp out/$(EXAMPLE).toml $(EXAMPLE_DIR)/$(EXAMPLE).toml
	$(PY) -m sim reproduce $(EXAMPLE_DIR)/calibratie --workers $(WORKERS)

# The report for bestuurders of the committed headline results (docs/report.md); prints its paths.
report: $(STAMP)
	$(PY) -m sim report results/headline --format both --out out/headline-rapport $(STUDIES)

# The live page (docs/report.md) on http://127.0.0.1:8765, offline: Solara's front-end from the
# solara-assets package, no CDN, no telemetry (sim/live/offline.py). Ctrl+C stops it.
live: live-assets
	$(PY) -m sim live

# Solara's front-end files for the live page (solara-assets plus what it lacks, fetched once with npm).
live-assets: $(STAMP)
	$(PY) -m sim live --prepare

# Lint first (ruff, configured in pyproject.toml): a lint finding fails the target before any test runs.
test: $(STAMP) tools live-assets lint
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .

# System tools the report tests use (headless Chromium, pdftoppm); installed only when absent.
tools:
	@command -v chromium >/dev/null && command -v pdftoppm >/dev/null || \
		(apt-get update -qq && apt-get install -y -qq chromium poppler-utils >/dev/null)

# Benchmarks (issues 7 and 14; benchmarks/README.md): not part of `make test`. Needs the bench extra.
# Each script prints its figures and TARGET lines; the summary at the end is every target with its
# figure, whether it is met, and the peer ratio (all measured in this one run). Output: out/bench/.
BENCH := $(PY) benchmarks
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	mkdir -p out/bench
	$(BENCH)/bench_mmc.py | tee out/bench/mmc.txt
	$(BENCH)/bench_middelstad.py --years 10 | tee out/bench/middelstad.txt
	$(BENCH)/bench_middelstad.py --scenario grote-stad --years 10 --repeat 1 --seconds 30 --megabytes 1000 \
		| tee out/bench/grote-stad.txt
	$(BENCH)/bench_sweep.py | tee out/bench/sweep.txt
	$(BENCH)/bench_calibration.py | tee out/bench/calibration.txt
	@echo; echo "Targets (figure | target | met? | peer or target ratio), this run:"
	@grep -h '^TARGET' out/bench/mmc.txt out/bench/middelstad.txt out/bench/grote-stad.txt out/bench/sweep.txt out/bench/calibration.txt \
		| cut -d'|' -f2- | tee out/bench/targets.txt

# Regenerate tests/fingerprint.json after an INTENTIONAL model change (tests/repeatability/test_fingerprint.py).
fingerprint: $(STAMP)
	$(PY) tests/fingerprint_helpers.py

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || "$$(sh .ci/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) out .solara-cdn
