using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>A roadmap section with its printed number, its place in the YAML and its numbered items.</summary>
/// <param name="Pointer">JSON Pointer of the section, e.g. <c>/roadmap/sections/2</c>.</param>
public sealed record NumberedSection(Section Section, string Number, string Pointer, IReadOnlyList<NumberedItem> Items)
{
    /// <summary>True when <see cref="Number"/> was pinned by the author rather than derived.</summary>
    public bool IsPinned => Section.Number is not null;
}
