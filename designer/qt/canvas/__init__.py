"""The true-size canvas: a scene mirroring the current label, its items and the view."""
