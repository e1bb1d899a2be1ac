import Foundation

/// Where VigilExtract's shipped data files lie: `Resources/<name>` in the module's bundle.
enum ResourceURL {
    /// The URL of `Resources/<name>` ("outlets.tsv", "semantic.model").
    static func of(_ name: String) throws(ExtractorError) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw .missingResource(name) }
        return url
    }
}
