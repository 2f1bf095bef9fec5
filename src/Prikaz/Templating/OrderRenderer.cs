using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Documents.Markup;
using Prikaz.Documents.Pictures;
using Prikaz.IO;
using Prikaz.Model;
using Prikaz.Printability;
using Prikaz.Profiles;
using Scriban;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>
/// Turns a validated order into the neutral <see cref="Document"/>: builds the template model, runs
/// <c>templates/order.sbn</c> (with its includes) into document markup, and parses the markup. Every
/// template or markup problem comes back as a diagnostic naming the template file and line.
/// Safe to share between threads; every template is parsed once per renderer and shared by all renders.
/// </summary>
public sealed partial class OrderRenderer
{
    /// <summary>The template every order starts from, relative to the templates folder.</summary>
    public const string RootTemplate = "order.sbn";

    private readonly TemplateFolder folder;
    private readonly ConcurrentDictionary<string, (Template Template, IReadOnlyList<Diagnostic> Problems)> parsed = new(StringComparer.Ordinal);

    private readonly Lazy<IReadOnlyList<Diagnostic>> templateProblems;

    public OrderRenderer(TemplateFolder folder)
    {
        this.folder = folder;
        templateProblems = new Lazy<IReadOnlyList<Diagnostic>>(FindTemplateProblems);
    }

    /// <summary>Renders <paramref name="file"/> with its authority's <paramref name="profile"/>.</summary>
    public RenderedOrder Render(OrderFile file, AuthorityProfile profile)
    {
        var problems = new List<Diagnostic>(TemplateProblems());
        if (problems.Count > 0)
        {
            return new RenderedOrder(null, string.Empty, problems);
        }

        var (template, _) = Parse(RootTemplate);
        var context = TemplateContextFactory.Create(folder, TemplateModel.Build(file, profile), profile);

        // Scriban's include parses a partial once per context; hand it the templates parsed once per
        // renderer instead. A parsed template is immutable while rendering (each render has its own
        // context), so one copy serves every thread of a parallel build.
        foreach (var (relative, entry) in parsed)
        {
            context.CachedTemplates[folder.Resolve(relative)!] = entry.Template;
        }

        string markup;
        try
        {
            markup = template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            return new RenderedOrder(null, string.Empty, [RuntimeProblem(exception)]);
        }

        // Scriban cuts the output at the limit silently; the cut markup would only be reported as broken XML.
        if (markup.Length >= TemplateContextFactory.OutputLimit)
        {
            return new RenderedOrder(null, string.Empty,
            [
                new Diagnostic(Display(RootTemplate), 0, 0, Severity.Error, TemplateCodes.Limit,
                    $"шаблоны вывели больше {TemplateContextFactory.OutputLimit} символов и остановлены — похоже, бесконечный цикл"),
            ]);
        }

        var result = MarkupParser.Parse(markup, ProfileStyles.Create(profile), ResolveImage);
        var markupProblems = result.Diagnostics
            .Select(d => new Diagnostic(Display(RootTemplate) + " → разметка", d.Line, d.Column, Severity.Error, d.Code, d.Message))
            .ToList();
        if (markupProblems.Count > 0)
        {
            return new RenderedOrder(null, markup, markupProblems);
        }

        return QrCodeEncoding.Problem(result.Document) is { } qrProblem
            ? new RenderedOrder(null, markup, [new Diagnostic(Display(RootTemplate) + " → разметка", 0, 0, Severity.Error, PrintabilityCodes.QrTooLong, qrProblem)])
            : new RenderedOrder(QrCodeEncoding.Encode(result.Document), markup, []);
    }

    /// <summary>Syntax errors and unknown elements of every template in the folder, checked once per renderer.</summary>
    public IReadOnlyList<Diagnostic> TemplateProblems() => templateProblems.Value;

    private IReadOnlyList<Diagnostic> FindTemplateProblems()
    {
        if (folder.Resolve(RootTemplate) is not { } root || !File.Exists(root))
        {
            var message = File.Exists(Path.Combine(folder.Root, RootTemplate))
                ? $"шаблон приказа {RootTemplate} — ссылка за пределы папки шаблонов «{folder.Root}»; шаблоны читаются только из неё"
                : $"нет шаблона приказа {RootTemplate} в папке шаблонов «{folder.Root}»";
            return [new Diagnostic(Display(RootTemplate), 0, 0, Severity.Error, TemplateCodes.NotFound, message)];
        }

        // Links that leave the folder are not followed; an include of such a file is refused where it stands.
        return FolderWalk.Of(folder.RealRoot, name => name.EndsWith(".sbn", StringComparison.Ordinal)).Files
            .Select(file => file.Relative)
            .SelectMany(name => Parse(name).Problems)
            .ToList();
    }

