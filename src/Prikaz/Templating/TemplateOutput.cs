using Prikaz.Diagnostics;
using Prikaz.Documents;

namespace Prikaz.Templating;

/// <summary>What the templates made of one document: the document (when there were no problems), the markup they produced, and the problems.</summary>
public sealed record TemplateOutput(Document? Document, string Markup, IReadOnlyList<Diagnostic> Diagnostics);
