import Foundation
import Testing
import VigilStore
@testable import VigilWatch

@Suite struct FeedScheduleTests {
    let start = Date(timeIntervalSince1970: 1_796_000_000)

    func feed(every: Int) -> FeedRecord {
        FeedRecord(url: "https://example.org/rss", name: "Example", everySeconds: every, added: "2026-12-07T00:00:00Z", nextPoll: "2026-12-07T00:00:00Z")
    }

    @Test func failuresDoubleTheWaitUpToADayButNeverBelowTheInterval() {
        var hourly = feed(every: 3600)
        for _ in 0..<10 { hourly = FeedSchedule.failed(hourly, at: start, error: FetchError(url: hourly.url, problem: "HTTP 500")) }
        #expect(hourly.failures == 10 && hourly.nextPoll == FeedRecord.timestamp(start.addingTimeInterval(86_400)))
        let weekly = FeedSchedule.failed(feed(every: 7 * 86_400), at: start, error: FetchError(url: "u", problem: "HTTP 500"))
        #expect(weekly.nextPoll == FeedRecord.timestamp(start.addingTimeInterval(7 * 86_400)))
        let done = FeedSchedule.succeeded(hourly, at: start, etag: "\"v2\"", lastModified: nil)
        #expect(done.failures == 0 && done.lastError == nil && done.nextPoll == FeedRecord.timestamp(start.addingTimeInterval(3600)))
    }

    /// A server may say anything in Retry-After; Vigil waits at most a day and never a non-number.
    @Test func retryAfterIsSecondsOrADateAndAtMostADay() {
        #expect(FeedFetcher.retryAfter("120") == 120)
        #expect(FeedFetcher.retryAfter("99999999999999999999") == 86_400)
        #expect(FeedFetcher.retryAfter("inf") == nil)
        #expect(FeedFetcher.retryAfter("1e12") == nil)
        #expect(FeedFetcher.retryAfter("-5") == nil)
        #expect(FeedFetcher.retryAfter("Fri, 31 Dec 9999 23:59:59 GMT") == 86_400)
        #expect(FeedFetcher.retryAfter("Mon, 01 Jan 2001 00:00:00 GMT") == 0)
        let busy = FeedSchedule.failed(feed(every: 900), at: start, error: FetchError(url: "u", problem: "HTTP 503", retryAfter: 7200))
        #expect(busy.nextPoll == FeedRecord.timestamp(start.addingTimeInterval(7200)))
    }

    /// A feed on the internet cannot make Vigil fetch this machine or its private network.
    @Test func privateAddressesAreKnown() {
        for text in ["http://localhost:8080/api", "http://127.0.0.1/", "http://10.1.2.3/x", "http://192.168.0.1/", "http://172.20.0.5/",
                     "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://[fd00::1]/"] {
            #expect(PrivateAddress.isPrivate(URL(string: text)!), "\(text)")
        }
        for text in ["https://news.example.org/a", "http://172.32.0.1/", "http://8.8.8.8/", "https://fdic.gov/news"] {
            #expect(!PrivateAddress.isPrivate(URL(string: text)!), "\(text)")
        }
    }
}
