using System.Security;
using Scriban;
using Scriban.Parsing;

namespace Prikaz.Templating;

/// <summary>
/// A template context that escapes every value written by <c>{{ … }}</c> for XML, the way an HTML
/// template engine auto-escapes: the roadmap's text («ООО "Ромашка" &lt; 5») reaches the markup parser
/// as text, never as tags. Functions that build markup on purpose return <see cref="MarkupText"/>.
/// </summary>
internal sealed class MarkupTemplateContext : TemplateContext
{
    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        MarkupText markup => Write(markup.Value),
        string text => Write(SecurityElement.Escape(text)),
        null => this,
        _ => Write(SecurityElement.Escape(ObjectToString(textAsObject))),
    };
}
