using System.Globalization;

namespace Prikaz.Validation;

/// <summary>Building JSON Pointers (RFC 6901) to values of the file.</summary>
internal static class JsonPointer
{
    /// <summary>The pointer to element <paramref name="index"/> of the array at <paramref name="array"/>.</summary>
    public static string Element(string array, int index) => array + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes a key the author chose (a custom column key) for use as one pointer token.</summary>
    public static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
