"""Files from outside read as untrusted data: registration spreadsheets."""
