import Foundation

/// Appends little-endian values to a byte buffer.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ value: Float) { append(value.bitPattern) }

    mutating func append(_ value: Double) { append(value.bitPattern) }

    mutating func append(string: String) {
        let utf8 = Array(string.utf8)
        append(UInt16(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func append(raw: [Int8]) {
        raw.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }
}
