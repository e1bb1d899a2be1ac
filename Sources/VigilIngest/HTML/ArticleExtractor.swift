import CLibXML2
import VigilModel

/// Pulls the article out of a news page: drops scripts, styles, navigation, menus, share bars,
/// cookie banners, related-article lists and footers; keeps the paragraphs of the main text.
struct ArticleExtractor {
    /// What a page yields.
    struct Article {
        var title: String
        var text: String
        var published: CalendarDay?
        var source: String
        var url: String
    }

    /// Extracts the article from HTML, or nil when the page has no readable text.
    func extract(html: String) -> Article? {
        guard let tree = MarkupTree(html: html), let root = tree.root else { return nil }
        let head = root.firstDescendant { $0.elementName == "head" }
        let metas = head?.descendants { $0.elementName == "meta" } ?? root.descendants { $0.elementName == "meta" }
        func meta(_ keys: Set<String>) -> String? {
            for node in metas {
                let key = (node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop") ?? "")
                    .lowercased()
                if keys.contains(key), let content = node.attribute("content"), !content.isEmpty { return content }
            }
            return nil
        }
        let body = root.firstDescendant { $0.elementName == "body" } ?? root
        let main = mainContent(in: body)
        var paragraphs: [String] = []
        collectParagraphs(main, into: &paragraphs)
        let text = paragraphs.joined(separator: "\n")
        guard !text.isEmpty else { return nil }

        let titleNode = head?.firstDescendant { $0.elementName == "title" }
        let h1 = body.firstDescendant { $0.elementName == "h1" }
        let title =
            meta(["og:title", "twitter:title"]) ?? h1.map { ArticleExtractor.inlineText(of: $0) }
            ?? titleNode.map { ArticleExtractor.inlineText(of: $0) } ?? ""
        let timeNode = body.firstDescendant { $0.elementName == "time" && $0.attribute("datetime") != nil }
        let published = (meta(["article:published_time", "datepublished", "date", "pubdate", "dc.date", "og:published_time"])
            ?? timeNode?.attribute("datetime")).flatMap(DateParsing.day(from:))
        return Article(
            title: ArticleExtractor.collapse(title), text: text, published: published,
            source: meta(["og:site_name", "application-name"]) ?? "",
            url: meta(["og:url"]) ?? (head?.firstDescendant {
                $0.elementName == "link" && $0.attribute("rel")?.lowercased() == "canonical"
            }?.attribute("href") ?? ""))
    }

    /// The element holding the article: <article>, an element marked as the article body, or the
    /// element whose own paragraphs hold the most text.
    private func mainContent(in body: xmlNodePtr) -> xmlNodePtr {
        if let marked = body.firstDescendant(where: { node in
            guard !isBoilerplate(node) else { return false }
            let hint = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "") + " "
                + (node.attribute("itemprop") ?? "")).lowercased()
            return hint.contains("articlebody") || hint.contains("article-body") || hint.contains("article__body")
                || hint.contains("story-body") || hint.contains("entry-content") || hint.contains("post-content")
        }) {
            return marked
        }
        let articles = body.descendants { $0.elementName == "article" && !isBoilerplate($0) }
        if let best = articles.max(by: { paragraphTextLength($0) < paragraphTextLength($1) }),
            paragraphTextLength(best) > 0
        {
            return best
        }
        var best = body
        var bestScore = paragraphTextLength(body, directOnly: true)
        for node in body.descendants(where: { ["div", "section", "main", "td"].contains($0.elementName) }) {
            guard !isBoilerplate(node) else { continue }
            let score = paragraphTextLength(node, directOnly: true)
            if score > bestScore {
                best = node
                bestScore = score
            }
        }
        return best
    }

    private func paragraphTextLength(_ node: xmlNodePtr, directOnly: Bool = false) -> Int {
        let paragraphs = directOnly ? node.childElements.filter { $0.elementName == "p" }
            : node.descendants { $0.elementName == "p" }
        return paragraphs.reduce(0) { $0 + ArticleExtractor.inlineText(of: $1).count }
    }

    /// Appends the text blocks under `node`, skipping boilerplate.
    private func collectParagraphs(_ node: xmlNodePtr, into paragraphs: inout [String]) {
        var inline = ""
        func flush() {
            let text = ArticleExtractor.collapse(inline)
            if !text.isEmpty { paragraphs.append(text) }
            inline = ""
        }
        for child in node.children {
            if child.isText {
                inline += child.textContent
                continue
            }
            guard child.isElement, !isBoilerplate(child) else { continue }
            let name = child.elementName
            if ArticleExtractor.blockElements.contains(name) {
                flush()
                if ArticleExtractor.leafBlocks.contains(name) {
                    let text = ArticleExtractor.collapse(ArticleExtractor.inlineText(of: child))
                    if !text.isEmpty { paragraphs.append(text) }
                } else {
                    collectParagraphs(child, into: &paragraphs)
                }
            } else if name == "br" {
                flush()
            } else {
                inline += ArticleExtractor.inlineText(of: child)
            }
        }
        flush()
    }

    /// Whether an element is page furniture rather than article text.
    private func isBoilerplate(_ node: xmlNodePtr) -> Bool {
        let name = node.elementName
        if ArticleExtractor.droppedElements.contains(name) { return true }
        if let role = node.attribute("role")?.lowercased(),
            ["navigation", "banner", "contentinfo", "complementary", "menu", "dialog", "search"].contains(role)
        {
            return true
        }
        if node.attribute("hidden") != nil || node.attribute("aria-hidden") == "true" { return true }
        let hint = ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
        guard !hint.allSatisfy(\.isWhitespace) else { return false }
        let words = hint.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.contains { ArticleExtractor.boilerplateWords.contains(String($0)) }
    }

    /// The text inside an element, with scripts and styles left out.
    static func inlineText(of node: xmlNodePtr) -> String {
        if node.isText { return node.textContent }
        guard node.isElement, !droppedElements.contains(node.elementName) else { return "" }
        var text = ""
        for child in node.children {
            if child.isElement && child.elementName == "br" { text += " " } else { text += inlineText(of: child) }
        }
        return text
    }

    /// Collapses runs of whitespace to one space and trims.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static let droppedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
        "select", "template", "canvas", "video", "audio", "object", "embed", "menu", "dialog", "input", "textarea",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "table", "tr", "td", "th", "tbody", "thead", "figure", "figcaption", "pre", "dl", "dt", "dd", "center",
    ]
    static let leafBlocks: Set<String> = ["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td", "th"]
    static let boilerplateWords: Set<String> = [
        "nav", "navbar", "navigation", "menu", "footer", "cookie", "cookies", "consent", "gdpr", "share", "sharing",
        "social", "related", "recommended", "recommendations", "comments", "comment", "sidebar", "advert",
        "advertisement", "ad", "ads", "promo", "newsletter", "subscribe", "subscription", "breadcrumb", "breadcrumbs",
        "banner", "popup", "modal", "masthead", "toolbar", "tags", "byline", "paywall", "signup", "outbrain", "taboola",
        "trending", "widget", "skip", "sr", "visually", "hidden", "caption",
    ]
}

