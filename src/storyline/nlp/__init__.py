"""The analyze stage: one spaCy pass per article, extractor components adding records to the Doc."""
