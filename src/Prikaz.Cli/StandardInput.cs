using Prikaz.Kinds;
using Prikaz.Loading;

namespace Prikaz.Cli;

/// <summary>
/// The input «-»: the document comes from standard input (<c>prikaz render - -o x.pdf &lt; x.yaml</c>), as
/// pandoc and most Unix tools read it. Diagnostics name it <c>&lt;stdin&gt;</c>; it has no folder of its
/// own, so the documents it refers to are looked up from the current folder.
/// </summary>
internal static class StandardInput
{
    public const string Argument = "-";

    public const string Name = "<stdin>";

    public static bool IsNamedBy(string path) => path == Argument;

    public static LoadedDocument Load(CliContext context, DocumentKinds kinds) =>
        DocumentLoader.Read(context.OpenStandardInput(), Name, kinds);
}
