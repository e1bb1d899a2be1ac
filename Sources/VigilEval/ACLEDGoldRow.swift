public import Foundation
public import VigilClassify
import VigilModel

/// One ACLED-coded row used as gold: one document, one event.
public struct ACLEDGoldRow: Sendable, Equatable {
    /// The document id: `data_id`, else `event_id_cnty`.
    public var docID: String
    /// The ISO event date (YYYY-MM-DD).
    public var eventDate: String
    public var eventType: String
    public var subEventType: String
    public var actor1: String
    public var country: String
    public var admin1: String
    public var latitude: Double?
    public var longitude: Double?
    public var fatalities: Int?
    /// ACLED's region, for the per-region table ("unknown" when absent).
    public var region: String

    /// Creates a row from its values.
    public init(
        docID: String, eventDate: String, eventType: String, subEventType: String, actor1: String,
        country: String, admin1: String, latitude: Double?, longitude: Double?, fatalities: Int?,
        region: String = "unknown"
    ) {
        self.docID = docID
        self.eventDate = eventDate
        self.eventType = eventType
        self.subEventType = subEventType
        self.actor1 = actor1
        self.country = country
        self.admin1 = admin1
        self.latitude = latitude
        self.longitude = longitude
        self.fatalities = fatalities
        self.region = region
    }

    /// Reads an ACLED export (or `acled-train.csv`-style file): the columns `event_date`,
    /// `event_type`, `sub_event_type`, `actor1`, `country`, `admin1`, `latitude`, `longitude`,
    /// `fatalities` and `data_id` or `event_id_cnty`; errors name the file, line and column.
    public static func read(contentsOf url: URL) throws(CSVError) -> [ACLEDGoldRow] {
        try rows(of: CSVReader.read(contentsOf: url))
    }

    /// The gold rows of a parsed table.
    public static func rows(of table: CSVTable) throws(CSVError) -> [ACLEDGoldRow] {
        let dataID = table.optionalColumn("data_id")
        let eventID = table.optionalColumn("event_id_cnty")
        guard dataID != nil || eventID != nil else {
            throw CSVError(file: table.file, line: 1, problem: .missingColumn("data_id or event_id_cnty"))
        }
        let date = try table.column("event_date"), isoDate = table.optionalColumn("event_date_iso")
        let type = try table.column("event_type"), subtype = try table.column("sub_event_type")
        let actor = try table.column("actor1"), country = try table.column("country")
        let admin1 = try table.column("admin1"), region = table.optionalColumn("region")
        let latitude = try table.column("latitude"), longitude = try table.column("longitude")
        let fatalities = try table.column("fatalities")
        return table.records.map { record in
            let id = dataID.map { record[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? eventID.map { record[$0] } ?? ""
            let iso = isoDate.map { record[$0] } ?? ""
            return ACLEDGoldRow(
                docID: id, eventDate: iso.isEmpty ? isoDay(record[date]) : iso,
                eventType: record[type], subEventType: record[subtype], actor1: record[actor],
                country: record[country], admin1: record[admin1],
                latitude: Double(record[latitude]).flatMap { $0.isFinite ? $0 : nil },
                longitude: Double(record[longitude]).flatMap { $0.isFinite ? $0 : nil },
                fatalities: Double(record[fatalities]).flatMap { $0.isFinite ? Int($0) : nil },
                region: region.map { record[$0] }.flatMap { $0.isEmpty ? nil : $0 } ?? "unknown")
        }
    }

    /// An ACLED date ("2020-05-02", "2-May-20" or "02 May 2020") as YYYY-MM-DD; other text unchanged.
    static func isoDay(_ value: String) -> String {
        if let day = CalendarDay(iso: value), value.count == 10 { return day.description }
        let parts = value.split(whereSeparator: { $0 == "-" || $0 == " " })
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]),
              let month = months.firstIndex(where: { parts[1].lowercased().hasPrefix($0) }),
              parts[1].count == 3 || parts[1].lowercased() == fullMonths[month]
        else { return value }
        let fullYear = parts[2].count == 2 ? (year < 69 ? 2000 + year : 1900 + year) : year
        return CalendarDay(year: fullYear, month: month + 1, day: day)?.description ?? value
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let fullMonths = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
}
