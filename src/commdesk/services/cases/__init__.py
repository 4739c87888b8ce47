"""The cases desk: cases and their clocks, categories and policies, the knowledge base."""
