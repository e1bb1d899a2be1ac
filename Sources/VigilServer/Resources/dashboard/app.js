// Vigil dashboard: plain JavaScript over the JSON API (see /api/openapi.json). No build step.
"use strict";

const TYPE_COLORS = {
  "Battles": "#c62828",
  "Explosions/Remote violence": "#ef6c00",
  "Violence against civilians": "#6a1b9a",
  "Protests": "#1565c0",
  "Riots": "#ad1457",
  "Strategic developments": "#2e7d32",
};
const FIELD_COLORS = {
  event_date: "#ffe082", sub_event_type: "#ffab91", event_type: "#ffab91", actor1: "#90caf9", assoc_actor_1: "#bbdefb",
  actor2: "#ce93d8", assoc_actor_2: "#e1bee7", location: "#a5d6a7", admin1: "#c5e1a5", country: "#dcedc8",
  fatalities: "#ef9a9a", injuries: "#f8bbd0", attack_count: "#ffcc80", weapon: "#b0bec5", target: "#80deea",
  claimed_by: "#fff59d", claimed: "#fff59d", civilian_targeting: "#d7ccc8",
};
const FIELD_FALLBACK = ["#b2dfdb", "#f0f4c3", "#d1c4e9", "#ffccbc", "#cfd8dc"];
const EDITABLE = [
  ["event_date", "date"], ["sub_event_type", "subtype"], ["actor1", "text"], ["actor2", "text"],
  ["location", "text"], ["admin1", "text"], ["country", "text"], ["latitude", "number"], ["longitude", "number"],
  ["fatalities", "integer"], ["injuries", "integer"], ["attack_count", "integer"], ["weapon", "text"],
  ["target", "text"], ["claimed", "boolean"], ["claimed_by", "text"],
];
const SUB_TYPES = {
  "Battles": ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"],
  "Protests": ["Excessive force against protesters", "Protest with intervention", "Peaceful protest"],
  "Riots": ["Violent demonstration", "Mob violence"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

const state = { sort: "-event_date", cursor: null, events: [], token: localStorage.getItem("vigil-token") || "", tokenName: "" };
const $ = (selector, root = document) => root.querySelector(selector);
const el = (tag, attributes = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
};
const typeColor = (type) => TYPE_COLORS[type] || "#546e7a";

// ---- API ----
class APIError extends Error {
  constructor(status, message, parameter) { super(message); this.status = status; this.parameter = parameter; }
}
async function api(path, options = {}) {
  const headers = Object.assign({}, options.headers || {});
  if (state.token) headers.Authorization = "Bearer " + state.token;
  if (options.body && typeof options.body !== "string") { headers["Content-Type"] = "application/json"; options.body = JSON.stringify(options.body); }
  const response = await fetch(path, Object.assign({}, options, { headers }));
  const text = await response.text();
  const data = text ? JSON.parse(text) : {};
  if (!response.ok) {
    const error = data.error || {};
    throw new APIError(response.status, error.message || response.statusText, error.parameter);
  }
  return data;
}
function toast(message) {
  const node = $("#toast");
  node.textContent = message;
  node.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { node.hidden = true; }, 4000);
}

// ---- Filters ----
function filterParams() {
  const form = $("#filters");
  const params = new URLSearchParams();
  for (const name of ["from", "to", "country", "actor", "q", "min_confidence", "claimed", "review_status", "view"]) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  const types = [...form.querySelectorAll("input[name=event_type]:checked")].map((box) => box.value);
  if (types.length && types.length < Object.keys(TYPE_COLORS).length) params.set("event_type", types.join(","));
  return params;
}
function query(params) {
  // Spaces as %20 (the API reads '+' literally).
  return [...params].map(([key, value]) => encodeURIComponent(key) + "=" + encodeURIComponent(value)).join("&");
}
function buildFilterPanel() {
  const fieldset = $("#type-filter");
  for (const [type, color] of Object.entries(TYPE_COLORS)) {
    fieldset.append(el("label", {}, el("input", { type: "checkbox", name: "event_type", value: type, checked: true }),
      el("span", { class: "swatch", style: `background:${color}` }), type));
  }
  const legend = $("#legend");
  for (const [type, color] of Object.entries(TYPE_COLORS)) {
    legend.append(el("span", {}, el("span", { class: "swatch", style: `background:${color}` }), type));
  }
  $("#filters").addEventListener("submit", (event) => { event.preventDefault(); refresh({ fit: true }); });
  $("#filters").addEventListener("reset", () => setTimeout(() => refresh({ fit: true }), 0));
  // On a phone the map comes first; the filters open on demand.
  if (window.matchMedia("(max-width: 820px)").matches) $("#filter-details").open = false;
}

// ---- Map ----
let map, markerLayer, baseLayer;
function buildMap() {
  map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 12, attributionControl: true }).setView([30, 40], 3);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  fetch("data/countries.geojson").then((r) => r.json()).then((countries) => {
    baseLayer = L.geoJSON(countries, {
      style: { color: "#8a9aa9", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
      attribution: "Natural Earth",
      interactive: false,
    }).addTo(map);
    baseLayer.bringToBack();
  });
  markerLayer = L.layerGroup().addTo(map);
  map.on("zoomend", () => { if (state.mapEvents) drawMarkers(false); });
}
// Markers are sized by fatalities (the legend says so); an event without deaths keeps the smallest size.
function radius(event) {
  return 6 + Math.min(16, Math.sqrt(event.fatalities || 0) * 3);
}
// Below this zoom, nearby events gather into clusters; from it on, every event has its own marker.
const SPREAD_ZOOM = 5;
function drawMarkers(fit) {
  markerLayer.clearLayers();
  const placed = state.mapEvents.filter((event) => event.latitude !== null && event.longitude !== null);
  if (fit && placed.length) {
    map.fitBounds(L.latLngBounds(placed.map((e) => [e.latitude, e.longitude])).pad(0.3), { maxZoom: 7, animate: false });
  }
  const zoom = map.getZoom();
  const cellSize = zoom < SPREAD_ZOOM ? 40 : 6;
  const cells = new Map();
  for (const event of placed) {
    const point = map.project([event.latitude, event.longitude], zoom);
    const key = Math.round(point.x / cellSize) + ":" + Math.round(point.y / cellSize);
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(event);
  }
  for (const group of cells.values()) {
    if (group.length === 1) addMarker(group[0], group[0].latitude, group[0].longitude);
    else if (zoom < SPREAD_ZOOM) addCluster(group);
    else {
      // Events at one place are spread on a small ring so each stays visible and clickable.
      const center = map.project([group[0].latitude, group[0].longitude], zoom);
      group.forEach((event, k) => {
        const angle = (2 * Math.PI * k) / group.length;
        const at = map.unproject(center.add(L.point(Math.cos(angle) * 14, Math.sin(angle) * 14)), zoom);
        addMarker(event, at.lat, at.lng);
      });
    }
  }
}
function addCluster(group) {
  const lat = group.reduce((sum, e) => sum + e.latitude, 0) / group.length;
  const lon = group.reduce((sum, e) => sum + e.longitude, 0) / group.length;
  const counts = {};
  for (const event of group) counts[event.event_type] = (counts[event.event_type] || 0) + 1;
  const main = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  const size = 24 + Math.min(20, Math.sqrt(group.length) * 4);
  const icon = L.divIcon({
    className: "", iconSize: [size, size],
    html: `<div class="cluster" style="width:${size}px;height:${size}px;background:${typeColor(main)}">${group.length}</div>`,
  });
  const marker = L.marker([lat, lon], { icon, keyboard: true, title: `${group.length} events: zoom in`, alt: `${group.length} events` });
  marker.on("click", () => {
    const bounds = L.latLngBounds(group.map((e) => [e.latitude, e.longitude]));
    map.fitBounds(bounds.pad(0.5), { maxZoom: Math.max(SPREAD_ZOOM, map.getZoom() + 2) });
  });
  marker.addTo(markerLayer);
}
function addMarker(event, lat, lon) {
  const marker = L.circleMarker([lat, lon], {
    radius: radius(event), color: "#fff", weight: 1.5, fillColor: typeColor(event.event_type), fillOpacity: 0.85,
    className: "vigil-marker",
  });
  marker.bindTooltip(`${event.event_date} · ${event.sub_event_type}<br>${escapeHTML(event.location || event.country)}${event.fatalities ? " · " + event.fatalities + " killed" : ""}`);
  marker.on("click", () => openEvent(event.event_id));
  marker.on("add", () => {
    const path = marker.getElement();
    if (!path) return;
    path.setAttribute("data-event-id", event.event_id);
    path.setAttribute("tabindex", "0");
    path.setAttribute("role", "button");
    path.setAttribute("aria-label", `${event.sub_event_type} at ${event.location || event.country}, ${event.event_date}`);
    path.addEventListener("keydown", (key) => { if (key.key === "Enter" || key.key === " ") { key.preventDefault(); openEvent(event.event_id); } });
  });
  marker.addTo(markerLayer);
}
function escapeHTML(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// ---- Timeline ----
function drawTimeline(stats) {
  const svg = $("#timeline");
  svg.replaceChildren();
  const width = svg.clientWidth || 800, height = 140, left = 28, bottom = 18, top = 6;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const days = {};
  for (const row of stats.by_day) {
    days[row.date] = days[row.date] || {};
    days[row.date][row.event_type] = row.count;
  }
  const dates = Object.keys(days).sort();
  const ns = "http://www.w3.org/2000/svg";
  const node = (tag, attributes) => { const n = document.createElementNS(ns, tag); for (const [k, v] of Object.entries(attributes)) n.setAttribute(k, v); return n; };
  if (!dates.length) {
    const label = node("text", { x: width / 2, y: height / 2, "text-anchor": "middle", class: "axis" });
    label.textContent = "No events match the filters.";
    svg.append(label);
    svg.setAttribute("aria-label", "Timeline: no events");
    return;
  }
  const dayIndex = (date) => Math.round((Date.parse(date) - Date.parse(dates[0])) / 86400000);
  const span = dayIndex(dates[dates.length - 1]) + 1;
  const totals = dates.map((d) => Object.values(days[d]).reduce((a, b) => a + b, 0));
  const peak = Math.max(...totals);
  const barWidth = (width - left) / span;
  const scale = (height - bottom - top) / peak;
  for (const date of dates) {
    let y = height - bottom;
    for (const type of Object.keys(TYPE_COLORS)) {
      const count = days[date][type] || 0;
      if (!count) continue;
      const h = count * scale;
      y -= h;
      const rect = node("rect", { x: left + dayIndex(date) * barWidth + 0.5, y, width: Math.max(1, barWidth - 1), height: h, fill: typeColor(type) });
      const title = node("title", {});
      title.textContent = `${date}: ${count} ${type}`;
      rect.append(title);
      svg.append(rect);
    }
  }
  const axis = (x, y, text, anchor) => { const t = node("text", { x, y, class: "axis", "text-anchor": anchor }); t.textContent = text; svg.append(t); };
  axis(left - 4, top + 8, String(peak), "end");
  axis(left - 4, height - bottom, "0", "end");
  axis(left, height - 4, dates[0], "start");
  axis(width, height - 4, dates[dates.length - 1], "end");
  svg.setAttribute("aria-label", `Timeline: ${stats.events} events from ${dates[0]} to ${dates[dates.length - 1]}, at most ${peak} a day`);
  // Brushing: drag to select days; the filter's dates follow.
  const brush = node("rect", { class: "brush", y: top, height: height - bottom - top, width: 0, x: 0, visibility: "hidden" });
  svg.append(brush);
  const dayAt = (clientX) => {
    const box = svg.getBoundingClientRect();
    const x = (clientX - box.left) * (width / box.width) - left;
    const index = Math.max(0, Math.min(span - 1, Math.floor(x / barWidth)));
    return new Date(Date.parse(dates[0]) + index * 86400000).toISOString().slice(0, 10);
  };
  let start = null;
  svg.onpointerdown = (e) => { start = e.clientX; svg.setPointerCapture(e.pointerId); brush.setAttribute("visibility", "visible"); svg.onpointermove(e); };
  svg.onpointermove = (e) => {
    if (start === null) return;
    const box = svg.getBoundingClientRect();
    const a = (Math.min(start, e.clientX) - box.left) * (width / box.width), b = (Math.max(start, e.clientX) - box.left) * (width / box.width);
    brush.setAttribute("x", Math.max(left, a));
    brush.setAttribute("width", Math.max(2, b - Math.max(left, a)));
  };
  svg.onpointerup = (e) => {
    if (start === null) return;
    const from = dayAt(Math.min(start, e.clientX)), to = dayAt(Math.max(start, e.clientX));
    start = null;
    const form = $("#filters");
    form.elements.from.value = from;
    form.elements.to.value = to;
    $("#timeline-clear").hidden = false;
    refresh({ fit: true });
  };
}

// ---- Table, queue, tallies, audit ----
function reviewBadge(event) {
  const status = event.review ? event.review.status : "unreviewed";
  const badges = [el("span", { class: "badge " + status, text: status })];
  if (event.claimed) badges.push(" ", el("span", { class: "badge claimed", text: "claimed" }));
  if (event.review && event.review.edited_fields.length) badges.push(" ", el("span", { class: "badge", text: "edited" }));
  return badges;
}
// "Location, Country", without repeating a country coded as its own location.
function place(event) {
  return [...new Set([event.location, event.country].filter(Boolean))].join(", ") || "—";
}
// "2 sources", or "2 sources · 3 reports" when one event was reported more than once.
function sourcesText(event) {
  const sources = event.source_count || 0, reports = event.report_count || 1;
  return `${sources} source${sources === 1 ? "" : "s"}` + (reports > 1 ? ` · ${reports} reports` : "");
}
function tableRow(event) {
  const row = el("tr", { tabindex: "0", "data-event-id": event.event_id, "aria-label": `Open ${event.sub_event_type} on ${event.event_date}` },
    el("td", { text: event.event_date }),
    el("td", {}, el("span", { class: "swatch type-dot", style: `background:${typeColor(event.event_type)}` }), event.sub_event_type),
    el("td", { text: place(event) }),
    el("td", { text: [event.actor1, event.actor2].filter(Boolean).join(" → ") }),
    el("td", { text: String(event.fatalities) }),
    el("td", { text: event.confidence.toFixed(2) }),
    el("td", { text: sourcesText(event), title: (event.source_names || []).join("; ") }),
    el("td", {}, reviewBadge(event)));
  row.addEventListener("click", () => openEvent(event.event_id));
  row.addEventListener("keydown", (key) => { if (key.key === "Enter" || key.key === " ") { key.preventDefault(); openEvent(event.event_id); } });
  return row;
}
async function loadTable(append) {
  const params = filterParams();
  params.set("sort", state.sort);
  params.set("limit", "100");
  if (append && state.cursor) params.set("cursor", state.cursor);
  const page = await api("api/events?" + query(params));
  const body = $("#event-table tbody");
  if (!append) body.replaceChildren();
  if (!append && !page.events.length) body.append(el("tr", {}, el("td", { colspan: "8", text: "No events match. Ingest articles and run `vigil process`, or widen the filters." })));
  for (const event of page.events) body.append(tableRow(event));
  state.cursor = page.next_cursor;
  $("#more").hidden = !page.next_cursor;
  for (const button of document.querySelectorAll("th button[data-sort]")) {
    const key = button.dataset.sort;
    if (state.sort.replace("-", "") === key) button.setAttribute("aria-sort", state.sort.startsWith("-") ? "descending" : "ascending");
    else button.removeAttribute("aria-sort");
  }
}
async function loadMapEvents(params) {
  const all = [];
  let cursor = null;
  for (let page = 0; page < 5; page++) {
    const p = new URLSearchParams(params);
    p.set("limit", "1000");
    if (cursor) p.set("cursor", cursor);
    const result = await api("api/events?" + query(p));
    all.push(...result.events);
    cursor = result.next_cursor;
    if (!cursor) break;
  }
  return all;
}
async function loadQueue() {
  const list = $("#queue");
  const page = await api("api/events?sort=review&review_status=unreviewed&limit=50");
  list.replaceChildren();
  if (!page.events.length) list.append(el("li", { text: "Nothing waiting for review." }));
  for (const event of page.events) {
    const item = el("li", {},
      el("span", { class: "swatch", style: `background:${typeColor(event.event_type)}` }),
      el("span", { class: "what" }, el("strong", { text: event.sub_event_type }), ` · ${event.event_date} · ${[event.location, event.country].filter(Boolean).join(", ")} · confidence ${event.confidence.toFixed(2)} `, reviewBadge(event)),
      el("button", { type: "button", class: "secondary small", onclick: () => openEvent(event.event_id), text: "Open" }),
      el("button", { type: "button", class: "ok small", onclick: () => review(event.event_id, "approve"), text: "Approve", "aria-label": `Approve ${event.event_id}` }),
      el("button", { type: "button", class: "danger small", onclick: () => review(event.event_id, "reject"), text: "Reject", "aria-label": `Reject ${event.event_id}` }));
    list.append(item);
  }
}
async function loadTallies() {
  const body = $("#tally-table tbody");
  const data = await api("api/tallies");
  body.replaceChildren();
  if (!data.tallies.length) body.append(el("tr", {}, el("td", { colspan: "6", text: "No tallies reported in the articles." })));
  for (const row of data.tallies) {
    const t = row.tally;
    body.append(el("tr", {},
      el("td", { text: t.reporter || "—" }), el("td", { text: `${t.counted}${t.target ? " on " + t.target : ""}` }),
      el("td", { text: `${t.since || "…"} – ${t.until || "…"}` }), el("td", { text: String(t.count) }),
      el("td", { text: String(row.recorded) }), el("td", { text: row.coverage === null || row.coverage === undefined ? "—" : Math.round(row.coverage * 100) + "%" })));
  }
}
async function loadAudit() {
  const list = $("#audit");
  const data = await api("api/audit?limit=100");
  list.replaceChildren();
  if (!data.entries.length) list.append(el("li", { text: "No changes yet." }));
  for (const entry of data.entries.reverse()) list.append(auditItem(entry, true));
}
function auditItem(entry, withSubject) {
  const changes = [];
  if (entry.before && entry.after) {
    for (const key of Object.keys(entry.after)) {
      if (key === "evidence" || key === "review") continue;
      if (JSON.stringify(entry.before[key]) !== JSON.stringify(entry.after[key])) changes.push(`${key}: ${JSON.stringify(entry.before[key])} → ${JSON.stringify(entry.after[key])}`);
    }
  }
  const subject = withSubject ? el("button", { type: "button", class: "secondary small", text: entry.subject, onclick: () => entry.action !== "ingest" && openEvent(entry.subject) }) : null;
  return el("li", {}, el("strong", { text: entry.action }), " ", subject, ` by ${entry.actor} at ${entry.at.replace("T", " ").replace("Z", " UTC")}`,
    entry.note ? el("div", { text: "“" + entry.note + "”" }) : null,
    changes.length && entry.action === "edit" ? el("div", { class: "change", text: changes.join("; ") }) : null);
}

// ---- Event detail ----
function highlighted(text, evidence) {
  // Evidence offsets are Unicode code points; Array.from splits by code point.
  const points = Array.from(text);
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  const spans = [...evidence].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const span of spans) {
    if (span.start < cursor || span.end > points.length || span.start >= span.end) continue;
    fragment.append(points.slice(cursor, span.start).join(""));
    const mark = el("mark", { style: `background:${fieldColor(span.field)}`, title: span.field, "data-field": span.field }, points.slice(span.start, span.end).join(""), el("sup", { text: span.field }));
    fragment.append(mark);
    cursor = span.end;
  }
  fragment.append(points.slice(cursor).join(""));
  return fragment;
}
function fieldColor(field) {
  if (FIELD_COLORS[field]) return FIELD_COLORS[field];
  let hash = 0;
  for (const c of field) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return FIELD_FALLBACK[hash % FIELD_FALLBACK.length];
}
async function openEvent(id) {
  const panel = $("#detail");
  if (panel.hidden) state.returnFocus = document.activeElement;
  state.openID = id;
  let detail;
  try {
    detail = await api("api/events/" + encodeURIComponent(id));
  } catch (error) {
    toast(error.message);
    return;
  }
  const event = detail.event;
  $("#detail-title").textContent = `${event.sub_event_type} · ${event.event_date}`;
  const body = $("#detail-body");
  body.replaceChildren();
  const evidenceFields = new Set(event.evidence.map((e) => e.field));
  const edited = new Set(event.review.edited_fields);
  const rows = [
    ["event_type", event.event_type], ["sub_event_type", event.sub_event_type], ["disorder_type", event.disorder_type],
    ["event_date", `${event.event_date} (time precision ${event.time_precision})`],
    ["actor1", event.actor1 + (event.assoc_actor_1 ? " with " + event.assoc_actor_1 : "")],
    ["actor2", event.actor2 + (event.assoc_actor_2 ? " with " + event.assoc_actor_2 : "")],
    ["location", event.location], ["admin1", event.admin1], ["country", event.country],
    ["coordinates", event.latitude === null ? "unknown" : `${event.latitude}, ${event.longitude} (geo precision ${event.geo_precision})`],
    ["fatalities", String(event.fatalities)], ["injuries", event.injuries === null ? "" : String(event.injuries)],
    ["attack_count", String(event.attack_count)], ["weapon", event.weapon || ""], ["target", event.target || ""],
    ["claimed", event.claimed ? `yes, by ${event.claimed_by || "the perpetrator"}` : "no (reported as fact)"],
    ["confidence", event.confidence.toFixed(2)],
  ];
  const fieldTable = el("table", { class: "fields" }, el("tbody", {}, rows.filter(([, value]) => value !== "").map(([name, value]) => {
    const key = name === "claimed" ? "claimed_by" : name;
    const provenance = edited.has(name) || (name === "coordinates" && edited.has("latitude"))
      ? el("span", { class: "chip", style: "background:#e3f2fd", text: "edited by reviewer" })
      : evidenceFields.has(key) || evidenceFields.has(name) ? el("span", { class: "chip", style: `background:${fieldColor(evidenceFields.has(key) ? key : name)}`, text: "evidence below" })
      : el("span", { class: "chip", text: "inferred" });
    return el("tr", {}, el("th", { scope: "row", text: name }), el("td", {}, value, provenance));
  })));
  body.append(el("p", {}, reviewBadge(event), detail.event.review.merged_into ? ` merged into ${detail.event.review.merged_into}` : ""));
  if (event.notes.length) body.append(el("ul", {}, event.notes.map((note) => el("li", { text: note }))));
  body.append(fieldTable);
  body.append(el("h3", { text: "Review" }), reviewActions(event));
  if (detail.article) {
    body.append(el("h3", { text: detail.article.title || "Article" }),
      el("p", { class: "hint", text: "Each field's evidence is highlighted in its own colour, labelled with the field." }),
      el("div", { class: "article", id: "article-text" }, highlighted(detail.article.text, event.evidence)));
  }
  if (detail.sources.length) {
    body.append(el("h3", { text: "Sources" }), el("ul", {}, detail.sources.map((s) => el("li", {},
      /^https?:\/\//i.test(s.url) ? el("a", { href: s.url, rel: "noreferrer noopener", target: "_blank", text: s.source || s.url }) : (s.source || s.url || "unknown source"),
      ` · published ${s.published || "?"} · ingested ${s.ingested.slice(0, 10)}`))));
  }
  if (detail.story_documents.length) {
    body.append(el("h3", { text: "Near-duplicate reports" }), el("ul", {}, detail.story_documents.map((d) => el("li", { text: `${d.title || d.id} (${d.source || "unknown source"})` }))));
  }
  if (detail.reports.length > 1) {
    body.append(el("h3", { text: "Reports of this event" }), el("p", { class: "hint", text: "Each source's extraction; the fields above reconcile them." }),
      el("ul", {}, detail.reports.map((id) => el("li", {}, el("button", { type: "button", class: "link", onclick: () => openEvent(id), text: id })))));
  }
  if (detail.merged_events.length) body.append(el("h3", { text: "Merged into this event" }), el("p", { text: detail.merged_events.join(", ") }));
  body.append(el("h3", { text: "History" }), el("ol", { class: "history" }, detail.history.length ? detail.history.map((h) => auditItem(h, false)) : el("li", { text: "No changes by reviewers." })));
  panel.hidden = false;
  panel.focus();
}
function requireToken() {
  if (state.token) return true;
  openTokenDialog();
  toast("Reviewing needs a token: sign in first.");
  return false;
}
function reviewActions(event) {
  const wrap = el("div", {});
  const id = event.event_id;
  const disabled = !state.token;
  wrap.append(el("div", { class: "actions" },
    el("button", { type: "button", class: "ok", id: "approve-button", onclick: () => review(id, "approve"), text: "Approve" }),
    el("button", { type: "button", class: "danger", onclick: () => review(id, "reject"), text: "Reject" }),
    el("button", { type: "button", class: "secondary", onclick: () => { form.hidden = !form.hidden; if (!form.hidden) form.querySelector("input,select").focus(); }, text: "Edit fields" }),
    el("button", { type: "button", class: "secondary", onclick: () => mergePrompt(id), text: "Merge into…" }),
    el("button", { type: "button", class: "secondary", onclick: () => splitPrompt(event), text: "Split off…" })));
  if (disabled) {
    wrap.append(el("p", { class: "hint" }, "Approving, editing, rejecting, merging and splitting need a token. ",
      el("button", { type: "button", class: "secondary small", id: "detail-sign-in", onclick: openTokenDialog, text: "Sign in" })));
  }
  const form = el("form", { class: "edit-form", hidden: true, "aria-label": "Edit fields" });
  for (const [name, kind] of EDITABLE) {
    let input;
    const value = event[name];
    if (kind === "subtype") {
      input = el("select", { name });
      for (const [type, subs] of Object.entries(SUB_TYPES)) {
        const group = el("optgroup", { label: type });
        for (const sub of subs) group.append(el("option", { value: sub, text: sub, selected: sub === value }));
        input.append(group);
      }
    } else if (kind === "boolean") {
      input = el("select", { name }, el("option", { value: "true", text: "yes", selected: value === true }), el("option", { value: "false", text: "no", selected: value === false }));
    } else {
      input = el("input", { name, type: kind === "date" ? "date" : kind === "text" ? "text" : "number", step: kind === "integer" ? "1" : "any", value: value === null || value === undefined ? "" : String(value) });
    }
    form.append(el("label", {}, name, input));
  }
  form.append(el("label", { class: "wide" }, "Note for the audit log", el("input", { name: "note", type: "text", placeholder: "why (optional)" })));
  form.append(el("div", { class: "row wide" }, el("button", { type: "submit", text: "Save changes" }), el("button", { type: "button", class: "secondary", text: "Cancel", onclick: () => { form.hidden = true; } })));
  form.addEventListener("submit", async (submit) => {
    submit.preventDefault();
    if (!requireToken()) return;
    const changes = {};
    for (const [name, kind] of EDITABLE) {
      const raw = form.elements[name].value.trim();
      let value = raw;
      if (kind === "integer") value = raw === "" ? null : parseInt(raw, 10);
      else if (kind === "number") value = raw === "" ? null : parseFloat(raw);
      else if (kind === "boolean") value = raw === "true";
      else if (raw === "" && (name === "weapon" || name === "target" || name === "claimed_by")) value = null;
      const old = event[name] === undefined ? null : event[name];
      if (JSON.stringify(value) !== JSON.stringify(old)) changes[name] = value;
    }
    if (!Object.keys(changes).length) { toast("Nothing changed."); return; }
    const note = form.elements.note.value.trim();
    if (note) changes.note = note;
    try {
      await api("api/events/" + encodeURIComponent(event.event_id), { method: "PATCH", body: changes });
      toast("Saved.");
      await refresh();
      openEvent(event.event_id);
    } catch (error) {
      toast(error.parameter ? `${error.parameter}: ${error.message}` : error.message);
    }
  });
  wrap.append(form);
  return wrap;
}
async function review(id, action, body) {
  if (!requireToken()) return;
  try {
    await api(`api/events/${encodeURIComponent(id)}/${action}`, { method: "POST", body: body || {} });
    toast(`${id}: ${action === "approve" ? "approved" : action === "reject" ? "rejected" : action + " done"}.`);
    await refresh();
    if (!$("#detail").hidden) openEvent(id);
  } catch (error) {
    toast(error.message);
  }
}
function mergePrompt(id) {
  if (!requireToken()) return;
  const into = prompt(`Merge ${id} into which event? (its id, from the table or the map)`);
  if (into) review(id, "merge", { into: into.trim() });
}
function splitPrompt(event) {
  if (!requireToken()) return;
  const location = prompt("The new event is a copy of this one. Its location (leave empty to keep it):", event.location);
  if (location === null) return;
  const fatalities = prompt("Its fatalities:", "0");
  if (fatalities === null) return;
  const part = {};
  if (location.trim() && location.trim() !== event.location) part.location = location.trim();
  part.fatalities = parseInt(fatalities, 10) || 0;
  review(event.event_id, "split", { parts: [part] });
}
function closeDetail() {
  $("#detail").hidden = true;
  if (state.returnFocus && state.returnFocus.focus) state.returnFocus.focus();
}

