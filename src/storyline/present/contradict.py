"""Reports that contradict: one voice says an act happened, another says it did not or denies it.

A voice is the outlet itself, or the speaker of the attribution whose content holds the report. A report is
negative when its event is negated ("Avalon did not sign") or when a denial cue holds it ("Avalon denied that it
signed"); the event layer recodes the act a denial frames as a refusal, so a denied act is matched by its
trigger word rather than by its type. Precision first: the two sides name the same participants (an actor and
whom or what it acted on: "has not formally overturned it" says nothing against "overturned several of them"
without them), their dates can be the same day, and at least one pair of opposite reports comes from different
voices.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from storyline.model import Disagreement, Position, Quote, SourceRef, Story, StoryEvent
from storyline.nlp.timex import interval
from storyline.present.words import event_type

DENIAL_CUES = frozenset({"deny", "dismiss", "reject", "refute", "dispute", "rebut", "contradict"})
"""Cues whose source holds the content false: the verbs CAMEO's dictionary codes 016 when their object is a
statement ("deny|dismiss|reject the accusation", "refute"), and those of its DISAGREE block that take one
("dispute|rebut|contradict the report")."""
_FACTUAL = frozenset({"asserted", "negated"})
"""Modalities of an act said to have happened or not; intentions, threats and demands are neither."""
_OUTLET = "outlet:"


@dataclass(frozen=True)
class _Report:
    event: StoryEvent
    source: SourceRef
    voice: str
    """The speaker's actor id (or name), or ``outlet:`` and the outlet."""
    name: str
    """The voice as a reader sees it; empty for the outlet's own report."""
    positive: bool
    denied: bool
    """Negative because a denial cue holds it: its type may be the refusal the frame was recoded as."""


def contradictions(story: Story) -> tuple[Disagreement, ...]:
    """The acts some voices report and others deny or negate, in the story's order of their first report."""
    reports = list(_reports(story))
    by_participants: dict[tuple[frozenset[str], frozenset[str]], list[_Report]] = defaultdict(list)
    for report in reports:
        if report.event.actors and report.event.recipients:
            by_participants[(frozenset(report.event.actors), frozenset(report.event.recipients))].append(report)
    names = {a.id: a.name for a in story.actors}
    out: list[Disagreement] = []
    for group in by_participants.values():
        positives: dict[str, list[_Report]] = defaultdict(list)
        for report in group:
            if report.positive:
                positives[report.event.type].append(report)
        for kind, yes in positives.items():
            no = [r for r in group if not r.positive and _same_act(r, kind, yes)]
            pairs = [(p, n) for p in yes for n in no if p.voice != n.voice and _same_time(p, n)]
            if pairs:
                out.append(_disagreement(kind, [p for p, _ in pairs], [n for _, n in pairs], names))
    return tuple(out)


def _reports(story: Story) -> Iterable[_Report]:
    """Every source of a factual event with its voice and polarity; a report whose polarity is unclear ("denied
    that it did not") is left out."""
    holders = _attributions(story)
    for event in story.events:
        if event.hypothetical:
            continue
        for source in event.sources:
            at = source.trigger.start if source.trigger is not None else None
            held = _holder(holders.get(source.article_id, ()), at) if at is not None else None
            if held is None:
                if event.modality in _FACTUAL:
                    outlet = _OUTLET + (source.outlet or source.article_id)
                    yield _Report(event, source, outlet, "", not event.negated, False)
                continue
            voice, name, quote = held
            denial = _cue_lemma(quote) in DENIAL_CUES
            if denial and event.negated:
                continue
            if denial or event.modality in _FACTUAL:
                yield _Report(event, source, voice, name, not (denial or event.negated), denial)


_Holder = tuple[str, str, Quote]


def _attributions(story: Story) -> dict[str, list[_Holder]]:
    """Article id -> each attribution with its speaker's voice and name."""
    out: dict[str, list[_Holder]] = defaultdict(list)
    for speaker in story.speakers:
        voice = speaker.actor_id or speaker.name
        for article_id, quote in speaker.quotes:
            out[article_id].append((voice, speaker.name, quote))
    return out


