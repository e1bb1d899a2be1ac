import VigilExtract
import VigilIngest
import VigilModel
import VigilText

extension Extractor {
    /// Prepares a read document and extracts its events, analyzing its text once for both.
    func extract(_ raw: RawDocument, preparedBy preparer: DocumentPreparer, ingested: String) -> (Document, Extraction) {
        let analyzed = AnalyzedText(raw.text)
        let document = preparer.document(raw, analyzed: analyzed, ingested: ingested)
        return (document, extract(document, analyzed: analyzed))
    }
}
