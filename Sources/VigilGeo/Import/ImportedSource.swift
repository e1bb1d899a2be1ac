/// One file of the user's gazetteer folder, as `vigil gazetteer info` lists it.
public struct ImportedSource: Codable, Sendable, Equatable {
    /// The name it was filed under ("NG").
    public var name: String
    /// The file it was imported from ("NG.zip").
    public var source: String
    /// "GeoNames dump", "Who's On First TSV" or "Who's On First repository".
    public var format: String
    /// The day of the import (YYYY-MM-DD).
    public var importedOn: String
    /// Places loaded from it.
    public var places: Int
    /// Rows that could not be loaded (an edited file, a country this build does not know).
    public var skippedRows: Int
    /// The file's path.
    public var file: String

    enum CodingKeys: String, CodingKey {
        case name, source, format, places, file
        case importedOn = "imported_on", skippedRows = "skipped_rows"
    }
}
