using System.Text.Json;
using Prikaz.Import;
using Prikaz.Model;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Import;

/// <summary>
/// Orders made outside Prikaz: LibreOffice documents (<c>tests/cases/import/foreign/*.fodt</c>, converted
/// to DOCX by LibreOffice itself) with automatic numbering, merged cells, a table over several pages with
/// repeated and hand-repeated header rows, a text box, tracked changes, an e-signature mark. Each imports
/// with the points and table cells its <c>*.expected.json</c> lists.
/// </summary>
public sealed class ForeignDocxTests
{
    private static readonly string Cases = Path.Combine(GoldenFile.CasesRoot(), "import", "foreign");
    private static readonly TemplateFolder Folder = new(Render.Seeds.Templates);

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Cases, "*.docx").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }

        return data;
    }

    [Fact]
    public void There_are_at_least_six_fixtures() => Assert.True(Fixtures().Count >= 6);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Points_are_imported_intact(string name)
    {
        var (file, expected, result) = Import(name);
        var points = expected.GetProperty("points").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(points, Flatten(file.Order.Points));
        Assert.DoesNotContain(result.Notes, n => n.Pointer.StartsWith("/order/points", StringComparison.Ordinal) && n.Kind == ImportNoteKind.NeedsReview);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Table_cells_are_imported_intact(string name)
    {
        var (file, expected, _) = Import(name);
        var want = expected.GetProperty("sections").EnumerateArray().ToList();
        var sections = file.Roadmap!.Sections.Count > 0
            ? file.Roadmap.Sections.Select(s => (Title: (string?)s.Title, s.Items)).ToList()
            : [(Title: null, file.Roadmap.Items)];
        Assert.Equal(want.Count, sections.Count);
        for (var s = 0; s < want.Count; s++)
        {
            Assert.Equal(want[s].GetProperty("title").GetString(), sections[s].Title);
            var items = want[s].GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(items.Count, sections[s].Items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var item = sections[s].Items[i];
                var at = $"{name}: {s + 1}.{i + 1}";
                Assert.True(items[i].GetProperty("activity").GetString() == item.Activity, $"{at}: activity «{item.Activity}»");
                Assert.True(items[i].GetProperty("deadline").GetString() == item.Deadline?.Source, $"{at}: deadline «{item.Deadline?.Source}»");
                Assert.True(items[i].GetProperty("responsible").GetString() == Printed(file, item.Responsible), $"{at}: responsible «{Printed(file, item.Responsible)}»");
                Assert.True(items[i].GetProperty("result").GetString() == item.Result, $"{at}: result «{item.Result}»");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Marks_and_passport_are_imported(string name)
    {
        var (file, expected, _) = Import(name);
        var order = file.Order;
        Assert.Equal(expected.TryGetProperty("kind", out var kind) ? OrderKind.Directive : OrderKind.Order, order.Kind);
        Assert.Equal("И.В. Соколова", order.Signatory?.Name);
        if (expected.TryGetProperty("electronicSignature", out var esign))
        {
            Assert.Equal(esign.GetProperty("certificate").GetString(), order.ElectronicSignature?.Certificate);
            Assert.Equal(esign.GetProperty("owner").GetString(), order.ElectronicSignature?.Owner);
            Assert.Equal(DateOnly.Parse(esign.GetProperty("validTo").GetString()!, System.Globalization.CultureInfo.InvariantCulture), order.ElectronicSignature?.ValidTo);
        }

        if (expected.TryGetProperty("executor", out var executor))
        {
            Assert.Equal(executor.GetProperty("name").GetString(), order.Executor?.Name);
            Assert.Equal(executor.GetProperty("phone").GetString(), order.Executor?.Phone);
        }

        if (expected.TryGetProperty("distribution", out var distribution))
        {
            Assert.Equal(distribution.EnumerateArray().Select(d => d.GetString()!), order.Distribution);
        }

        if (expected.TryGetProperty("passport", out var passport))
        {
            Assert.Equal(passport.GetProperty("goal").GetString(), file.Roadmap!.Passport?.Goal);
            Assert.Equal(passport.GetProperty("tasks").EnumerateArray().Select(t => t.GetString()!), file.Roadmap.Passport?.Tasks ?? []);
        }
    }

    /// <summary>
    /// The new profile, laid in an otherwise empty templates folder over the shipped ones, is a valid
    /// profile; the imported YAML then checks without errors and renders.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Yaml_validates_and_renders_with_the_new_profile(string name)
    {
        var (_, _, result) = Import(name);
        Assert.NotNull(result.NewProfile);
        var root = Directory.CreateTempSubdirectory("prikaz-templates-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "authorities"));
            File.WriteAllText(Path.Combine(root, "authorities", result.NewProfile.Id + ".yaml"), result.NewProfile.Yaml);
            var pipeline = TestPipeline.For(new TemplateFolder([root, Render.Seeds.Templates]));
            var rendered = ImportRendering.Render(result.Yaml, name + ".yaml", pipeline);
            Assert.Equal(result.NewProfile.Id, rendered.Source.Profile!.Id);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>LibreOffice makes the fixtures again from their .fodt sources; they import to the same YAML as the committed ones.</summary>
    [Fact]
    [Trait("Category", "Integration")]
    public void Fixtures_regenerate_from_their_sources()
    {
        if (!ExternalTool.Available("soffice", "python3"))
        {
            return;
        }

        var output = Directory.CreateTempSubdirectory("prikaz-foreign-").FullName;
        try
        {
            ExternalTool.Run("python3", [Path.Combine(Cases, "make-fixtures.py"), output]);
            foreach (var name in Fixtures())
            {
                var committed = new OrderImporter(Folder).Import(File.ReadAllBytes(Path.Combine(Cases, name + ".docx")), name + ".docx", new ImportOptions());
                var fresh = new OrderImporter(Folder).Import(File.ReadAllBytes(Path.Combine(output, name + ".docx")), name + ".docx", new ImportOptions());
                Assert.Equal(committed.Yaml, fresh.Yaml);
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static (OrderFile File, JsonElement Expected, ImportResult Result) Import(string name)
    {
        var result = new OrderImporter(Folder).Import(File.ReadAllBytes(Path.Combine(Cases, name + ".docx")), name + ".docx", new ImportOptions());
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(Cases, name + ".expected.json"))).RootElement;
        return (result.File, expected, result);
    }

    private static string Printed(OrderFile file, IReadOnlyList<PartyRef> parties) =>
        string.Join(", ", parties.Select(p => p.Text ?? file.Parties[p.Party!].Name + (p.Note is null ? string.Empty : $" ({p.Note})")));

    private static List<string> Flatten(IEnumerable<Point> points) =>
        points.SelectMany(p => Flatten(p.Points).Prepend(p.Text)).ToList();
}
