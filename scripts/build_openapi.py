#!/usr/bin/env python3
"""Writes Sources/VigilServer/Resources/openapi.json, the OpenAPI 3.1 description of `vigil serve`.

Edit the routes here, run it, and commit both; VigilServerTests checks that every route the server
registers is documented and every documented route exists. Validate with openapi-spec-validator or
exercise the running server with schemathesis (`st run http://127.0.0.1:8080/api/openapi.json`).
"""
import json, re
def listpattern(values):
    one = "(" + "|".join(re.escape(v) for v in values) + ")"
    return "^" + one + "(," + one + ")*$"
TYPES = ['Battles', 'Protests', 'Riots', 'Explosions/Remote violence', 'Violence against civilians', 'Strategic developments']
SUBS = ['Government regains territory', 'Non-state actor overtakes territory', 'Armed clash', 'Excessive force against protesters', 'Protest with intervention', 'Peaceful protest', 'Violent demonstration', 'Mob violence', 'Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Sexual violence', 'Attack', 'Abduction/forced disappearance', 'Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other']
def p(name, where, desc, schema=None, required=False):
    return {"name": name, "in": where, "description": desc, "required": required, "schema": schema or {"type": "string"}}
E = "#/components/schemas/"
err = {"$ref": "#/components/responses/Error"}
filters = [
    p("from", "query", "Events on or after this date.", {"type": "string", "format": "date"}),
    p("to", "query", "Events on or before this date.", {"type": "string", "format": "date"}),
    p("bbox", "query", "west,south,east,north in degrees (west > east crosses the antimeridian).", {"type": "string", "pattern": "^-?[0-9.]+,-?[0-9.]+,-?[0-9.]+,-?[0-9.]+$"}),
    p("country", "query", "Country as ACLED names it; repeat or separate with commas for several.", {"type": "string"}),
    p("admin1", "query", "First-level subdivision (exact name)."),
    p("event_type", "query", "ACLED event type; comma-separate several.", {"type": "string", "pattern": listpattern(TYPES)}),
    p("sub_event_type", "query", "ACLED sub-event type; comma-separate several.", {"type": "string", "pattern": listpattern(SUBS)}),
    p("actor", "query", "Part of an actor's name (actor1, actor2 or associates)."),
    p("q", "query", "Words searched in the articles (full text, prefixes), locations, subdivisions and actors."),
    p("min_confidence", "query", "Minimum extraction confidence.", {"type": "number", "minimum": 0, "maximum": 1}),
    p("claimed", "query", "true: claimed by the perpetrator only; false: reported as fact only.", {"type": "boolean"}),
    p("review_status", "query", "unreviewed, approved, rejected, merged (comma-separated) or all. Default: unreviewed,approved.", {"type": "string", "pattern": "^(all|" + listpattern(["unreviewed", "approved", "rejected", "merged"])[1:-1] + ")$"}),
    p("document", "query", "Events of this document's story."),
    p("view", "query", "events (default): one row per real-world event, each canonical event (id ce-…) with its reconciled fields and sources, and each report not linked yet; reports: one row per source's report. Filters and sorting read the event's first report.", {"type": "string", "enum": ["events", "reports"]}),
]
ref = lambda n: {"$ref": "#/components/parameters/" + n}
filter_refs = [ref(f["name"]) for f in filters]
sort = p("sort", "query", "Order: -event_date (default), event_date, -fatalities, fatalities, -confidence, confidence, review (low confidence and claimed first).", {"type": "string", "enum": ["-event_date", "event_date", "-fatalities", "fatalities", "-confidence", "confidence", "review"]})
cursor = p("cursor", "query", "next_cursor from the previous page.")
limit = p("limit", "query", "Page size.", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100})
idp = p("id", "path", "Event id.", required=True)
docid = p("id", "path", "Document id.", required=True)
def ok(schema, desc="OK", media="application/json"):
    return {"description": desc, "content": {media: {"schema": schema}}}
