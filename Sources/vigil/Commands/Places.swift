import ArgumentParser
import VigilGeo
import VigilModel
import VigilStore

/// `vigil places`: the user's own places, which the geocoder uses on the next run.
struct Places: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "places",
        abstract: "Add, correct and list your own places (camps, bases, villages the gazetteer lacks).",
        discussion: """
            Places you add are stored in the database and win over the shipped gazetteer from the next \
            `vigil process` on, e.g.:
              vigil places add "Camp Alpha" 2.3417 45.0912 --country Somalia --admin1 "Lower Shabelle" --aliases "Alpha Base"
            """,
        subcommands: [Add.self, List.self],
        defaultSubcommand: List.self)

    /// `vigil places add NAME LAT LON`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add or replace a place.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The place's name as reports write it.") var name: String
        @Argument(help: "Latitude in degrees (-90 to 90).") var latitude: Double
        @Argument(help: "Longitude in degrees (-180 to 180).") var longitude: Double
        @Option(help: "Country, by name or ISO code (e.g. Somalia, SOM).") var country: String
        @Option(help: "First-level division (province, state, governorate).") var admin1 = ""
        @Option(help: "Other spellings, comma-separated.") var aliases = ""

        func validate() throws {
            guard (-90...90).contains(latitude) else { throw ValidationError("latitude \(latitude) is outside -90…90") }
            guard (-180...180).contains(longitude) else { throw ValidationError("longitude \(longitude) is outside -180…180") }
            guard !name.allSatisfy(\.isWhitespace) else { throw ValidationError("the place needs a name") }
        }

        func run() throws {
            try reportingErrors {
                let directory = try Geocoder.loadDefault().countries
                guard let match = directory.country(named: country) ?? directory.country(code: country) else {
                    throw CLIError("unknown country \"\(country)\" (use its English name or ISO code)", code: .dataError)
                }
                let place = CustomPlace(
                    name: name, latitude: latitude, longitude: longitude, country: match.name, iso3: match.iso3,
                    admin1: admin1,
                    aliases: aliases.split(separator: ",").map { String($0).trimmed }.filter { !$0.isEmpty })
                try store.open().saveCustomPlace(place)
                print("saved \(name) (\(match.name)); `vigil process --all` re-codes stored stories with it")
            }
        }
    }

    /// `vigil places list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List your places.")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON lines.") var json = false

        func run() throws {
            try reportingErrors {
                let places = try store.open().customPlaces()
                if places.isEmpty && !json { print("no places added (see `vigil places add --help`)") }
                for place in places {
                    if json {
                        try JSONOutput.printLine(place)
                    } else {
                        let aliases = place.aliases.isEmpty ? "" : "  aka " + place.aliases.joined(separator: ", ")
                        print("\(place.name)  \(place.latitude), \(place.longitude)  \([place.admin1, place.country].filter { !$0.isEmpty }.joined(separator: ", "))\(aliases)")
                    }
                }
            }
        }
    }
}

extension String {
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
