"""Storage: the database schema, connections, migrations and the audit log. No Qt."""
