"""The driver: chains gate -> repair -> parse -> detect -> extract -> geo -> models -> act filter for each article."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Iterable, Iterator, cast

from . import consolidate, detect, extract, parse, read, relevance, repair, roles, types_model
from .casing import case_mode
from .geo.locate import locate_incident, read_people_ahead
from .lexicon import _words, word_starts
from .options import Options, default_options
from .records import Article, CodedArticle, Incident
from .work import ArticleWork

if TYPE_CHECKING:
    from spacy.tokens import Doc


def code_articles(articles: Iterable[Article], options: Options | None = None) -> Iterator[CodedArticle]:
    """Code each article into its incidents, parsing and role-tagging in batches; yields in input order."""
    options = options or default_options()
    batch: list[ArticleWork] = []
    for found in detected(map(visible, articles), options):
        batch.append(found)
        if len(batch) >= options.parse.batch_size:
            yield from _finish(batch, options)
            batch = []
    yield from _finish(batch, options)


#: articles the relevance gate scores at once: one encoder call per chunk, small enough to keep output flowing
GATE_CHUNK = 32
#: the act filter's threshold for an act whose main sentence is the article's headline, when the headline tells no
#: step after the act: the act model, fitted on sentences of running text, scores terse headlines low (a headline of
#: four shot on a side of a city with the gunmen at large 0.59, one of a fatal shooting in a quarrel 0.67, against
#: relevance.act_threshold 0.7), and a headline says what the article reports
HEADLINE_ACT_THRESHOLD = 0.5
#: an article the gate turns away is parsed all the same when its title tells an act in a strong trigger word, not a
#: step after it (follows_up), and the title alone, scored by the gate as an article, is at least this sure to report
#: an incident: the page's text around it is a sidebar, a sign-up box or a feature's opening, which pulls the page's
#: score down (a headline of five shot at a party in a banquet hall over a box of travel tips: 0.29 for the page,
#: 0.98 for its title). High, as the title says little: general news with a strong word in its title (a prosecutor
#: dropping an old sex-crime inquiry 0.75, airport cleaners walking out on strike 0.90) stays out
TITLE_GATE_THRESHOLD = 0.95
#: an article whose every act the act filter would drop keeps its surest one when the gate scores the article at
#: least LAST_ACT_ARTICLE and the act at least LAST_ACT_THRESHOLD (below relevance.act_threshold 0.7): a local story
#: the gate is fairly sure of reports an incident, and its one act told in the terms of what followed it scores a
#: little under the filter's line (officers finding a man on a call about someone lying
#: in the road 0.69, a teenager named as the likely source of the fatal shot 0.69, a boy led into a lane and
#: killed 0.67). On the whole GVA file 34 articles coded no incident because the filter dropped all
#: their acts; 6 of them pass both lines. Where other acts of the article are kept, the dropped ones stay dropped
LAST_ACT_ARTICLE = 0.8
LAST_ACT_THRESHOLD = 0.65
#: the same, lower, for an article whose headline tells a step after an act in a strong trigger word
#: (tells_follow_up: "Mill Town man gets probation in nephew's shooting", "Six Crew Members Charged in Feud
#: Shooting"): the story reports that act, and tells it in the court's or the police's terms, which the act model,
#: fitted on acts told as news, scores low (a boy hit once in the chest while his cousin handled
#: a pistol 0.64, crew members named in an indictment for their parts in a feud shooting 0.35); a sentence of
#: something else in such a story scores lower still (the definition of a child-endangerment charge 0.08)
FOLLOW_UP_ARTICLE = 0.5
FOLLOW_UP_ACT_THRESHOLD = 0.25
#: the same lower lines hold where the headline tells the act itself in a strong trigger word (tells_act: "Angler
#: wounded when his own rifle goes off", "Clerk shot dead in Elm Street store"): the page reports that act, and where
#: the filter drops every act of its text, they are told in a feature's or a witness's terms ("he pushed the robber
#: away", "the neighbour he had quarrelled with before the gunfire"), which the act model scores under its line,
#: while the page codes nothing. Its surest act is then the likeliest telling of the headline's. Only where the
#: headline already heads the text (titled, or the retry itself): a headline not yet coded is retried first
#: (_headline_after_filter), as it tells the act in its own words, where the surest act of a text that tells others
#: may be another story's (a list of old cases under a headline of today's shooting)
HEADLINE_ACT_LAST = True
#: in the act filter, an article the cheap article model scores above this is a sure article (every act kept) without
#: MiniLM's score: the gate passed it on the cheap score alone (relevance.cheap_article_above 0.95), and the act
#: filter's MiniLM reading of such articles was ~10% of a coded article's CPU (docs/scale.md, session 26). On GVA
#: lines 1-200 and 1001-1600, MUC-4 dev 60 and the web pages the coding is the same with it; of ACLED's 300 gate
#: notes one more is found, none lost
CHEAP_SURE_ARTICLE = 0.95
#: an article whose text gives detection no act at all is retried with its headline even when the headline tells a
#: step after the act ("Police: Teen held after shooting girl, 19, in arm", "Toddler shot by older sister,
#: teen charged"): the body is then a sign-up box, a weather widget or a video list, and the headline the page's only
#: report of the act, which local news tells with its arrest a day or two later. A page whose text tells acts, or
#: whose acts the act filter drops, is not retried so (its headline's step is the news, the act older); nor is a
#: headline of a court step (data/court_steps.txt: a plea, a verdict, a sentence), weeks or months after the act
FOLLOW_UP_RETRY = True
COURT_STEPS = "court_steps.txt"
#: nouns by which a headline of a step after an act names the act without a strong trigger word ("charged in 4
#: slayings", "appears on homicide charge"): tells_follow_up reads them beside such a step only
FOLLOW_UP_ACTS = "follow_up_acts.txt"


def detected(articles: Iterable[Article], options: Options) -> Iterator[ArticleWork]:
    """Each article repaired, parsed and with its incidents detected as Drafts, in order: what extraction starts
    from (the model training scripts start here too). Articles the relevance gate turns away are not parsed: their
    Doc is None and they have no drafts. An article nothing dates is dated by its address where that states a day
    (read.address_dated: what the reader does for what it reads, done here for articles built by library users)."""
    stream = map(read.address_dated, articles)
    while chunk := list(islice(stream, GATE_CHUNK)):
        keep = gate(chunk, options)
        if not all(keep):
            # an article the gate turned away that its title alone passes (title_gate) is coded from its title: the
            # text the gate read as something else is left out (a box of travel tips' "St. Patrick's Day" dated the
            # act the title tells)
            titles = iter(title_gate([a for a, k in zip(chunk, keep) if not k], options))
            by_title = [not k and next(titles) for k in keep]
            chunk = [_title_only(a) if t else a for a, t in zip(chunk, by_title)]
            keep = [k or t for k, t in zip(keep, by_title)]
        prepared = (prepare(article, options) for article, k in zip(chunk, keep) if k)
        parsed = parse.parse_many(prepared, options)
        for article, k in zip(chunk, keep):
            if not k:
                yield ArticleWork(article, repair.unrepaired(article.text))
                continue
            (article, repaired), doc = next(parsed)
            drafts = detect.find_incidents(doc, article, options)
            # the text told no act at all: a headline telling a step after its act ("Teen held after shooting
            # girl, 19, in the arm") still tells the act, and is the page's only report of it (FOLLOW_UP_RETRY)
            headlined = None if drafts else headline_retry(article, options, steps=FOLLOW_UP_RETRY)
            if headlined is not None:
                # the text told no act its title names: the title is coded as the text's first paragraph (a second
                # parse, for the few articles that pass the gate, detect nothing and carry a headline of an act)
                (retried, retried_repaired), retried_doc = next(parse.parse_many([prepare(headlined, options)], options))
                retried_drafts = detect.find_incidents(retried_doc, retried, options)
                if retried_drafts:
                    article, repaired, doc, drafts = retried, retried_repaired, retried_doc, retried_drafts
            # parse_many yields the spaCy Doc of each text (typed object there)
            yield ArticleWork(article, repaired, cast("Doc", doc), drafts)


def gate(articles: list[Article], options: Options) -> list[bool]:
    """Whether each article goes on to the parse: the trigger scan (prefilter.py) first, then the learned article
    gate (relevance.py: the cheap model, MiniLM for its unsure band) on what the scan kept, each when enabled. An
    article it turns away may still be coded from its title (title_gate)."""
    from . import prefilter

    keep = prefilter.gate(articles, options)
    if not options.relevance.enabled or not any(keep):
        return keep
    scanned = [a for a, k in zip(articles, keep) if k]
    scores = iter(relevance.gate_scores([(a.title, a.text) for a in scanned], options.relevance))
    return [k and bool(next(scores) >= options.relevance.article_threshold) for k in keep]


def title_gate(articles: list[Article], options: Options) -> list[bool]:
    """For articles the gate turned away: whether each is to be coded from its title alone, its title telling an act
    in a strong trigger word, not a step after it, and scoring, alone, at least TITLE_GATE_THRESHOLD by the article
    gate (a page whose text reads as something else: a sidebar, a sign-up box). Off with the relevance models."""
    out = [False] * len(articles)
    if not options.relevance.enabled:
        return out
    told = [n for n, a in enumerate(articles)
            if a.title and relevance.tells_strong_act(a.title, "") and not follows_up(a.title)]
    if told:
        alone = relevance.gate_scores([(articles[n].title, "") for n in told], options.relevance)
        for n, score in zip(told, alone):
            out[n] = bool(score >= max(TITLE_GATE_THRESHOLD, options.relevance.article_threshold))
    return out


def _title_only(article: Article) -> Article:
    """The article with its title as its whole text (closed as a sentence, as titled closes it)."""
    return replace(article, text=read.closed_headline(article.title or ""))


def follows_up(title: str) -> bool:
    """Whether a headline tells a step after its act (detect.headline_follows_up: an arrest, a plea, a funeral), the
    victim's state left out: "Boy in critical condition after gun goes off" tells the act, hours after it
    (relevance.without_act_states)."""
    return detect.headline_follows_up(relevance.without_act_states(title))


def tells_follow_up(title: str) -> bool:
    """Whether a headline tells a step after an act (follows_up, or a court's step: court_step, "to get probation in
    son's shooting") and names the act in a strong trigger word (relevance.tells_strong_act) or a noun of
    FOLLOW_UP_ACTS ("charged in 4 slayings")."""
    return bool(title) and (follows_up(title) or court_step(title)) and (
        relevance.tells_strong_act(title, "") or not _follow_up_acts().isdisjoint(re.findall(r"[a-z]+", title.lower())))


def tells_act(title: str) -> bool:
    """Whether a headline tells an act in a strong trigger word (relevance.tells_strong_act) and no step after it
    (follows_up): "Man shot dead outside Detroit bar", not "Man charged in Detroit bar shooting"."""
    return bool(title) and relevance.tells_strong_act(title, "") and not follows_up(title)


@lru_cache(maxsize=1)
def _follow_up_acts() -> frozenset[str]:
    """The words of data/follow_up_acts.txt (FOLLOW_UP_ACTS), lower case."""
    return frozenset(w.lower() for w in _words(FOLLOW_UP_ACTS))


def is_headline(sentence: str, title: str | None) -> bool:
    """Whether an incident's main sentence is the article's headline (coded as the text's first paragraph by titled
    or headline_retry, or the text's own first line)."""
    return bool(title and title.strip()) and _plain(sentence) == _plain(title or "")


def _plain(line: str) -> str:
    """A line as is_headline compares it: blanks collapsed, closing marks off, lower case."""
    return " ".join(line.split()).rstrip(".!?").lower()


def act_filter(incidents: list[Incident], articles: list[Article], options: Options) -> list[Incident]:
    """The incidents whose main sentence the act filter takes for a violent act told as news. In an article the
    gate is sure of (MiniLM's score >= relevance.sure_article) every act is kept: there the filter mistook 1989 wire
    reports of army clashes for figures of speech (MUC-4 dev template F1 44 -> 21). An act the cheap act model is
    sure of is kept before either is asked (relevance.py, the cascade). Before any model, an act whose sentence tells
    a mention (relevance.mention_reason: a threat, a match score, a figure of speech) is dropped, in every article."""
    settings = options.relevance
    if not settings.enabled or not incidents:
        return incidents
    if settings.mention_rules:
        # a sentence that tells a mention (a threat, a match score, a figure of speech) is no act, whatever the models
        # say; an act told as history was asked for (detect.keep_background) and is not judged here
        told = [n for n, i in enumerate(incidents) if i.background
                or relevance.mention_reason(i.summary or "", violent=i.event_type != "Protests") is None]
        incidents, articles = [incidents[n] for n in told], [articles[n] for n in told]
        if not incidents:
            return incidents
    # an act told as history was asked for (detect.keep_background): the filter, which tells news from history,
    # is not the judge of it
    cheap = relevance.cheap_models(settings.cheap_model).act.probabilities(
        [relevance.act_text(i.summary or "") for i in incidents])
    open_ = [n for n, i in enumerate(incidents) if not i.background and cheap[n] <= settings.cheap_act_above]
    if not open_:
        return incidents
    # the gate's own MiniLM score (remembered from the gate), or 1 (sure) for an article the cheap article model
    # scores above CHEAP_SURE_ARTICLE, for which MiniLM is not asked. Asked before the acts: scoring the acts first and the
    # article only for an act that fails gives the same decisions but encodes more (bench_code's streams: +6% word
    # pieces in the act filter on MUC-4, +22% mixed)
    items = [(articles[n].title, articles[n].text) for n in open_]
    cheap_sure = relevance.cheap_models(settings.cheap_model).article.probabilities(
        [relevance.article_text(title, text) for title, text in items]) > CHEAP_SURE_ARTICLE
    minilm = iter(relevance.article_scores([item for item, sure in zip(items, cheap_sure) if not sure], settings.model))
    article_scores = [1.0 if sure else float(next(minilm)) for sure in cheap_sure]
    judged = [n for n, a in zip(open_, article_scores) if a < settings.sure_article]
    scores = relevance.act_filter_scores([incidents[n].summary or "" for n in judged], settings)
    # a headline that tells the act, not a step after it, is held to HEADLINE_ACT_THRESHOLD
    dropped = {n for n, s in zip(judged, scores) if s < (
        min(HEADLINE_ACT_THRESHOLD, settings.act_threshold)
        if is_headline(incidents[n].summary or "", articles[n].title) and not follows_up(articles[n].title or "")
        else settings.act_threshold)}
    dropped -= _last_acts(incidents, articles, dropped, dict(zip(open_, article_scores)), dict(zip(judged, scores)),
                          options)
    return [i for n, i in enumerate(incidents) if n not in dropped]


def _last_acts(incidents: list[Incident], articles: list[Article], dropped: set[int], article_score: dict[int, float],
               act_score: dict[int, float], options: Options | None = None) -> set[int]:
    """Of the dropped incidents, the surest act of each article whose every incident was dropped, when the gate
    scores that article at least LAST_ACT_ARTICLE and the act at least LAST_ACT_THRESHOLD (FOLLOW_UP_ARTICLE and
    FOLLOW_UP_ACT_THRESHOLD where the headline tells a step after an act, or the act itself and is not to be retried:
    HEADLINE_ACT_LAST)."""
    options = options or default_options()
    by_article: dict[int, list[int]] = {}
    for n, article in enumerate(articles):
        by_article.setdefault(id(article), []).append(n)
    out = set()
    for members in by_article.values():
        if not all(n in dropped for n in members):
            continue
        best = max(members, key=lambda n: act_score.get(n, 0.0))
        title = articles[best].title or ""
        told = tells_follow_up(title) or (HEADLINE_ACT_LAST and tells_act(title)
                                          and headline_retry(articles[best], options) is None)
        if article_score.get(best, 0.0) >= (FOLLOW_UP_ARTICLE if told else LAST_ACT_ARTICLE) \
                and act_score.get(best, 0.0) >= (FOLLOW_UP_ACT_THRESHOLD if told else LAST_ACT_THRESHOLD):
            out.add(best)
    return out


def _finish(batch: list[ArticleWork], options: Options) -> Iterator[CodedArticle]:
    # the role tagger runs once over the batch's articles that report incidents: batching is what makes it cheap;
    # it tags only the text around their incidents' sentences, where extraction reads its fillers
    with_incidents = [work for work in batch if work.drafts]
    tagged = roles.tag_roles_near((work.text, extract.role_windows(work.drafts)) for work in with_incidents)
    for work, spans in zip(with_incidents, tagged):
        work.role_spans = spans
    coded = [_code(work, options) if work.drafts else [] for work in batch]
    flat = [(incident, work.article) for work, incidents in zip(batch, coded) for incident in incidents]
    kept = act_filter([i for i, _ in flat], [a for _, a in flat], options)
    kept_ids = {id(incident) for incident in kept}
    for work, incidents in zip(batch, coded):
        incidents = [incident for incident in incidents if id(incident) in kept_ids]
        if not incidents and work.drafts:
            retried = _headline_after_filter(work, options)
            if retried is not None:
                work, incidents = retried
        yield CodedArticle(article=work.article, incidents=tuple(incidents), spin=work.repaired.report)


def _headline_after_filter(work: ArticleWork, options: Options) -> tuple[ArticleWork, list[Incident]] | None:
    """The article coded again with its headline as the text's first paragraph (headline_retry), when the acts its
    text told were all dropped by the act filter: a page whose body codes a video caption or a sidebar (a sports
    video's title) under "Boy, 16, shot in the head in Modesto" was retried only when its text gave no
    draft at all. The work and its incidents, or None when the headline is not retried or codes nothing."""
    headlined = headline_retry(work.article, options)
    if headlined is None:
        return None
    (article, repaired), doc = next(parse.parse_many([prepare(headlined, options)], options))
    drafts = detect.find_incidents(doc, article, options)
    if not drafts:
        return None
    # parse_many yields the spaCy Doc of each text (typed object there)
    retried = ArticleWork(article, repaired, cast("Doc", doc), drafts)
    (retried.role_spans,) = roles.tag_roles_near([(retried.text, extract.role_windows(drafts))])
    coded = _code(retried, options)
    incidents = act_filter(coded, [article] * len(coded), options)
    return (retried, incidents) if incidents else None


def _code(work: ArticleWork, options: Options) -> list[Incident]:
    """The article's incidents: extraction, then the pieces of one act joined and coded again as one."""
    incidents = coded(work, options)
    drafts = work.drafts
    if not options.detect.join_split_acts or len(incidents) < 2 or len(incidents) != len(drafts):
        return typed(incidents, drafts, options, work.text, work.article.title)
    grouping = consolidate.groups(incidents, drafts, work.text)
    if len(grouping) == len(incidents):
        return typed(incidents, drafts, options, work.text, work.article.title)
    merged = consolidate.merged_drafts(drafts, grouping, incidents)
    return typed(coded(work, options, merged), merged, options, work.text, work.article.title)


def coded(work: ArticleWork, options: Options, drafts: list[detect.Draft] | None = None) -> list[Incident]:
    """One Incident per draft (the article's own, or `drafts`): the rules' fields, its place, the models' revision."""
    return extract.with_models(placed(extract.code_drafts(work, options, drafts), work, options, drafts), work,
                               options, drafts)


def typed(incidents: list[Incident], drafts: list[detect.Draft], options: Options, text: str = "",
          title: str | None = None) -> list[Incident]:
    """The learned types (types_model.py), each incident's read from the sentences its draft was detected in, and
    the group name of an article's one incident from the whole article `text` (with its `title`, an accident told
    only in the headline); after the pieces of one act are joined, which reads the rules' event types."""
    return types_model.retype(incidents, [" ".join(s.text for s in d.all_sentences) for d in drafts], options, text,
                              title or "")


def placed(incidents: list[Incident], work: ArticleWork, options: Options,
           drafts: list[detect.Draft] | None = None) -> list[Incident]:
    """The geo stage: each incident placed from its sentences (the article's drafts, or `drafts`), within the
    article's country focus, the headline read where the sentences name no finer place than the state (a local
    story's city is often in its title only). Capitals in wire copy say nothing about names: it is matched as
    lower-case text."""
    text = work.text.lower() if case_mode(work.text, options) == "upper" else work.text
    focus = work.drafts if drafts is None else drafts
    read_people_ahead(text, [[(s.start, s.end) for s in draft.sentences] for _, draft in zip(incidents, focus)],
                      options)
    return [extract.with_place(incident, locate_incident(text, [(s.start, s.end) for s in draft.sentences], options,
                                                         dateline=work.article.dateline_place,
                                                         title=work.article.title, url=work.article.url), work)
            for incident, draft in zip(incidents, focus)]


def code_article(article: Article, options: Options | None = None) -> CodedArticle:
    """Code one article; see code_articles."""
    return next(code_articles([article], options))


def code_text(text: str, published: str | None = None, options: Options | None = None) -> CodedArticle:
    """Code a bare text, for library users and tests."""
    return code_article(Article(id="text", text=text, published=published), options)


def titled(article: Article, options: Options) -> Article:
    """The article to code: as read, or with its title as the text's first paragraph when only the title names an act
    (detect.code_title_when_text_silent: the page's body is a login box or a sign-up form, the headline the report)."""
    from . import prefilter

    # the title first: a short string, where the text may be scanned whole before it names an act
    if not options.detect.code_title_when_text_silent or not article.title \
            or not prefilter.passes(article.title, ""):
        return article
    # a text that names acts only in words that need their context ("threatening" in a comment policy under "Man
    # shot in Memphis") does not tell the act a headline names in a strong trigger word, unless the headline tells
    # a step after it (an arrest, a plea: the act is older news, and the page's date is not its own); nor does one
    # that tells only a wound ("is still in hospital with a bullet wound")
    if prefilter.passes(None, article.text) and not (
            relevance.tells_strong_act(article.title, "") and not follows_up(article.title)
            and not relevance.tells_strong_act(None, article.text, wounds=False)):
        return article
    return _with_title(article, article.title)


def _with_title(article: Article, title: str) -> Article:
    return replace(article, text=f"{read.closed_headline(title)}\n\n{article.text}")


def headline_retry(article: Article, options: Options, steps: bool = False) -> Article | None:
    """The article with its title as the text's first paragraph, to code again when its text (as `titled` left it)
    told no act: the title names one in the trigger scan's words and tells no step after it (an arrest, a sentence),
    and was not coded already. A page whose body is a video list or a sign-up box with an aside in act words ("Chief:
    Shooting of X was 'justified'"), or whose one act is in a sub-headline set off as a title line, is coded from its
    headline ("Gunman aimed at rival, but a toddler was hit"). The stored text is then the titled one,
    which stored_hash cannot foresee without the parse: a re-run codes such an article again, and the store skips it
    as the copy it holds (same content hash). With `steps`, a title telling a police step after its act (follows_up:
    an arrest, a charge), not a court's (court_step), is retried too."""
    from . import prefilter

    title = (article.title or "").strip()
    if not options.detect.code_title_when_text_silent or not title:
        return None
    if article.text.startswith(title) or not prefilter.passes(title, "") \
            or (follows_up(title) and not (steps and not court_step(title))):
        return None
    return _with_title(article, title)


def court_step(title: str) -> bool:
    """Whether a headline tells a court's step after its act (COURT_STEPS: "pleads not guilty", "sentenced")."""
    return _court_steps().search(title) is not None


def _court_steps() -> re.Pattern[str]:
    """One pattern of the word beginnings of data/court_steps.txt, each at the start of a word."""
    return word_starts(COURT_STEPS)


def visible(article: Article) -> Article:
    """The article as coded: its text and title without invisible format characters that split words
    (read.without_invisible: "shoot\u00ading" with a soft hyphen is no trigger word); the same article when it has
    none. Done before anything reads the text, so every evidence span points into the text the store keeps."""
    text = read.without_invisible(article.text)
    title = read.without_invisible(article.title) if article.title else article.title
    if text is article.text and title is article.title:
        return article
    return replace(article, text=text, title=title)


def stored_hash(article: Article, options: Options) -> str:
    """The content hash the store will keep for `article` once coded: that of the text as coded (visible, titled),
    so that a re-run recognises a title-only page it stored before without coding it again."""
    return titled(visible(article), options).content_hash


def prepare(article: Article, options: Options) -> tuple[tuple[Article, repair.Repaired], str]:
    """((article, its repaired text), the text to parse): what parse.parse_many takes for each article; an article
    whose title alone names an act is coded with it (titled)."""
    article = titled(article, options)
    repaired = repair.repair(article.text, options) if options.repair.enabled else repair.unrepaired(article.text)
    return (article, repaired), repaired.text
