# Two commands do all set-up: `make run` (the main job) and `make test`.
# Both create .venv with a Python >= 3.12 when it is missing (PATH first, then pyenv).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test venv clean

run: $(STAMP)
	$(PY) -m sim run scenarios/sectoraal.toml --out out/run

test: $(STAMP)
	$(PY) -m pytest

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || "$$(sh .ci/find-python)" -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) out
