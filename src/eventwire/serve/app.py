"""The analyst's desk as one ASGI app: the read API, review and correction, exports, and the web app at `/`.

A thin layer: each route checks its inputs, calls a function of eventwire.serve.queries or eventwire.review, and
returns its data. Errors of the library become one JSON shape, {"error": <kind>, "message": <one line>}, with a
status code per kind (ERROR_STATUS)."""

import datetime
import enum
import io
import os
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from importlib import resources
from typing import IO, Annotated, Any, Literal, cast

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import review
from ..errors import EventwireError, NotFoundError, StoreError, UsageError
from ..export import FORMATS as EXPORT_FORMATS
from ..options import Options
from ..store import IncidentFilter, Store, open_store
from . import queries

#: environment variable holding the desk token (otherwise `eventwire serve` makes one and stores its hash)
TOKEN_ENV = "EVENTWIRE_TOKEN"
#: header naming the analyst in the audit trail (the token proves the right to edit; the name is a label)
USER_HEADER = "X-Eventwire-User"
#: an analyst's name in the audit trail: up to 100 ASCII letters, digits, spaces and . @ ' -
USER_PATTERN = r"^[A-Za-z0-9 .@'_-]{1,100}$"
#: HTTP status per library error kind; anything else unexpected is a 500 in the same shape
ERROR_STATUS: dict[type[EventwireError], int] = {UsageError: 400, NotFoundError: 404, StoreError: 409}
#: a bounding box: four decimal numbers
BBOX_PATTERN = r"^-?\d{1,3}(\.\d{1,10})?(,-?\d{1,3}(\.\d{1,10})?){3}$"
#: export media types: the formats of eventwire.export (every one not named here is a CSV layout)
EXPORT_MEDIA = {"geojson": "application/geo+json", "jsonl": "application/x-ndjson",
                "parquet": "application/vnd.apache.parquet"}
EXPORT_TYPES = {f: EXPORT_MEDIA.get(f, "text/csv") for f in EXPORT_FORMATS}
ExportFormat = enum.Enum("ExportFormat", {f.replace("-", "_"): f for f in EXPORT_FORMATS}, type=str)  # type: ignore[misc]
#: chunks of an export waiting for a slow client; the export thread gives up after EXPORT_STALL_S without room
EXPORT_QUEUE = 64
EXPORT_STALL_S = 60.0
#: static files' media types by suffix
MEDIA = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css",
         ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml"}
#: every response's security headers: nothing from elsewhere is loaded (the app works offline by design)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    # Leaflet positions tiles and markers with inline styles, hence style-src 'unsafe-inline'
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                               "frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
}


#: a review status as a query parameter, and the groupings of /api/aggregates
Status = Literal["unreviewed", "accepted", "corrected", "rejected"]
Group = Literal["week", "month", "event_type", "country", "admin1", "actor"]


class ErrorBody(BaseModel):
    error: str = Field(description="The kind of error: NotFoundError, UsageError, ValidationError, ...")
    message: str = Field(description="One line naming the input and the problem")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text} for code, text in (
        (400, "A parameter's value is not valid"), (401, "Token missing or wrong"),
        (403, "The desk is read-only (no token configured)"), (404, "No such record"),
        (409, "The change cannot be made to the data as it stands"), (413, "Request body too large"),
        (422, "The request does not match the schema"))
}


Text = Annotated[str, Field(min_length=1, max_length=review.MAX_TEXT, pattern=r"\S")]
Count = Annotated[int, Field(ge=0, le=review.MAX_COUNT)]


