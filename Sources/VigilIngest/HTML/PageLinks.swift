public import Foundation

/// The links of a section front page that lead to articles on the same site: what a watched page
/// (`vigil feeds add URL --page`) follows.
public enum PageLinks {
    /// The page's `<a href>` links resolved against `base`, on `base`'s host, over http(s), without the
    /// page itself, its fragments or the site's root, each once, in page order. An article's address
    /// has a path of two parts or more, or a last part with a dash or a digit ("/world/2024/05/12/…",
    /// "/news/militia-drone-claims-1234"); section and navigation links rarely do.
    public static func articles(inHTML html: String, base: URL) -> [URL] {
        guard let tree = MarkupTree(html: html), let root = tree.root else { return [] }
        var seen = Set<String>()
        var out: [URL] = []
        for anchor in root.descendants(where: { $0.elementName == "a" }) {
            guard let href = anchor.attribute("href"), let resolved = URL(string: href, relativeTo: base)?.absoluteURL,
                var components = URLComponents(url: resolved, resolvingAgainstBaseURL: false)
            else { continue }
            components.fragment = nil
            guard let url = components.url, ["http", "https"].contains(url.scheme?.lowercased() ?? ""),
                url.host?.lowercased() == base.host?.lowercased(), url.absoluteString != base.absoluteString,
                isArticlePath(components.path), seen.insert(url.absoluteString).inserted
            else { continue }
            out.append(url)
        }
        return out
    }

    /// Whether a path looks like an article's rather than a section's.
    static func isArticlePath(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let last = parts.last else { return false }
        return parts.count >= 2 || last.contains("-") || last.contains(where: \.isNumber)
    }
}
