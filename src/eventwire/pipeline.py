"""The driver: chains read -> repair -> parse -> detect -> extract -> geocode for each article."""
from __future__ import annotations

from typing import Iterable, Iterator

from . import detect, extract, parse, repair
from .options import Options, default_options
from .records import Article, CodedArticle


def code_articles(articles: Iterable[Article], options: Options | None = None) -> Iterator[CodedArticle]:
    """Code each article into its incidents, parsing in batches; yields in input order."""
    options = options or default_options()
    prepared = (_prepare(article, options) for article in articles)
    for (article, repaired), doc in parse.parse_many(prepared, options):
        drafts = detect.find_incidents(doc, article, options)
        incidents = extract.code_incidents(drafts, doc, article, repaired, options)
        yield CodedArticle(article=article, incidents=tuple(incidents), spin=repaired.report)


def code_article(article: Article, options: Options | None = None) -> CodedArticle:
    """Code one article; see code_articles."""
    return next(code_articles([article], options))


def code_text(text: str, published: str | None = None, options: Options | None = None) -> CodedArticle:
    """Code a bare text, for library users and tests."""
    return code_article(Article(id="text", text=text, published=published), options)


def _prepare(article: Article, options: Options) -> tuple[tuple[Article, repair.Repaired], str]:
    repaired = repair.repair(article.text, options) if options.repair.enabled else repair.unrepaired(article.text)
    return (article, repaired), repaired.text
