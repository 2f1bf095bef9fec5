using Prikaz.Diagnostics;

namespace Prikaz.Validation.Rules;

/// <summary>
/// An appendix is one thing — a roadmap, a table or a list — with a heading: an appendix with none or
/// two of them, or a table appendix without a title, cannot be printed as the order means it.
/// </summary>
internal sealed class AppendixShapeRule : IRule
{
    public string Code => "PRK029";

    public Severity Severity => Severity.Error;

    public string Title => "В приложении должно быть что-то одно — roadmap, table или list, у таблицы — заголовок";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        foreach (var numbered in context.Appendices.Where(appendix => appendix.Pointer != "/roadmap"))
        {
            var appendix = numbered.Appendix;
            var given = new[] { ("roadmap", appendix.Roadmap is not null), ("table", appendix.Table is not null), ("list", appendix.List is not null) }
                .Where(part => part.Item2)
                .Select(part => part.Item1)
                .ToList();
            var name = RuleContext.AppendixName(numbered);
            if (given.Count == 0)
            {
                yield return new RuleFinding(numbered.Pointer, $"у {name} не задано содержимое: укажите roadmap («дорожная карта»), table (таблица) или list (список)");
            }
            else if (given.Count > 1)
            {
                yield return new RuleFinding(numbered.Pointer + "/" + given[1],
                    $"у {name} заданы сразу {string.Join(" и ", given)}: одно приложение — что-то одно; вынесите остальное в отдельное приложение");
            }
            else if (appendix.Table is { } table && string.IsNullOrWhiteSpace(table.Title))
            {
                yield return new RuleFinding(numbered.Pointer + "/table", $"у таблицы {name} нет заголовка (title): он печатается над таблицей");
            }
        }
    }
}
