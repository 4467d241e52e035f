"""Data the app ships (goal files, progression instruments, translations, icons): installed as the package
``planner_gui.resources`` (see ``pyproject.toml``) and found with :func:`planner_gui.config.resources_dir`."""
