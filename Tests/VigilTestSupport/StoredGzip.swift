/// Gzip without compression (one stored deflate block), so the test server can send a gzip body
/// without a compressor.
enum StoredGzip {
    static func wrap(_ bytes: [UInt8]) -> [UInt8] {
        precondition(bytes.count < 65_536)
        let length = UInt16(bytes.count)
        var out: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]
        out += [1, UInt8(length & 0xff), UInt8(length >> 8), UInt8(~length & 0xff), UInt8(~length >> 8)]
        out += bytes
        out += littleEndian(crc32(bytes)) + littleEndian(UInt32(bytes.count))
        return out
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8((value >> (8 * $0)) & 0xff) }
    }

    private static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xffff_ffff
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (0xedb8_8320 & (0 &- (crc & 1))) }
        }
        return ~crc
    }
}
