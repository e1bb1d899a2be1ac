import Foundation
import Hummingbird
import NIOCore
import VigilModel
import VigilStore

/// `GET /api/export.csv|.geojson|.json`: every event matching the filters, in ACLED's column
/// names, streamed page by page so a large export never sits whole in memory.
struct ExportRoutes {
    /// The formats, with their file extension and media type.
    enum Format: String, CaseIterable {
        case csv, geojson, json

        var contentType: String {
            switch self {
            case .csv: "text/csv; charset=utf-8"
            case .geojson: "application/geo+json"
            case .json: "application/json"
            }
        }
    }

    let store: any ReviewStore
    /// Events read from the store per page while streaming.
    static let pageSize = 500

    func register(on reads: RouterGroup<VigilRequestContext>) {
        for format in Format.allCases {
            reads.get("export.\(format.rawValue)") { request, _ in try await export(request, format: format) }
        }
    }

    func export(_ request: Request, format: Format) async throws -> Response {
        let query = try QueryParameters(request, allowed: EventSearchParser.filterParameters.union(["sort"]))
        var start = try EventSearchParser.search(query)
        start.limit = Self.pageSize
        let search = start
        let store = self.store
        let first = try await StoreWork.run { try store.searchEvents(search) }
        var headers = HTTPFields()
        headers[.contentType] = format.contentType
        headers[.contentDisposition] = "attachment; filename=\"vigil-events.\(format.rawValue)\""
        let body = ResponseBody { writer in
            var page = first
            var next = search
            var written = 0
            try await writer.write(ByteBuffer(string: Self.opening(format)))
            while true {
                var chunk = ""
                for reviewed in page.events {
                    guard let item = try Self.item(reviewed, format: format) else { continue }
                    chunk += (written == 0 || format == .csv ? "" : ",") + item
                    written += 1
                }
                try await writer.write(ByteBuffer(string: chunk))
                guard let cursor = page.nextCursor else { break }
                next.after = cursor
                let request = next
                page = try await StoreWork.run { try store.searchEvents(request) }
            }
            try await writer.write(ByteBuffer(string: Self.closing(format)))
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    private static func opening(_ format: Format) -> String {
        switch format {
        case .csv: EventTable.csvHeader
        case .geojson: "{\"type\":\"FeatureCollection\",\"features\":["
        case .json: "["
        }
    }

    private static func closing(_ format: Format) -> String {
        switch format {
        case .csv: ""
        case .geojson: "]}\n"
        case .json: "]\n"
        }
    }

    /// One event in the format, without separator; nil when the format cannot show it (GeoJSON
    /// without coordinates).
    private static func item(_ reviewed: ReviewedEvent, format: Format) throws -> String? {
        switch format {
        case .csv:
            return EventTable.csvRow(reviewed.event, sources: reviewed.sources)
        case .geojson:
            return EventTable.geojsonFeatureText(reviewed.event, sources: reviewed.sources)
        case .json:
            return String(decoding: try EventTable.jsonObject(reviewed), as: UTF8.self)
        }
    }
}
