"""Template tags of the pages app."""
