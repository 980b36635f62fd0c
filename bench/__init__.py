"""Preflight's benchmarks: accuracy and speed beside reference tools, run with `python -m bench`."""
