"""Benchmarks and evaluations, run from the checkout's root as modules: `python -m bench.NAME` (for example
`python -m bench.run_all --smoke`), so `timeline` and these helpers import without the project being installed."""
