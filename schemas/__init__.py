"""JSON Schemas exported from `summarizer.models`, shipped inside the wheel as `summarizer.schemas`."""
