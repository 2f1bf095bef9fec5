using System.Globalization;

namespace Prikaz.Loading;

/// <summary>RFC 6901 JSON Pointers, the keys of a <see cref="SourceMap"/>.</summary>
internal static class JsonPointer
{
    public static string Property(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Index(string parent, int index) =>
        parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The reference tokens of <paramref name="pointer"/>, unescaped; none for the root.</summary>
    public static IEnumerable<string> Tokens(string pointer) =>
        pointer.Split('/').Skip(1).Select(Unescape);

    /// <summary>The last reference token, unescaped; empty for the root.</summary>
    public static string LastToken(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash < 0 ? string.Empty : Unescape(pointer[(slash + 1)..]);
    }

    /// <summary>The pointer of the enclosing value; empty for the root and its children.</summary>
    public static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? string.Empty : pointer[..slash];
    }

    private static string Unescape(string token) =>
        token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
