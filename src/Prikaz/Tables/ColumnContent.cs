namespace Prikaz.Tables;

/// <summary>What a table column holds, for fitting its width: its header and the text of its body cells as printed.</summary>
/// <param name="Given">The width fixed by the author or the profile, mm; null when the content decides.</param>
/// <param name="Header">The header cell's text (set bold).</param>
/// <param name="Body">The texts of the body cells; line breaks kept.</param>
internal sealed record ColumnContent(double? Given, string Header, IReadOnlyList<string> Body);
