import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VigilIngest
import VigilModel
import VigilServer
import VigilStore
import VigilTestSupport

/// A temporary database (SQLite, or PostgreSQL when the suite runs against it) with documents and
/// events, the app over it, and a token.
struct ServerFixture {
    let store: any StoryQueue & ReviewStore & TokenStore
    let token: String
    private let cleanUp: @Sendable () -> Void

    init(_ backend: StoreBackend = .sqlite) throws {
        (store, cleanUp) = try backend.makeStore()
        token = APIToken.generate()
        try store.saveToken(name: "tester", hash: APIToken.hash(token))
    }

    func remove() {
        cleanUp()
    }

    /// The application over the store.
    func application(
        readsRequireToken: Bool = false, maxBodyBytes: Int = 1 << 20, processPending: (@Sendable () throws -> Int)? = nil
    ) -> some ApplicationProtocol {
        let configuration = ServerConfiguration(
            readsRequireToken: readsRequireToken, maxBodyBytes: maxBodyBytes, processPending: processPending)
        return Application(router: VigilApplication.router(store: store, configuration: configuration))
    }

    /// Stores a document and returns its story id.
    @discardableResult
    func document(_ id: String, _ text: String) throws -> String {
        let incoming = DocumentPreparer(source: "Wire").prepare(
            RawDocument(id: id, title: "Title of \(id)", text: text, origin: id), ingested: "2024-01-01T00:00:00Z")
        _ = try store.ingest([incoming], nearDuplicateThreshold: 0.8)
        let stored = try store.document(id: id)
        return try #require(stored).document.storyID
    }

    /// Three events in one story: an air strike in Iraq (claimed), an armed clash in Syria, a protest in Iraq.
    func seed() throws {
        let text = "Drones struck Ain al-Asad air base in Anbar on Monday. Fighters clashed near Deir ez-Zor. Hundreds protested in Baghdad."
        let story = try document("doc-1", text)
        try store.saveExtraction(storyID: story, extractorVersion: "test", events: [
            Self.event("doc-1-1", "2023-11-06", .airDroneStrike, country: "Iraq", admin1: "Al Anbar", lat: 33.8, lon: 42.44,
                fatalities: 0, confidence: 0.9, claimed: true, actor1: "Islamic Resistance in Iraq",
                evidence: [Evidence(field: "sub_event_type", start: 0, end: 13, text: "Drones struck")]),
            Self.event("doc-1-2", "2023-11-07", .armedClash, country: "Syria", admin1: "Deir ez-Zor", lat: 35.33, lon: 40.14,
                fatalities: 3, confidence: 0.4, claimed: false, actor1: "Military Forces of Syria (2000-)"),
            Self.event("doc-1-3", "2023-11-08", .peacefulProtest, country: "Iraq", admin1: "Baghdad", lat: 33.31, lon: 44.36,
                fatalities: 0, confidence: 0.7, claimed: false, actor1: "Protesters (Iraq)"),
        ], tallies: [])
    }

    static func event(
        _ id: String, _ date: String, _ type: SubEventType, country: String, admin1: String, lat: Double, lon: Double,
        fatalities: Int, confidence: Double, claimed: Bool, actor1: String, evidence: [Evidence] = []
    ) -> Event {
        Event(
            docID: String(id.split(separator: "-").prefix(2).joined(separator: "-")), eventID: id,
            eventDate: CalendarDay(iso: date)!, timePrecision: .day, subEventType: type, actor1: actor1,
            inter1: .stateForces,
            place: Place(name: admin1, latitude: lat, longitude: lon, country: country, iso3: "", admin1: admin1, geoPrecision: .exact),
            fatalities: fatalities, claimed: claimed, confidence: confidence, evidence: evidence)
    }

    /// `Authorization: Bearer` with the fixture's token.
    var auth: HTTPFields { [.authorization: "Bearer \(token)"] }

    /// The fixture's token plus a JSON content type.
    var jsonAuth: HTTPFields { [.authorization: "Bearer \(token)", .contentType: "application/json"] }
}

extension TestResponse {
    /// The body parsed as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(body.readableBytesView))
        return try #require(object as? [String: Any])
    }

    /// The body as text.
    var text: String { String(buffer: body) }
}

extension ByteBuffer {
    /// A JSON body from a dictionary.
    static func json(_ object: Any) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }
}

extension TestResponse {
    /// The `parameter` of a JSON error body ("none" when the error names none).
    func errorParameter() throws -> String {
        let body = try json()
        let error = try #require(body["error"] as? [String: Any])
        return error["parameter"] as? String ?? "none"
    }
}
