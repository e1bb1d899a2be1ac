/// What reading inputs produces, one item at a time.
public enum ReadEvent: Sendable {
    /// A document ready for ingestion.
    case document(RawDocument)
    /// An input, or part of one, that could not be read.
    case rejected(IngestError)
    /// Something the user should know that did not stop reading ("unknown field \"lang\" ignored").
    case warning(String)
    /// Bytes read so far and in total, for progress display.
    case progress(bytesRead: Int, bytesTotal: Int)
}
