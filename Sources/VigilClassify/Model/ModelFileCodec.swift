import Foundation

/// The binary model format, little-endian:
///
/// ```
/// "VGLC" magic, UInt32 version,
/// UInt32 label count K, UInt32 feature count F, UInt32 common-word count C, Float64 temperature,
/// K × (UInt16 length, UTF-8 label), K × Float32 bias,
/// F × UInt64 feature hash (ascending), F × Float32 row scale, F·K × Int8 weight (row-major),
/// C × UInt64 common-word hash (ascending),
/// UInt64 FNV-1a checksum of every byte before it.
/// ```
enum ModelFileCodec {
    typealias Failure = ModelDecodingFailure

    static let magic: [UInt8] = Array("VGLC".utf8)
    static let version: UInt32 = 1

    static func encode(_ model: LinearClassifier) -> Data {
        var writer = ByteWriter()
        for byte in magic { writer.append(byte) }
        writer.append(version)
        writer.append(UInt32(model.labels.count))
        writer.append(UInt32(model.featureRows.count))
        writer.append(UInt32(model.featurizer.commonWords.count))
        writer.append(model.temperature)
        for label in model.labels { writer.append(string: label) }
        for value in model.bias { writer.append(value) }
        let ordered = model.featureRows.sorted { $0.key < $1.key }
        for (hash, _) in ordered { writer.append(hash) }
        for (_, row) in ordered { writer.append(model.rowScales[Int(row)]) }
        let k = model.labels.count
        for (_, row) in ordered {
            let base = Int(row) * k
            writer.append(raw: Array(model.weights[base..<base + k]))
        }
        for hash in model.featurizer.commonWords.sorted() { writer.append(hash) }
        writer.append(checksum(writer.bytes[...]))
        return Data(writer.bytes)
    }

    static func decode(_ data: Data) throws(Failure) -> LinearClassifier {
        guard data.count >= 8, Array(data.prefix(4)) == magic else {
            throw Failure(problem: "not a Vigil classifier model (bad magic number)")
        }
        var reader = ByteReader(data)
        return try Failure.reading(data.count) {
            _ = try reader.readArray(UInt8.self, count: 4)
            let fileVersion = try reader.read(UInt32.self)
            guard fileVersion == version else {
                throw Failure(problem: "unsupported model version \(fileVersion), expected \(version)")
            }
            guard data.count >= 16 else { throw ByteReader.Truncated() }
            let stored = data.suffix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
            let k = Int(try reader.read(UInt32.self))
            let f = Int(try reader.read(UInt32.self))
            let c = Int(try reader.read(UInt32.self))
            let temperature = try reader.readDouble()
            guard k > 0, temperature > 0, temperature.isFinite else {
                throw Failure(problem: "invalid header (\(k) labels, temperature \(temperature))")
            }
            let expectedMinimum = f * (8 + 4 + k) + c * 8 + k * 6 + 8
            guard reader.remaining >= expectedMinimum else { throw ByteReader.Truncated() }
            guard data.withUnsafeBytes({ checksum(UnsafeRawBufferPointer(rebasing: $0[..<($0.count - 8)])) }) == stored else {
                throw Failure(problem: "checksum mismatch (file is corrupt)")
            }
            var labels: [String] = []
            for _ in 0..<k { labels.append(try reader.readString()) }
            var bias: [Float] = []
            for _ in 0..<k { bias.append(try reader.readFloat()) }
            let hashes = try reader.readArray(UInt64.self, count: f)
            let scales = try reader.readArray(UInt32.self, count: f).map(Float.init(bitPattern:))
            let weights = try reader.readInt8s(f * k)
            let common = try reader.readArray(UInt64.self, count: c)
            guard reader.remaining == 8 else {
                throw Failure(problem: "\(reader.remaining - 8) unexpected bytes before the checksum")
            }
            var rows: [UInt64: Int32] = [:]
            rows.reserveCapacity(f)
            for (row, hash) in hashes.enumerated() { rows[hash] = Int32(row) }
            return LinearClassifier(
                labels: labels, featurizer: Featurizer(commonWords: Set(common)), featureRows: rows,
                weights: weights, rowScales: scales, bias: bias, temperature: temperature)
        }
    }

    /// 64-bit FNV-1a of `bytes`.
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h = FeatureHash.offset
        for byte in bytes { h = (h ^ UInt64(byte)) &* FeatureHash.prime }
        return h
    }
}
