namespace Prikaz.Tests.Support;

/// <summary>
/// Verify-style golden files: the expected text lives in <c>*.verified.*</c> beside the case; on a
/// mismatch the actual text is written to <c>*.received.*</c> next to it. Setting the environment
/// variable <c>PRIKAZ_ACCEPT=1</c> accepts the received text as the new verified one.
/// </summary>
internal static class GoldenFile
{
    /// <summary>Compares <paramref name="actual"/> with <paramref name="verifiedPath"/> (LF line ends).</summary>
    public static void Verify(string verifiedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var receivedPath = ReceivedPathFor(verifiedPath);
        var accept = Environment.GetEnvironmentVariable("PRIKAZ_ACCEPT") == "1";
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;

        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        if (accept)
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No verified file {verifiedPath}; wrote {receivedPath}. Review it, then rerun with PRIKAZ_ACCEPT=1 to accept."
            : $"{verifiedPath} differs from the actual output; wrote {receivedPath}. Diff them, then rerun with PRIKAZ_ACCEPT=1 to accept.\n{FirstDifference(expected, actual)}");
    }

    /// <summary>The repository's <c>tests/cases</c> folder.</summary>
    public static string CasesRoot() => Path.Combine(RepositoryRoot(), "tests", "cases");

    /// <summary>
    /// The repository root: the nearest folder above the test assembly that holds <c>Prikaz.sln</c>.
    /// Found from the assembly rather than from <c>[CallerFilePath]</c>, because a CI build
    /// (<c>ContinuousIntegrationBuild</c>) maps source paths to <c>/_/</c>.
    /// </summary>
    public static string RepositoryRoot() => Root.Value;

    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Prikaz.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Prikaz.sln above {AppContext.BaseDirectory}.");
    });

    private static string ReceivedPathFor(string verifiedPath)
    {
        var name = Path.GetFileName(verifiedPath);
        var index = name.IndexOf(".verified.", StringComparison.Ordinal);
        var received = index >= 0 ? name[..index] + ".received." + name[(index + ".verified.".Length)..] : name + ".received";
        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, received);
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  expected: {e}\n  actual:   {a}";
            }
        }

        return string.Empty;
    }
}
