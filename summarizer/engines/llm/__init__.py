"""The LLM engine: one request per article to an OpenAI-compatible endpoint, its answer
validated, grounded in the article and re-asked when it is not.

Importing this package loads nothing heavy: openai and instructor load with `engine`."""
