"""Only what pyproject.toml cannot say: the package list.

The wheel carries ``resources/`` and ``db/`` as the packages ``planner_gui.resources`` and ``planner_gui.migrations``
(``[tool.setuptools.package-dir]`` maps them); setuptools cannot add mapped packages to the ones it finds, so the list
is made here: every package under ``planner_gui/`` without naming it, and the folders of the two mapped ones (their
files are package data; listed, setuptools does not warn that it might ignore them).
"""

from setuptools import find_namespace_packages, find_packages, setup


def mapped(package: str, folder: str) -> list[str]:
    return [package] + [f"{package}.{sub}" for sub in find_namespace_packages(folder, exclude=["*__pycache__*"])]


setup(
    packages=[
        *find_packages(include=["planner_gui", "planner_gui.*"]),
        *mapped("planner_gui.resources", "resources"),
        *mapped("planner_gui.migrations", "db"),
    ]
)
