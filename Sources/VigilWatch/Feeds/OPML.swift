public import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

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
