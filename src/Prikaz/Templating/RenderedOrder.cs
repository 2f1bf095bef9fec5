using Prikaz.Diagnostics;
using Prikaz.Documents;

namespace Prikaz.Templating;

/// <summary>The outcome of rendering one order: the document (when there were no problems), the markup the templates produced, and the problems.</summary>
public sealed record RenderedOrder(Document? Document, string Markup, IReadOnlyList<Diagnostic> Diagnostics);