class Changes(BaseModel):
    """The fields to correct (review.EDITABLE) and their new values; null means unknown."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"minProperties": 1})
    date: datetime.date | None = None
    country: Annotated[str, Field(pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2")] | None = None
    admin1: Text | None = None
    admin2: Text | None = None
    location: Text | None = None
    latitude: Annotated[float, Field(ge=-90, le=90)] | None = None
    longitude: Annotated[float, Field(ge=-180, le=180)] | None = None
    event_type: Text | None = None
    sub_event_type: Text | None = None
    perpetrator: Text | None = None
    killed: Count | None = None
    wounded: Count | None = None

    @model_validator(mode="after")
    def some(self) -> "Changes":
        if not self.model_fields_set:
            raise ValueError("name at least one field to correct")
        return self

    def given(self) -> dict[str, Any]:
        out = {}
        for name in self.model_fields_set:
            value = getattr(self, name)
            out[name] = value.isoformat() if isinstance(value, datetime.date) else value
        return out


class Correction(BaseModel):
    model_config = ConfigDict(extra="forbid")
    changes: Changes
    reason: str | None = Field(None, max_length=review.MAX_TEXT)


class StatusChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Literal["accepted", "rejected", "unreviewed"]
    reason: str | None = Field(None, max_length=review.MAX_TEXT)


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    ids: list[str] = Field(min_length=2, max_length=100, description="the first keeps its id")
    reason: str | None = Field(None, max_length=review.MAX_TEXT)


class SplitRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    report_ids: list[str] | None = Field(None, max_length=1000,
                                         description="reports to move out; none: each report its own incident")
    reason: str | None = Field(None, max_length=review.MAX_TEXT)


@dataclass
class DeskConfig:
    """What the app needs besides the options: the database and how edits are authorised."""

    db: str
    options: Options
    env_token: str | None = None
    token_digests: list[str] = field(default_factory=list)
    read_only: bool = False

    @property
    def writable(self) -> bool:
        return not self.read_only and bool(self.env_token or self.token_digests)


class _Stores:
    """One open Store per worker thread (an SQLite connection belongs to the thread that opened it)."""

    def __init__(self, config: DeskConfig):
        self.config = config
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[Store] = []

    def get(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = open_store(self.config.db, self.config.options, create=False)
            self.local.store = store
            with self.lock:
                self.opened.append(store)
        return store

    def close(self) -> None:
        with self.lock:
            for s in self.opened:
                # closing at shutdown: a thread may still hold it, and there is nothing left to report to
                with suppress(Exception):
                    s.close()
            self.opened.clear()


class _ThreadStore:
    """Stands for the Store of whichever thread uses it."""

    def __init__(self, stores: _Stores):
        self._stores = stores

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stores.get(), name)


class _Guard:
    """Plain ASGI (cheaper per request than Starlette's BaseHTTPMiddleware): the security headers on every
    response, and request bodies over `limit` bytes refused with 413, by Content-Length or by counting."""

    def __init__(self, app: ASGIApp, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length" and (not value.isdigit() or int(value) > self.limit):
                await _send_error(send, 413, "PayloadTooLarge", f"request body over {self.limit} bytes")
                return
        seen = 0
        extra = [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

        async def headed(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []), *(h for h in extra if h[0] not in present)]
            await send(message)

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise _TooLarge()
            return message

        try:
            await self.app(scope, counted, headed)
        except _TooLarge:
            await _send_error(send, 413, "PayloadTooLarge", f"request body over {self.limit} bytes")


class _TooLarge(Exception):
    pass


async def _send_error(send: Send, status: int, kind: str, message: str) -> None:
    import json

    body = json.dumps({"error": kind, "message": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _static_files() -> dict[str, tuple[bytes, str]]:
    """The web app's files, read once from the package: a request names one of these keys, never a path."""
    out: dict[str, tuple[bytes, str]] = {}
    root = resources.files("eventwire.serve") / "static"

    def walk(node: Any, prefix: str) -> None:
        for child in node.iterdir():
            name = prefix + child.name
            if child.is_dir():
                walk(child, name + "/")
            else:
                suffix = os.path.splitext(child.name)[1]
                if suffix in MEDIA:
                    out[name] = (child.read_bytes(), MEDIA[suffix])

    walk(root, "")
    return out


def create_app(config: DeskConfig) -> FastAPI:
    """The desk for one database."""
    serve = config.options.serve
    stores = _Stores(config)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        import anyio.to_thread

        anyio.to_thread.current_default_thread_limiter().total_tokens = int(serve.threads)
        try:
            yield
        finally:
            stores.close()

    app = FastAPI(title="eventwire desk", version="1", summary="Explore, map, review and correct incidents",
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json", lifespan=lifespan)
    app.state.config = config
    app.state.stores = stores
    _error_handlers(app)
    _middleware(app, serve)
    app.include_router(_api(config, *_dependencies(config, stores)))
    _web_app(app)
    return app


def _error_handlers(app: FastAPI) -> None:
    """Every error as {"error": kind, "message": one line}."""

    def error(status: int, kind: str, message: str) -> JSONResponse:
        return JSONResponse({"error": kind, "message": message}, status_code=status, headers=SECURITY_HEADERS)

    @app.exception_handler(EventwireError)
    async def library_error(_: Request, exc: EventwireError) -> JSONResponse:
        status = next((code for kind, code in ERROR_STATUS.items() if isinstance(exc, kind)), 400)
        return error(status, type(exc).__name__, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query", "path"))
        return error(422, "ValidationError", f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = {401: "Unauthorized", 403: "Forbidden", 404: "NotFoundError", 405: "MethodNotAllowed"}.get(
            exc.status_code, "HTTPError")
        return error(exc.status_code, kind, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(_: Request, exc: Exception) -> JSONResponse:
        return error(500, "InternalError", f"{type(exc).__name__} (a bug; the server log has the details)")



def _middleware(app: FastAPI, serve: Any) -> None:
    """Security headers, CORS only when configured, the request body limit."""

    if serve.cors_origins:
        from starlette.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(serve.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", USER_HEADER, "Content-Type"])
    app.add_middleware(_Guard, limit=int(serve.max_body_bytes))



def _dependencies(config: DeskConfig, stores: _Stores) -> tuple[Callable[..., Store], Callable[..., str],
                                                                  Callable[..., IncidentFilter]]:
    """The routes' dependencies: the thread's store, the analyst making an edit, the list filters."""

    def store() -> Store:
        # FastAPI runs a sync dependency and its endpoint in different pool threads: hand over a proxy that finds
        # the calling thread's own connection on each use
        return cast(Store, _ThreadStore(stores))

    def editor(
        authorization: Annotated[str | None, Header(description="Bearer <token>")] = None,
        x_eventwire_user: Annotated[str | None, Header(description="the analyst's name for the audit trail",
                                                       pattern=USER_PATTERN)] = None,
    ) -> str:
        """The analyst making an edit; 403 when the desk is read-only, 401 without the right token."""
        if not config.writable:
            raise StarletteHTTPException(403, "read-only desk: no token is configured (set EVENTWIRE_TOKEN or "
                                              "let `eventwire serve` make one)")
        scheme, _, presented = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not presented or not review.token_matches(
                presented.strip(), env_token=config.env_token, digests=config.token_digests):
            raise StarletteHTTPException(401, "missing or wrong token (Authorization: Bearer <token>)")
        return (x_eventwire_user or "").strip() or "analyst"

    def filters(
        country: Annotated[str | None, Query(max_length=100, description="ISO code or name")] = None,
        admin1: Annotated[str | None, Query(max_length=200)] = None,
        date_from: Annotated[datetime.date | None, Query(alias="from", description="YYYY-MM-DD, inclusive")] = None,
        date_to: Annotated[datetime.date | None, Query(alias="to", description="YYYY-MM-DD, inclusive")] = None,
        event_type: Annotated[str | None, Query(max_length=200)] = None,
        perpetrator: Annotated[str | None, Query(max_length=200, description="part of the name")] = None,
        min_killed: Annotated[int | None, Query(ge=0, le=review.MAX_COUNT)] = None,
        q: Annotated[str | None, Query(max_length=500, description="words in any source article")] = None,
        bbox: Annotated[str | None, Query(pattern=BBOX_PATTERN, description="west,south,east,north in degrees")] = None,
        review_status: Annotated[Status | None, Query(alias="review")] = None,
        with_rejected: Annotated[bool, Query(description="include rejected incidents")] = False,
        accident: Annotated[bool | None, Query(description="true: only accidental shootings; false: none")] = None,
    ) -> IncidentFilter:
        box = None
        if bbox:
            # a box with south above north (or west east of east) holds nothing, and finds nothing
            west, south, east, north = (float(v) for v in bbox.split(","))
            box = (west, south, east, north)
        return IncidentFilter(country=country, admin1=admin1, date_from=date_from.isoformat() if date_from else None,
                              date_to=date_to.isoformat() if date_to else None,
                              event_type=event_type, perpetrator=perpetrator, min_killed=min_killed, text=q or None,
                              limit=None, bbox=box, review=review_status, with_rejected=with_rejected,
                              accident=accident)

    return store, editor, filters


def _api(config: DeskConfig, store: Callable[..., Store], editor: Callable[..., str],
         filters: Callable[..., IncidentFilter]) -> APIRouter:
    """The /api routes: each a thin layer over eventwire.serve.queries or eventwire.review."""
    serve = config.options.serve
    max_page = int(serve.max_page)
    StoreDep = Annotated[Store, Depends(store)]
    Filters = Annotated[IncidentFilter, Depends(filters)]
    Editor = Annotated[str, Depends(editor)]
    Limit = Annotated[int, Query(ge=1, le=max_page)]
    Cursor = Annotated[str | None, Query(max_length=500)]
    page = int(serve.page)
    api = APIRouter(prefix="/api", responses=ERRORS)

    @api.get("/meta", summary="What the desk offers: editable fields, statuses, sorts, groupings, write access")
    def meta(s: StoreDep) -> dict[str, Any]:
        types = [r["event_type"] for r in s._all(
            "SELECT DISTINCT event_type FROM incidents WHERE event_type IS NOT NULL ORDER BY event_type LIMIT 100")]
        return {"editable": {k: v.__name__ for k, v in review.EDITABLE.items()}, "statuses": list(review.STATUSES),
                "sorts": list(queries.SORTS), "groups": list(queries.GROUPS), "formats": list(EXPORT_TYPES),
                "writable": config.writable, "max_page": max_page, "event_types": types,
                "backend": s.backend, "counts": s.counts()}

    @api.get("/incidents", summary="Incidents matching the filters, one page at a time")
    def incidents(s: StoreDep, flt: Filters,
                  sort: Annotated[str, Query(pattern="^-?(date|killed|updated)$")] = "-date",
                  cursor: Cursor = None, limit: Limit = page) -> JSONResponse:
        return _json(queries.list_incidents(s, flt, sort=sort, cursor=cursor, limit=limit))

    @api.get("/incidents/{incident_id}", summary="One incident: fields, sources, evidence, dedupe log, history")
    def incident(incident_id: str, s: StoreDep) -> JSONResponse:
        return _json(queries.incident_detail(s, incident_id))

    @api.get("/incidents/{incident_id}/history", summary="The audit entries of an incident, oldest first")
    def history(incident_id: str, s: StoreDep) -> list[dict[str, Any]]:
        review._status_of(s, incident_id)
        return review.history(s, incident_id)

    @api.get("/articles", summary="Stored articles, one page at a time")
    def articles(s: StoreDep, q: Annotated[str | None, Query(max_length=500)] = None, cursor: Cursor = None,
                 limit: Limit = page) -> dict[str, Any]:
        return queries.list_articles(s, text=q or None, cursor=cursor, limit=limit)

    @api.get("/articles/{article_id}", summary="One article with its text and the incidents coded from it")
    def article(article_id: str, s: StoreDep) -> dict[str, Any]:
        return queries.article(s, article_id)

    @api.get("/aggregates", summary="Counts and fatalities per week, month, event type, country, admin1 or actor")
    def aggregates(s: StoreDep, flt: Filters, by: Group = "week") -> dict[str, Any]:
        return queries.aggregate(s, flt, by)

    @api.get("/export/{fmt}", summary="The filtered incidents in an export format, streamed",
             response_class=StreamingResponse,
             responses={200: {"content": {t: {} for t in sorted(set(EXPORT_TYPES.values()))}}})
    def export(fmt: ExportFormat, s: StoreDep, flt: Filters) -> StreamingResponse:
        s._where(flt)  # a bad filter is a 400 now, not a broken stream later
        kind = str(fmt.value)
        name = f"eventwire-{kind}.{'csv' if EXPORT_TYPES[kind] == 'text/csv' else kind}"
        return StreamingResponse(_export_stream(config, kind, flt), media_type=EXPORT_TYPES[kind],
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    @api.get("/corrections", summary="Corrections as training examples, one JSON object a line",
             response_class=StreamingResponse, responses={200: {"content": {"application/x-ndjson": {}}}})
    def corrections(s: StoreDep) -> StreamingResponse:
        return StreamingResponse(iter(list(queries.training_jsonl(s))), media_type="application/x-ndjson")

    @api.post("/incidents/{incident_id}/corrections", summary="Correct fields by hand (token)")
    def correct(incident_id: str, body: Correction, user: Editor, s: StoreDep) -> dict[str, Any]:
        made = review.correct(s, incident_id, body.changes.given(), user, body.reason)
        return {"changed": made, "incident": queries.incident_detail(s, incident_id)}

    @api.post("/incidents/{incident_id}/review", summary="Accept, reject or reopen an incident (token)")
    def set_review(incident_id: str, body: StatusChange, user: Editor, s: StoreDep) -> dict[str, Any]:
        old = review.set_status(s, incident_id, body.status, user, body.reason)
        return {"id": incident_id, "old": old, "review": body.status}

    @api.post("/merge", summary="Merge incidents into the first named (token)")
    def merge(body: MergeRequest, user: Editor, s: StoreDep) -> dict[str, Any]:
        return {"id": review.merge(s, body.ids, user, body.reason)}

    @api.post("/incidents/{incident_id}/split", summary="Split reports out of an incident (token)")
    def split(incident_id: str, body: SplitRequest, user: Editor, s: StoreDep) -> dict[str, Any]:
        return {"ids": review.split(s, incident_id, body.report_ids, user, body.reason)}

    return api


def _web_app(app: FastAPI) -> None:
    """The web app's page and files, from memory (see _static_files)."""
    static = _static_files()

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        body, media = static["index.html"]
        return Response(body, media_type=media)

    @app.get("/static/{name:path}", include_in_schema=False)
    def static_file(name: str) -> Response:
        found = static.get(name)
        if found is None:
            raise StarletteHTTPException(404, f"no static file {name[:100]!r}")
        return Response(found[0], media_type=found[1], headers={"Cache-Control": "max-age=3600"})



def _json(data: Any) -> JSONResponse:
    """A JSON response written straight from the library's data (plain JSON types already): the hot routes skip
    FastAPI's validation of a return type that says no more than "an object"."""
    return JSONResponse(data)


class _QueueWriter(io.RawIOBase):
    """A file the export thread writes into; the response reads the chunks from the queue."""

    def __init__(self, chunks: queue.Queue[bytes | BaseException | None]):
        self.chunks = chunks
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
        if raw:
            self.chunks.put(raw, timeout=EXPORT_STALL_S)
            self.size += len(raw)
        return len(data)

    def tell(self) -> int:
        return self.size


def _export_stream(config: DeskConfig, fmt: str, flt: IncidentFilter) -> Iterator[bytes]:
    """An export run in its own thread (with its own connection), handed over chunk by chunk."""
    from ..export import export as run_export
    from ..export import write_parquet

    chunks: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=EXPORT_QUEUE)

    def produce() -> None:
        try:
            with open_store(config.db, config.options, create=False) as s:
                raw = _QueueWriter(chunks)
                if fmt == "parquet":
                    write_parquet(s.iter_incidents(flt), cast(IO[bytes], raw))
                else:
                    text = io.TextIOWrapper(io.BufferedWriter(raw, 65536), encoding="utf-8", newline="",
                                            write_through=False)
                    run_export(s, fmt, text, flt)
                    text.flush()
            chunks.put(None, timeout=EXPORT_STALL_S)
        except queue.Full:
            return  # the client went away
        except BaseException as exc:  # noqa: BLE001 - handed to the response, which ends the stream
            try:
                chunks.put(exc, timeout=EXPORT_STALL_S)
            except queue.Full:
                return

    threading.Thread(target=produce, name="eventwire-export", daemon=True).start()
    while True:
        item = chunks.get()
        if item is None:
            return
        if isinstance(item, BaseException):
            raise item
        yield item
