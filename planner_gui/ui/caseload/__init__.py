"""The caseload ("Mine borgere") and the search over all citizens."""
