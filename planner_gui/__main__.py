from planner_gui.cli import entry

entry()