def _holder(holders: Iterable[_Holder], at: int) -> _Holder | None:
    """The attribution whose content holds offset ``at`` (the innermost, when one holds another)."""
    inside = [h for h in holders if any(start <= at < end for start, end in _spans(h[2]))]
    return min(inside, key=lambda h: h[2].end - h[2].start, default=None)


def _spans(quote: Quote) -> list[tuple[int, int]]:
    return [(p.start, p.end) for p in quote.parts] or [(quote.start, quote.end)]


def _cue_lemma(quote: Quote) -> str:
    """The lemma of a one-word cue among the denial cues, or the cue as written ("denied" -> "deny")."""
    if quote.cue is None:
        return ""
    word = quote.cue.text.strip().lower()
    for lemma in DENIAL_CUES:
        if word in _inflections(lemma):
            return lemma
    return word


def _inflections(lemma: str) -> frozenset[str]:
    """The regular forms of a verb: deny -> denies, denied, denying; rebut -> rebuts, rebutted, rebutting."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", stem + "ed", stem + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith(("ss", "sh", "ch", "x")):
        forms.add(lemma + "es")
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", lemma) and len(lemma) <= 6:
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return frozenset(forms)


def trigger_stem(word: str) -> str:
    """A trigger word without its inflection, to tell the same act's word: "shelled", "shelling" -> "shell"."""
    word = word.strip().lower().replace("’", "'").removesuffix("'s")
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix in ("ied", "ies") else "")
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "shipped" -> "shipp" -> "ship"
    return word.removesuffix("e")


def _same_act(report: _Report, kind: str, positives: list[_Report]) -> bool:
    """A negated report of the type; a denied one of the type, or whose trigger word one of them shares."""
    if report.event.type == kind and report.event.modality in _FACTUAL:
        return True
    if not report.denied:
        return False
    words = {_trigger(r) for r in positives} - {""}
    return _trigger(report) in words


def _trigger(report: _Report) -> str:
    return trigger_stem(report.source.trigger.text) if report.source.trigger is not None else ""


def _same_time(yes: _Report, no: _Report) -> bool:
    """Dates that can name the same day (an unknown one can name any). A denial's date is when it was made (the
    event layer dates the act it frames by its frame), so it only has to come no earlier than the act."""
    x, y = interval(yes.event.date), interval(no.event.date)
    if x is None or y is None:
        return True
    if no.denied:
        return y[1] >= x[0]
    return x[0] <= y[1] and y[0] <= x[1]


def _disagreement(kind: str, yes: list[_Report], no: list[_Report], names: dict[str, str]) -> Disagreement:
    yes, no = list(dict.fromkeys(yes)), list(dict.fromkeys(no))
    first = yes[0].event
    who = ", ".join(names.get(a, a) for a in first.actors)
    to = ", ".join(names.get(r, r) for r in first.recipients)
    topic = f"{event_type(kind)} by {who}" + (f" toward {to}" if to else "")
    attributed = any(r.name for r in yes + no)
    positions = tuple(
        Position(
            _label(label, side),
            tuple(sorted({r.source.outlet or r.source.article_id for r in side})),
            _sentences(side),
        )
        for label, side in (("reported", yes), ("denied", no))
    )
    ids = tuple(dict.fromkeys(r.event.id for r in yes + no))
    return Disagreement("attributions" if attributed else "reports", topic, ids, positions)


def _sentences(side: list[_Report]) -> tuple[SourceRef, ...]:
    """Each sentence once, though it reports the act twice ("sidelined or overturned")."""
    out: dict[tuple[str, int], SourceRef] = {}
    for report in side:
        out.setdefault((report.source.article_id, report.source.sent), report.source)
    return tuple(out.values())


def _label(label: str, side: list[_Report]) -> str:
    """ "reported" or "denied", with the speakers when someone is quoted saying so ("denied: the Kremlin")."""
    speakers = list(dict.fromkeys(r.name for r in side if r.name))
    if not speakers:
        return label
    if any(not r.name for r in side):
        speakers.insert(0, "the outlet")
    return f"{label}: {', '.join(speakers)}"
