"""Planner: one coherent plan per citizen, for Danish job-centre caseworkers.

Importing this package is cheap and never imports Qt or SQLAlchemy.
"""

__version__ = "0.1.0"
