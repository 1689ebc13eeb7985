"""Dialogs: printing."""