// ---- Token ----
function openTokenDialog() {
  $("#token-error").textContent = "";
  $("#token-dialog").showModal();
}
async function checkToken() {
  const button = $("#token-button");
  if (!state.token) { button.textContent = "Sign in to review"; state.tokenName = ""; return; }
  try {
    state.tokenName = (await api("api/whoami")).name;
    button.textContent = `Reviewing as ${state.tokenName}`;
  } catch (error) {
    state.token = "";
    localStorage.removeItem("vigil-token");
    button.textContent = "Sign in to review";
  }
}
function buildTokenDialog() {
  $("#token-button").addEventListener("click", openTokenDialog);
  $("#token-cancel").addEventListener("click", () => $("#token-dialog").close());
  $("#token-forget").addEventListener("click", () => { state.token = ""; localStorage.removeItem("vigil-token"); checkToken(); $("#token-dialog").close(); });
  $("#token-form").addEventListener("submit", async (submit) => {
    submit.preventDefault();
    const token = submit.target.elements.token.value.trim();
    const previous = state.token;
    state.token = token;
    try {
      state.tokenName = (await api("api/whoami")).name;
      localStorage.setItem("vigil-token", token);
      $("#token-dialog").close();
      submit.target.reset();
      await checkToken();
      toast(`Signed in as ${state.tokenName}.`);
      if (!$("#detail").hidden && state.openID) openEvent(state.openID);
    } catch (error) {
      state.token = previous;
      $("#token-error").textContent = error.status === 401 ? "That token is not valid." : error.message;
    }
  });
}

