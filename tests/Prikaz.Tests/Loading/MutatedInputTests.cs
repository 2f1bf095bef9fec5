using Prikaz.Loading;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Loading;

/// <summary>
/// Many deterministic mutations of a valid file, rich in YAML punctuation: whatever the parser,
/// the schema validator or the binder make of them, the loader must report, never throw.
/// </summary>
public sealed class MutatedInputTests
{
    private const string Punctuation = " \t\n\r:-[]{}&*!|>'\"#,?%@`~\\0123456789";

    [Fact]
    public void Mutations_of_a_valid_file_never_throw()
    {
        var valid = File.ReadAllText(Path.Combine(GoldenFile.CasesRoot(), "loading", "valid-minimal.yaml"));
        var random = new Random(2020);
        var reported = 0;

        for (var i = 0; i < 1500; i++)
        {
            var text = Mutate(valid, random, edits: 1 + random.Next(4));

            var result = DocumentLoader.Parse(text, "fuzz.yaml");

            Assert.Equal(result.HasErrors, result.Value is null);
            Assert.All(result.Diagnostics, d => Assert.StartsWith("PRK1", d.Code, StringComparison.Ordinal));
            reported += result.HasErrors ? 1 : 0;
        }

        Assert.InRange(reported, 500, 1500);
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var chars = text.ToList();
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(3))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Punctuation[random.Next(Punctuation.Length)]);
                    break;
                default:
                    chars[at] = Punctuation[random.Next(Punctuation.Length)];
                    break;
            }
        }

        return new string([.. chars]);
    }
}
