using System.Globalization;

namespace Prikaz.Russian;

/// <summary>Russian plural agreement: 1 файл, 2 файла, 5 файлов, 11 файлов, 21 файл.</summary>
public static class RussianPlural
{
    /// <summary>The form of the noun that agrees with <paramref name="count"/>.</summary>
    public static string Choose(long count, string one, string few, string many)
    {
        var n = Math.Abs(count) % 100;
        if (n is >= 11 and <= 14)
        {
            return many;
        }

        return (n % 10) switch
        {
            1 => one,
            2 or 3 or 4 => few,
            _ => many,
        };
    }

    /// <summary>The count followed by the agreeing noun: «3 ошибки».</summary>
    public static string Count(long count, string one, string few, string many) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + Choose(count, one, few, many);
}
