import Foundation
import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// Measures the geocoder against an ACLED export when `VIGIL_GEO_DEV` names its folder
/// (acled-2020-dev.csv and acled-2020-dev.docs.jsonl); skipped otherwise. Reads the data, never copies it.
@Suite struct DevMeasurement {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VIGIL_GEO_DEV"] != nil))
    func measureDevSet() throws {
        let folder = ProcessInfo.processInfo.environment["VIGIL_GEO_DEV"]!
        let geocoder = try Geocoder.loadDefault()
        let rows = try CSVTable(contentsOf: URL(fileURLWithPath: folder + "/acled-2020-dev.csv"))
        var gold: [String: [String: String]] = [:]
        for row in rows.records { gold[row["data_id"] ?? ""] = row }
        let lines = try String(contentsOfFile: folder + "/acled-2020-dev.docs.jsonl", encoding: .utf8).split(separator: "\n")
        var total = 0, countryHits = 0, admin1Hits = 0, within25 = 0, none = 0, fallbackHits = 0
        var byRegion: [String: (n: Int, country: Int, near: Int)] = [:]
        var misses: [String] = []
        for line in lines {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let id = object["id"] as? String, let text = object["text"] as? String, let g = gold[id]
            else { continue }
            total += 1
            let analyzed = AnalyzedText(text)
            let mentions = geocoder.mentions(in: analyzed, dateline: nil)
            let region = g["region"] ?? "?"
            var tally = byRegion[region] ?? (0, 0, 0)
            tally.n += 1
            defer { byRegion[region] = tally }
            guard let best = DevMeasurement.best(mentions, text: analyzed) else {
                none += 1
                // What extraction can still do: the country of the first nationality word.
                let adjective = analyzed.tokens.lazy.compactMap { geocoder.countries.country(adjective: $0.text) }.first
                if adjective?.name == g["country"] { fallbackHits += 1 }
                misses.append("NONE\t\(g["country"] ?? "")\t\(g["location"] ?? "")\t\(text.prefix(160))")
                continue
            }
            let p = best.place
            let lat = Double(g["latitude"] ?? "") ?? 0, lon = Double(g["longitude"] ?? "") ?? 0
            let d = Distance.km(lat, lon, p.latitude, p.longitude)
            if p.country == g["country"] {
                countryHits += 1
                tally.country += 1
            }
            if NameKey(p.admin1).text == NameKey(g["admin1"] ?? "").text { admin1Hits += 1 }
            if d <= 25 {
                within25 += 1
                tally.near += 1
            } else {
                misses.append(
                    "\(Int(d))km\t\(g["country"] ?? "")/\(p.country)\t\(g["location"] ?? "") → \(best.text) = \(p.name), \(p.admin1)\t\(text.prefix(160))")
            }
        }
        var report = "documents \(total), no place \(none) (country from a nationality word right for \(fallbackHits))\n"
        report += String(format: "country %.3f  admin1 %.3f  within 25 km %.3f\n",
            Double(countryHits) / Double(total), Double(admin1Hits) / Double(total), Double(within25) / Double(total))
        for (region, t) in byRegion.sorted(by: { $0.value.n > $1.value.n }) {
            report += String(format: "%-28@ n=%4d country %.3f within25 %.3f\n", region as NSString, t.n,
                Double(t.country) / Double(t.n), Double(t.near) / Double(t.n))
        }
        try report.write(toFile: "/tmp/geo-dev-report.txt", atomically: true, encoding: .utf8)
        try misses.joined(separator: "\n").write(toFile: "/tmp/geo-dev-misses.txt", atomically: true, encoding: .utf8)
        print(report)
    }

    /// Prints the geocoder's account of `VIGIL_GEO_EXPLAIN`, for looking into one text.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["VIGIL_GEO_EXPLAIN"] != nil))
    func explainText() throws {
        let text = ProcessInfo.processInfo.environment["VIGIL_GEO_EXPLAIN"]!
        print(try Geocoder.loadDefault().explain(text))
    }

    /// The document's place: in the first sentence with a place, the most specific mention, the earliest on ties.
    static func best(_ mentions: [PlaceMention], text: AnalyzedText) -> PlaceMention? {
        for sentence in text.sentences {
            let inside = mentions.filter { sentence.tokens.contains($0.tokens.lowerBound) }
            if let best = inside.min(by: { ($0.kind.rawValue, $0.start) < ($1.kind.rawValue, $1.start) }) { return best }
        }
        return nil
    }
}

/// A small RFC 4180 reader for the measurement: quoted fields, doubled quotes, newlines in quotes.
struct CSVTable {
    let records: [[String: String]]

    init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [[String]] = []
        var row: [String] = [], field = "", quoted = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = iterator.next() {
                        if n == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = n }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else if c != "\r" { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        let header = rows.first ?? []
        records = rows.dropFirst().map { values in
            Dictionary(uniqueKeysWithValues: zip(header, values).map { ($0, $1) })
        }
    }
}
