"""SQLAlchemy tables of an arena, one module per area."""
