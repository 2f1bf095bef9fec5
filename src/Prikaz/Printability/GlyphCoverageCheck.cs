using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Prikaz.Diagnostics;
using Prikaz.Documents;
using Prikaz.Loading;

namespace Prikaz.Printability;

/// <summary>
/// Warns about characters a format cannot show (the PDF: no shipped font has them, or its layout cannot
/// shape their script): the other formats keep them, the PDF would lose them without a word. One
/// warning per text value, at that value, naming each character as U+XXXX and itself.
/// </summary>
internal static class GlyphCoverageCheck
{
    private const int MaxNamed = 8;

    /// <summary>Checks every text of <paramref name="model"/>, a loaded file's model serialised back to JSON.</summary>
    public static IEnumerable<Diagnostic> Check(JsonNode? model, SourceMap map, IGlyphCoverage coverage)
    {
        foreach (var (pointer, text) in Texts(model, string.Empty))
        {
            var missing = text.EnumerateRunes()
                .Where(rune => !char.IsControl((char)Math.Min(rune.Value, 0xFFFF)) && !coverage.CanDraw(rune.Value))
                .Distinct()
                .ToList();
            if (missing.Count == 0)
            {
                continue;
            }

            var named = string.Join(", ", missing.Take(MaxNamed).Select(Name)) + (missing.Count > MaxNamed ? $" и ещё {missing.Count - MaxNamed}" : string.Empty);
            var position = map.Locate(pointer);
            yield return new Diagnostic(map.File, position.Line, position.Column, Severity.Warning, PrintabilityCodes.MissingGlyphs,
                $"в шрифтах {coverage.Format.ToUpperInvariant()} нет символов {named}: в {coverage.Format.ToUpperInvariant()} они пропадут (в DOCX и HTML останутся)");
        }
    }

    private static string Name(Rune rune) => string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4} «{rune}»");

    private static IEnumerable<(string Pointer, string Text)> Texts(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject mapping:
                foreach (var (name, value) in mapping)
                {
                    foreach (var text in Texts(value, JsonPointer.Property(pointer, name)))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonArray sequence:
                for (var i = 0; i < sequence.Count; i++)
                {
                    foreach (var text in Texts(sequence[i], JsonPointer.Index(pointer, i)))
                    {
                        yield return text;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                yield return (pointer, value.GetValue<string>());
                break;
        }
    }
}
