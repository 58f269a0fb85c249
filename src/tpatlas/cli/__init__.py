"""The `tpatlas` command line (see app.py); the layer above the web and the core."""

from tpatlas.cli.app import build_parser, main

__all__ = ["build_parser", "main"]
