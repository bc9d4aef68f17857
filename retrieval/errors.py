"""The errors newsdesk raises, each with a message that says how to fix the problem.

Hierarchy::

    NewsdeskError
    ├── InvalidQuestionError      the question is empty or too long
    ├── ArticleError              an article cannot be used
    │   ├── ArticleFormatError    unreadable, empty, not UTF-8 or malformed file/body
    │   └── ArticleNotFoundError  no article with that id
    ├── IndexCorruptedError       a persisted file cannot be read (rebuilt, never fatal)
    ├── StoreError                a file of users' decisions (removals) cannot be read
    ├── ModelLoadError            the embedding model cannot be loaded
    ├── QuestionFileError         a question file for `newsdesk eval` is missing or malformed
    └── ServerStartError          the HTTP server cannot listen on its host and port
"""

from __future__ import annotations


class NewsdeskError(Exception):
    """Base class of every error newsdesk raises on purpose."""


class InvalidQuestionError(NewsdeskError, ValueError):
    """The question cannot be asked as given."""


class ArticleError(NewsdeskError):
    """An article cannot be used."""


class ArticleFormatError(ArticleError, ValueError):
    """An article file or body is unreadable, empty, not UTF-8 or malformed."""


class ArticleNotFoundError(ArticleError, KeyError):
    """No article has the requested id."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "article not found"


class IndexCorruptedError(NewsdeskError):
    """A persisted index or passage file cannot be read; it is rebuilt."""


class StoreError(NewsdeskError):
    """A data-directory file that cannot be rebuilt (the list of removals) is unreadable."""


class ModelLoadError(NewsdeskError):
    """The embedding model cannot be loaded."""


class QuestionFileError(NewsdeskError, ValueError):
    """A question file for `newsdesk eval` is missing, empty or malformed."""


class ServerStartError(NewsdeskError):
    """The HTTP server cannot listen on its host and port (taken, or not allowed)."""
