"""The Nätverk och åtaganden page."""
