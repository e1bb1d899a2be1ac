/// HMAC-SHA-256 (RFC 2104), for signing webhook payloads; built on ``SHA256``.
public enum HMACSHA256 {
    /// SHA-256's block size in bytes.
    static let blockSize = 64

    /// The 32-byte authentication code of `message` under `key`.
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var blockKey = key
        if blockKey.count > blockSize {
            var keyHasher = SHA256()
            keyHasher.update(blockKey)
            blockKey = keyHasher.finalize()
        }
        blockKey += [UInt8](repeating: 0, count: blockSize - blockKey.count)

        var inner = SHA256()
        inner.update(blockKey.map { $0 ^ 0x36 })
        inner.update(message)
        let innerDigest = inner.finalize()

        var outer = SHA256()
        outer.update(blockKey.map { $0 ^ 0x5c })
        outer.update(innerDigest)
        return outer.finalize()
    }

    /// Lowercase hex authentication code of `message` under the UTF-8 bytes of `key`.
    public static func hex(key: String, message: [UInt8]) -> String {
        authenticationCode(key: Array(key.utf8), message: message).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
