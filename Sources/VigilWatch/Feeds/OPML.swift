public import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// One feed subscription of an OPML file.
public struct OPMLOutline: Sendable, Hashable {
    /// The feed's address (`xmlUrl`).
    public var url: String
    /// The feed's name (`title`, else `text`), when the outline gives one.
    public var title: String?
    /// The site the feed belongs to (`htmlUrl`), when given.
    public var htmlURL: String?

    public init(url: String, title: String? = nil, htmlURL: String? = nil) {
        self.url = url
        self.title = title
        self.htmlURL = htmlURL
    }
}

/// What an OPML file gave: its feeds, and the outlines left out with the reason for each.
public struct OPMLImport: Sendable, Hashable {
    /// The http(s) feeds, in document order, each URL once.
    public var outlines: [OPMLOutline]
    /// One message per outline left out: `line 12: outline "Channel" has no http(s) xmlUrl ("tg://…")`.
    public var skipped: [String]

    public init(outlines: [OPMLOutline] = [], skipped: [String] = []) {
        self.outlines = outlines
        self.skipped = skipped
    }
}

/// Why an OPML file could not be read: the file and the problem.
public struct OPMLError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file: "subscriptions.opml", "stdin".
    public var input: String
    /// What is wrong, for a person: "not well-formed XML at line 4 (tag name mismatch)".
    public var problem: String

    public init(input: String, problem: String) {
        self.input = input
        self.problem = problem
    }

    public var description: String { "\(input): \(problem)" }
}

/// Reads and writes OPML, the outline format in which feed readers export and import subscriptions.
public enum OPML {
    /// Largest OPML file read: a reader's export of thousands of feeds is well under it.
    public static let maxBytes = 8 << 20

    /// The feeds of an OPML file: every `<outline>` with an `xmlUrl`, at any depth (outlines without
    /// one are categories), in document order, each URL once. Outlines whose `xmlUrl` is not
    /// http(s) are listed in `skipped`.
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - input: The file's name, for messages.
    public static func outlines(in data: Data, input: String) throws(OPMLError) -> OPMLImport {
        if data.isEmpty { throw OPMLError(input: input, problem: "empty file") }
        guard data.count <= maxBytes else {
            throw OPMLError(input: input, problem: "too large: \(data.count) bytes, the limit is \(maxBytes >> 20) MB")
        }
        // The parser expands a file's own entities without bound: such files are refused unread.
        if data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw OPMLError(input: input, problem: "declares its own entities; refused")
        }
        let collector = OutlineCollector()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = collector
        _ = parser.parse()
        if let root = collector.root, root.lowercased() != "opml" {
            throw OPMLError(input: input, problem: "not an OPML file (root element <\(root)>)")
        }
        if let failure = collector.firstError {
            throw OPMLError(input: input, problem: "not well-formed XML at line \(failure.line) (\(failure.reason))")
        }
        guard collector.root != nil else { throw OPMLError(input: input, problem: "not XML (no root element)") }
        guard !collector.found.outlines.isEmpty else {
            let skipped = collector.found.skipped
            throw OPMLError(
                input: input,
                problem: "no outline with an http(s) xmlUrl" + (skipped.isEmpty ? "" : "; " + skipped.joined(separator: "; ")))
        }
        return collector.found
    }

    /// An OPML 2.0 document subscribing to `outlines`, as feed readers import it.
    /// - Parameters:
    ///   - outlines: The feeds, written in this order.
    ///   - title: The document's title (`<head><title>`).
    public static func document(_ outlines: [OPMLOutline], title: String) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            #"<opml version="2.0">"#,
            "  <head>",
            "    <title>\(escaped(title))</title>",
            "  </head>",
            "  <body>",
        ]
        for outline in outlines {
            // `text` is required: a feed without a title is named by its URL, which reads back as no title.
            var line = #"    <outline type="rss" text="\#(escaped(outline.title ?? outline.url))""#
            if let title = outline.title { line += #" title="\#(escaped(title))""# }
            line += #" xmlUrl="\#(escaped(outline.url))""#
            if let site = outline.htmlURL { line += #" htmlUrl="\#(escaped(site))""# }
            lines.append(line + "/>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    /// Text safe in an XML attribute or element: markup characters as entities, tab and line breaks
    /// as character references (so they survive attribute normalization), other control characters
    /// (not allowed in XML 1.0) dropped.
    static func escaped(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }
}

/// Collects an OPML file's root element, feed outlines and first parse error as the parser reports them.
private final class OutlineCollector: NSObject, XMLParserDelegate {
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
