"""The ``wijzer`` command line."""