def jsonbody(schema, required=True):
    return {"required": required, "content": {"application/json": {"schema": schema}}}
sec = [{"bearer": []}]
write_resp = lambda schema: {"200": ok(schema), "400": err, "401": err, "404": err, "409": err, "413": err}
note = {"note": {"type": ["string", "null"], "description": "Why (kept in the audit log)."}}
EDITABLE = ["event_date", "time_precision", "sub_event_type", "event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "civilian_targeting", "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "fatalities", "injuries", "attack_count", "weapon", "target", "claimed", "claimed_by", "notes"]
strn = {"type": ["string", "null"]}
str_ = {"type": "string"}
FIELD_TYPES = {"event_date": {"type": "string", "format": "date"}, "time_precision": {"type": "integer", "minimum": 1, "maximum": 3},
  "sub_event_type": {"enum": SUBS}, "event_type": {"enum": TYPES}, "actor1": {"type": "string"}, "assoc_actor_1": {"type": "string"},
  "actor2": {"type": "string"}, "assoc_actor_2": {"type": "string"}, "inter1": {"type": "integer", "minimum": 0, "maximum": 8},
  "inter2": {"type": "integer", "minimum": 0, "maximum": 8}, "civilian_targeting": {"type": ["boolean", "string"]},
  "country": {"type": "string"}, "iso3": {"type": "string"}, "admin1": {"type": "string"}, "admin2": {"type": "string"},
  "location": {"type": "string"}, "latitude": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
  "longitude": {"type": ["number", "null"], "minimum": -180, "maximum": 180}, "geo_precision": {"type": ["integer", "null"], "minimum": 1, "maximum": 3},
  "fatalities": {"type": "integer", "minimum": 0}, "injuries": {"type": ["integer", "null"], "minimum": 0},
  "attack_count": {"type": "integer", "minimum": 1}, "weapon": strn, "target": strn, "claimed": {"type": "boolean"},
  "claimed_by": strn, "notes": {"type": "array", "items": {"type": "string"}}}
