"""Errors the library raises on purpose. The CLI and UI turn them into clean messages."""


class AssistantError(Exception):
    """Base class: a problem the user can act on; its message says what and how."""


class CorpusError(AssistantError):
    """The corpus manifest or a document text is missing or malformed."""


class IndexMissingError(AssistantError):
    """No usable index at the configured location."""


class InvalidQuestionError(AssistantError):
    """The question is empty, too long or otherwise unusable."""
