"""The one exception tree of storyline, and the catalogue of its messages."""

from __future__ import annotations


class StorylineError(Exception):
    """Base class of every error storyline raises on purpose."""


class InputError(StorylineError):
    """An input (file, line, manifest, URL) cannot be read as an article."""


class ManifestError(InputError):
    """A manifest is malformed; the message names the file and line."""


class GoldError(StorylineError):
    """A gold annotation file does not follow the gold format."""


class StoreError(StorylineError):
    """The knowledge base cannot be opened, migrated or written."""


class SchemaTooNewError(StoreError):
    """The knowledge base was written by a newer storyline."""


class ConfigError(StorylineError):
    """A setting or option has a value storyline cannot use."""


class Msg:
    """Message catalogue: one place for every user-facing error text."""

    EMPTY = "the input is empty"
    BINARY = "the input is binary, not text"
    UNDECODABLE = "the input is not valid text in UTF-8 or a declared encoding"
    TOO_LARGE = "the input is {size:,} bytes, over the limit of {limit:,} (--max-bytes)"
    TOO_LARGE_STREAM = "the input is over the limit of {limit:,} bytes (--max-bytes)"
    TRUNCATED_RECORD = "the archive ends inside this record ({got:,} of {expected:,} bytes)"
    TOO_LONG = "the article is {chars:,} characters long, over the {limit:,} the language model takes"
    NOT_ENGLISH = "the input is in '{lang}', not English"
    DUPLICATE = "same content as {other}"
    NO_BODY = "no article text left after cleaning"
    TOO_FEW_WORDS = NO_BODY + " ({words} words, under the minimum of {limit}: --min-words)"
    BAD_JSONL = "line {line} is not a JSON object with 'text' or 'html': {why}"
    UNREADABLE = "cannot read {path}: {why}"
    NOT_REGULAR = "{path} is {what}, not a regular file"
    INTERNAL_ARTICLE = "internal error ({kind}) while {stage}: {why}"
    NOT_FOUND = "no such file or directory: {path}"
    UNSUPPORTED = "unsupported input type: {path}"
    MANIFEST_LINE = "{path}, line {line}: {why}"
    BAD_DATE = "'{value}' is not a date (use YYYY-MM-DD)"
    KB_NEWER = "{path} was written by a newer storyline (schema {found}, this one knows {known}); upgrade storyline"
    KB_OPEN = "cannot open knowledge base {path}: {why}"
    KB_WRITE = "cannot write to knowledge base {path}: {why}"
    GOLD = "gold file {path}: {why}"
    OS_ERROR = "cannot read or write {path}: {why}"
    DISK_FULL = "cannot write {path}: {why} (the disk is full or a file size limit was reached)"
    DB_ERROR = "knowledge base error: {why}"
    DISK_HINT = "{message} (is the disk full, or the location read-only?)"
    INTERNAL_COUNT = (
        "{count:,} input(s) failed with an internal error and were skipped (reason internal-error, listed above);"
        " everything else was stored; run with --debug for the tracebacks"
    )
    INTERNAL = "unexpected error ({kind}): {why}; run with --debug for the traceback"
