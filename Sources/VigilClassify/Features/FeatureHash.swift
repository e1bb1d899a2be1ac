/// 64-bit FNV-1a hashing of feature terms, stable across runs and platforms.
enum FeatureHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Hashes `term`'s UTF-8 bytes after a one-byte namespace.
    @inline(__always)
    static func hash(_ term: String, namespace: UInt8) -> UInt64 {
        var h = (offset ^ UInt64(namespace)) &* prime
        for byte in term.utf8 {
            h = (h ^ UInt64(byte)) &* prime
        }
        return h
    }

    /// Hashes `term`'s first `count` characters after a one-byte namespace.
    @inline(__always)
    static func hash(prefixOf term: String, count: Int, namespace: UInt8) -> UInt64 {
        var h = (offset ^ UInt64(namespace)) &* prime
        for scalar in term.unicodeScalars.prefix(count) {
            var value = scalar.value
            repeat {
                h = (h ^ UInt64(value & 0xFF)) &* prime
                value >>= 8
            } while value != 0
        }
        return h
    }

    /// Combines two term hashes into the hash of the pair, in order.
    @inline(__always)
    static func pair(_ a: UInt64, _ b: UInt64, namespace: UInt8) -> UInt64 {
        var h = (offset ^ UInt64(namespace)) &* prime
        mix(a, into: &h)
        mix(b, into: &h)
        return h
    }

    @inline(__always)
    private static func mix(_ value: UInt64, into h: inout UInt64) {
        var value = value
        for _ in 0..<8 {
            h = (h ^ (value & 0xFF)) &* prime
            value >>= 8
        }
    }
}
