/// Reads an HTML page: the article's paragraphs, title, date, site name and canonical URL.
struct HTMLReader {
    func read(_ html: String, origin: String) throws(IngestError) -> RawDocument {
        guard let article = ArticleExtractor().extract(html: html) else {
            throw IngestError(input: origin, problem: "no article text found in the HTML")
        }
        return RawDocument(
            title: article.title, text: article.text, published: article.published, source: article.source,
            url: article.url, origin: origin)
    }
}
