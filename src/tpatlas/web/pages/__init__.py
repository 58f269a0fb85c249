"""Server-rendered pages: home, muscle index, monographs, conditions and techniques."""
