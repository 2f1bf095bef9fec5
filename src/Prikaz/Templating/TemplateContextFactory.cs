using Prikaz.Profiles;
using Scriban;
using Scriban.Runtime;

namespace Prikaz.Templating;

/// <summary>
/// The one place template contexts are made (STYLE.md): limits against runaway templates, strict
/// variables so a typo is an error instead of an empty cell, a loader that reads only the templates
/// folder, auto-escaping, and the model plus the <c>ru</c> functions as globals. Strict members too:
/// Scriban's strict variables stop only at unknown names, while <c>{{ order.titel }}</c> would print
/// nothing; with relaxed member access off, a misspelt member is an error as well.
/// </summary>
internal static class TemplateContextFactory
{
    /// <summary>Loop iterations any model gets; each value of the model adds <see cref="LoopsPerModelValue"/> more.</summary>
    public const int LoopLimit = 10_000;

    /// <summary>Room for templates that walk the model a few times (a table, then a summary of it).</summary>
    public const int LoopsPerModelValue = 4;

    public const int RecursiveLimit = 32;

    /// <summary>Characters any model's templates may write; each value of the model adds <see cref="OutputPerModelValue"/> more.</summary>
    public const int OutputLimit = 8 * 1024 * 1024;

    /// <summary>
    /// Scriban counts what a partial writes and again what its include writes into the page, so a row
    /// inside a table inside an appendix counts three times or more: room for that many, with a margin.
    /// </summary>
    public const int OutputPerModelValue = 1024;

    public static TemplateContext Create(TemplateFolder folder, ScriptObject model, AuthorityProfile profile)
    {
        var modelSize = TemplateModelSize.Of(model);
        var context = new MarkupTemplateContext
        {
            // Scriban counts iterations cumulatively over nested loops: the table's cells of every item.
            LoopLimit = LoopLimit + (LoopsPerModelValue * modelSize),
            RecursiveLimit = RecursiveLimit,
            OutputLimit = (int)Math.Min(int.MaxValue, OutputLimit + (OutputPerModelValue * (long)modelSize)),

            // A cut output would only be reported as broken XML; a stop names the limit.
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = 64 * 1024,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new FolderTemplateLoader(folder, profile.Id),
            RegexTimeOut = TimeSpan.FromSeconds(1),
        };
        model["ru"] = RussianFunctions.Create(profile);
        model["include"] = new MarkupInclude((IScriptCustomFunction)context.BuiltinObject["include"]!);
        context.PushGlobal(model);
        return context;
    }
}
