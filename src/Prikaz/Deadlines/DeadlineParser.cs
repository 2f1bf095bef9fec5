using Prikaz.Model;

namespace Prikaz.Deadlines;

/// <summary>Recognises the Russian (and ISO) ways of writing a deadline. Never throws.</summary>
public static class DeadlineParser
{
    /// <summary>Parses the parts of one deadline (a YAML string or each entry of a YAML list).</summary>
    public static Deadline Parse(IReadOnlyList<string> parts)
    {
        // Placeholder until the parser lands: everything is free text.
        return new Deadline { Source = string.Join("; ", parts) };
    }
}
