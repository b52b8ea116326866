"""Use cases: each user action that changes data, as one call and one transaction."""
