"""The staff directory and its subscription lists: pure logic (tokens, records, import planning)."""
