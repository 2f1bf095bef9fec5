using System.Reflection;
using Prikaz.Profiles;
using Prikaz.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Prikaz.Tests.Profiles;

/// <summary>The committed profiles under templates/authorities and the profile record must agree.</summary>
public sealed class AuthorityProfileFileTests
{
    private static readonly string AuthoritiesFolder = Path.Combine(GoldenFile.RepositoryRoot(), "templates", "authorities");

    public static TheoryData<string> ProfileFiles() => new(ProfileFileNames());

    private static IEnumerable<string> ProfileFileNames() =>
        Directory.GetFiles(AuthoritiesFolder, "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(ProfileFiles))]
    public void Profile_file_deserialises_into_the_record(string fileName)
    {
        var profile = Deserialise(File.ReadAllText(Path.Combine(AuthoritiesFolder, fileName)));

        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), profile.Id);
        Assert.NotEmpty(profile.Name);
        Assert.NotEmpty(profile.Letterhead);
        Assert.NotEmpty(profile.ApprovedBy);
        Assert.NotEmpty(profile.AppendixTo);
        Assert.Contains(profile.GostEdition, new[] { 2016, 2025 });
    }

    [Fact]
    public void The_five_profiles_of_the_seeds_are_committed()
    {
        var names = ProfileFileNames().ToArray();

        Assert.Equal(
            ["amur-minobr.yaml", "chelyabinsk-minobr.yaml", "default.yaml", "molchanovo-uo.yaml", "nyazepetrovsk-uo.yaml"],
            names);
    }

    [Fact]
    public void Default_profile_spells_out_the_record_defaults()
    {
        var fromFile = Deserialise(File.ReadAllText(Path.Combine(AuthoritiesFolder, "default.yaml")));
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
        var profile = Deserialise("""
            id: minimal
            name: Управление образования
            letterhead: [УПРАВЛЕНИЕ ОБРАЗОВАНИЯ]
            approvedBy: приказом Управления образования
            appendixTo: к приказу Управления образования
            """);

        Assert.Equal(2025, profile.GostEdition);
        Assert.Equal(DateStyle.Numeric, profile.DateStyle);
        Assert.Equal(30, profile.MarginLeft);
        Assert.Same(AuthorityProfile.DefaultColumnWidths, profile.ColumnWidths);
    }

    [Fact]
    public void Unknown_key_is_rejected()
    {
        var exception = Assert.ThrowsAny<YamlException>(() => Deserialise("""
            id: typo
            name: Управление образования
            letterhead: [УПРАВЛЕНИЕ ОБРАЗОВАНИЯ]
            approvedBy: приказом Управления образования
            appendixTo: к приказу Управления образования
            bodyFontSise: 13
            """));

        Assert.Contains("bodyFontSise", exception.Message, StringComparison.Ordinal);
    }

    // YamlDotNet cannot create read-only collection interfaces by itself; map them to their mutable
    // implementations. Unknown keys stay an error (no IgnoreUnmatchedProperties).
    private static AuthorityProfile Deserialise(string yaml) =>
        new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .WithEnumNamingConvention(CamelCaseNamingConvention.Instance)
            .WithTypeMapping<IReadOnlyList<string>, List<string>>()
            .WithTypeMapping<IReadOnlyDictionary<string, double>, Dictionary<string, double>>()
            .Build()
            .Deserialize<AuthorityProfile>(yaml);
}
