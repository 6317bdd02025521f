"""The present stage: the brief (HTML, Markdown, JSON), pictures and exports."""
