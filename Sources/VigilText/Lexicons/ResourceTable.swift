import Foundation

/// The tab-separated tables among VigilText's resources (`folding.tsv`, `function-words.tsv`).
enum ResourceTable {
    /// The rows of `Resources/<name>.tsv`, split at tabs, without comment lines ("#") and empty lines.
    static func rows(_ name: String) -> [[Substring]] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("VigilText's resource \(name).tsv is missing from the build") }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }
}
