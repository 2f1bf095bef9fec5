using System.Text;
using Prikaz.Diagnostics;

namespace Prikaz.Loading;

/// <summary>Converts the JSONPath System.Text.Json puts in its exceptions (<c>$.order.points[0]['a.b']</c>) to a JSON Pointer.</summary>
internal static class JsonPathPointer
{
    public static string FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '$')
        {
            return string.Empty;
        }

        var pointer = string.Empty;
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                pointer = JsonPointer.Property(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && !(path[i] == '\'' && i + 1 < path.Length && path[i + 1] == ']'))
                {
                    if (path[i] == '\\' && i + 1 < path.Length)
                    {
                        i++;
                    }

                    name.Append(path[i++]);
                }

                pointer = JsonPointer.Property(pointer, name.ToString());
                i += 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                pointer += "/" + path[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                break;
            }
        }

        return pointer;
    }
}
