using Prikaz.Pipeline;
using Prikaz.Tests.Cli;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// A temporary folder with the two editions of the Chelyabinsk amendment (<c>old.yaml</c>, <c>new.yaml</c>)
/// and room for the amendment order <c>prikaz amend</c> writes beside them, so the file names it and its
/// header hold are the same on every machine.
/// </summary>
internal sealed class AmendmentFolder : IDisposable
{
    public static readonly string Cases = System.IO.Path.Combine(GoldenFile.CasesRoot(), "amend");

    private AmendmentFolder(string path) => Path = path;

    public string Path { get; }

    public string Old => System.IO.Path.Combine(Path, "old.yaml");

    public string New => System.IO.Path.Combine(Path, "new.yaml");

    public string Amendment => System.IO.Path.Combine(Path, "amendment.yaml");

    public static AmendmentFolder Chelyabinsk()
    {
        var folder = new AmendmentFolder(Directory.CreateTempSubdirectory("prikaz-amend-").FullName);
        foreach (var name in new[] { "old.yaml", "new.yaml" })
        {
            File.Copy(System.IO.Path.Combine(Editions.Cases, "chelyabinsk", name), System.IO.Path.Combine(folder.Path, name));
        }

        return folder;
    }

    /// <summary><c>prikaz amend old.yaml new.yaml -o amendment.yaml</c> and more arguments.</summary>
    public CliRun Amend(params string[] arguments) =>
        CliRun.Of(["amend", Old, New, "-o", Amendment, "--templates", CliRun.Templates, .. arguments]);

    /// <summary>A file of this folder with <paramref name="text"/>.</summary>
    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Loads and checks a file of this folder with the repository's templates.</summary>
    public CheckedDocument Check(string path) => TestPipeline.Repository.CheckFile(path);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
