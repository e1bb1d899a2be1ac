import VigilModel
import VigilText

/// What the scorer compares of one report, computed once when the report arrives.
struct ReportProfile: Sendable {
    let report: LinkReport
    let day: Int
    let precision: TimePrecision
    let subEventType: SubEventType
    /// Folded actor names; empty when the side is not named or only described ("Unidentified Armed Group").
    let perpetrator: String
    let victim: String
    /// Every folded, named actor of the report, on either side.
    let namedActors: Set<String>
    let weapon: WeaponFamily?
    /// The fatality figure when the report gives one (a number, or evidence for zero).
    let fatalities: Int?
    let latitude: Double?
    let longitude: Double?
    let geoPrecision: GeoPrecision?
    let admin1: String
    let admin2: String
    let country: String
    /// How finely the source places the event: a point, a whole district or a whole province.
    let placeLevel: PlaceLevel
    /// Content words of the evidence sentences and spans.
    let words: Set<String>

    init(_ report: LinkReport) {
        let event = report.event
        self.report = report
        day = event.eventDate.daysSinceEpoch
        precision = event.timePrecision
        subEventType = event.subEventType
        let actors = [event.actor1, event.assocActor1, event.actor2, event.assocActor2].map(ReportProfile.actorKey)
        perpetrator = actors[0]
        victim = actors[2]
        namedActors = Set(actors).subtracting([""])
        weapon = event.weapon.flatMap(WeaponFamily.init(describing:))
        let fatalityEvidence = event.evidence.contains { $0.field == "fatalities" }
        fatalities = event.fatalities > 0 || fatalityEvidence ? event.fatalities : nil
        latitude = event.latitude
        longitude = event.longitude
        geoPrecision = event.geoPrecision
        admin1 = Folding.fold(event.admin1)
        admin2 = Folding.fold(event.admin2)
        country = Folding.fold(event.country)
        placeLevel = PlaceLevel(of: event)
        let text = ([report.context] + event.evidence.map(\.text)).joined(separator: " ")
        words = ReportProfile.contentWords(text)
    }

    var id: String { report.event.eventID }
    var docID: String { report.event.docID }

    /// The folded name without ACLED's date suffix ("(2019-)") and the short form before a colon
    /// ("M23: March 23 Movement" → "m23"); empty for unnamed actors.
    static func actorKey(_ name: String) -> String {
        var key = Folding.fold(name)
        if let paren = key.firstIndex(of: "(") { key = String(key[..<paren]) }
        if let colon = key.firstIndex(of: ":") { key = String(key[..<colon]) }
        key = key.trimmingSpaces
        return ReportWords.genericActorPrefixes.contains(where: key.hasPrefix) ? "" : key
    }

    /// Lower-case stems of the words of three letters or more that are not function words.
    ///
    /// Read as UTF-8 bytes (this runs for every report): a word is a run of ASCII letters and digits
    /// and of non-ASCII bytes (folded text keeps non-ASCII only for letters of other scripts).
    static func contentWords(_ text: String) -> Set<String> {
        var words = Set<String>()
        let bytes = Array(Folding.fold(text).utf8)
        var start = 0
        for index in 0...bytes.count {
            if index < bytes.count {
                let byte = bytes[index]
                if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 { continue }
            }
            if index - start >= 3 {
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                if !ReportWords.stopwords.contains(word) { words.insert(stem(word)) }
            }
            start = index + 1
        }
        return words
    }

    /// A crude English stem, so that one outlet's "detained protesters" meets another's "detaining
    /// protests": a plural "s" goes, then one of "ing", "ed", "er" or a final "e", keeping four letters.
    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        func ends(with suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard bytes.count >= count else { return false }
            return suffix.withUTF8Buffer { bytes[(bytes.count - count)...].elementsEqual($0) }
        }
        if ends(with: "s"), !ends(with: "ss"), bytes.count > 4 { bytes.removeLast() }
        for suffix: StaticString in ["ing", "ed", "er", "e"] where ends(with: suffix) && bytes.count - suffix.utf8CodeUnitCount >= 4 {
            bytes.removeLast(suffix.utf8CodeUnitCount)
            break
        }
        return String(decoding: bytes, as: UTF8.self)
    }

}
