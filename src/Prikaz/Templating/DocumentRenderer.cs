using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Documents.Markup;
using Prikaz.Documents.Pictures;
using Prikaz.Pipeline;
using Prikaz.Printability;
using Prikaz.Profiles;
using Scriban;
using Scriban.Syntax;

namespace Prikaz.Templating;

/// <summary>
/// Turns a checked document into the neutral <see cref="Document"/>: asks its kind for the template
/// model, runs the kind's root template (with its includes, the authority's own overrides first) into
/// document markup, and parses the markup. Every template or markup problem comes back as a diagnostic
/// naming the template file and line. Safe to share between threads; every template file is parsed
/// once per renderer and shared by all renders.
/// </summary>
public sealed partial class DocumentRenderer
{
    private readonly TemplateFolder folder;
    private readonly ConcurrentDictionary<string, ParsedTemplate> parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<VisibleTemplates>> visible = new(StringComparer.Ordinal);

    public DocumentRenderer(TemplateFolder folder)
    {
        this.folder = folder;
    }

    /// <summary>Renders a document that can be rendered, with its kind's root template and its authority's profile.</summary>
    public TemplateOutput Render(CheckedDocument document)
    {
        var kind = document.Loaded.Kind!;
        var profile = document.Profile!;
        var found = new List<Diagnostic>(TemplateProblems(profile.Id));
        if (found.Count > 0)
        {
            return new TemplateOutput(null, string.Empty, found);
        }

        if (folder.Find(kind.RootTemplate, profile.Id) is not { } root)
        {
            var message = folder.LeadsOutside(kind.RootTemplate)
                ? $"шаблон {kind.RootTemplate} — ссылка за пределы папки шаблонов «{folder.DisplayRoot}»; шаблоны читаются только из неё"
                : $"нет шаблона {kind.RootTemplate}, с которого начинается {kind.Description}, в папке шаблонов «{folder.DisplayRoot}»";
            return new TemplateOutput(null, string.Empty,
                [new Diagnostic(folder.DisplayRoot + "/" + kind.RootTemplate, 0, 0, Severity.Error, TemplateCodes.NotFound, message)]);
        }

        var context = TemplateContextFactory.Create(folder, kind.TemplateModel(document), profile);

        // Scriban's include parses a partial once per context; hand it the templates parsed once per
        // renderer instead. A parsed template is immutable while rendering (each render has its own
        // context), so one copy serves every thread of a parallel build.
        foreach (var file in Visible(profile.Id).Files)
        {
            context.CachedTemplates[file.Path] = Parse(file).Template;
        }

        string markup;
        try
        {
            markup = Parse(root).Template.Render(context);
        }
        catch (ScriptRuntimeException exception)
        {
            return new TemplateOutput(null, string.Empty, [RuntimeProblem(exception, root)]);
        }

        var result = MarkupParser.Parse(markup, ProfileStyles.Create(profile), ResolveImage);
        var markupProblems = result.Diagnostics
            .Select(d => new Diagnostic(root.Display + " → разметка", d.Line, d.Column, Severity.Error, d.Code, d.Message))
            .ToList();
        if (markupProblems.Count > 0)
        {
            return new TemplateOutput(null, markup, markupProblems);
        }

        // Short rows stay on one page in every format: decided here, where the fonts can be measured.
        var neutral = document.Measure is { } measure ? ShortRows.Mark(result.Document!, measure) : result.Document!;
        return QrCodeEncoding.Problem(neutral) is { } qrProblem
            ? new TemplateOutput(null, markup, [new Diagnostic(root.Display + " → разметка", 0, 0, Severity.Error, PrintabilityCodes.QrTooLong, qrProblem)])
            : new TemplateOutput(QrCodeEncoding.Encode(neutral), markup, []);
    }

