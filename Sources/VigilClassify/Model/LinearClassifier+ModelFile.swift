public import Foundation

extension LinearClassifier {
    /// Writes the model in Vigil's compact binary format (see ``init(contentsOf:)``).
    public func write(to url: URL) throws {
        try ModelFileCodec.encode(self).write(to: url, options: .atomic)
    }
}
