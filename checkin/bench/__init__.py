"""The shipped benchmarks (`python main.py bench`): the figures the issues name, measured on generated
events."""
