"""One module per family of temporal expressions: its pattern beside its handler (plain names)."""
