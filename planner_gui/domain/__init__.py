"""Pure domain rules and values: no Qt, no database."""
