"""Calibration of a municipality's scenario to its own observed figures (``integraal calibrate``)."""
