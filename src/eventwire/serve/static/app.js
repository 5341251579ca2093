// The eventwire desk: map, timeline, list and incident panel over /api. No framework, no network but this server.
"use strict";

const FILTERS = ["country", "admin1", "from", "to", "event_type", "perpetrator", "min_killed", "q", "review"];
const TYPE_COLOURS = {
  "Battles": "#c0392b", "Explosions/Remote violence": "#e67e22", "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9", "Riots": "#16a085", "Strategic developments": "#7f8c8d",
};
const MAP_PAGES = 8;
const MAX_WEEKS = 2600;  // 50 years of weeks drawn continuously; beyond that only the weeks with incidents  // at most this many pages of max_page incidents on the map
const state = { filters: {}, incident: null, items: [], cursor: null, meta: null, weeks: [], gen: 0 };

const $ = (sel) => document.querySelector(sel);
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}
function colour(type) { return TYPE_COLOURS[type] || "#555"; }
function show(v) { return v === null || v === undefined ? "" : String(v); }

async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (options.body) headers["Content-Type"] = "application/json";
  if (options.method === "POST") {
    const token = sessionStorage.getItem("eventwire-token") || "";
    if (token) headers["Authorization"] = "Bearer " + token;
    const user = localStorage.getItem("eventwire-user") || "";
    if (user) headers["X-Eventwire-User"] = user;
  }
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const data = await response.json();
  if (!response.ok) throw new Error(data.message || response.statusText);
  return data;
}

// ---- URL state ---------------------------------------------------------------------------------------------
function readUrl() {
  const params = new URLSearchParams(location.search);
  state.filters = {};
  for (const k of FILTERS) if (params.get(k)) state.filters[k] = params.get(k);
  state.openId = params.get("incident");
  const form = $("#filters");
  for (const k of FILTERS) form.elements[k].value = state.filters[k] || "";
}
function writeUrl() {
  const params = new URLSearchParams(state.filters);
  if (state.incident) params.set("incident", state.incident.id);
  const query = params.toString();
  history.replaceState(null, "", query ? "?" + query : location.pathname);
}
function query(extra = {}, { dates = true } = {}) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(state.filters)) if (v && (dates || (k !== "from" && k !== "to"))) params.set(k, v);
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined) params.set(k, v);
  return params.toString();
}

// ---- map ---------------------------------------------------------------------------------------------------
const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 13 }).setView([15, 20], 2);
const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
map.addLayer(clusters);
async function drawBasemap() {
  const topo = await (await fetch("/static/vendor/countries-50m.json")).json();
  const land = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(land, { style: { color: "#8a8a7a", weight: 0.6, fillColor: "#f2efe6", fillOpacity: 1 },
                    interactive: false }).addTo(map);
  clusters.bringToFront && clusters.bringToFront();
}
const legend = L.control({ position: "bottomleft" });
legend.onAdd = () => {
  const div = el("div", { class: "legend" });
  for (const [t, c] of Object.entries(TYPE_COLOURS)) {
    const i = el("i"); i.style.background = c;
    div.append(i, t, el("br"));
  }
  return div;
};
legend.addTo(map);

async function loadMap() {
  const gen = state.gen;
  let cursor = null, shown = 0;
  const markers = [];
  for (let page = 0; page < MAP_PAGES; page++) {
    const data = await api("/api/incidents?" + query({ limit: state.meta.max_page, cursor }));
    if (gen !== state.gen) return;
    for (const inc of data.items) {
      if (inc.latitude === null || inc.longitude === null) continue;
      const radius = 5 + Math.min(14, Math.sqrt(inc.killed || 0) * 2);
      const m = L.circleMarker([inc.latitude, inc.longitude], {
        radius, color: "#222", weight: 1, fillColor: colour(inc.event_type), fillOpacity: 0.85 });
      m.bindTooltip(`${show(inc.date)} ${show(inc.location)}: ${show(inc.event_type)}, ${show(inc.killed)} killed`);
      m.on("click", () => openIncident(inc.id));
      m.options.incidentId = inc.id;
      markers.push(m);
      shown++;
    }
    cursor = data.next_cursor;
    if (!cursor) break;
  }
  clusters.clearLayers();
  clusters.addLayers(markers);
  $("#map").dataset.points = String(shown);
}

