"""Prompt templates for `brief`, shipped inside the wheel as `summarizer.prompts`."""
