import Testing
@testable import VigilExtract

@Suite struct CountryArticlesTests {
    let articles = CountryArticles(countries: ["Philippines", "Democratic Republic of Congo", "Republic of Congo", "United States"])

    @Test func countriesThatTakeTheGetIt() {
        #expect(articles.apply(to: "Police Forces of Philippines (2016-2022)") == "Police Forces of the Philippines (2016-2022)")
        #expect(articles.apply(to: "Military Forces of United States") == "Military Forces of the United States")
        #expect(articles.apply(to: "Military Forces of Democratic Republic of Congo (2019-)")
            == "Military Forces of the Democratic Republic of Congo (2019-)")
    }

    @Test func otherNamesAreLeftAlone() {
        #expect(articles.apply(to: "Military Forces of Kenya (2022-)") == "Military Forces of Kenya (2022-)")
        #expect(articles.apply(to: "Protesters (Philippines)") == "Protesters (Philippines)")
        #expect(articles.apply(to: "Military Forces of the United States") == "Military Forces of the United States")
    }
}
