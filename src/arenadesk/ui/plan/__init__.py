"""The støttemal and the groups' plans."""
