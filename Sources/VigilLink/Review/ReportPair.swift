/// An unordered pair of report ids.
struct ReportPair: Hashable, Sendable {
    let first: String
    let second: String

    init(_ a: String, _ b: String) {
        (first, second) = a < b ? (a, b) : (b, a)
    }
}
