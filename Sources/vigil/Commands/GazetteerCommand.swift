import ArgumentParser
import Foundation
import VigilGeo

/// `vigil gazetteer`: what the offline gazetteer holds, and the places users import into it.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Show what the offline gazetteer holds; import GeoNames or Who's On First places into it.",
        discussion: """
            Imported places are filed in $VIGIL_GAZETTEER_DIR, else $XDG_DATA_HOME/vigil/gazetteer, else \
            ~/.local/share/vigil/gazetteer; extract, process, serve and watch use them from their next start.
            """,
        subcommands: [Info.self, Import.self, Remove.self],
        defaultSubcommand: Info.self)

    /// `--folder`: the user's gazetteer folder.
    struct FolderOption: ParsableArguments {
        @Option(help: "The folder of imported places (default: $VIGIL_GAZETTEER_DIR, else ~/.local/share/vigil/gazetteer).")
        var folder: String?

        var url: URL {
            folder.map { URL(fileURLWithPath: $0) } ?? Gazetteer.importFolder(environment: ProcessInfo.processInfo.environment)
        }
    }

    /// `vigil gazetteer info [--json]`
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "info", abstract: "Print the gazetteer's sources and counts.")

        @OptionGroup var folder: FolderOption
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try reportingErrors {
                let summary: GazetteerSummary
                do {
                    summary = try Gazetteer.load(importedPlaces: folder.url).summary
                } catch {
                    throw CLIError("cannot load the gazetteer: \(error)", code: .ioError)
                }
                if json { return try JSONOutput.printLine(summary) }
                let places = summary.geonamesPlaces + summary.whosOnFirstPlaces
                print("places: \(places.formatted()) (packed \(summary.packedOn.isEmpty ? "on an unknown day" : "on \(summary.packedOn)"))")
                print("  GeoNames cities500 (geonames.org, CC BY 4.0): \(summary.geonamesPlaces.formatted())")
                print("  Who's On First (whosonfirst.org, CC0; GeoNames-derived records CC BY 4.0): \(summary.whosOnFirstPlaces.formatted())")
                print("countries: \(summary.countries.formatted()); first-order divisions: \(summary.admin1.formatted()); second-order divisions: \(summary.admin2.formatted()) (GeoNames)")
                print("airports: \(summary.airports.formatted()) (airportsdata, MIT); curated facilities: \(summary.facilities.formatted())")
                if summary.imported.isEmpty {
                    print("imported: none in \(folder.url.path) (`vigil gazetteer import --help`)")
                }
                for source in summary.imported {
                    let skipped = source.skippedRows > 0 ? ", \(source.skippedRows.formatted()) rows skipped" : ""
                    print("imported \"\(source.name)\": \(source.places.formatted()) places from \(source.source) (\(source.format), \(source.importedOn))\(skipped)")
                }
                print("your own places: `vigil places list`; sources and licences: Sources/VigilGeo/Resources/ATTRIBUTION.md")
            }
        }
    }

    /// `vigil gazetteer import PATH [--name N] [--countries NG,ML]`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import a GeoNames dump or Who's On First places into your gazetteer.",
            discussion: """
                PATH is a GeoNames dump (allCountries.txt, a country's NG.txt or NG.zip from \
                download.geonames.org/export/dump), a Who's On First repository (whosonfirst-data-admin-ng) or a \
                TSV of its places with a header (placetype, country, lat, lon, name; admin1, admin2, population, \
                is_current, feature_code, altnames optional). Populated places and the facilities reports name \
                (air bases, airports, military bases, refugee camps, border posts) are kept; places the shipped \
                gazetteer has within 3 km are left out; bad rows are reported by line and skipped. Importing \
                under a name already used replaces that import.
                """)

        @OptionGroup var folder: FolderOption
        @Argument(help: "The file or repository to import.") var path: String
        @Option(help: "The name to file the import under (default: the file's name, e.g. NG).") var name: String?
        @Option(help: "Only these countries, ISO codes comma-separated (e.g. NG,ML).") var countries = ""
        @Flag(help: "Print the report as JSON.") var json = false

        func run() throws {
            try reportingErrors {
                let gazetteer: Gazetteer
                do { gazetteer = try Gazetteer.load(importedPlaces: nil) } catch {
                    throw CLIError("cannot load the gazetteer: \(error)", code: .ioError)
                }
                let codes = Set(countries.split(separator: ",").map { String($0).trimmed.uppercased() }.filter { !$0.isEmpty })
                if let unknown = codes.first(where: { gazetteer.countries.country(code: $0) == nil }) {
                    throw CLIError("--countries: unknown country code \"\(unknown)\" (use ISO 3166-1 alpha-2 codes, e.g. NG,ML)", code: .dataError)
                }
                let report: GazetteerImport.Report
                do {
                    report = try GazetteerImport(gazetteer: gazetteer).run(URL(fileURLWithPath: path), into: folder.url, name: name, countries: codes)
                } catch let error as GazetteerError {
                    throw CLIError("cannot import \(error)", code: .dataError)
                }
                if json { return try JSONOutput.printLine(report) }
                print("imported \(report.imported.formatted()) places from \(path) (\(report.format)) as \"\(report.name)\": \(report.file)")
                print("  read \(report.read.formatted()); already in the gazetteer \(report.alreadyKnown.formatted()); other countries \(report.otherCountries.formatted()); bad rows \(report.problemCount.formatted())")
                for problem in report.problems.prefix(20) { Console.error("  skipped \(problem)") }
                if report.problemCount > 20 { Console.error("  … and \((report.problemCount - 20).formatted()) more (--json lists the first 100)") }
                print("extract, process, serve and watch use them from their next start; `vigil gazetteer remove \(report.name)` undoes it")
            }
        }
    }

    /// `vigil gazetteer remove NAME`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an import.")

        @OptionGroup var folder: FolderOption
        @Argument(help: "The import's name, as `vigil gazetteer info` lists it.") var name: String

        func run() throws {
            try reportingErrors {
                let file = folder.url.appendingPathComponent(name + ".tsv")
                guard !name.contains("/"), FileManager.default.fileExists(atPath: file.path) else {
                    throw CLIError("no import named \"\(name)\" in \(folder.url.path)", code: .noInput)
                }
                do { try FileManager.default.removeItem(at: file) } catch {
                    throw CLIError("cannot remove \(file.path): \(error.localizedDescription)", code: .ioError)
                }
                print("removed \"\(name)\"")
            }
        }
    }
}
