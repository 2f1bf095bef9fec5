namespace Prikaz.Templating;

/// <summary>
/// Text that already is document markup (for example «А.И.&#160;Кузнецов» or lines joined by
/// <c>&lt;br/&gt;</c>), written into the output as it is. Every other value a template writes is
/// escaped, so text from YAML can never inject markup.
/// </summary>
internal sealed record MarkupText(string Value)
{
    public override string ToString() => Value;
}
