import Foundation

/// The semantic model's binary format, little-endian, as `scripts/train_semantic.py` writes it:
///
/// ```
/// "VIGILSEM" magic, UInt32 version,
/// UInt32 label count K, K × (UInt16 length, UTF-8 label),
/// UInt32 piece count P, P × (UInt16 length, UTF-8 piece),
/// UInt32 dimension D, UInt32 hidden size H,
/// P·D × Int8 vector component (row-major), P × Float32 row scale,
/// H·2D × Float32 hidden weight, H × Float32 hidden bias, K·H × Float32 output weight, K × Float32 output bias,
/// Float32 temperature.
/// ```
enum SemanticModelCodec {
    typealias Failure = ModelDecodingFailure

    static let magic: [UInt8] = Array("VIGILSEM".utf8)
    static let version: UInt32 = 1

    static func decode(_ data: Data) throws(Failure) -> SemanticClassifier {
        guard data.count >= 12, Array(data.prefix(8)) == magic else {
            throw Failure(problem: "not a Vigil semantic model (bad magic number)")
        }
        var reader = ByteReader(data)
        return try Failure.reading(data.count) {
            _ = try reader.readInt8s(8)
            let fileVersion = try reader.read(UInt32.self)
            guard fileVersion == version else {
                throw Failure(problem: "unsupported semantic model version \(fileVersion), expected \(version)")
            }
            let labels = try readStrings(&reader)
            let pieces = try readStrings(&reader)
            let dimension = Int(try reader.read(UInt32.self))
            let hidden = Int(try reader.read(UInt32.self))
            guard !labels.isEmpty, !pieces.isEmpty, dimension > 0, hidden > 0 else {
                throw Failure(problem: "invalid header (\(labels.count) labels, \(pieces.count) pieces, \(dimension) × \(hidden))")
            }
            let floats = pieces.count + hidden * 2 * dimension + hidden + labels.count * hidden + labels.count + 1
            guard reader.remaining == pieces.count * dimension + 4 * floats else {
                throw Failure(problem: "size mismatch: \(reader.remaining) bytes after the header, expected \(pieces.count * dimension + 4 * floats)")
            }
            let vectors = try reader.readInt8s(pieces.count * dimension)
            let scales = try readFloats(&reader, pieces.count)
            let hiddenWeights = try readFloats(&reader, hidden * 2 * dimension)
            let hiddenBias = try readFloats(&reader, hidden)
            let outputWeights = try readFloats(&reader, labels.count * hidden)
            let outputBias = try readFloats(&reader, labels.count)
            let temperature = Double(try reader.readFloat())
            guard temperature > 0, temperature.isFinite else { throw Failure(problem: "invalid temperature \(temperature)") }
            return SemanticClassifier(
                labels: labels, vocabulary: WordPieceVocabulary(pieces: pieces), dimension: dimension, vectors: vectors,
                scales: scales, hiddenWeights: hiddenWeights, hiddenBias: hiddenBias, outputWeights: outputWeights,
                outputBias: outputBias, temperature: temperature)
        }
    }

    private static func readStrings(_ reader: inout ByteReader) throws -> [String] {
        let count = Int(try reader.read(UInt32.self))
        guard count <= reader.remaining / 2 else { throw ByteReader.Truncated() }
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try reader.readString()) }
        return strings
    }

    private static func readFloats(_ reader: inout ByteReader, _ count: Int) throws -> [Float] {
        try reader.readArray(UInt32.self, count: count).map(Float.init(bitPattern:))
    }
}
