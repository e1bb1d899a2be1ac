import Foundation
import Testing
import VigilIngest

@Suite struct PageLinksTests {
    /// A section front: article links on the same site are followed; navigation, other sites and fragments are not.
    @Test func articleLinksOfTheSameSiteOnce() {
        let html = """
            <html><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="#main">Skip</a></nav>
            <a href="/world/2024/05/12/strikes-hit-khartoum-bahri">Strikes hit Khartoum Bahri</a>
            <a href="https://daily.example.org/world/2024/05/12/strikes-hit-khartoum-bahri#comments">Comments</a>
            <a href="clashes-in-tripoli-1234">Clashes in Tripoli</a>
            <a href="https://other.example.com/world/2024/05/12/story">Elsewhere</a>
            <a href="mailto:desk@daily.example.org">Write to us</a>
            </body></html>
            """
        let links = PageLinks.articles(inHTML: html, base: URL(string: "https://daily.example.org/world")!).map(\.absoluteString)
        #expect(links == [
            "https://daily.example.org/world/2024/05/12/strikes-hit-khartoum-bahri",
            "https://daily.example.org/clashes-in-tripoli-1234",
        ])
    }
}
