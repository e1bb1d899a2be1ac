import CLibXML2

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: one document per item or entry.
struct FeedReader {
    /// The items of a feed; an item without text is reported, not fatal.
    func read(_ xml: String, origin: String) throws(IngestError) -> [Result<RawDocument, IngestError>] {
        guard let tree = MarkupTree(xml: xml), let root = tree.root else {
            throw IngestError(input: origin, problem: "not a well-formed RSS or Atom feed")
        }
        let isAtom = root.elementName == "feed"
        guard isAtom || root.elementName == "rss" || root.elementName == "rdf" else {
            throw IngestError(input: origin, problem: "not an RSS or Atom feed (root element <\(root.elementName)>)")
        }
        let channel = isAtom ? root : (root.firstDescendant { $0.elementName == "channel" } ?? root)
        let feedTitle = channel.childElements.first { $0.elementName == "title" }.map { FeedReader.text(of: $0) } ?? ""
        let items = root.descendants { $0.elementName == (isAtom ? "entry" : "item") }
        if items.isEmpty { throw IngestError(input: origin, problem: "feed has no items") }
        return items.enumerated().map { index, item in
            let where_ = "\(origin) item \(index + 1)"
            var fields: [String: String] = [:]
            var link = ""
            for child in item.childElements {
                let name = child.elementName
                if name == "link" {
                    if let href = child.attribute("href") {
                        let rel = child.attribute("rel") ?? "alternate"
                        if rel == "alternate" || link.isEmpty { link = href }
                    } else if link.isEmpty {
                        link = FeedReader.text(of: child)
                    }
                } else if fields[name] == nil {
                    fields[name] = FeedReader.text(of: child)
                }
            }
            let body = fields["encoded"] ?? fields["content"] ?? fields["description"] ?? fields["summary"] ?? ""
            let text = FeedReader.plainText(fromMarkup: body)
            guard !text.isEmpty else {
                return .failure(IngestError(input: where_, problem: "item has no description or content"))
            }
            let date = fields["pubdate"] ?? fields["published"] ?? fields["date"] ?? fields["updated"] ?? ""
            return .success(
                RawDocument(
                    id: fields["guid"] ?? fields["id"], title: FeedReader.plainText(fromMarkup: fields["title"] ?? ""),
                    text: text, published: DateParsing.day(from: date), source: feedTitle, url: link, origin: where_))
        }
    }

    static func text(of node: xmlNodePtr) -> String {
        node.textContent.trimmingCharacters(in: " \n\t\r")
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