// ---- Feeds and alerts ----
async function loadFeeds() {
  const body = $("#feed-table tbody");
  const data = await api("api/feeds");
  body.replaceChildren();
  if (!data.feeds.length) body.append(el("tr", {}, el("td", { colspan: "7", text: "No feeds yet: add one below or with `vigil feeds add URL`." })));
  for (const feed of data.feeds) {
    body.append(el("tr", { class: feed.last_error ? "failing" : "" },
      el("td", {}, el("strong", { text: feed.name }), el("br"), el("span", { class: "hint", text: feed.url })),
      el("td", { text: interval(feed.every_seconds) }),
      el("td", { text: feed.last_success || "never" }),
      el("td", { text: feed.last_error ? `${feed.last_error} (${feed.failures} in a row)` : "—" }),
      el("td", { text: String(feed.items_last_day) }),
      el("td", { text: feed.next_poll }),
      el("td", {}, el("button", { type: "button", class: "danger small", text: "Remove", "aria-label": `Stop watching ${feed.name}`, onclick: () => removeFeed(feed) }))));
  }
}
function interval(seconds) {
  for (const [unit, size] of [["d", 86400], ["h", 3600], ["m", 60]]) if (seconds % size === 0) return `${seconds / size}${unit}`;
  return `${seconds}s`;
}
async function removeFeed(feed) {
  if (!requireToken() || !confirm(`Stop watching ${feed.name}?`)) return;
  try { await api("api/feeds?feed=" + encodeURIComponent(feed.url), { method: "DELETE" }); await loadFeeds(); } catch (error) { toast(error.message); }
}
async function addFeed(form) {
  if (!requireToken()) return;
  const body = { url: form.elements.url.value, every: form.elements.every.value || "15m" };
  if (form.elements.name.value) body.name = form.elements.name.value;
  try { await api("api/feeds", { method: "POST", body }); form.reset(); await loadFeeds(); toast("Feed added: the watcher polls it next."); }
  catch (error) { toast(error.parameter ? `${error.parameter}: ${error.message}` : error.message); }
}
async function loadAlerts() {
  const body = $("#alert-table tbody");
  body.replaceChildren();
  if (!state.token) { body.append(el("tr", {}, el("td", { colspan: "7", text: "Sign in to see and add alerts." }))); return; }
  const data = await api("api/alerts");
  if (!data.alerts.length) body.append(el("tr", {}, el("td", { colspan: "7", text: "No alerts yet." })));
  for (const alert of data.alerts) {
    body.append(el("tr", {},
      el("td", { text: alert.name }), el("td", {}, el("code", { text: alert.filter })), el("td", { text: alert.webhook }),
      el("td", { text: String(alert.delivered) }), el("td", { text: String(alert.pending) }), el("td", { text: String(alert.failed) }),
      el("td", {}, el("button", { type: "button", class: "danger small", text: "Remove", "aria-label": `Remove the alert ${alert.name}`, onclick: () => removeAlert(alert) }))));
  }
}
async function removeAlert(alert) {
  if (!confirm(`Remove the alert ${alert.name} and its delivery log?`)) return;
  try { await api("api/alerts/" + encodeURIComponent(alert.name), { method: "DELETE" }); await loadAlerts(); } catch (error) { toast(error.message); }
}
async function addAlert(form) {
  if (!requireToken()) return;
  const body = { name: form.elements.name.value, filter: form.elements.filter.value, webhook: form.elements.webhook.value };
  if (form.elements.min_fatalities.value !== "") body.min_fatalities = Number(form.elements.min_fatalities.value);
  try {
    const made = await api("api/alerts", { method: "POST", body });
    form.reset();
    const secret = $("#alert-secret");
    secret.textContent = `Alert ${made.alert.name} added. Its signing secret, shown only now: ${made.secret}`;
    secret.hidden = false;
    await loadAlerts();
  } catch (error) { toast(error.parameter ? `${error.parameter}: ${error.message}` : error.message); }
}

