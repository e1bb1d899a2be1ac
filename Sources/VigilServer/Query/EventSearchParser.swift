import Foundation
import VigilModel
import VigilStore

/// Reads the event filters shared by listings, statistics and exports from a query string.
enum EventSearchParser {
    /// The filter parameters, in the API's names.
    static let filterParameters: Set<String> = [
        "from", "to", "bbox", "country", "admin1", "event_type", "sub_event_type", "actor", "q", "min_confidence",
        "claimed", "review_status", "document", "view",
    ]
    /// Filters plus sorting and paging.
    static let listingParameters = filterParameters.union(["sort", "cursor", "limit"])

    static func search(_ query: QueryParameters, defaultLimit: Int = 100) throws -> EventSearch {
        var search = EventSearch()
        search.from = try query.day("from")
        search.to = try query.day("to")
        if let from = search.from, let to = search.to, from > to {
            throw APIError.badParameter("to", "\(to) is before from=\(from)")
        }
        if query.isBlank("bbox") { throw APIError.badParameter("bbox", "is empty; leave it out or give west,south,east,north") }
        if let bbox = query.string("bbox") {
            let parts = bbox.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 4, let west = parts[0], let south = parts[1], let east = parts[2], let north = parts[3],
                let box = BoundingBox(west: west, south: south, east: east, north: north)
            else {
                throw APIError.badParameter(
                    "bbox", "\"\(bbox)\" must be west,south,east,north in degrees (longitudes -180…180, latitudes -90…90, south ≤ north)")
            }
            search.boundingBox = box
        }
        search.countries = query.list("country")
        search.admin1 = query.string("admin1")
        search.eventTypes = try query.namedList("event_type").map { name in
            guard let type = EventType(rawValue: name) else {
                throw APIError.badParameter(
                    "event_type", "\"\(name)\" is not an ACLED event type (" + EventType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            return type
        }
        search.subEventTypes = try query.namedList("sub_event_type").map { name in
            guard let type = SubEventType(rawValue: name) else {
                throw APIError.badParameter("sub_event_type", "\"\(name)\" is not an ACLED sub-event type")
            }
            return type
        }
        search.actor = query.string("actor")
        search.text = query.string("q")
        search.minimumConfidence = try query.double("min_confidence", in: 0...1)
        search.claimed = try query.bool("claimed")
        let statuses = try query.namedList("review_status")
        if statuses == ["all"] {
            search.statuses = Set(ReviewStatus.allCases)
        } else {
            search.statuses = Set(try statuses.map { name in
                guard let status = ReviewStatus(rawValue: name) else {
                    throw APIError.badParameter(
                        "review_status", "\"\(name)\" is not one of all, " + ReviewStatus.allCases.map(\.rawValue).joined(separator: ", "))
                }
                return status
            })
        }
        search.documentID = query.string("document")
        search.view = try query.choice("view", EventView.self) ?? .events
        search.sort = try query.choice("sort", EventSort.self) ?? .dateDescending
        if query.isBlank("cursor") { throw APIError.badParameter("cursor", "is empty; leave it out for the first page") }
        search.limit = try query.int("limit", in: 1...ServerConfiguration.maxPageSize) ?? defaultLimit
        search.after = try query.string("cursor").map { try CursorCodec.decode($0, for: search) }
        return search
    }
}
