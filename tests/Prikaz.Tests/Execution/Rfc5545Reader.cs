using System.Text;

namespace Prikaz.Tests.Execution;

/// <summary>
/// A strict line-based reader of RFC 5545, written for the tests and independent of Ical.Net: every
/// line ends with CRLF and is at most 75 octets (3.1), continuation lines start with one space, and
/// BEGIN/END nest. Returns each component with its unfolded properties.
/// </summary>
internal static class Rfc5545Reader
{
    public sealed record Property(string Name, IReadOnlyDictionary<string, string> Parameters, string Value);

    public sealed record Component(string Name, IReadOnlyList<Property> Properties, IReadOnlyList<Component> Children)
    {
        public Property? this[string name] => Properties.FirstOrDefault(p => p.Name == name);
    }

    public static Component Read(byte[] bytes)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert.DoesNotContain('\n', line);
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"line longer than 75 octets: {line}");
        }

        var logical = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                Assert.NotEmpty(logical);
                logical[^1] += line[1..];
            }
            else
            {
                logical.Add(line);
            }
        }

        var position = 0;
        var root = ReadComponent(logical, ref position);
        Assert.Equal(logical.Count, position);
        return root;
    }

    private static Component ReadComponent(List<string> lines, ref int position)
    {
        var begin = Parse(lines[position++]);
        Assert.Equal("BEGIN", begin.Name);
        var properties = new List<Property>();
        var children = new List<Component>();
        while (true)
        {
            Assert.True(position < lines.Count, $"no END:{begin.Value}");
            var property = Parse(lines[position]);
            if (property.Name == "BEGIN")
            {
                children.Add(ReadComponent(lines, ref position));
                continue;
            }

            position++;
            if (property.Name == "END")
            {
                Assert.Equal(begin.Value, property.Value);
                return new Component(begin.Value, properties, children);
            }

            properties.Add(property);
        }
    }

    /// <summary>name *(";" param) ":" value; a colon inside a quoted parameter value is not the separator.</summary>
    private static Property Parse(string line)
    {
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                colon = i;
            }
        }

        Assert.True(colon > 0, $"no name:value in «{line}»");
        var head = line[..colon].Split(';');
        Assert.Matches("^[A-Z0-9-]+$", head[0]);
        var parameters = head.Skip(1).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        return new Property(head[0], parameters, line[(colon + 1)..]);
    }
}
