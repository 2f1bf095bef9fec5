namespace Prikaz.Kinds;

/// <summary>
/// The bound content of one document file: an order with its appendices, an amendment order, a
/// progress report. Only the document's own <see cref="IDocumentKind"/> knows its shape; the
/// pipeline carries it from stage to stage without looking inside.
/// </summary>
public interface IDocumentModel;
