from __future__ import annotations

from storyline.model import Actor, Alias, Quote, Ref, Speaker, SpeakerQuotes, Story
from storyline.store.codec import columns, decode, encode, encode_chunks, flatten


def _quote() -> Quote:
    speaker = Speaker(mention=Ref(10, 12, "he"), name="Ann Lee", title="professor", affiliation="Yale")
    return Quote(start=0, end=5, sent=0, text="Hello", kind="direct", speaker=speaker, cue=Ref(13, 17, "said"))


def test_roundtrip_is_identity() -> None:
    quote = _quote()
    assert decode(encode(quote), Quote) == quote


def test_nested_records_become_prefixed_columns() -> None:
    names = [name for name, _ in columns(Quote)]
    assert "speaker_mention_text" in names and "speaker_affiliation" in names and "cue_start" in names
    row = flatten(_quote())
    assert row["speaker_mention_text"] == "he" and row["cue_text"] == "said"
    assert set(row) == set(names)


def test_missing_nested_record_gives_null_columns() -> None:
    row = flatten(Quote(start=0, end=1, sent=0, text="x", kind="direct", speaker=None))
    assert row["speaker_name"] is None and row["cue_start"] is None


def test_chunks_join_to_the_whole_encoding() -> None:
    actor = Actor("person:ann-lee", "Ann Lee", "person", aliases=(Alias("Lee", 2),))
    speaker = SpeakerQuotes("person:ann-lee", "Ann Lee", None, None, ("Daily",), (("a1", _quote()), ("a2", _quote())))
    for story in (Story(), Story(actors=(actor,), speakers=(speaker,), stats={"b": 1, "a": 2}, id="s", title="T")):
        assert b"".join(encode_chunks(story)) == encode(story)
