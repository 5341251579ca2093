"""The record of one article on its way through the stages: what each stage adds for the next to read."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .records import Article
from .repair import Repaired

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .detect import Draft


@dataclass
class ArticleWork:
    """An article in progress: read -> repair (`repaired`) -> parse (`doc`) -> detect (`drafts`) -> role tagging
    (`role_spans`). An article the relevance gate turns away keeps `doc` None and no drafts."""

    article: Article
    #: the text as received and its repaired form, with the offset map between them (repair.py)
    repaired: Repaired
    #: the parsed (and, for wire copy, re-cased) repaired text
    doc: Doc | None = None
    #: the incidents detect found, one Draft each, before extraction
    drafts: list[Draft] = field(default_factory=list)
    #: the role tagger's (start, end, label) spans over the repaired text, when a batch was tagged at once
    role_spans: list[tuple[int, int, str]] | None = None

    @property
    def text(self) -> str:
        """The repaired text: what every stage after repair reads, and what evidence offsets map back from."""
        return self.repaired.text
