import VigilText

/// API tokens: 32 random bytes shown once as `vgl_` + hex; only their SHA-256 is stored.
public enum APIToken {
    /// A new random token (from the system's cryptographic generator).
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return "vgl_" + bytes.map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    /// The stored form of a token: hex SHA-256.
    public static func hash(_ token: String) -> String {
        SHA256.hex(token)
    }
}
