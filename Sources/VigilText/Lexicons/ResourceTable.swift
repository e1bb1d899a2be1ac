public import Foundation

/// The tab-separated tables among a module's resources (VigilText's `folding.tsv` and `function-words.tsv`,
/// VigilLink's `report-words.tsv`).
public enum ResourceTable {
    /// The rows of `Resources/<name>.tsv` in `bundle`, split at tabs, without comment lines ("#") and empty lines.
    public static func rows(_ name: String, in bundle: Bundle) -> [[Substring]] {
        guard let url = bundle.url(forResource: name, withExtension: "tsv", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("the resource \(name).tsv is missing from \(bundle.bundleURL.lastPathComponent)") }
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false)
        }
    }

    /// The rows of VigilText's own `Resources/<name>.tsv`.
    static func rows(_ name: String) -> [[Substring]] {
        rows(name, in: .module)
    }
}
