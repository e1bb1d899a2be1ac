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
        let value: JSONLValue
        do {
            value = try JSONDecoder().decode(JSONLValue.self, from: Data(line.utf8))
        } catch {
            return .failure(IngestError(input: origin, problem: "malformed JSON (\(JSONLReader.reason(error)))"))
        }
        guard case .object(let fields) = value else {
            return .failure(IngestError(input: origin, problem: "expected a JSON object with \"text\", got \(value.kind)"))
        }
        guard case .string(let text) = fields["text"] else {
            return .failure(IngestError(
                input: origin,
                problem: fields["text"] == nil ? "missing required field \"text\"" : "field \"text\" must be a string"))
        }
        if text.allSatisfy(\.isWhitespace) { return .failure(IngestError(input: origin, problem: "field \"text\" is empty")) }
        var id: String?
        switch fields["id"] {
        case .string(let value): id = value
        case .number(let value): id = value
        case nil, .null: id = nil
        default: return .failure(IngestError(input: origin, problem: "field \"id\" must be a string or a number"))
        }
        func string(_ key: String) -> Result<String, IngestError> {
            switch fields[key] {
            case nil, .null: return .success("")
            case .string(let value): return .success(value)
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
        guard case .object(let fields) = try? JSONDecoder().decode(JSONLValue.self, from: Data(line.utf8)) else { return [] }
        return fields.keys.filter { !JSONLReader.knownFields.contains($0) }.sorted()
    }

    private static func reason(_ error: any Error) -> String {
        guard case .dataCorrupted(let context) = error as? DecodingError else { return "not valid JSON" }
        let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
        return underlying ?? context.debugDescription
    }
}
