"""Use cases composed from the plain layers: files, and later printing, credentials, printers."""
