import Foundation
import VigilModel

/// Reads JSON Lines documents: `{"id","text","title"?,"published"?,"source"?,"url"?,"language"?}`.
///
/// A bad line is reported with its file and line number; the other lines are read.
struct JSONLReader {
    static let knownFields: Set<String> = ["id", "text", "title", "published", "source", "url", "language"]

    /// Reads one line (1-based `line`), or explains why it cannot.
    func read(line: Substring, number: Int, file: String) -> Result<RawDocument, IngestError> {
        let origin = "\(file):\(number)"
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
        } catch {
            return .failure(IngestError(input: origin, problem: "malformed JSON (\(JSONLReader.reason(error)))"))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(IngestError(input: origin, problem: "expected a JSON object with \"text\", got \(JSONLReader.kind(object))"))
        }
        guard let text = fields["text"] as? String else {
            return .failure(IngestError(
                input: origin,
                problem: fields["text"] == nil ? "missing required field \"text\"" : "field \"text\" must be a string"))
        }
        if text.allSatisfy(\.isWhitespace) { return .failure(IngestError(input: origin, problem: "field \"text\" is empty")) }
        var id: String?
        switch fields["id"] {
        case let value as String: id = value
        case let value as NSNumber: id = value.stringValue
        case nil, is NSNull: id = nil
        default: return .failure(IngestError(input: origin, problem: "field \"id\" must be a string or a number"))
        }
        func string(_ key: String) -> Result<String, IngestError> {
            switch fields[key] {
            case nil, is NSNull: return .success("")
            case let value as String: return .success(value)
            default: return .failure(IngestError(input: origin, problem: "field \"\(key)\" must be a string"))
            }
        }
        do {
            let published = try string("published").get()
            var day: CalendarDay?
            if !published.isEmpty {
                guard let parsed = DateParsing.day(from: published) else {
                    return .failure(IngestError(
                        input: origin, problem: "field \"published\" is not a date: \"\(published)\" (expected YYYY-MM-DD)"))
                }
                day = parsed
            }
            let language = try string("language").get()
            return .success(
                RawDocument(
                    id: id, title: try string("title").get(), text: text.contains("\r") ? text.replacingCRLF() : text,
                    published: day, source: try string("source").get(), url: try string("url").get(),
                    language: language.isEmpty ? nil : language, origin: origin))
        } catch {
            return .failure(error)
        }
    }

    /// Field names outside the contract, for a warning.
    func unknownFields(in line: Substring) -> [String] {
        guard let fields = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { return [] }
        return fields.keys.filter { !JSONLReader.knownFields.contains($0) }.sorted()
    }

    private static func reason(_ error: any Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return description ?? "not valid JSON"
    }

    private static func kind(_ value: Any) -> String {
        switch value {
        case is [Any]: "an array"
        case is String: "a string"
        case is NSNumber: "a number"
        default: "null"
        }
    }
}
