using System.Globalization;

namespace Prikaz.Diagnostics;

/// <summary>
/// RFC 6901 JSON Pointers: how a diagnostic names a value of the file. The loader keys its source map
/// by them and the rules report findings with them, so both build them here.
/// </summary>
internal static class JsonPointer
{
    /// <summary>The pointer to member <paramref name="name"/> (any key, escaped here) of the object at <paramref name="parent"/>.</summary>
    public static string Property(string parent, string name) =>
        parent + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The pointer to element <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
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
