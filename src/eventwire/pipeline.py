"""The driver: chains read -> repair -> parse -> detect -> extract -> geocode for each article."""
from __future__ import annotations

from typing import Iterable, Iterator

from . import detect, extract, parse, repair, roles
from .options import Options, default_options
from .records import Article, CodedArticle


def code_articles(articles: Iterable[Article], options: Options | None = None) -> Iterator[CodedArticle]:
    """Code each article into its incidents, parsing and role-tagging in batches; yields in input order."""
    options = options or default_options()
    batch: list[tuple] = []
    for found in detected(articles, options):
        batch.append(found)
        if len(batch) >= options.parse.batch_size:
            yield from _finish(batch, options)
            batch = []
    yield from _finish(batch, options)


def detected(articles: Iterable[Article], options: Options) -> Iterator[tuple[Article, repair.Repaired, object, list]]:
    """(article, its repaired text, the parsed Doc, the incidents detected as Drafts) for each article, in order:
    what extraction starts from (the model training scripts start here too)."""
    prepared = (prepare(article, options) for article in articles)
    for (article, repaired), doc in parse.parse_many(prepared, options):
        yield article, repaired, doc, detect.find_incidents(doc, article, options)


def _finish(batch: list[tuple], options: Options) -> Iterator[CodedArticle]:
    # the role tagger runs once over the batch's articles that report incidents: batching is what makes it cheap
    with_incidents = [i for i, (_, _, _, drafts) in enumerate(batch) if drafts]
    tagged = dict(zip(with_incidents, roles.tag_roles_many(batch[i][1].text for i in with_incidents)))
    for i, (article, repaired, doc, drafts) in enumerate(batch):
        incidents = extract.code_incidents(drafts, doc, article, repaired, options, role_spans=tagged.get(i))
        yield CodedArticle(article=article, incidents=tuple(incidents), spin=repaired.report)


def code_article(article: Article, options: Options | None = None) -> CodedArticle:
    """Code one article; see code_articles."""
    return next(code_articles([article], options))


def code_text(text: str, published: str | None = None, options: Options | None = None) -> CodedArticle:
    """Code a bare text, for library users and tests."""
    return code_article(Article(id="text", text=text, published=published), options)


def prepare(article: Article, options: Options) -> tuple[tuple[Article, repair.Repaired], str]:
    """((article, its repaired text), the text to parse): what parse.parse_many takes for each article."""
    repaired = repair.repair(article.text, options) if options.repair.enabled else repair.unrepaired(article.text)
    return (article, repaired), repaired.text
