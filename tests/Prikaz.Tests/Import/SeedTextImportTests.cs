using System.Globalization;
using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Templating;
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
        var profile = new AuthorityProfiles(Folder).Find(transcription.Authority).Profile!;
        Assert.Equal(transcription.Authority, imported.File.Authority);

        var agreement = CellAgreement.Of(RenderedTable.Rows(transcription, profile, Folder), RenderedTable.Rows(imported.File, profile, Folder));
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
        var loaded = OrderFileLoader.Parse(imported.Yaml, seed + ".yaml");
        Assert.False(loaded.HasErrors, string.Join("\n", loaded.Diagnostics));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Severity == Severity.Error);
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

    private static OrderFile Transcription(string seed)
    {
        var loaded = OrderFileLoader.Load(Render.Seeds.PathOf(SeedTexts.Transcription[seed]));
        return loaded.Value!;
    }

    private static List<string> Flatten(IEnumerable<Point> points) =>
        points.SelectMany(p => Flatten(p.Points).Prepend(RenderedTable.Normalise(p.Text))).ToList();
}
