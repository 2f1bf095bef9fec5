namespace Prikaz.Benchmarks;

/// <summary>The repository above the running assembly (not <c>[CallerFilePath]</c>: a CI build maps source paths to <c>/_/</c>).</summary>
internal static class Repository
{
    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Prikaz.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Prikaz.sln above {AppContext.BaseDirectory}.");
    }
}
