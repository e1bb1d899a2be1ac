/// The rules of a site's `robots.txt` (RFC 9309) that apply to one crawler.
///
/// The crawler's group is the one whose user-agent product token equals ours, ignoring case; else the `*`
/// group; else everything is allowed. Several groups for the same agent are merged.
public struct RobotsRules: Sendable {
    /// One `Allow` or `Disallow` line.
    struct Rule: Sendable {
        var allows: Bool
        /// The path pattern's bytes, as written (no percent-decoding); may hold `*` and a final `$`.
        var pattern: [UInt8]
    }

    /// One or more `User-agent` lines and the lines that follow them.
    struct Group: Sendable {
        var agents: [String] = []
        var rules: [Rule] = []
        var crawlDelay: Double?
    }

    private var rules: [Rule]
    /// Seconds to wait between requests, from the chosen group's `Crawl-delay`, if given.
    public var crawlDelay: Double?

    /// Rules that allow every path and ask for no delay.
    public static let allowAll = RobotsRules(rules: [], crawlDelay: nil)

    private init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses `text` and keeps the rules for `userAgent` (e.g. "Vigil/1.0 (+https://…)", token "vigil").
    public init(parsing text: String, userAgent: String) {
        let groups = RobotsRules.groups(in: text)
        let token = RobotsRules.productToken(userAgent)
        var chosen = groups.filter { $0.agents.contains(token) && !token.isEmpty }
        if chosen.isEmpty { chosen = groups.filter { $0.agents.contains("*") } }
        self.init(rules: chosen.flatMap(\.rules), crawlDelay: chosen.compactMap(\.crawlDelay).first)
    }

    /// Whether the crawler may fetch `path` (with its query string, e.g. "/news?page=2").
    public func allows(path: String) -> Bool {
        let target = path.isEmpty ? "/" : path
        if target == "/robots.txt" { return true }
        let bytes = Array(target.utf8)
        var best: (length: Int, allows: Bool)?
        for rule in rules where RobotsRules.pattern(rule.pattern, matches: bytes) {
            let length = rule.pattern.count
            guard let current = best else {
                best = (length, rule.allows)
                continue
            }
            if length > current.length || (length == current.length && rule.allows) {
                best = (length, rule.allows)
            }
        }
        return best?.allows ?? true
    }

    /// The lowercased product token at the start of a user agent: the text before `/`, `(` or a space.
    static func productToken(_ userAgent: String) -> String {
        let trimmed = userAgent.drop(while: \.isWhitespace)
        return String(trimmed.prefix { !$0.isWhitespace && $0 != "/" && $0 != "(" }).lowercased()
    }

    /// Splits `text` into groups; lines before the first `User-agent`, and unknown lines, are ignored.
    static func groups(in text: String) -> [Group] {
        var groups: [Group] = []
        var previousWasAgent = false
        for line in text.split(whereSeparator: \.isNewline) {
            guard let entry = fieldAndValue(of: line) else { continue }
            let (field, value) = entry
            switch field {
            case "user-agent":
                if !previousWasAgent || groups.isEmpty { groups.append(Group()) }
                groups[groups.count - 1].agents.append(productToken(value))
                previousWasAgent = true
            case "allow", "disallow":
                guard !groups.isEmpty else { continue }
                previousWasAgent = false
                if !value.isEmpty {
                    groups[groups.count - 1].rules.append(Rule(allows: field == "allow", pattern: Array(value.utf8)))
                }
            case "crawl-delay":
                guard !groups.isEmpty else { continue }
                previousWasAgent = false
                if let delay = Double(value), delay.isFinite, delay >= 0, groups[groups.count - 1].crawlDelay == nil {
                    groups[groups.count - 1].crawlDelay = delay
                }
            default:
                continue
            }
        }
        return groups
    }

    /// The lowercased field name and trimmed value of a line, without its `#` comment; nil for other lines.
    static func fieldAndValue(of line: Substring) -> (field: String, value: String)? {
        let content = line.prefix { $0 != "#" }
        guard let colon = content.firstIndex(of: ":") else { return nil }
        let field = trimmed(content[..<colon]).lowercased()
        guard !field.isEmpty else { return nil }
        return (field, trimmed(content[content.index(after: colon)...]))
    }

    private static func trimmed(_ text: Substring) -> String {
        var slice = text.drop(while: \.isWhitespace)
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }

    /// Whether `pattern` matches the start of `path` (all of it with a final `$`); `*` matches any run of bytes.
    static func pattern(_ pattern: [UInt8], matches path: [UInt8]) -> Bool {
        let star = UInt8(ascii: "*")
        let anchored = pattern.last == UInt8(ascii: "$")
        let body = anchored ? pattern.dropLast() : pattern[...]
        // reachable[i]: the pattern read so far can match path[0..<i].
        var reachable = [Bool](repeating: false, count: path.count + 1)
        reachable[0] = true
        for byte in body {
            var next = [Bool](repeating: false, count: path.count + 1)
            if byte == star {
                guard let first = reachable.firstIndex(of: true) else { return false }
                for i in first...path.count { next[i] = true }
            } else {
                for i in 0..<path.count where reachable[i] && path[i] == byte { next[i + 1] = true }
            }
            reachable = next
        }
        return anchored ? reachable[path.count] : reachable.contains(true)
    }
}
