"""Which words name one act: the verb dictionary's synonym blocks, on the shipped dictionary and a hand-made one."""

from __future__ import annotations

from storyline.resolve.event_acts import act_blocks, parse_blocks

_DICTIONARY = """\
&HOSTAGE
+HOSTAGE

####### VERB PATTERNS #######
---  NAB   [171]  ---
NAB {NABS NABBING NABBED }
SNARE
DETAIN [173]
+TAKE_OVER {+TOOK_OVER +TAKEN_OVER }
HOLD [---]
- * &HOSTAGE  [173]

---  SLAY   [190]  ---
SLAY {SLAYS SLAIN SLAYING}
"""


def test_the_words_of_one_block_name_one_act() -> None:
    blocks = parse_blocks(_DICTIONARY)
    assert blocks["nabbed"] == blocks["snared"] == blocks["snaring"] == frozenset({"nab/171"})
    assert blocks["slain"] == frozenset({"slay/190"})


def test_a_verb_with_its_own_code_is_another_act_of_its_block() -> None:
    # "DETAIN [173]" in the block of NAB [171]: detaining is not snaring.
    blocks = parse_blocks(_DICTIONARY)
    assert blocks["detained"] == frozenset({"nab/173"})


def test_a_phrasal_verb_is_its_own_entry_and_a_verb_coding_nothing_is_none() -> None:
    blocks = parse_blocks(_DICTIONARY)
    assert blocks["taken over"] == frozenset({"nab/171"})
    assert "take" not in blocks and "held" not in blocks and "hold" not in blocks


def test_the_shipped_dictionary() -> None:
    assert act_blocks("captured") & act_blocks("nabbed")
    assert act_blocks("killed") & act_blocks("murdered") & act_blocks("slain")
    assert act_blocks("shot") & act_blocks("shooting")
    assert not act_blocks("shot") & act_blocks("killed")  # a shooting and a death are two happenings
    assert not act_blocks("arrested") & act_blocks("captured")  # ARREST carries its own code, 173
    assert not act_blocks("taken over") & act_blocks("taken")  # "had taken over the clans" is no capture
    assert act_blocks("Zorbled") == frozenset()
