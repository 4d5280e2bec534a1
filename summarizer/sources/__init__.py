"""Stage 1, load: a folder of articles in, `Article`s and the files that could not be read out."""

from .loading import LoadResult, load_articles

__all__ = ["LoadResult", "load_articles"]