// ---- Live updates ----
// The server says when documents, events or tallies are added (by a watcher, a worker, anyone);
// the views reload then. Where the stream cannot be opened (reads need a token), the counts are
// asked for every 30 seconds instead.
function watchForChanges() {
  let last = null;
  const changed = (counts) => {
    if (last && counts.events > last.events) toast(`${counts.events - last.events} new event${counts.events - last.events === 1 ? "" : "s"}`);
    if (last && JSON.stringify(counts) !== JSON.stringify(last)) refresh();
    last = counts;
  };
  const poll = () => setInterval(() => api("api/stats").then((stats) => changed({ events: stats.events })).catch(() => {}), 30000);
  if (!window.EventSource) { poll(); return; }
  const stream = new EventSource("api/stream");
  stream.addEventListener("hello", (message) => { last = JSON.parse(message.data); });
  stream.addEventListener("changed", (message) => changed(JSON.parse(message.data)));
  stream.addEventListener("error", () => { if (stream.readyState === EventSource.CLOSED) poll(); });
}

// ---- Tabs ----
function buildTabs() {
  const tabs = [...document.querySelectorAll("[role=tab]")];
  const select = (tab) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      $("#" + other.getAttribute("aria-controls")).hidden = !selected;
    }
    tab.focus();
    loadPanel(tab.id);
  };
  tabs.forEach((tab, index) => {
    tab.addEventListener("click", () => select(tab));
    tab.addEventListener("keydown", (key) => {
      if (key.key === "ArrowRight") select(tabs[(index + 1) % tabs.length]);
      if (key.key === "ArrowLeft") select(tabs[(index + tabs.length - 1) % tabs.length]);
    });
  });
}
function loadPanel(id) {
  const loaders = { "tab-review": loadQueue, "tab-tallies": loadTallies, "tab-audit": loadAudit, "tab-feeds": loadFeeds, "tab-alerts": loadAlerts };
  if (loaders[id]) loaders[id]().catch((error) => toast(error.message));
}

