using System.Reflection;
using Prikaz.Diagnostics;
using Prikaz.Profiles;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Profiles;

/// <summary>
/// The committed profiles under templates/authorities and the profile record must agree, read the
/// way <c>prikaz</c> reads them: through <see cref="AuthorityProfiles"/> (the profile schema, its
/// Russian diagnostics, the id checked against the file name).
/// </summary>
public sealed class AuthorityProfileFileTests : IDisposable
{
    private static readonly string AuthoritiesFolder = Path.Combine(GoldenFile.RepositoryRoot(), "templates", "authorities");

    private static readonly AuthorityProfiles Committed = new(new TemplateFolder(Path.Combine(GoldenFile.RepositoryRoot(), "templates")));

    private readonly string scratch = Directory.CreateTempSubdirectory("prikaz-profiles-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    public static TheoryData<string> ProfileFiles() => new(ProfileFileNames());

    private static IEnumerable<string> ProfileFileNames() =>
        Directory.GetFiles(AuthoritiesFolder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ProfileFiles))]
    public void Profile_file_deserialises_into_the_record(string fileName)
    {
        var profile = Load(Committed, Path.GetFileNameWithoutExtension(fileName));

        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), profile.Id);
        Assert.NotEmpty(profile.Name);
        Assert.NotEmpty(profile.Letterhead);
        Assert.NotEmpty(profile.ApprovedBy);
        Assert.NotEmpty(profile.AppendixTo);
        Assert.Contains(profile.GostEdition, new[] { 2016, 2025 });
    }

    [Theory]
    [MemberData(nameof(Prikaz.Tests.Render.Seeds.All), MemberType = typeof(Prikaz.Tests.Render.Seeds))]
    public void Every_seed_names_a_committed_profile_that_loads(string seed)
    {
        var loaded = Prikaz.Loading.DocumentLoader.Load(Prikaz.Tests.Render.Seeds.PathOf(seed));
        var authority = Assert.IsType<Prikaz.Model.OrderFile>(loaded.Model).Authority;

        Assert.Contains(authority + ".yaml", ProfileFileNames());
        Assert.Equal(authority, Load(Committed, authority).Id);
    }

    [Fact]
    public void Default_profile_spells_out_the_record_defaults()
    {
        var fromFile = Load(Committed, "default");
        var defaults = new AuthorityProfile { Id = "default", Name = "", Letterhead = [], ApprovedBy = "", AppendixTo = "" };

        var layout = typeof(AuthorityProfile)
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType.IsValueType);
        foreach (var property in layout)
        {
            Assert.True(
                Equals(property.GetValue(defaults), property.GetValue(fromFile)),
                $"default.yaml: {property.Name} is {property.GetValue(fromFile)}, the record's default is {property.GetValue(defaults)}.");
        }

        Assert.Equal(defaults.DeadlineYearWord, fromFile.DeadlineYearWord);
        Assert.Equal(defaults.DateYearWord, fromFile.DateYearWord);
        Assert.Equal(AuthorityProfile.DefaultColumnWidths.OrderBy(pair => pair.Key), fromFile.ColumnWidths.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void Minimal_profile_takes_the_layout_defaults()
    {
        var profile = Load(Scratch("minimal", """
            id: minimal
            name: Управление образования
            letterhead: [УПРАВЛЕНИЕ ОБРАЗОВАНИЯ]
            approvedBy: приказом Управления образования
            appendixTo: к приказу Управления образования
            """), "minimal");

        Assert.Equal(2025, profile.GostEdition);
        Assert.Equal(DateStyle.Numeric, profile.DateStyle);
        Assert.Equal(30, profile.MarginLeft);
        Assert.Same(AuthorityProfile.DefaultColumnWidths, profile.ColumnWidths);
    }

    [Fact]
    public void Unknown_key_is_reported_at_its_line_with_the_key_meant()
    {
        var profiles = Scratch("typo", """
            id: typo
            name: Управление образования
            letterhead: [УПРАВЛЕНИЕ ОБРАЗОВАНИЯ]
            approvedBy: приказом Управления образования
            appendixTo: к приказу Управления образования
            bodyFontSise: 13
            """);

        var lookup = profiles.Find("typo");

        Assert.Null(lookup.Profile);
        var error = Assert.Single(lookup.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(6, error.Line);
        Assert.Contains("bodyFontSise", error.Message, StringComparison.Ordinal);
        Assert.Contains("bodyFontSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_whose_id_is_not_its_file_name_is_refused()
    {
        var lookup = Scratch("copied", """
            id: original
            name: Управление образования
            letterhead: [УПРАВЛЕНИЕ ОБРАЗОВАНИЯ]
            approvedBy: приказом Управления образования
            appendixTo: к приказу Управления образования
            """).Find("copied");

        Assert.Null(lookup.Profile);
        Assert.Equal(ProfileCodes.IdMismatch, Assert.Single(lookup.Diagnostics).Code);
    }

    private static AuthorityProfile Load(AuthorityProfiles profiles, string id)
    {
        var lookup = profiles.Find(id);
        Assert.True(lookup.Profile is not null, string.Join("\n", lookup.Diagnostics));
        Assert.Empty(lookup.Diagnostics);
        return lookup.Profile;
    }

    /// <summary>A templates folder of its own holding only <c>authorities/&lt;id&gt;.yaml</c>.</summary>
    private AuthorityProfiles Scratch(string id, string yaml)
    {
        var folder = Path.Combine(scratch, "templates");
        Directory.CreateDirectory(Path.Combine(folder, "authorities"));
        File.WriteAllText(Path.Combine(folder, "authorities", id + ".yaml"), yaml);
        return new AuthorityProfiles(new TemplateFolder(folder));
    }
}
