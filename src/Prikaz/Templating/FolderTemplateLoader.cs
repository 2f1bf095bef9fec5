using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>
/// Loads <c>include</c>d templates from the templates folder only; a name that leaves the folder
/// or does not exist is a template error naming the including template's file and line.
/// </summary>
internal sealed class FolderTemplateLoader(TemplateFolder folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        folder.Resolve(templateName) is { } path && File.Exists(path)
            ? path
            : throw new ScriptRuntimeException(callerSpan, $"шаблон «{templateName}» не найден в папке шаблонов");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