// ---- Refresh ----
async function refresh(options = {}) {
  const params = filterParams();
  for (const format of ["csv", "geojson", "json"]) $("#export-" + format).href = `api/export.${format}?` + query(params);
  try {
    const [stats, events] = await Promise.all([api("api/stats?" + query(params)), loadMapEvents(params)]);
    state.mapEvents = events;
    drawMarkers(Boolean(options.fit));
    drawTimeline(stats);
    $("#summary").textContent = `${stats.events} events · ${stats.attacks} attacks · ${stats.fatalities} fatalities` +
      (stats.by_country.length ? ` · ${stats.by_country.slice(0, 3).map((c) => `${c.name || "unknown"} ${c.count}`).join(", ")}` : "");
    const countrySelect = $("#filters").elements.country;
    if (countrySelect.options.length === 1) {
      for (const country of stats.by_country) if (country.name) countrySelect.append(el("option", { value: country.name, text: `${country.name} (${country.count})` }));
    }
    await loadTable(false);
    const selected = document.querySelector("[role=tab][aria-selected=true]");
    if (selected && selected.id !== "tab-events") loadPanel(selected.id);
  } catch (error) {
    toast(error.parameter ? `${error.parameter}: ${error.message}` : error.message);
    if (error.status === 401) openTokenDialog();
  }
}

