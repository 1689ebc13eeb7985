"""The desktop window (PySide6): the only Qt layer, and the only place things are wired together."""