changes = {"type": "object", "minProperties": 1, "additionalProperties": False, "properties": FIELD_TYPES, "description": "Fields to change (ACLED names), validated as the extraction contract: e.g. {\"fatalities\": 2, \"location\": \"Ain al-Asad\"}. event_type follows sub_event_type."}
paths = {
 "/healthz": {"get": {"operationId": "health", "summary": "The server answers and the database reads.", "tags": ["meta"], "responses": {"200": ok({"$ref": E + "Health"})}}},
 "/metrics": {"get": {"operationId": "metrics", "summary": "Prometheus metrics: request counts and durations, and the store's counts.", "tags": ["meta"], "responses": {"200": ok({"type": "string"}, media="text/plain")}}},
 "/api/openapi.json": {"get": {"operationId": "openapi", "summary": "This document.", "tags": ["meta"], "responses": {"200": ok({"type": "object"})}}},
 "/api/events": {"get": {"operationId": "listEvents", "summary": "Events matching the filters, sorted, one page at a time.", "tags": ["events"],
    "parameters": filter_refs + [ref("sort"), ref("cursor"), ref("limit")],
    "responses": {"200": ok({"$ref": E + "EventList"}), "400": err, "401": err}}},
 "/api/events/{id}": {
    "get": {"operationId": "getEvent", "summary": "One event with its article, sources, merged events and history of edits.", "tags": ["events"],
      "parameters": [idp], "responses": {"200": ok({"$ref": E + "EventDetail"}), "404": err, "401": err}},
    "patch": {"operationId": "editEvent", "summary": "Change fields of an event (ACLED names); kept when the story is extracted again.", "tags": ["review"], "security": sec,
      "parameters": [idp], "requestBody": jsonbody({"type": "object", "minProperties": 1, "additionalProperties": False, "properties": dict(FIELD_TYPES, **note), "description": changes["description"] + " A note for the audit log may go with them."}),
      "responses": write_resp({"$ref": E + "Event"})}},
 "/api/events/{id}/approve": {"post": {"operationId": "approveEvent", "summary": "Mark an event as checked by a person.", "tags": ["review"], "security": sec, "parameters": [idp],
      "requestBody": jsonbody({"type": "object", "properties": note, "additionalProperties": False}, False), "responses": write_resp({"$ref": E + "Event"})}},
 "/api/events/{id}/reject": {"post": {"operationId": "rejectEvent", "summary": "Mark an event as not an event; hidden from default listings and exports.", "tags": ["review"], "security": sec, "parameters": [idp],
      "requestBody": jsonbody({"type": "object", "properties": note, "additionalProperties": False}, False), "responses": write_resp({"$ref": E + "Event"})}},
 "/api/events/{id}/merge": {"post": {"operationId": "mergeEvent", "summary": "Merge this event into another (the same event told twice).", "tags": ["review"], "security": sec, "parameters": [idp],
      "requestBody": jsonbody({"type": "object", "required": ["into"], "properties": dict(note, into={"type": "string", "minLength": 1, "description": "The event that stays."}), "additionalProperties": False}),
      "responses": write_resp({"$ref": E + "Event"})}},
 "/api/events/{id}/split": {"post": {"operationId": "splitEvent", "summary": "Split events off this one: each part is this event with the given fields changed.", "tags": ["review"], "security": sec, "parameters": [idp],
      "requestBody": jsonbody({"type": "object", "required": ["parts"], "properties": dict(note, parts={"type": "array", "minItems": 1, "maxItems": 50, "items": changes}), "additionalProperties": False}),
      "responses": write_resp({"$ref": E + "EventList"})}},
 "/api/documents": {
    "get": {"operationId": "listDocuments", "summary": "Documents, newest ingested first, or full-text matches of q.", "tags": ["documents"],
      "parameters": [p("q", "query", "Words to search (full text, prefixes, accents ignored)."), p("limit", "query", "Page size.", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}), p("offset", "query", "Documents to skip (not with q: search results come in one page).", {"type": "integer", "minimum": 0, "maximum": 2147483647})],
      "responses": {"200": ok({"$ref": E + "DocumentList"}), "400": err, "401": err}},
    "post": {"operationId": "ingestDocuments", "summary": "Store documents (one JSON object, a JSON array, or JSON Lines) with duplicate detection.", "tags": ["documents"], "security": sec,
      "requestBody": {"required": True, "content": {"application/json": {"schema": {"oneOf": [{"$ref": E + "IncomingDocument"}, {"type": "array", "minItems": 1, "maxItems": 10000, "items": {"$ref": E + "IncomingDocument"}}]}}, "application/x-ndjson": {"schema": {"type": "string", "description": "One IncomingDocument per line."}}}},
      "responses": {"200": ok({"$ref": E + "IngestResult"}, "Nothing new (duplicates)"), "201": ok({"$ref": E + "IngestResult"}, "Stored"), "400": err, "401": err, "413": err}}},
 "/api/documents/{id}": {"get": {"operationId": "getDocument", "summary": "A document with its text, sources, near-duplicates and extracted events.", "tags": ["documents"],
      "parameters": [docid], "responses": {"200": ok({"type": "object"}), "404": err, "401": err}}},
 "/api/stats": {"get": {"operationId": "stats", "summary": "Counts by day and type, type, sub-event type, country and actor of the events matching the filters.", "tags": ["events"],
      "parameters": filter_refs + [p("actors", "query", "How many actors to list.", {"type": "integer", "minimum": 1, "maximum": 500, "default": 20})],
      "responses": {"200": ok({"$ref": E + "Statistics"}), "400": err, "401": err}}},
 "/api/tallies": {"get": {"operationId": "tallies", "summary": "Reported tallies beside what the stored events add up to for the same period and places.", "tags": ["events"],
      "responses": {"200": ok({"type": "object", "properties": {"tallies": {"type": "array", "items": {"type": "object"}}}}), "401": err}}},
 "/api/audit": {"get": {"operationId": "audit", "summary": "Changes reviewers made: who, when, before and after; oldest first.", "tags": ["review"],
      "parameters": [p("subject", "query", "Only changes to this event or document."), p("limit", "query", "Latest entries.", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100})],
      "responses": {"200": ok({"type": "object", "properties": {"entries": {"type": "array", "items": {"$ref": E + "AuditEntry"}}}}), "400": err, "401": err}}},
 "/api/whoami": {"get": {"operationId": "whoami", "summary": "The name of the token sent (checks a token).", "tags": ["review"], "security": sec,
      "responses": {"200": ok({"type": "object", "properties": {"name": {"type": "string"}}}), "401": err}}},
 "/api/stream": {"get": {"operationId": "stream", "summary": "Server-sent events: `hello` with the counts of documents, events and tallies, then `changed` with the new counts whenever something is added (by any process on the database); a comment every 15 s keeps the connection open.", "tags": ["meta"],
      "responses": {"200": ok({"type": "string"}, media="text/event-stream"), "401": err}}},
 "/api/feeds": {
   "get": {"operationId": "listFeeds", "summary": "The watched feeds with their health: last success, last error and errors in a row, articles in the last day, next poll.", "tags": ["feeds"],
      "responses": {"200": ok({"type": "object", "properties": {"feeds": {"type": "array", "items": {"$ref": E + "Feed"}}}}), "401": err}},
   "post": {"operationId": "addFeed", "summary": "Watch a feed (RSS, Atom or JSON Feed); `vigil watch` or `vigil serve --watch` polls it.", "tags": ["feeds"], "security": sec,
      "requestBody": jsonbody({"type": "object", "required": ["url"], "additionalProperties": False, "properties": {"url": {"type": "string", "format": "uri"}, "name": str_, "every": {"type": "string", "description": "90s, 15m, 2h or 1d; at least a minute.", "default": "15m"}, "source": str_, "page": {"type": "boolean", "default": False, "description": "The URL is a section front page: its links to articles on the same site are followed."}}}),
      "responses": {"201": ok({"$ref": E + "Feed"}, "Added"), "400": err, "401": err, "409": err}},
   "delete": {"operationId": "removeFeed", "summary": "Stop watching a feed (its stored articles stay).", "tags": ["feeds"], "security": sec,
      "parameters": [p("feed", "query", "The feed's URL or name.", required=True)],
      "responses": {"204": {"description": "Removed"}, "400": err, "401": err, "404": err}}},
 "/api/alerts": {
   "get": {"operationId": "listAlerts", "summary": "Alerts (without their secrets) with their deliveries counted by status.", "tags": ["alerts"], "security": sec,
      "responses": {"200": ok({"type": "object", "properties": {"alerts": {"type": "array", "items": {"$ref": E + "Alert"}}}}), "401": err}},
   "post": {"operationId": "addAlert", "summary": "Add an alert: a signed JSON POST to the webhook for each new canonical event that matches the filter, and one more when a linked report changes it. The answer holds the signing secret, shown only this once.", "tags": ["alerts"], "security": sec,
      "requestBody": jsonbody({"type": "object", "required": ["name", "filter", "webhook"], "additionalProperties": False, "properties": {"name": str_, "filter": {"type": "string", "description": "field=value pairs: country, admin1, admin2, location, event_type, sub_event_type, actor, min_fatalities, claimed; | between alternatives."}, "webhook": {"type": "string", "format": "uri"}, "min_fatalities": {"type": "integer", "minimum": 0}}}),
      "responses": {"201": ok({"type": "object", "properties": {"alert": {"$ref": E + "Alert"}, "secret": str_}}, "Added"), "400": err, "401": err, "409": err}}},
 "/api/alerts/{name}": {"delete": {"operationId": "removeAlert", "summary": "Remove an alert and its delivery log.", "tags": ["alerts"], "security": sec,
      "parameters": [p("name", "path", "The alert's name.", required=True)], "responses": {"204": {"description": "Removed"}, "401": err, "404": err}}},
 "/api/alerts/{name}/deliveries": {"get": {"operationId": "alertDeliveries", "summary": "An alert's delivery log, newest first: kind, status, attempts, last error.", "tags": ["alerts"], "security": sec,
      "parameters": [p("name", "path", "The alert's name.", required=True), p("limit", "query", "Latest deliveries.", {"type": "integer", "minimum": 1, "maximum": 1000, "default": 100})],
      "responses": {"200": ok({"type": "object", "properties": {"deliveries": {"type": "array", "items": {"type": "object"}}}}), "400": err, "401": err, "404": err}}},
}
for fmt, media, schema in [("csv", "text/csv", {"type": "string"}), ("geojson", "application/geo+json", {"type": "object"}), ("json", "application/json", {"type": "array", "items": {"$ref": E + "ContractEvent"}})]:
    paths["/api/export." + fmt] = {"get": {"operationId": "export" + fmt.capitalize(), "summary": f"Every event matching the filters as {fmt.upper()}, in ACLED's column names, streamed.", "tags": ["export"],
        "parameters": filter_refs + [ref("sort")], "responses": {"200": ok(schema, media=media), "400": err, "401": err}}}
