import Foundation

/// Terminal output: results on stdout, messages and progress on stderr.
enum Console {
    /// True when stderr is a terminal (progress bars are drawn only there).
    static let isInteractive = isatty(2) == 1

    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Draws a one-line progress bar on stderr, at most ten times a second.
    final class Progress {
        private var lastDraw = Date.distantPast
        private let label: String
        private var drawn = false

        init(label: String) {
            self.label = label
        }

        func update(done: Int, total: Int, detail: String) {
            guard Console.isInteractive, total > 0, Date().timeIntervalSince(lastDraw) > 0.1 else { return }
            lastDraw = Date()
            let fraction = min(1, Double(done) / Double(total))
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            let line = "\r\(label) \(bar) \(Int(fraction * 100))%  \(detail)"
            FileHandle.standardError.write(Data(line.utf8))
            drawn = true
        }

        func finish() {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        }
    }
}
