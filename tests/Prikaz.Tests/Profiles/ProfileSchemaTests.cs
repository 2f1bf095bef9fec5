using Prikaz.Profiles;
using Prikaz.Templating;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Profiles;

/// <summary>
/// <c>templates/authorities/profile.schema.json</c> is the generated profile schema, and every profile
/// names it on its first line so an editor completes and checks the profile as it is typed.
/// </summary>
public sealed class ProfileSchemaTests
{
    private static readonly string Templates = Path.Combine(GoldenFile.RepositoryRoot(), "templates");

    private static readonly string AuthoritiesFolder = Path.Combine(Templates, "authorities");

    public static TheoryData<string> ProfileIds() =>
        new(Directory.GetFiles(AuthoritiesFolder, "*.yaml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal));

    [Fact]
    public void Committed_profile_schema_is_current()
    {
        GoldenFile.Verify(Path.Combine(AuthoritiesFolder, ProfileSchema.FileName), ProfileSchema.Generate());
    }

    [Fact]
    public void The_profile_schema_built_into_the_library_is_the_generated_one()
    {
        Assert.Equal(ProfileSchema.Generate(), ProfileSchema.Json);
    }

    [Theory]
    [MemberData(nameof(ProfileIds))]
    public void Profile_names_the_schema_on_its_first_line_and_loads_cleanly(string id)
    {
        var text = File.ReadAllText(Path.Combine(AuthoritiesFolder, id + ".yaml"));
        var lookup = new AuthorityProfiles(new TemplateFolder(Templates)).Find(id);

        Assert.StartsWith($"# yaml-language-server: $schema={ProfileSchema.FileName}\n", text, StringComparison.Ordinal);
        Assert.Empty(lookup.Diagnostics);
        Assert.Equal(id, lookup.Profile?.Id);
    }
}
