"""The Qt GUI: a thin client over the core."""
