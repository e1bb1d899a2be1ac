import ArgumentParser
import VigilExtract

/// The `vigil` command: ingest articles, extract ACLED-coded events, look at them.
@main
struct Vigil: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Turn news articles into a clean, geolocated, deduplicated database of conflict events.",
        discussion: """
            Typical use:
              vigil ingest articles/ feeds/world.rss   store articles (no duplicates)
              vigil process                            extract events from every new story
              vigil events                             list what was found
              vigil extract docs.jsonl > events.jsonl  extract without a database
              vigil feeds add URL; vigil watch         poll a feed, process what arrives

            The database is $VIGIL_DB, else ~/.local/share/vigil/vigil.sqlite; every command takes --db PATH.
            """,
        version: "0.1.0",
        subcommands: [
            Ingest.self, Docs.self, Stats.self, Extract.self, Process.self, Events.self, Export.self, Train.self,
            Link.self, Tallies.self, Geocode.self, Places.self, GazetteerCommand.self, Serve.self, Token.self, Worker.self, Feeds.self, Watch.self, Alerts.self, Db.self,
            Bench.self, Eval.self,
        ])

    /// Runs the command named on the command line; one that extracts (``ExtractingCommand``) starts loading the
    /// gazetteer on another core first, while the arguments are parsed.
    static func main() {
        if let name = CommandLine.arguments.dropFirst().first,
            configuration.subcommands.contains(where: { $0 is any ExtractingCommand.Type && $0.configuration.commandName == name })
        {
            Extractor.prefetchDefault()
        }
        main(nil)
    }
}

/// A command that loads the extractor as it starts (`vigil extract`, `process`, …).
protocol ExtractingCommand: ParsableCommand {}
