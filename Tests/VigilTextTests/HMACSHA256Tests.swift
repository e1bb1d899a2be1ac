import Testing
import VigilText

/// The HMAC-SHA-256 vectors of RFC 4231 (case 5, a truncated output, is left out).
@Suite struct HMACSHA256Tests {
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    static func code(key: [UInt8], message: [UInt8]) -> String {
        hex(HMACSHA256.authenticationCode(key: key, message: message))
    }

    @Test func case1ShortKey() {
        #expect(
            Self.code(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
    }

    @Test func case2KeyShorterThanOutput() {
        #expect(
            HMACSHA256.hex(key: "Jefe", message: Array("what do ya want for nothing?".utf8))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test func case3CombinedLengthOverOneBlock() {
        #expect(
            Self.code(key: [UInt8](repeating: 0xaa, count: 20), message: [UInt8](repeating: 0xdd, count: 50))
                == "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
    }

    @Test func case4CountingKey() {
        #expect(
            Self.code(key: [UInt8](1...25), message: [UInt8](repeating: 0xcd, count: 50))
                == "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
    }

    @Test func case6KeyLongerThanBlockIsHashedFirst() {
        let message = Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8)
        #expect(
            Self.code(key: [UInt8](repeating: 0xaa, count: 131), message: message)
                == "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    @Test func case7LongKeyAndLongMessage() {
        let message = Array(
            ("This is a test using a larger than block-size key and a larger than block-size data. "
                + "The key needs to be hashed before being used by the HMAC algorithm.").utf8)
        #expect(
            Self.code(key: [UInt8](repeating: 0xaa, count: 131), message: message)
                == "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    }
}