    private (Template Template, IReadOnlyList<Diagnostic> Problems) Parse(string name) =>
        parsed.GetOrAdd(name, relative =>
        {
            var path = folder.Resolve(relative)!;
            var template = Template.Parse(File.ReadAllText(path), path);
            var problems = template.Messages
                .Where(message => message.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(message => new Diagnostic(Display(relative), message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    Severity.Error, TemplateCodes.Syntax, "ошибка синтаксиса шаблона (сообщение Scriban: " + message.Message + ")"))
                .ToList();
            if (!template.HasErrors)
            {
                problems.AddRange(TemplateLint.Check(template, Display(relative)));
            }

            return (template, problems);
        });

    private Diagnostic RuntimeProblem(ScriptRuntimeException exception)
    {
        var span = exception.Span;
        var file = string.IsNullOrEmpty(span.FileName) ? Display(RootTemplate) : Display(folder.RelativeName(span.FileName));
        var (code, text) = Explain(exception, MemberPath(span));
        return new Diagnostic(file, span.Start.Line + 1, span.Start.Column + 1, Severity.Error, code, text);
    }

    // Scriban's messages are English; the clerk gets the Russian explanation, and Scriban's own text
    // only where no pattern is known.
    private static (string Code, string Text) Explain(ScriptRuntimeException exception, string? memberPath)
    {
        var message = exception.OriginalMessage;
        if (exception is IncludeException include)
        {
            return (TemplateCodes.NotFound, include.OriginalMessage);
        }

        if (LimitMessage().Match(message) is { Success: true } limit)
        {
            var value = limit.Groups["limit"].Value;
            return (TemplateCodes.Limit, limit.Groups["kind"].Value == "iteration"
                ? $"цикл повторился больше {value} раз и остановлен — похоже, он бесконечный"
                : $"вложенность включений и вызовов больше {value} — похоже, шаблон включает или вызывает сам себя");
        }

        if (MissingMember().Match(message) is { Success: true } member)
        {
            return (TemplateCodes.Runtime, $"нет поля «{memberPath ?? member.Groups["name"].Value}» — проверьте имя (опечатка?)");
        }

        if (NullMember().Match(message) is { Success: true } nullMember)
        {
            return (TemplateCodes.Runtime,
                $"«{nullMember.Groups["name"].Value}»: значения «{nullMember.Groups["object"].Value}» в этом приказе нет — проверьте его через if");
        }

        return UnknownVariable().Match(message) is { Success: true } variable
            ? (TemplateCodes.Runtime, $"неизвестная переменная или функция «{variable.Groups["name"].Value}»")
            : (TemplateCodes.Runtime, "ошибка при выполнении шаблона: " + message);
    }

    // The dotted path that ends at a failing member («order.titel» for «titel»), read from the
    // template's text, so the message names what the author wrote.
    private static string? MemberPath(Scriban.Parsing.SourceSpan span)
    {
        if (string.IsNullOrEmpty(span.FileName) || !File.Exists(span.FileName))
        {
            return null;
        }

        var lines = File.ReadAllLines(span.FileName);
        if (span.Start.Line >= lines.Length || span.End.Column >= lines[span.Start.Line].Length)
        {
            return null;
        }

        var line = lines[span.Start.Line];
        var start = span.Start.Column;
        while (start > 0 && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] is '_' or '.'))
        {
            start--;
        }

        return line[start..(span.End.Column + 1)];
    }

    // Pictures are named relative to the profiles' folder and must really be inside the templates folder.
    private ImageLookup? ResolveImage(string source)
    {
        var name = Path.Combine("authorities", source);
        if (folder.Resolve(name) is not { } path)
        {
            return File.Exists(Path.Combine(folder.Root, name)) || Directory.Exists(Path.Combine(folder.Root, name))
                ? ImageLookup.Refused("путь ведёт за пределы папки шаблонов")
                : null;
        }

        if (!File.Exists(path))
        {
            return null;
        }

        var length = new FileInfo(path).Length;
        return length > PictureCheck.MaxBytes ? ImageLookup.Refused(PictureCheck.TooLarge(length)) : ImageLookup.Found(File.ReadAllBytes(path));
    }

    private string Display(string relative) => folder.DisplayRoot + "/" + relative.Replace('\\', '/');

    [GeneratedRegex(@"Exceeding number of (?<kind>iteration|recursive depth) limit `(?<limit>\d+)`")]
    private static partial Regex LimitMessage();

    [GeneratedRegex(@"^Cannot get member with name (?<name>.+?)\.?$")]
    private static partial Regex MissingMember();

    [GeneratedRegex(@"^Object `(?<object>[^`]+)` is null\. Cannot access member: (?<name>\S+)")]
    private static partial Regex NullMember();

    [GeneratedRegex(@"variable.*?`(?<name>[^`]+)`.*not found|`(?<name>[^`]+)`.*not found")]
    private static partial Regex UnknownVariable();
}
