"""Progression: the panel on the citizen screen, the "Ny måling" dialog and the chart."""
