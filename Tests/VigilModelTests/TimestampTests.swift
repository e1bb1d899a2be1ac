import Foundation
import Testing
import VigilModel

@Suite struct TimestampTests {
    /// Stored times are ISO 8601 UTC to the second, as Foundation's formatter writes them.
    @Test(arguments: [0, 951_782_400, 1_717_596_189, 4_102_444_799])
    func timestampsAreISO8601UTC(_ seconds: Int) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        #expect(Timestamp.string(secondsSince1970: seconds) == formatter.string(from: Date(timeIntervalSince1970: Double(seconds))))
    }
}