    /// <summary>
    /// Parses and checks the templates and builds Scriban's library of built-in functions, which it does
    /// once per process, by reflection, on the first template context (a few per cent of a cold
    /// 60-row render in a profile), ahead of the first render.
    /// </summary>
    public void Preload()
    {
        TemplateProblems();
        _ = new TemplateContext();
    }

    /// <summary>
    /// Syntax errors and unknown elements of every template a document of <paramref name="authority"/>
    /// can include, checked once per renderer and authority.
    /// </summary>
    public IReadOnlyList<Diagnostic> TemplateProblems(string? authority = null) => Visible(authority).Problems;

    // The templates a document of one authority sees are listed and checked once per renderer.
    private VisibleTemplates Visible(string? authority) =>
        visible.GetOrAdd(authority ?? string.Empty, key => new Lazy<VisibleTemplates>(() =>
        {
            var files = folder.Templates(key.Length == 0 ? null : key);
            return new VisibleTemplates(files, [.. files.SelectMany(file => Parse(file).Problems)]);
        })).Value;

    // Keyed by real path: an include resolves to the same real path, whatever name led to it.
    private ParsedTemplate Parse(TemplateFile file) =>
        parsed.GetOrAdd(file.Path, _ =>
        {
            var template = Template.Parse(File.ReadAllText(file.Path), file.Path);
            var problems = template.Messages
                .Where(message => message.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(message => new Diagnostic(file.Display, message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    Severity.Error, TemplateCodes.Syntax, "ошибка синтаксиса шаблона (сообщение Scriban: " + message.Message + ")"))
                .ToList();
            if (!template.HasErrors)
            {
                problems.AddRange(TemplateLint.Check(template, file.Display));
            }

            return new ParsedTemplate(file, template, problems);
        });

    private Diagnostic RuntimeProblem(ScriptRuntimeException exception, TemplateFile root)
    {
        var span = exception.Span;
        var file = string.IsNullOrEmpty(span.FileName) ? root.Display
            : parsed.TryGetValue(span.FileName, out var template) ? template.File.Display
            : span.FileName;
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

        if (OutputLimitMessage().Match(message) is { Success: true } output)
        {
            return (TemplateCodes.Limit, $"шаблоны вывели больше {output.Groups["limit"].Value} символов и остановлены — похоже, бесконечный цикл");
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

    // Pictures are named relative to the profiles' folder, in any layer, and must really be inside it.
    private ImageLookup? ResolveImage(string source)
    {
        var name = Path.Combine("authorities", source);
        if (folder.Find(name) is not { } file)
        {
            return folder.LeadsOutside(name) ? ImageLookup.Refused("путь ведёт за пределы папки шаблонов") : null;
        }

        var length = new FileInfo(file.Path).Length;
        return length > PictureCheck.MaxBytes ? ImageLookup.Refused(PictureCheck.TooLarge(length)) : ImageLookup.Found(File.ReadAllBytes(file.Path));
    }

    private sealed record ParsedTemplate(TemplateFile File, Template Template, IReadOnlyList<Diagnostic> Problems);

    private sealed record VisibleTemplates(IReadOnlyList<TemplateFile> Files, IReadOnlyList<Diagnostic> Problems);

    [GeneratedRegex(@"Exceeding number of (?<kind>iteration|recursive depth) limit `(?<limit>\d+)`")]
    private static partial Regex LimitMessage();

    [GeneratedRegex(@"Rendered output exceeds OutputLimit `(?<limit>\d+)`")]
    private static partial Regex OutputLimitMessage();

    [GeneratedRegex(@"^Cannot get member with name (?<name>.+?)\.?$")]
    private static partial Regex MissingMember();

    [GeneratedRegex(@"^Object `(?<object>[^`]+)` is null\. Cannot access member: (?<name>\S+)")]
    private static partial Regex NullMember();

    [GeneratedRegex(@"variable.*?`(?<name>[^`]+)`.*not found|`(?<name>[^`]+)`.*not found")]
    private static partial Regex UnknownVariable();
}
