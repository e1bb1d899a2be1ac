import CLibXML2
import Foundation

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one document per item or entry.
struct FeedReader {
    /// What a feed gave: its items (an item without text, or too large, is reported, not fatal)
    /// and where its XML broke, when it did (the items after the break are lost).
    struct Feed {
        var items: [Result<RawDocument, IngestError>]
        var breakage: String?
    }

    /// Text a feed's own entities (`<!ENTITY …>`) may expand to, in all: ordinary feeds declare none.
    static let entityBudget = 1 << 20

    /// The items of a feed; `maxBytes` bounds each item's text, as it bounds a file.
    func read(_ xml: String, origin: String, maxBytes: Int = 16 << 20) throws(IngestError) -> Feed {
        guard let tree = MarkupTree(xml: xml), let root = tree.root else {
            throw IngestError(input: origin, problem: "not a well-formed RSS or Atom feed")
        }
        let isAtom = root.elementName == "feed"
        guard isAtom || root.elementName == "rss" || root.elementName == "rdf" else {
            throw IngestError(input: origin, problem: "not an RSS or Atom feed (root element <\(root.elementName)>)")
        }
        var budget = Self.entityBudget
        let channel = isAtom ? root : (root.firstDescendant { $0.elementName == "channel" } ?? root)
        let feedTitle = try channel.childElements.first { $0.elementName == "title" }
            .map { node throws(IngestError) in try Self.text(of: node, budget: &budget, origin: origin) } ?? ""
        let items = root.descendants { $0.elementName == (isAtom ? "entry" : "item") }
        if items.isEmpty {
            throw IngestError(input: origin, problem: "feed has no items" + (tree.breakage.map { " (broken XML at \($0))" } ?? ""))
        }
        var documents: [Result<RawDocument, IngestError>] = []
        for (index, item) in items.enumerated() {
            let where_ = "\(origin) item \(index + 1)"
            let fields = try Self.fields(of: item, budget: &budget, origin: origin)
            documents.append(Self.document(fields, source: feedTitle, origin: where_, maxBytes: maxBytes))
        }
        return Feed(items: documents, breakage: tree.breakage)
    }

    /// An item's child elements by name (the first of each), and its link under "link".
    private static func fields(of item: xmlNodePtr, budget: inout Int, origin: String) throws(IngestError) -> [String: String] {
        var fields: [String: String] = [:]
        var link = ""
        for child in item.childElements {
            let name = child.elementName
            if name == "link" {
                if let href = child.attribute("href") {
                    let rel = child.attribute("rel") ?? "alternate"
                    if rel == "alternate" || link.isEmpty { link = href }
                } else if link.isEmpty {
                    link = try text(of: child, budget: &budget, origin: origin)
                }
            } else if fields[name] == nil {
                fields[name] = try text(of: child, budget: &budget, origin: origin)
            }
        }
        fields["link"] = link
        return fields
    }

    /// The document of an item's fields, or why there is none.
    private static func document(_ fields: [String: String], source: String, origin: String, maxBytes: Int) -> Result<RawDocument, IngestError> {
        let body = fields["encoded"] ?? fields["content"] ?? fields["description"] ?? fields["summary"] ?? ""
        let text = plainText(fromMarkup: body)
        guard !text.isEmpty else { return .failure(IngestError(input: origin, problem: "item has no description or content")) }
        guard text.utf8.count <= maxBytes else {
            return .failure(IngestError(
                input: origin,
                problem: "too large: \(text.utf8.count) bytes of text, the limit is \(InputDecoder.describe(maxBytes)) (`vigil ingest --max-megabytes` raises it)"))
        }
        let date = fields["pubdate"] ?? fields["published"] ?? fields["date"] ?? fields["updated"] ?? ""
        return .success(
            RawDocument(
                id: fields["guid"] ?? fields["id"], title: plainText(fromMarkup: fields["title"] ?? ""), text: text,
                published: DateParsing.day(from: date), source: source, url: fields["link"] ?? "", origin: origin))
    }

    /// An element's text, trimmed; the feed is refused when its own entities expand past the budget.
    static func text(of node: xmlNodePtr, budget: inout Int, origin: String) throws(IngestError) -> String {
        guard let text = node.text(entityBudget: &budget) else {
            throw IngestError(
                input: origin,
                problem: "its own entities (<!ENTITY …>) expand to more than \(InputDecoder.describe(entityBudget)) of text; refused")
        }
        return text.trimmingCharacters(in: " \n\t\r")
    }

    /// Feed descriptions are often escaped HTML: parse them as HTML and keep the paragraphs.
    static func plainText(fromMarkup markup: String) -> String {
        guard markup.contains("<") else { return ArticleExtractor.collapse(markup) }
        if let article = ArticleExtractor().extract(html: "<html><body>" + markup + "</body></html>") {
            return article.text
        }
        return ""
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var scalars = Substring(self)
        while let first = scalars.first, chars.contains(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, chars.contains(last) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
