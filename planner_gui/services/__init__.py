"""Services: one function per user action, one transaction each, with its audit row. No Qt."""