contract = {"type": "object", "description": "The extraction contract: ACLED's columns plus Vigil's.", "properties": {k: {} for k in
  ["doc_id","event_id","event_date","time_precision","disorder_type","event_type","sub_event_type","actor1","assoc_actor_1","actor2","assoc_actor_2","inter1","inter2","civilian_targeting","country","iso3","admin1","admin2","location","latitude","longitude","geo_precision","fatalities","injuries","attack_count","weapon","target","claimed","claimed_by","confidence","notes"]}}
contract["properties"]["evidence"] = {"type": "array", "items": {"type": "object", "properties": {"field": str_, "start": {"type": "integer"}, "end": {"type": "integer"}, "text": str_}}}
review = {"type": "object", "properties": {"status": {"type": "string", "enum": ["unreviewed", "approved", "rejected", "merged"]}, "edited_fields": {"type": "array", "items": str_}, "merged_into": str_, "split_from": str_, "updated_by": str_, "updated": str_}}
doc = {
 "openapi": "3.1.0",
 "info": {"title": "Vigil API", "version": "0.1.0", "description": "Conflict events extracted from news articles, coded in the ACLED taxonomy, with the evidence for every field. Reads are open on 127.0.0.1 unless the server runs with --closed-reads; writes need a token from `vigil token create --name NAME`, sent as `Authorization: Bearer TOKEN`. Errors are JSON: {\"error\": {\"status\", \"message\", \"parameter\"}}."},
 "servers": [{"url": "http://127.0.0.1:8080"}],
 "paths": paths,
 "components": {
   "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "A token from `vigil token create --name NAME`."}},
   "parameters": dict([(f["name"], f) for f in filters] + [("sort", sort), ("cursor", cursor), ("limit", limit)]),
   "responses": {"Error": {"description": "A bad parameter (400), no or bad token (401), not found (404), a refused change (409) or an oversized body (413).", "content": {"application/json": {"schema": {"$ref": E + "Error"}}}}},
   "schemas": {
     "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "required": ["status", "message"], "properties": {"status": {"type": "integer"}, "message": str_, "parameter": {"type": "string", "description": "The parameter or field at fault."}}}}},
     "Health": {"type": "object", "properties": {"status": str_, "documents": {"type": "integer"}, "events": {"type": "integer"}, "version": str_}},
     "ContractEvent": contract,
     "Review": review,
     "Event": {"allOf": [{"$ref": E + "ContractEvent"}, {"type": "object", "properties": {"review": {"$ref": E + "Review"},
        "report_count": {"type": "integer", "description": "Reports (one per source's extraction) merged into the event; 1 for a report."},
        "source_count": {"type": "integer", "description": "Sources of every document of the event, syndicated copies and duplicates' outlets included."},
        "source_names": {"type": "array", "items": str_, "description": "Their distinct names, sorted."}}}]},
     "EventList": {"type": "object", "properties": {"events": {"type": "array", "items": {"$ref": E + "Event"}}, "count": {"type": "integer"}, "next_cursor": {"type": ["string", "null"]}}},
     "AuditEntry": {"type": "object", "properties": {"id": {"type": "integer"}, "subject": str_, "action": {"type": "string", "enum": ["edit", "approve", "reject", "merge", "split", "ingest"]}, "actor": str_, "at": str_, "before": {"$ref": E + "ContractEvent"}, "after": {"$ref": E + "ContractEvent"}, "note": str_}},
     "EventDetail": {"type": "object", "properties": {"event": {"$ref": E + "Event"}, "article": {"type": "object", "properties": {"id": str_, "title": str_, "published": str_, "language": str_, "text": str_, "repeated_spans": {"type": "array"}}}, "sources": {"type": "array", "items": {"type": "object"}}, "story_documents": {"type": "array", "items": {"type": "object"}}, "merged_events": {"type": "array", "items": str_}, "history": {"type": "array", "items": {"$ref": E + "AuditEntry"}}, "reports": {"type": "array", "items": str_, "description": "The reports merged into a canonical event (ce-…); the event itself for a report."}}},
     "DocumentList": {"type": "object", "properties": {"documents": {"type": "array", "items": {"type": "object"}}, "count": {"type": "integer"}, "next_offset": {"type": ["integer", "null"]}}},
     "IncomingDocument": {"type": "object", "required": ["text"], "additionalProperties": False, "properties": {"id": {"type": ["string", "integer", "null"]}, "text": {"type": "string", "pattern": "\\S"}, "title": strn, "published": {"type": ["string", "null"], "format": "date"}, "source": strn, "url": strn, "language": strn}},
     "IngestResult": {"type": "object", "properties": {"documents": {"type": "array", "items": {"type": "object", "properties": {"outcome": {"type": "string", "enum": ["new", "duplicate", "near_duplicate", "rejected"]}, "id": str_, "existing": str_, "similarity": {"type": "number"}, "reason": str_}}}, "new": {"type": "integer"}, "duplicates": {"type": "integer"}, "near_duplicates": {"type": "integer"}, "rejected": {"type": "integer"}, "events_extracted": {"type": ["integer", "null"]}}},
     "Feed": {"type": "object", "properties": {"url": str_, "name": str_, "source": strn, "every_seconds": {"type": "integer"}, "page": {"type": "boolean"}, "added": str_, "etag": strn, "last_modified": strn, "last_polled": strn, "last_success": strn, "last_error": strn, "failures": {"type": "integer"}, "next_poll": str_, "items_stored": {"type": "integer"}, "items_last_day": {"type": "integer"}}},
     "Alert": {"type": "object", "properties": {"name": str_, "filter": str_, "webhook": str_, "created": str_, "delivered": {"type": "integer"}, "pending": {"type": "integer"}, "failed": {"type": "integer"}}},
     "Statistics": {"type": "object", "properties": {"events": {"type": "integer"}, "attacks": {"type": "integer"}, "fatalities": {"type": "integer"}, "by_day": {"type": "array", "items": {"type": "object", "properties": {"date": str_, "event_type": str_, "count": {"type": "integer"}}}}, "by_type": {"type": "array"}, "by_sub_type": {"type": "array"}, "by_country": {"type": "array"}, "by_actor": {"type": "array"}}},
   }}}
from pathlib import Path
target = Path(__file__).resolve().parent.parent / "Sources/VigilServer/Resources/openapi.json"
target.write_text(json.dumps(doc, indent=2))
