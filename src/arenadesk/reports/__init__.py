"""PDF documents: board drawings now; group and arena reports build on them."""
