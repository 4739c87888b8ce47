"""The cases desk's window: the case list, a case, the hotline call screen, the knowledge base."""
