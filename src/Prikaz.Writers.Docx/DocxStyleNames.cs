using System.Text;
using Prikaz.Documents;

namespace Prikaz.Writers.Docx;

/// <summary>Maps style-sheet ids to WordprocessingML style ids.</summary>
internal static class DocxStyleNames
{
    /// <summary>
    /// The body style is Word's built-in «Normal»: Word identifies built-in styles by name and shows
    /// it as «Обычный» in a Russian interface, so naming it «Обычный» ourselves would add a second one.
    /// </summary>
    public const string Normal = "Normal";

    public const string Header = "Header";

    /// <summary><c>table-header</c> → <c>PrikazTableHeader</c>; the prefix keeps clear of Word's built-in ids such as <c>Title</c>.</summary>
    public static string StyleId(string id)
    {
        if (id == StyleIds.Normal)
        {
            return Normal;
        }

        var builder = new StringBuilder("Prikaz");
        var upper = true;
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.ToString();
    }
}
