import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Collects an OPML file's root element, feed outlines and first parse error as the parser reports them.
final class OutlineCollector: NSObject, XMLParserDelegate {
    /// The root element's name, once seen.
    var root: String?
    var found = OPMLImport()
    /// Where the XML first broke, and how.
    var firstError: (line: Int, reason: String)?
    private var seenURLs: Set<String> = []

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes: [String: String]
    ) {
        guard root != nil else {
            root = elementName
            if elementName.lowercased() != "opml" { parser.abortParsing() }
            return
        }
        guard elementName.lowercased() == "outline" else { return }
        var fields: [String: String] = [:]
        for (name, value) in attributes {
            fields[name.lowercased()] = value.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let url = fields["xmlurl"] else { return }
        // A name that only repeats the URL is no name.
        let title = [fields["title"], fields["text"]].compactMap { $0 }.first { !$0.isEmpty && $0 != url }
        let lowercased = url.lowercased()
        guard lowercased.hasPrefix("http://") || lowercased.hasPrefix("https://") else {
            let outline = title.map { "outline \"\($0)\"" } ?? "outline"
            found.skipped.append("line \(parser.lineNumber): \(outline) has no http(s) xmlUrl (\"\(url)\")")
            return
        }
        guard seenURLs.insert(url).inserted else { return }
        let site = fields["htmlurl"].flatMap { $0.isEmpty ? nil : $0 }
        found.outlines.append(OPMLOutline(url: url, title: title, htmlURL: site))
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        guard firstError == nil else { return }
        firstError = (parser.lineNumber, Self.reason(parseError))
    }

    /// The parser's error in words ("a closing tag that does not match the open element"), or its code.
    static func reason(_ error: any Error) -> String {
        let code = (error as NSError).code
        return problems[code] ?? "XML error \(code)"
    }

    /// libxml2's codes (`xmlParserErrors`), which both Foundations report, for the mistakes seen in hand-edited files.
    private static let problems: [Int: String] = [
        4: "the document is empty",
        5: "extra content after the root element",
        9: "a character XML does not allow",
        22: "'&' not followed by a name (write & as &amp;)",
        23: "an entity reference without its ';'",
        26: "an undeclared entity (XML predefines only &amp; &lt; &gt; &quot; &apos;)",
        38: "'<' inside an attribute value",
        39: "an attribute value without quotes",
        40: "an attribute value that is not closed",
        41: "an attribute without a value",
        42: "an attribute given twice",
        68: "'&' or '<' not followed by a name (write & as &amp;)",
        73: "'>' expected",
        76: "a closing tag that does not match the open element",
        77: "an element not closed before the end",
    ]
}