function start() {
  buildFilterPanel();
  buildMap();
  buildTabs();
  buildTokenDialog();
  $("#more").addEventListener("click", () => loadTable(true).catch((error) => toast(error.message)));
  for (const button of document.querySelectorAll("th button[data-sort]")) {
    button.addEventListener("click", () => {
      const key = button.dataset.sort;
      state.sort = state.sort === "-" + key ? key : "-" + key;
      loadTable(false).catch((error) => toast(error.message));
    });
  }
  $("#timeline-clear").addEventListener("click", () => {
    const form = $("#filters");
    form.elements.from.value = "";
    form.elements.to.value = "";
    $("#timeline-clear").hidden = true;
    refresh({ fit: true });
  });
  $("#feed-form").addEventListener("submit", (event) => { event.preventDefault(); addFeed(event.target); });
  $("#alert-form").addEventListener("submit", (event) => { event.preventDefault(); addAlert(event.target); });
  $("#detail-close").addEventListener("click", closeDetail);
  document.addEventListener("keydown", (key) => { if (key.key === "Escape" && !$("#detail").hidden && !$("#token-dialog").open) closeDetail(); });
  window.addEventListener("resize", () => { clearTimeout(start.resize); start.resize = setTimeout(refresh, 300); });
  checkToken().then(() => refresh({ fit: true }));
  watchForChanges();
}
start();
