using System.CommandLine;
using System.Globalization;

namespace Prikaz.Cli;

/// <summary>The as-of date of execution control: passed in, never read from the clock, so output stays reproducible.</summary>
internal static class ExecutionOptions
{
    public static Option<string?> AsOf() => new("--as-of")
    {
        Description = "Дата ГГГГ-ММ-ДД, на которую проверяются сроки: предупредить о просроченных мероприятиях без отметки об исполнении. По умолчанию сроки не проверяются",
    };

    /// <summary>Reads <c>--as-of</c>; false after telling the user what is wrong.</summary>
    public static bool TryReadAsOf(ParseResult parseResult, Option<string?> option, CliContext context, out DateOnly? asOf)
    {
        asOf = null;
        if (parseResult.GetValue(option) is not { } text)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            asOf = date;
            return true;
        }

        context.Error.WriteLine($"prikaz: --as-of «{text}»: ожидается дата ГГГГ-ММ-ДД, например 2020-10-06");
        return false;
    }
}
