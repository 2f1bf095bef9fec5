using Scriban.Parsing;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>An <c>include</c> the templates folder cannot serve: the name leaves the folder or names no file.</summary>
internal sealed class IncludeException(SourceSpan span, string message) : ScriptRuntimeException(span, message);
