"""The Qt layer: the only package that imports PySide6. Thin: widgets, item models, dialogs, charts, workers."""
