import Foundation

/// Reads little-endian values from a model file's bytes (memory-mapped where the file allows), failing on truncation.
struct ByteReader {
    /// Thrown when a read runs past the end of the buffer.
    struct Truncated: Error {}

    private let data: Data
    private(set) var offset = 0

    init(_ data: Data) {
        self.data = data
    }

    var remaining: Int { data.count - offset }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws(Truncated) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw Truncated() }
        defer { offset += size }
        return data.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: T.self)) }
    }

    mutating func readFloat() throws(Truncated) -> Float { Float(bitPattern: try read(UInt32.self)) }

    mutating func readDouble() throws(Truncated) -> Double { Double(bitPattern: try read(UInt64.self)) }

    mutating func readString() throws(Truncated) -> String {
        let count = Int(try read(UInt16.self))
        guard remaining >= count else { throw Truncated() }
        defer { offset += count }
        return data.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + count]), as: UTF8.self) }
    }

    mutating func readInt8s(_ count: Int) throws(Truncated) -> [Int8] {
        guard count >= 0, remaining >= count else { throw Truncated() }
        return readArray(count: count)
    }

    mutating func readArray<T: FixedWidthInteger>(_: T.Type, count: Int) throws(Truncated) -> [T] {
        guard count >= 0, remaining >= count * MemoryLayout<T>.size else { throw Truncated() }
        return readArray(count: count)
    }

    /// `count` values copied at once (the model files are little-endian, like the machines Vigil runs on; a
    /// big-endian machine swaps each value). The caller has checked that they are there.
    private mutating func readArray<T: FixedWidthInteger>(count: Int) -> [T] {
        let size = count * MemoryLayout<T>.size
        defer { offset += size }
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            data.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + size]))
            }
            initialized = count
        }
        #if _endian(little)
            return values
        #else
            return values.map { T(littleEndian: $0) }
        #endif
    }
}
