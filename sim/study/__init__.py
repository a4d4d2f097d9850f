"""The study layer: simulations, experiments, sweeps, sensitivity analysis and reproduction.

The study layer: one simulation (``simulate``), experiment files, factors and sampling, run
plans, workers and executors, sweeps, sensitivity analysis, reproduction checks and manifests.
"""