// ---- timeline ----------------------------------------------------------------------------------------------
async function loadTimeline() {
  const gen = state.gen;
  const data = await api("/api/aggregates?" + query({ by: "week" }, { dates: false }));
  if (gen !== state.gen) return;
  const weeks = data.groups.filter((g) => g.key);
  // every week between the first and the last, empty ones too, so the bars keep time (unless there are too many)
  const filled = [];
  if (weeks.length) {
    const byKey = new Map(weeks.map((w) => [w.key, w]));
    for (let k = weeks[0].key; k <= weeks[weeks.length - 1].key && filled.length <= MAX_WEEKS; k = shiftDays(k, 7))
      filled.push(byKey.get(k) || { key: k, incidents: 0, fatalities: 0 });
  }
  state.weeks = filled.length <= MAX_WEEKS ? filled : weeks;
  drawTimeline();
}
function weekIndex(day) {  // the index of the week holding `day` (YYYY-MM-DD)
  let found = -1;
  state.weeks.forEach((w, i) => { if (w.key <= day) found = i; });
  return found;
}
function drawTimeline() {
  const svg = $("#timeline");
  svg.replaceChildren();
  const width = svg.clientWidth || 600, height = 80, weeks = state.weeks;
  if (!weeks.length) return;
  const max = Math.max(...weeks.map((w) => w.incidents));
  const step = width / weeks.length;
  const NS = "http://www.w3.org/2000/svg";
  const from = state.filters.from, to = state.filters.to;
  weeks.forEach((w, i) => {
    if (!w.incidents) return;
    const h = Math.max(2, (w.incidents / max) * (height - 16));
    const r = document.createElementNS(NS, "rect");
    const inside = (!from || w.key >= shiftDays(from, -6)) && (!to || w.key <= to);
    r.setAttribute("class", "bar" + ((from || to) && inside ? " in" : ""));
    r.setAttribute("x", i * step); r.setAttribute("width", Math.max(1, step - 1));
    r.setAttribute("y", height - 12 - h); r.setAttribute("height", h);
    const title = document.createElementNS(NS, "title");
    title.textContent = `week of ${w.key}: ${w.incidents} incidents, ${w.fatalities} killed`;
    r.append(title);
    svg.append(r);
  });
  for (const i of [0, weeks.length - 1]) {
    const t = document.createElementNS(NS, "text");
    t.setAttribute("x", i ? width - 60 : 0); t.setAttribute("y", height - 1);
    t.textContent = weeks[i].key;
    svg.append(t);
  }
  svg.dataset.bars = String(weeks.length);
  svg.dataset.step = String(step);
}
function shiftDays(day, n) {
  const d = new Date(day + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function brushing() {
  const svg = $("#timeline");
  let start = null, box = null, moved = false;
  const at = (ev) => {
    const rect = svg.getBoundingClientRect();
    const step = (rect.width || 1) / Math.max(1, state.weeks.length);
    return Math.max(0, Math.min(state.weeks.length - 1, Math.floor((ev.clientX - rect.left) / step)));
  };
  svg.addEventListener("mousedown", (ev) => {
    if (!state.weeks.length) return;
    start = at(ev);
    moved = false;
    box = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    box.setAttribute("class", "brush"); box.setAttribute("y", 0); box.setAttribute("height", 68);
    svg.append(box);
  });
  svg.addEventListener("mousemove", (ev) => {
    if (start === null) return;
    const step = Number(svg.dataset.step), end = at(ev);
    moved = moved || end !== start;
    box.setAttribute("x", Math.min(start, end) * step);
    box.setAttribute("width", (Math.abs(end - start) + 1) * step);
  });
  window.addEventListener("mouseup", (ev) => {
    if (start === null) return;
    const end = at(ev), lo = Math.min(start, end), hi = Math.max(start, end);
    start = null;
    if (!moved) { box.remove(); return; }  // a click (or the two of a double click), not a drag
    state.filters.from = state.weeks[lo].key;
    state.filters.to = shiftDays(state.weeks[hi].key, 6);
    $("#filters").elements.from.value = state.filters.from;
    $("#filters").elements.to.value = state.filters.to;
    refresh({ timeline: false });
  });
  svg.addEventListener("dblclick", () => {
    delete state.filters.from; delete state.filters.to;
    $("#filters").elements.from.value = ""; $("#filters").elements.to.value = "";
    refresh({ timeline: false });
  });
}

// ---- list --------------------------------------------------------------------------------------------------
async function loadList(append = false) {
  const gen = state.gen;
  const data = await api("/api/incidents?" + query({ limit: 50, cursor: append ? state.cursor : null }));
  if (gen !== state.gen) return;
  if (!append) { state.items = []; $("#list tbody").replaceChildren(); }
  state.items.push(...data.items);
  state.cursor = data.next_cursor;
  for (const inc of data.items) {
    const row = el("tr", { "data-id": inc.id, onclick: () => openIncident(inc.id) });
    for (const v of [inc.date, inc.country, inc.admin1, inc.location, inc.event_type, inc.perpetrator, inc.killed,
                     inc.n_sources, inc.review]) row.append(el("td", { text: show(v), title: show(v) }));
    $("#list tbody").append(row);
  }
  $("#more").hidden = !state.cursor;
  $("#count").textContent = `${state.items.length}${state.cursor ? "+" : ""} incidents`;
  markSelected();
}
function markSelected() {
  for (const tr of document.querySelectorAll("#list tbody tr"))
    tr.classList.toggle("selected", !!state.incident && tr.dataset.id === state.incident.id);
}

// ---- incident panel ----------------------------------------------------------------------------------------
async function openIncident(id) {
  let inc;
  try { inc = await api("/api/incidents/" + encodeURIComponent(id)); }
  catch (e) { message(e.message, true); return; }
  state.incident = inc;
  writeUrl();
  markSelected();
  $("#panel").hidden = false;
  // an accidental shooting has no event type (ACLED codes no accident): the title says what it is instead
  const kind = inc.accident ? "accidental shooting" : show(inc.event_type);
  $("#p-title").textContent = `${show(inc.date)} · ${show(inc.location || inc.admin1 || inc.country)} · ${kind}`;
  const status = $("#p-review");
  status.textContent = inc.review; status.className = "status " + inc.review;
  drawFields(inc);
  drawSources(inc);
  drawHistory(inc);
  message("");
  map.invalidateSize();
}
function drawFields(inc) {
  const form = $("#p-fields");
  form.replaceChildren();
  const editable = state.meta.editable, corrected = new Set(inc.corrected_fields || []);
  const evidenceFields = new Set(inc.reports.flatMap((r) => Object.keys(r.evidence || {})));
  for (const [field, kind] of Object.entries(editable)) {
    const id = "f-" + field;
    const label = el("label", { for: id, text: field, "data-field": field,
                                class: evidenceFields.has(field) ? "has-evidence" : "" });
    label.addEventListener("mouseenter", () => highlight(field, true));
    label.addEventListener("mouseleave", () => highlight(field, false));
    const value = field === "killed" || field === "wounded" ? inc[field + "_best"] ?? inc[field] : inc[field];
    const input = el("input", { id, name: field, value: show(value), "data-kind": kind,
                                type: kind === "str" ? "text" : "number", step: kind === "float" ? "any" : "1" });
    input.dataset.original = show(value);
    if (corrected.has(field)) { input.classList.add("corrected"); input.title = "corrected by hand"; }
    input.addEventListener("input", () => input.classList.toggle("changed", input.value !== input.dataset.original));
    input.addEventListener("focus", () => highlight(field, true));
    input.addEventListener("blur", () => highlight(field, false));
    if (!state.meta.writable) input.readOnly = true;
    form.append(label, input);
  }
  form.append(el("label", { for: "f-reason", text: "reason" }),
              el("input", { id: "f-reason", name: "_reason", placeholder: "optional, kept in the history" }));
  const actions = el("div", { class: "row-actions" },
                     el("button", { type: "submit", id: "p-save", text: "Save corrections" }));
  form.append(actions);
  for (const b of ["#p-accept", "#p-reject", "#p-reopen"]) $(b).disabled = !state.meta.writable;
  $("#p-save").disabled = !state.meta.writable;
}
function highlight(field, on) {
  for (const m of document.querySelectorAll("mark.ev"))
    if (m.dataset.fields.split(" ").includes(field)) m.classList.toggle("active", on);
}
function markedText(text, evidence) {
  // split the text at every span boundary; each piece is marked with the fields whose evidence covers it
  const spans = [];
  for (const [field, list] of Object.entries(evidence || {}))
    for (const s of list) if (s.end > s.start && s.start >= 0 && s.end <= text.length) spans.push([s.start, s.end, field]);
  const cuts = new Set([0, text.length]);
  for (const [a, b] of spans) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = el("div", { class: "text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const fields = [...new Set(spans.filter(([s, e]) => s <= a && e >= b).map(([, , f]) => f))];
    const piece = text.slice(a, b);
    if (fields.length) out.append(el("mark", { class: "ev", "data-fields": fields.join(" "), title: fields.join(", "), text: piece }));
    else out.append(piece);
  }
  return out;
}
function drawSources(inc) {
  const box = $("#p-sources");
  box.replaceChildren();
  const s = inc.source_summary;
  $("#p-sources-note").textContent = `${s.reports} reports, ${s.articles} articles` +
    (s.outlets.length ? `, ${s.outlets.join(", ")}` : "") + (s.first_published ? `, ${s.first_published} to ${s.last_published}` : "");
  for (const r of inc.reports) {
    const c = r.coded;
    box.append(el("div", { class: "source", "data-report": r.report_id },
      el("h4", { text: r.title || r.report_id }),
      el("div", { class: "meta", text: [r.source, r.published, r.url].filter(Boolean).join(" · ") }),
      el("div", { class: "coded", text: `coded: ${show(c.date)} · ${show(c.location)} · killed ${show(c.killed)} · wounded ${show(c.wounded)} · ${show(c.perpetrator)}` }),
      markedText(r.text || "", r.evidence)));
  }
}
function drawHistory(inc) {
  const list = $("#p-history");
  list.replaceChildren();
  for (const h of inc.history) {
    const what = h.field ? `${h.field}: ${JSON.stringify(h.old_value)} → ${JSON.stringify(h.new_value)}` : "";
    list.append(el("li", { class: "audit", text: `${h.at} ${h.by_user} ${h.action} ${what}${h.reason ? " (" + h.reason + ")" : ""}` }));
  }
  if (!inc.history.length) list.append(el("li", { text: "no changes by hand" }));
}
function message(text, isError = false) {
  const m = $("#p-message"); m.textContent = text; m.className = isError ? "error" : "";
}
async function saveFields(ev) {
  ev.preventDefault();
  const inc = state.incident, changes = {};
  for (const input of $("#p-fields").querySelectorAll("input[data-kind]")) {
    if (input.value === input.dataset.original) continue;
    const kind = input.dataset.kind;
    changes[input.name] = input.value === "" ? null : kind === "int" ? parseInt(input.value, 10)
      : kind === "float" ? parseFloat(input.value) : input.value;
  }
  if (!Object.keys(changes).length) { message("nothing changed"); return; }
  const reason = $("#f-reason").value || null;
  try {
    await api(`/api/incidents/${encodeURIComponent(inc.id)}/corrections`,
              { method: "POST", body: JSON.stringify({ changes, reason }) });
    await openIncident(inc.id);
    message("saved: " + Object.keys(changes).join(", "));
    refresh({ keepPanel: true });
  } catch (e) { message(e.message, true); }
}
async function setStatus(status) {
  const inc = state.incident;
  if (!inc) return;
  try {
    await api(`/api/incidents/${encodeURIComponent(inc.id)}/review`, { method: "POST", body: JSON.stringify({ status }) });
    await openIncident(inc.id);
    message(status);
    await loadList();
  } catch (e) { message(e.message, true); }
}
function step(delta) {
  if (!state.items.length) return;
  const at = state.incident ? state.items.findIndex((i) => i.id === state.incident.id) : -1;
  const next = state.items[Math.max(0, Math.min(state.items.length - 1, at + delta))];
  if (next) openIncident(next.id);
}
function closePanel() { state.incident = null; $("#panel").hidden = true; writeUrl(); markSelected(); map.invalidateSize(); }

// ---- wiring ------------------------------------------------------------------------------------------------
async function refresh({ timeline = true, keepPanel = true } = {}) {
  state.gen += 1;
  writeUrl();
  const jobs = [loadMap(), loadList()];
  if (timeline) jobs.push(loadTimeline()); else drawTimeline();
  await Promise.all(jobs);
  if (!keepPanel) closePanel();
  document.body.dataset.ready = "1";
}
async function main() {
  state.meta = await api("/api/meta");
  const select = $("#filters").elements.event_type;
  for (const t of state.meta.event_types) select.append(el("option", { value: t, text: t }));
  readUrl();
  $("#user").value = localStorage.getItem("eventwire-user") || "";
  $("#token").value = sessionStorage.getItem("eventwire-token") || "";
  $("#user").addEventListener("change", (e) => localStorage.setItem("eventwire-user", e.target.value));
  $("#token").addEventListener("change", (e) => sessionStorage.setItem("eventwire-token", e.target.value));
  $("#token").hidden = !state.meta.writable;
  $("#filters").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.filters = {};
    for (const k of FILTERS) { const v = ev.target.elements[k].value.trim(); if (v) state.filters[k] = v; }
    refresh().catch((e) => message(e.message, true));
  });
  $("#clear").addEventListener("click", () => { $("#filters").reset(); state.filters = {}; refresh(); });
  $("#more").addEventListener("click", () => loadList(true));
  $("#p-fields").addEventListener("submit", saveFields);
  $("#p-accept").addEventListener("click", () => setStatus("accepted"));
  $("#p-reject").addEventListener("click", () => setStatus("rejected"));
  $("#p-reopen").addEventListener("click", () => setStatus("unreviewed"));
  $("#p-next").addEventListener("click", () => step(1));
  $("#p-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (ev) => {
    const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement.tagName);
    if (ev.key === "Escape") { if (typing) document.activeElement.blur(); else closePanel(); return; }
    if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const actions = { j: () => step(1), n: () => step(1), k: () => step(-1), p: () => step(-1),
                      a: () => setStatus("accepted"), r: () => setStatus("rejected"),
                      e: () => { const f = $("#f-killed"); if (f) { f.focus(); f.select(); } } };
    if (actions[ev.key]) { ev.preventDefault(); actions[ev.key](); }
  });
  // the panel opening or closing narrows or widens the timeline: redraw it at its new width
  new ResizeObserver(() => drawTimeline()).observe($("#timeline"));
  brushing();
  await drawBasemap();
  await refresh();
  if (state.openId) await openIncident(state.openId);
}
main().catch((e) => { document.body.dataset.error = e.message; console.error(e); });
