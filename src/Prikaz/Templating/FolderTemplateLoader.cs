using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>
/// Loads <c>include</c>d templates from the templates folder only, the authority's own overrides first;
/// a name that leaves the folder is refused, and one that does not exist is reported, both at the
/// including template's file and line.
/// </summary>
internal sealed class FolderTemplateLoader(TemplateFolder folder, string authority) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        folder.Resolve(templateName) is null
            ? throw new IncludeException(callerSpan,
                $"подключение шаблона «{templateName}» запрещено: подключать можно только шаблоны из папки шаблонов, путь — относительно неё")
            : folder.Find(templateName, authority)?.Path ?? throw new IncludeException(callerSpan,
                $"подключаемый шаблон «{templateName}» не найден в папке шаблонов");

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
