import Foundation

/// Reads JSON Feed 1.0 and 1.1 (jsonfeed.org): one document per item, as `FeedReader` reads RSS and Atom.
struct JSONFeedReader {
    /// The items of a feed; `maxBytes` bounds each item's text, as it bounds a file. `breakage` stays nil:
    /// JSON that breaks is refused whole.
    func read(_ json: String, origin: String, maxBytes: Int = 16 << 20) throws(IngestError) -> FeedReader.Feed {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        } catch {
            throw IngestError(input: origin, problem: "not valid JSON: \(Self.reason(error))")
        }
        guard let feed = parsed as? [String: Any], let items = feed["items"] as? [Any] else {
            throw IngestError(input: origin, problem: "a JSON Feed needs an \"items\" array")
        }
        if items.isEmpty { throw IngestError(input: origin, problem: "feed has no items") }
        let source = ArticleExtractor.collapse(feed["title"] as? String ?? "")
        var documents: [Result<RawDocument, IngestError>] = []
        for (index, item) in items.enumerated() {
            documents.append(Self.document(item, source: source, origin: "\(origin) item \(index + 1)", maxBytes: maxBytes))
        }
        return FeedReader.Feed(items: documents, breakage: nil)
    }

    /// Whether `bytes` begin a JSON Feed: a top-level object whose "version" is a jsonfeed.org
    /// version URL, within the first kilobyte (the spec asks for "version" first).
    static func isJSONFeed(_ bytes: some Collection<UInt8>) -> Bool {
        var head = Array(bytes.prefix(1024))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard head.first(where: { !isJSONSpace($0) }) == UInt8(ascii: "{") else { return false }
        var depth = 0
        var key: String?
        var expectingValue = false
        var index = 0
        while index < head.count {
            switch head[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectingValue = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth <= 0 { return false }
            case UInt8(ascii: ":"):
                expectingValue = depth == 1
            case UInt8(ascii: ","):
                key = nil
                expectingValue = false
            case UInt8(ascii: "\""):
                guard let (string, end) = scanString(head, from: index) else { return false }
                if depth == 1 {
                    if expectingValue && key == "version" { return string.contains("jsonfeed.org/version/") }
                    if !expectingValue { key = string }
                }
                expectingValue = false
                index = end
            default:
                break
            }
            index += 1
        }
        return false
    }

    /// The string starting at the quote at `start`, with its escapes undone (`\/` is `/`), and the
    /// index of its closing quote; nil when it runs past `bytes`.
    private static func scanString(_ bytes: [UInt8], from start: Int) -> (String, Int)? {
        var scalars: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return (String(decoding: scalars, as: UTF8.self), index) }
            if byte == UInt8(ascii: "\\") {
                index += 1
                guard index < bytes.count else { return nil }
            }
            scalars.append(bytes[index])
            index += 1
        }
        return nil
    }

    private static func isJSONSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t")
    }

    /// The document of one item, or why there is none.
    private static func document(_ item: Any, source: String, origin: String, maxBytes: Int) -> Result<RawDocument, IngestError> {
        guard let fields = item as? [String: Any] else {
            return .failure(IngestError(input: origin, problem: "item is \(kind(of: item)), not an object"))
        }
        func string(_ key: String) -> String { (fields[key] as? String)?.trimmingCharacters(in: " \n\t\r") ?? "" }
        let text = Self.text(of: fields)
        guard !text.isEmpty else {
            return .failure(IngestError(input: origin, problem: "item has no content_html, content_text or summary"))
        }
        guard text.utf8.count <= maxBytes else {
            return .failure(IngestError(
                input: origin,
                problem: "too large: \(text.utf8.count) bytes of text, the limit is \(InputDecoder.describe(maxBytes)) (`vigil ingest --max-megabytes` raises it)"))
        }
        // JSON Feed ids are strings, but some feeds write numbers: keep their digits.
        let id = (fields["id"] as? String).map { $0.trimmingCharacters(in: " \n\t\r") } ?? (fields["id"] as? NSNumber)?.stringValue
        let url = string("url").isEmpty ? string("external_url") : string("url")
        let published = DateParsing.day(from: string("date_published")) ?? DateParsing.day(from: string("date_modified"))
        return .success(
            RawDocument(
                id: id.flatMap { $0.isEmpty ? nil : $0 }, title: ArticleExtractor.collapse(string("title")), text: text,
                published: published, source: source, url: url, origin: origin))
    }

    /// An item's text: its HTML as plain text, else its plain text, else its summary (each when not blank).
    private static func text(of fields: [String: Any]) -> String {
        if let html = fields["content_html"] as? String {
            let text = FeedReader.plainText(fromMarkup: html)
            if !text.isEmpty { return text }
        }
        for key in ["content_text", "summary"] {
            guard let value = fields[key] as? String else { continue }
            let text = (value.contains("\r") ? value.replacingCRLF() : value).trimmingCharacters(in: " \n\t\r")
            if !text.isEmpty { return text }
        }
        return ""
    }

    /// How a message names a JSON value that is not an object ("a string").
    private static func kind(of value: Any) -> String {
        switch value {
        case is String: "a string"
        case is [Any]: "an array"
        case is NSNull: "null"
        case is NSNumber: "a number or boolean"
        default: "an unexpected value"
        }
    }

    /// Foundation's account of a JSON error ("Invalid value around character 14"), without its final period.
    private static func reason(_ error: any Error) -> String {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? error.localizedDescription
        return detail.hasSuffix(".") ? String(detail.dropLast()) : detail
    }
}
