import Testing
import VigilWatch

@Suite struct RobotsRulesTests {
    static let agent = "Vigil/1.0 (+https://example.org/vigil)"

    static func rules(_ text: String) -> RobotsRules {
        RobotsRules(parsing: text, userAgent: agent)
    }

    @Test func specificGroupBeatsTheStarGroup() {
        let rules = Self.rules(
            """
            User-agent: *
            Disallow: /

            User-agent: VIGIL
            Disallow: /private
            """)
        #expect(rules.allows(path: "/news"))
        #expect(!rules.allows(path: "/private/a"))
        let other = RobotsRules(parsing: "User-agent: *\nDisallow: /\n\nUser-agent: vigil\nDisallow: /private", userAgent: "Otherbot/2")
        #expect(!other.allows(path: "/news"))
    }

    @Test func starGroupAppliesWhenNoGroupNamesUs() {
        let rules = Self.rules("User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /tmp")
        #expect(rules.allows(path: "/news"))
        #expect(!rules.allows(path: "/tmp/x"))
    }

    @Test func longestMatchWins() {
        let rules = Self.rules("User-agent: *\nDisallow: /news\nAllow: /news/public\nDisallow: /news/public/drafts")
        #expect(!rules.allows(path: "/news/today"))
        #expect(rules.allows(path: "/news/public/today"))
        #expect(!rules.allows(path: "/news/public/drafts/1"))
        #expect(rules.allows(path: "/about"))
    }

    @Test func allowWinsATie() {
        let rules = Self.rules("User-agent: *\nDisallow: /page\nAllow: /page")
        #expect(rules.allows(path: "/page"))
    }

    @Test func wildcardsAndEndAnchor() {
        let rules = Self.rules("User-agent: *\nDisallow: /*.pdf$\nDisallow: /search*q=\nDisallow: /exact$")
        #expect(!rules.allows(path: "/files/report.pdf"))
        #expect(rules.allows(path: "/files/report.pdf?download=1"))
        #expect(!rules.allows(path: "/search?page=2&q=iraq"))
        #expect(rules.allows(path: "/search?page=2"))
        #expect(!rules.allows(path: "/exact"))
        #expect(rules.allows(path: "/exact/more"))
    }

    @Test func queryStringIsPartOfThePath() {
        let rules = Self.rules("User-agent: *\nDisallow: /news?page=")
        #expect(!rules.allows(path: "/news?page=2"))
        #expect(rules.allows(path: "/news"))
    }

    @Test func emptyDisallowAllowsEverything() {
        let rules = Self.rules("User-agent: vigil\nDisallow:\n\nUser-agent: *\nDisallow: /")
        #expect(rules.allows(path: "/anything"))
        #expect(rules.allows(path: "/"))
    }

    @Test func robotsFileIsAlwaysAllowed() {
        let rules = Self.rules("User-agent: *\nDisallow: /")
        #expect(rules.allows(path: "/robots.txt"))
        #expect(!rules.allows(path: "/index.html"))
    }

    @Test func commentsBlankLinesAndFieldCaseAreHandled() {
        let rules = Self.rules(
            """
            # robots.txt for example.org
            USER-AGENT: vigil   # our crawler

            DISALLOW: /drafts # work in progress
            sitemap: https://example.org/sitemap.xml
            nonsense line without a colon
            \r
            aLLow: /drafts/public
            """)
        #expect(!rules.allows(path: "/drafts/1"))
        #expect(rules.allows(path: "/drafts/public/1"))
        #expect(rules.allows(path: "/news"))
    }

    @Test func userAgentLinesTogetherShareOneGroup() {
        let rules = Self.rules("User-agent: otherbot\nUser-agent: vigil\nDisallow: /shared")
        #expect(!rules.allows(path: "/shared/x"))
    }

    @Test func groupsForTheSameAgentAreMerged() {
        let rules = Self.rules(
            """
            User-agent: vigil
            Disallow: /a

            User-agent: otherbot
            Disallow: /b

            User-agent: Vigil
            Disallow: /c
            """)
        #expect(!rules.allows(path: "/a"))
        #expect(rules.allows(path: "/b"))
        #expect(!rules.allows(path: "/c"))
    }

    @Test func crawlDelayComesFromTheChosenGroup() {
        let rules = Self.rules("User-agent: *\nCrawl-delay: 10\n\nUser-agent: vigil\nCrawl-delay: 2.5\nDisallow: /x")
        #expect(rules.crawlDelay == 2.5)
        let starOnly = Self.rules("User-agent: *\ncrawl-delay: 4")
        #expect(starOnly.crawlDelay == 4)
        #expect(Self.rules("User-agent: *\nCrawl-delay: -3").crawlDelay == nil)
        #expect(Self.rules("User-agent: *\nCrawl-delay: soon").crawlDelay == nil)
        #expect(Self.rules("User-agent: *\nDisallow: /").crawlDelay == nil)
    }

    @Test func garbageOrEmptyTextAllowsAll() {
        for text in ["", "<html><body>Not found</body></html>", "Disallow: /\nrandom: words", "\u{0}\u{1}::::"] {
            let rules = Self.rules(text)
            #expect(rules.allows(path: "/"), "\(text)")
            #expect(rules.allows(path: "/news?page=2"), "\(text)")
            #expect(rules.crawlDelay == nil)
        }
        #expect(RobotsRules.allowAll.allows(path: "/private"))
        #expect(RobotsRules.allowAll.crawlDelay == nil)
    }
}
