using Prikaz.Amendments;
using Prikaz.Amendments.Checking;
using Prikaz.Amendments.Drafting;
using Prikaz.Amendments.Files;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// The amendment order says all the change list says: for random amendments of the four seeds, the
/// drafted order written as YAML loads back without a diagnostic, every change applies to the old
/// edition, and applying them (or putting the restated appendix in place) gives the new edition's text.
/// </summary>
public sealed class AmendmentRoundTripTests
{
    [Theory]
    [MemberData(nameof(RoundTripTests.Seeds), MemberType = typeof(RoundTripTests))]
    public void The_drafted_amendment_turns_the_old_edition_into_the_new_one(string seed) => RoundTrip(seed, sequences: 20, seedOffset: 0);

    [Theory]
    [Trait("Category", "Integration")]
    [MemberData(nameof(RoundTripTests.Seeds), MemberType = typeof(RoundTripTests))]
    public void The_drafted_amendment_turns_the_old_edition_into_the_new_one_many_times(string seed) => RoundTrip(seed, sequences: 500, seedOffset: 1_000_000);

    private static void RoundTrip(string seed, int sequences, int seedOffset)
    {
        var profile = TestPipeline.Repository.Profiles.Find(Editions.Seed(seed).Authority).Profile!;
        var signed = RoundTripTests.Signed(Editions.Seed(seed));
        var vocabulary = RoundTripTests.Vocabulary(signed);
        var restated = 0;
        for (var sequence = seedOffset; sequence < seedOffset + sequences; sequence++)
        {
            var amending = new Edition { Date = signed.Order.Date!.Value.AddDays(30), Number = $"{sequence}/ИЗМ" };
            var @new = new RandomAmendment(new Random(sequence), signed, vocabulary).Next(amending);
            var what = $"{seed}, sequence {sequence}";

            var draft = AmendmentDraft.From(EditionComparer.Compare(signed, @new), new AmendmentRequest(amending.Date, amending.Number, "old.yaml"), profile);
            var yaml = AmendmentYaml.Write(draft, signed, profile, "old.yaml", "new.yaml", schema: null);
            var loaded = DocumentLoader.Parse(yaml, "amendment.yaml");
            Assert.True(loaded.Model is AmendmentFile, $"{what}: {string.Join("; ", loaded.Diagnostics)}\n{yaml}");
            var amendment = (AmendmentFile)loaded.Model!;

            var translated = AmendmentTranslation.Translate(amendment, signed, checkNumbers: true);
            Assert.True(translated.Findings.Count == 0, $"{what}: {string.Join("; ", translated.Findings.Select(f => $"{f.Index} {f.Code} {f.Message}"))}\n{yaml}");
            Assert.True(ChangeApplier.Problems(signed, translated.List).Count == 0, $"{what}: {string.Join("; ", ChangeApplier.Problems(signed, translated.List).Select(p => p.Message))}\n{yaml}");

            var applied = ChangeApplier.Apply(signed, translated.List);
            if (amendment.Appendix is { } appendix)
            {
                restated++;
                applied = AmendedOrders.WithAppendix(applied, amendment, appendix);
            }

            var (expected, actual) = (Printed(@new), Printed(applied));
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i]);
            Assert.True(expected == actual, $"{what}: the amended text differs from the new edition at «{actual[Math.Max(0, at - 80)..Math.Min(actual.Length, at + 80)]}», expected «{expected[Math.Max(0, at - 80)..Math.Min(expected.Length, at + 80)]}»\n{yaml}");
        }

        Assert.True(restated < sequences, "every amendment restated the appendix: the lists of changes were not tested");
    }

    /// <summary>What the edition prints: its snapshot with only the parties its rows name (the registry itself is not printed).</summary>
    private static string Printed(OrderFile edition)
    {
        var rows = edition.Roadmap is null ? [] : edition.Roadmap.Sections.SelectMany(s => s.Items).Concat(edition.Roadmap.Items);
        var named = rows.SelectMany(row => row.Responsible.Concat(row.TargetGroup)).Select(p => p.Party).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return EditionSnapshot.Of(edition with { Parties = edition.Parties.Where(p => named.Contains(p.Key)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) });
    }
}
