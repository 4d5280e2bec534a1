"""Text tools every stage shares: names, dates, lemmas, places, quotes located in an article.

Nothing here knows about engines, merging or rendering."""
