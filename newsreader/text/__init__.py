"""Facts about text that every layer reads (no Qt, no I/O)."""
