import ArgumentParser
import Foundation
import VigilServer
import VigilStore

/// `vigil export`: events as CSV, JSON or GeoJSON in ACLED's column names, one row per real-world
/// event with its sources (`--reports`: one per extracted report).
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export events as CSV, JSON or GeoJSON, in ACLED's column names plus Vigil's own.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json, geojson
    }

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: Events.Filters
    @Option(help: "csv, json or geojson.") var format: Format = .csv
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() throws {
        _ = try filters.search()
        try reportingErrors {
            let events = try filters.events(in: try store.openReviewed(), limit: filters.limit == 100 ? nil : filters.limit)
            let data: Data
            switch format {
            case .csv: data = Data(EventTable.csv(events).utf8)
            case .json: data = Data("[".utf8) + Data(try events.map(EventTable.jsonObject).joined(separator: Data(",".utf8))) + Data("]".utf8)
            case .geojson: data = Data(EventTable.geojson(events).utf8)
            }
            if let output {
                do { try data.write(to: URL(fileURLWithPath: output)) } catch {
                    throw CLIError("cannot write \(output): \(error.localizedDescription)", code: .ioError)
                }
                Console.error("wrote \(events.count) events to \(output)")
            } else {
                FileHandle.standardOutput.write(data)
                if format != .csv { FileHandle.standardOutput.write(Data("\n".utf8)) }
            }
        }
    }
}
