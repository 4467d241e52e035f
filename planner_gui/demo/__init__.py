"""Demo data: a believable synthetic job centre for trying the app, demonstrations and benchmarks.

A tool, not a user action: ``planner-gui demo`` and the first start's "med demodata" call
:func:`planner_gui.demo.generator.generate` through ``services.setup``. ``profiles`` holds the job centre's make-up
(teams, courses between target groups, efforts), ``names`` the names it gives people and companies (data in
``resources/demo/names.json``). No Qt.
"""
