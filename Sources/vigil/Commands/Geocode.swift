import ArgumentParser
import Foundation
import VigilGeo
import VigilStore
import VigilText

/// `vigil geocode "TEXT"`: every place the geocoder finds in a text, its candidates and why one won.
struct Geocode: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geocode",
        abstract: "Show the places found in a text, every candidate for each, and why one won.",
        discussion: """
            vigil geocode "Drones hit the Ain al-Asad base in Iraq's Anbar province."
            vigil geocode --dateline "ERBIL, Kurdistan Region" "Rockets fell near the airport."
            vigil geocode --json "..."           one JSON array: mentions with place, notes and candidates
            vigil geocode --user-places "..."    also use the places added to the database (see --db)
            Reads the text from standard input when TEXT is "-".
            """)

    @Argument(help: "The text to geocode, or - for standard input.") var text: String
    @Option(help: "The article's dateline, a hint for ambiguous names.") var dateline: String?
    @Flag(help: "Also use the places added to the database.") var userPlaces = false
    @OptionGroup var store: StoreOptions
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        try reportingErrors {
            let input = text == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) : text
            guard !input.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CLIError("no text to geocode", code: .dataError)
            }
            var geocoder: Geocoder
            do {
                geocoder = try Geocoder.loadDefault()
            } catch {
                throw CLIError("cannot load the gazetteer: \(error)", code: .ioError)
            }
            if userPlaces { geocoder = geocoder.adding(try store.open().customPlaces()) }
            if json {
                try JSONOutput.printLine(geocoder.geocode(AnalyzedText(input), dateline: dateline))
            } else {
                print(geocoder.explain(input, dateline: dateline), terminator: "")
            }
        }
    }
}
