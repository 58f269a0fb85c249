"""Everything that imports Django: settings, URLs, the pages and the HTTP API.

May import the core packages (kb, bodychart); nothing in the core may import this package.
"""
