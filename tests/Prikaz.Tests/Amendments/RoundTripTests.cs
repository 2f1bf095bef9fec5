using Prikaz.Amendments;
using Prikaz.Loading;
using Prikaz.Model;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// The correctness property of the change list: for random amendment sequences on the four seeds,
/// applying the changes the comparer lists to the old edition gives exactly the new one, and nothing
/// is reported as a renumbering. A few thousand sequences by default; more under the Integration trait.
/// </summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> Seeds() =>
        new("chelyabinsk-2020-shnor.yaml", "amur-2020-shnor.yaml", "molchanovo-2020-shnor.yaml", "nyazepetrovsk-2024-shnor.yaml");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Applying_the_changes_to_the_old_edition_gives_the_new_one(string seed) => RoundTrip(seed, sequences: 120, seedOffset: 0);

    [Theory]
    [Trait("Category", "Integration")]
    [MemberData(nameof(Seeds))]
    public void Applying_the_changes_to_the_old_edition_gives_the_new_one_many_times(string seed) => RoundTrip(seed, sequences: 2500, seedOffset: 1_000_000);

    private static void RoundTrip(string seed, int sequences, int seedOffset)
    {
        var signed = Signed(Editions.Seed(seed));
        var vocabulary = Vocabulary(signed);
        var checkedEditions = 0;
        for (var sequence = 0; sequence < sequences; sequence++)
        {
            var random = new Random(seedOffset + sequence);
            var amendment = new RandomAmendment(random, signed, vocabulary);
            var old = signed;
            for (var step = 1; step <= 1 + (sequence % 3); step++)
            {
                var @new = amendment.Next(new Edition { Date = old.Order.Date!.Value.AddDays(30 * step), Number = $"{step}-{sequence}" });
                Check(old, @new, $"{seed}, sequence {seedOffset + sequence}, amendment {step}");
                old = @new;
                checkedEditions++;
            }
        }

        Assert.True(checkedEditions >= sequences);
    }

    private static void Check(OrderFile old, OrderFile @new, string what)
    {
        var errors = RoadmapValidatorErrors(@new);
        Assert.True(errors.Count == 0, $"{what}: the generator made an invalid edition: {string.Join("; ", errors)}");

        var comparison = EditionComparer.Compare(old, @new);
        Assert.True(comparison.Findings.Count == 0, $"{what}: {string.Join("; ", comparison.Findings.Select(f => f.Message))}");
        var applied = ChangeApplier.Apply(old, comparison.Changes);
        if (EditionSnapshot.Of(applied) != EditionSnapshot.Of(@new))
        {
            Assert.Fail($"{what}: Apply(old, changes) differs from the new edition.\nchanges: {string.Join("\n", comparison.Changes.Changes.Select(c => $"{c.Op} {c.Unit} {c.Number}{c.Key} {c.Field} {c.Old?.ToJsonString()} → {c.New?.ToJsonString()} after {c.After}"))}");
        }
    }

    private static List<string> RoadmapValidatorErrors(OrderFile file) =>
        Prikaz.Validation.RoadmapValidator.Validate(file, new SourceMap("edition.yaml"))
            .Where(d => d.Severity == Prikaz.Diagnostics.Severity.Error)
            .Select(d => $"{d.Code} {d.Message}")
            .ToList();

    internal static OrderFile Signed(OrderFile seed) =>
        seed with { Editions = [new Edition { Date = seed.Order.Date!.Value, Number = seed.Order.Number! }] };

    internal static IReadOnlyList<string> Vocabulary(OrderFile file) =>
        (file.Roadmap?.Sections.SelectMany(s => s.Items).Concat(file.Roadmap.Items) ?? [])
            .SelectMany(item => item.Activity.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
