"""Xpyun Label Designer: design labels for Xpyun cloud printers and print them through the cloud."""

__version__ = "0.1.0"
