"""The Alembic environment and ``versions/``: installed as the package ``planner_gui.migrations`` (see
``pyproject.toml``) and found with :func:`planner_gui.config.migrations_dir`."""
