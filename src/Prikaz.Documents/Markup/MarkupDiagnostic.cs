using System.Globalization;

namespace Prikaz.Documents.Markup;

/// <summary>
/// A problem in document markup, at a 1-based line and column of the markup text (0 when unknown).
/// The templating layer maps the position back to the template that produced the markup.
/// Every markup diagnostic is an error: the document it belongs to must not be rendered.
/// </summary>
/// <param name="Line">Line in the markup.</param>
/// <param name="Column">Column in the markup.</param>
/// <param name="Code">Stable code <c>PRK2nn</c> (see <see cref="MarkupCodes"/>).</param>
/// <param name="Message">Russian message for the clerk or template author.</param>
public sealed record MarkupDiagnostic(int Line, int Column, string Code, string Message)
{
    /// <summary><c>line:col: error PRK201: …</c></summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column}: error {Code}: {Message}");
}
