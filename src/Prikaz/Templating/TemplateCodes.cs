namespace Prikaz.Templating;

/// <summary>Codes of template problems (PRK230–PRK239); markup problems are PRK200–PRK229.</summary>
public static class TemplateCodes
{
    /// <summary>The template text does not parse.</summary>
    public const string Syntax = "PRK230";

    /// <summary>The template failed while running: an unknown variable or function, a wrong argument.</summary>
    public const string Runtime = "PRK231";

    /// <summary>A loop, recursion or output limit was exceeded (an endless loop, a runaway include).</summary>
    public const string Limit = "PRK232";

    /// <summary>A template or the templates folder is missing, or an include names a file outside the folder.</summary>
    public const string NotFound = "PRK233";

    /// <summary>Every template code with its Russian title, in code order.</summary>
    public static IReadOnlyList<(string Code, string Title)> Titles { get; } =
    [
        (Syntax, "ошибка синтаксиса шаблона"),
        (Runtime, "ошибка при выполнении шаблона (неизвестная переменная или функция)"),
        (Limit, "превышен предел шаблона (бесконечный цикл, рекурсия, объём вывода)"),
        (NotFound, "шаблон не найден или вне папки шаблонов"),
    ];
}
