"""Dock panels: properties, labels, print preview, problems."""
