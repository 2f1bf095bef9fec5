using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;
using Xunit.Abstractions;

namespace Prikaz.Tests.Native;

/// <summary>Runs after the parallel tests: the native publish takes both cores for one to two minutes.</summary>
[CollectionDefinition(nameof(NativeBuildCollection), DisableParallelization = true)]
public sealed class NativeBuildCollection : ICollectionFixture<NativeBuild>;

/// <summary>
/// The native executable is the same program as the managed tool: identical documents for every seed
/// in every format, and identical diagnostics, exit codes included, for every fixture — valid or not,
/// so the paths that only bad input takes (schema errors, binding errors) run natively too.
/// </summary>
[Collection(nameof(NativeBuildCollection))]
[Trait("Category", "Integration")]
public sealed class NativeBuildTests(NativeBuild native, ITestOutputHelper output)
{
    private static readonly string Root = GoldenFile.RepositoryRoot();

    [Fact]
    public void Native_build_renders_every_seed_byte_for_byte_like_the_managed_tool()
    {
        output.WriteLine($"native publish: {native.PublishSeconds:0.0} s");
        var work = Path.Combine(Path.GetTempPath(), "prikaz-native-render-" + Guid.NewGuid().ToString("N"));
        try
        {
            var seeds = Directory.GetFiles(Path.Combine(Root, "roadmaps"), "*.yaml").Order(StringComparer.Ordinal)
                .Select(p => Path.GetRelativePath(Root, p)).ToArray();
            var nativeOut = Path.Combine(work, "native");
            var managedOut = Path.Combine(work, "managed");
            var (code, log) = NativeProcess.Run(native.Executable, ["render", .. seeds, "--to", "docx,pdf,html", "-o", nativeOut], Root, TimeSpan.FromMinutes(1));
            Assert.True(code == 0, log);
            var managed = Executable.Run(Root, ["render", .. seeds, "--to", "docx,pdf,html", "-o", managedOut]);
            Assert.True(managed.Code == 0, managed.Stdout + managed.Stderr);

            var files = Directory.GetFiles(managedOut).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(seeds.Length * 3, files.Count);
            Assert.Equal(files, Directory.GetFiles(nativeOut).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList());
            Assert.All(files, name => Assert.True(
                File.ReadAllBytes(Path.Combine(nativeOut, name!)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(managedOut, name!))),
                $"{name} differs between the native and the managed build"));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "loading", "rules" })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(GoldenFile.CasesRoot(), folder), "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(GoldenFile.RepositoryRoot(), file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Native_build_reports_a_fixture_like_the_managed_tool(string fixture)
    {
        var (code, log) = NativeProcess.Run(native.Executable, ["validate", fixture], Root, TimeSpan.FromSeconds(30));
        var managed = Executable.Run(Root, ["validate", fixture]);

        Assert.Equal(managed.Code, code);
        Assert.Equal(managed.Stdout + managed.Stderr, log);
        Assert.DoesNotContain("непредвиденная ошибка", log, StringComparison.Ordinal);
    }
}
