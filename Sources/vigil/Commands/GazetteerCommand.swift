import ArgumentParser
import Foundation
import VigilGeo

/// `vigil gazetteer info`: what the shipped gazetteer holds and where it comes from.
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Show what the offline gazetteer holds: sources, counts and the day its places were packed.",
        subcommands: [Info.self],
        defaultSubcommand: Info.self)

    /// `vigil gazetteer info [--json]`
    struct Info: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "info", abstract: "Print the gazetteer's sources and counts.")

        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try reportingErrors {
                let summary: GazetteerSummary
                do {
                    summary = try Gazetteer.loadDefault().summary
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
                print("your own places: `vigil places list`; sources and licences: Sources/VigilGeo/Resources/ATTRIBUTION.md")
            }
        }
    }
}
