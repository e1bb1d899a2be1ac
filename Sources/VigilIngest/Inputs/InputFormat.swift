/// The formats Vigil reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case text, html, feed, jsonl

    /// The format for a file extension (lower case, without the dot), or nil when unsupported.
    public init?(extension ext: String) {
        switch ext {
        case "txt", "text": self = .text
        case "html", "htm", "xhtml": self = .html
        case "rss", "atom", "xml": self = .feed
        case "jsonl", "ndjson", "json": self = .jsonl
        default: return nil
        }
    }

    /// Guesses the format of content without a file name (stdin) from its first characters.
    public init(sniffing bytes: some Collection<UInt8>) {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("{") {
            self = .jsonl
        } else if head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") {
            self = .feed
        } else if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || head.contains("<body") {
            self = .html
        } else {
            self = .text
        }
    }

    /// Whether content is a feed: RSS, Atom, or a JSON Feed (gzip-compressed content counts, as it is
    /// read after inflating).
    public static func isFeed(_ bytes: [UInt8]) -> Bool {
        Gzip.isCompressed(bytes) || InputFormat(sniffing: bytes) == .feed || JSONFeedReader.isJSONFeed(bytes)
    }

    /// Extensions accepted, for messages.
    public static let supportedExtensions = ".txt, .html, .htm, .rss, .atom, .xml, .jsonl, .json (each optionally .gz)"
}
