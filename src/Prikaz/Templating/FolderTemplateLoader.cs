using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>
/// Loads <c>include</c>d templates from the templates folder only; a name that leaves the folder
/// is refused, and one that does not exist is reported, both at the including template's file and line.
/// </summary>
internal sealed class FolderTemplateLoader(TemplateFolder folder) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        folder.Resolve(templateName) switch
        {
            null => throw new IncludeException(callerSpan,
                $"подключение шаблона «{templateName}» запрещено: подключать можно только шаблоны из папки шаблонов, путь — относительно неё"),
            { } path when !File.Exists(path) => throw new IncludeException(callerSpan,
                $"подключаемый шаблон «{templateName}» не найден в папке шаблонов"),
            { } path => path,
        };

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(File.ReadAllText(templatePath));
}
