import ArgumentParser
import Foundation
import VigilClassify

/// `vigil train`: train the sub-event-type classifier from an ACLED-style CSV.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the sub-event-type classifier from an ACLED export.",
        discussion: """
            Reads an ACLED-style CSV (columns notes and sub_event_type; event_date and source_file \
            are used when present), plus optional hand-written examples (label TAB text per line; \
            label None for texts that describe no event). The latest 10% of each source's rows are \
            held out: the model trained without them is calibrated and scored on them, then the \
            model is refitted on every row and written to --out. Training is deterministic for a \
            given --seed.

            Rebuild the model Vigil ships with scripts/train_model.sh.
            """)

    @Option(help: "ACLED-style CSV with notes and sub_event_type columns.")
    var acled: String

    @Option(help: "Hand-written examples, label TAB text per line.")
    var extra: String?

    @Option(help: "Where to write the model.")
    var out = "subevent.model"

    @Option(help: "Passes over the training data.")
    var epochs = TrainingOptions().epochs

    @Option(help: "Seed of the training order.")
    var seed = TrainingOptions().seed

    func validate() throws {
        guard epochs > 0 else { throw ValidationError("--epochs must be positive, got \(epochs)") }
        guard FileManager.default.fileExists(atPath: acled) else {
            throw ValidationError("--acled: no such file \(acled)")
        }
        if let extra, !FileManager.default.fileExists(atPath: extra) {
            throw ValidationError("--extra: no such file \(extra)")
        }
    }

    func run() throws {
        try reportingErrors {
            var options = TrainingOptions()
            options.epochs = epochs
            options.seed = seed
            let run: TrainingRun
            do {
                run = try TrainingRun(
                    acledFile: URL(fileURLWithPath: acled), extraFile: extra.map { URL(fileURLWithPath: $0) },
                    options: options)
            } catch {
                throw CLIError("\(error)", code: .dataError)
            }
            print("trained on \(run.exampleCount) examples, \(run.classifier.featureCount) features, "
                + "temperature \(String(format: "%.3f", run.classifier.temperature))")
            print("held out \(run.heldOutCount) rows (latest 10% of each source):")
            print(run.heldOutEvaluation.report)
            do {
                try run.classifier.write(to: URL(fileURLWithPath: out))
            } catch {
                throw CLIError("cannot write \(out): \(error.localizedDescription)", code: .ioError)
            }
            print("wrote \(out)")
        }
    }
}
