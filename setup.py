"""Only what pyproject.toml cannot say: the package list found from the folders, plus the two data folders
that pyproject.toml maps to packages of their own (`checkin_data`, `checkin_resources`)."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["checkin*", "cli*", "ui*"]), "checkin_data", "checkin_resources"])
