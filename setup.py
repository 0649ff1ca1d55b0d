"""Packaging beyond what pyproject.toml can say: the root ``models/`` folder ships inside the wheel.

The project keeps its models at the root (``models/``), but an installed package has no root, so the
wheel maps that folder to the package ``pipeline.models`` and carries every file in it, by glob
(new data files need no edit here). ``pipeline/paths.py`` finds it in either place.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["pipeline", "pipeline.*"]), "pipeline.models"],
    package_dir={"pipeline.models": "models"},
    package_data={"pipeline.models": ["**/*"]},
)
