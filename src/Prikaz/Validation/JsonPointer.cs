namespace Prikaz.Validation;

/// <summary>JSON Pointer (RFC 6901) tokens for keys the author chose, such as custom column keys.</summary>
internal static class JsonPointer
{
    public static string Escape(string key) => key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
