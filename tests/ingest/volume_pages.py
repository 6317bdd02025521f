"""Pages the volume-reader tests serve and archive: English news, a non-English page, non-HTML data."""

from __future__ import annotations

BODY = (
    "The minister said on Monday that the talks with the neighbouring country would resume next month, "
    "after a pause of almost a year that followed a dispute over fishing rights.",
    "Officials from both sides have met twice this year, and diplomats expect a joint statement after the "
    "next round of negotiations in the capital, according to two people familiar with the plans.",
)
GERMAN = (
    "Der Minister sagte am Montag, dass die Gespräche mit dem Nachbarland im nächsten Monat fortgesetzt "
    "werden, nach einer Pause von fast einem Jahr, die auf einen Streit über Fischereirechte folgte.",
    "Vertreter beider Seiten haben sich in diesem Jahr zweimal getroffen, und Diplomaten erwarten nach der "
    "nächsten Verhandlungsrunde in der Hauptstadt eine gemeinsame Erklärung.",
)


def page(title: str, paragraphs: tuple[str, ...] = BODY, lang: str = "en") -> str:
    """A small news page trafilatura extracts: title, date and an article body."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta property="og:title" content="{title}"><meta property="article:published_time" content="2024-03-05">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )
