using System.Globalization;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Templating;
using Prikaz.Tests.Support;
using Xunit.Abstractions;

namespace Prikaz.Tests.Import;

/// <summary>
/// The four seed texts imported and compared with their hand transcriptions in <c>roadmaps/</c>:
/// the rendered roadmap table cell by cell (<see cref="CellAgreement"/>, text normalised by
/// <see cref="RenderedTable.Normalise"/>) at least 95 %, the order's points all equal.
/// </summary>
public sealed class SeedTextImportTests(ITestOutputHelper output)
{
    private static readonly TemplateFolder Folder = new(Render.Seeds.Templates);

    [Theory]
    [MemberData(nameof(SeedTexts.All), MemberType = typeof(SeedTexts))]
    public void Table_cells_agree_with_the_transcription(string seed)
    {
        var imported = SeedTexts.Import(seed);
        var transcription = Transcription(seed);
        Assert.Equal(transcription.Authority, imported.File.Authority);

        var expected = RenderedTable.Rows(Render.Seeds.Get(SeedTexts.Transcription[seed]).Rendered.Document!);
        var agreement = CellAgreement.Of(expected, RenderedTable.Rows(ImportRendering.Document(imported.Yaml, seed + ".yaml")));
        output.WriteLine($"{seed} → {SeedTexts.Transcription[seed]}: {agreement.Agreeing}/{agreement.Cells} ячеек совпадает ({agreement.Share.ToString("P1", CultureInfo.InvariantCulture)})");
        foreach (var disagreement in agreement.Disagreements)
        {
            output.WriteLine("  " + disagreement);
        }

        Assert.True(agreement.Share >= 0.95, $"{agreement.Share:P1}:\n{string.Join("\n", agreement.Disagreements)}");
    }

    [Theory]
    [MemberData(nameof(SeedTexts.All), MemberType = typeof(SeedTexts))]
    public void Every_point_of_the_order_is_imported(string seed)
    {
        var imported = SeedTexts.Import(seed).File.Order;
        var transcription = Transcription(seed).Order;
        Assert.Equal(Flatten(transcription.Points), Flatten(imported.Points));
    }

    [Theory]
    [MemberData(nameof(SeedTexts.All), MemberType = typeof(SeedTexts))]
    public void Imported_yaml_validates_without_errors(string seed)
    {
        var imported = SeedTexts.Import(seed);
        var loaded = DocumentLoader.Parse(imported.Yaml, seed + ".yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Severity == Severity.Error);
        var checkedDocument = TestPipeline.Repository.Check(loaded, TestPipeline.Repository.Workspace(GoldenFile.RepositoryRoot()));
        Assert.DoesNotContain(checkedDocument.Report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [MemberData(nameof(SeedTexts.All), MemberType = typeof(SeedTexts))]
    public void Requisites_are_read(string seed)
    {
        var imported = SeedTexts.Import(seed).File.Order;
        var transcription = Transcription(seed).Order;
        Assert.Equal(transcription.Date, imported.Date);
        Assert.Equal(transcription.Number, imported.Number);
        Assert.Equal(transcription.Kind, imported.Kind);
        Assert.Equal(RenderedTable.Normalise(transcription.Title), RenderedTable.Normalise(imported.Title));
        Assert.Equal(transcription.Signatory?.Name, imported.Signatory?.Name);
    }

    /// <summary>
    /// Челябинск signed two items «3.3.», Амур skipped 4.4: the import pins the numbers as printed and
    /// records the signed edition, so the YAML validates with no error and the validator reports the
    /// duplicate (PRK001) and the gap (PRK002) as warnings of a signed original — kept, never renumbered.
    /// </summary>
    [Theory]
    [InlineData("000_42db557b9b6610d3", "PRK001", "3.3")]
    [InlineData("003_c2b86f8a95131398", "PRK002", "4.5")]
    public void Signed_duplicates_and_gaps_are_pinned_and_reported_as_warnings(string seed, string code, string number)
    {
        var imported = SeedTexts.Import(seed);

        Assert.DoesNotContain(imported.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(imported.Diagnostics, d => d.Code == code && d.Severity == Severity.Warning && d.Message.Contains("сохранён как подписан", StringComparison.Ordinal));
        Assert.Contains(imported.File.Roadmap!.Sections.SelectMany(s => s.Items), i => i.Number == number);
        Assert.Equal([(imported.File.Order.Date!.Value, imported.File.Order.Number!)], imported.File.Editions.Select(e => (e.Date, e.Number)));
        Assert.Contains("editions:", imported.Yaml, StringComparison.Ordinal);
    }

    /// <summary>With <c>--renumber</c> (a text not signed yet) Prikaz numbers anew and the original's numbers become comments.</summary>
    [Fact]
    public void Renumber_derives_the_numbers_and_keeps_the_originals_in_a_comment()
    {
        var imported = new Prikaz.Import.OrderImporter(Folder).Import(File.ReadAllBytes(SeedTexts.PathOf("000_42db557b9b6610d3")), "000.txt", new Prikaz.Import.ImportOptions { Renumber = true });

        Assert.Empty(imported.File.Editions);
        Assert.Contains("# Проверьте: в подлиннике мероприятие № 3.3, Prikaz напечатает № 3.4", imported.Yaml, StringComparison.Ordinal);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Severity == Severity.Error);
    }

    private static OrderFile Transcription(string seed) => Render.Seeds.Get(SeedTexts.Transcription[seed]).Roadmap.Order();

    private static List<string> Flatten(IEnumerable<Point> points) =>
        points.SelectMany(p => Flatten(p.Points).Prepend(RenderedTable.Normalise(p.Text))).ToList();
}
