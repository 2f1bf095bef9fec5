using System.Globalization;
using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>
/// The appendices of an order as they are printed and referred to: the single <c>roadmap:</c> as one
/// unnumbered appendix, or the entries of <c>appendices:</c> numbered 1, 2, … («Приложение № 2»), a
/// single entry unnumbered. A file with both is an error (PRK028); its roadmap then comes first.
/// </summary>
public static class AppendixNumbering
{
    public static IReadOnlyList<NumberedAppendix> Of(OrderFile file)
    {
        var appendices = new List<(Appendix Appendix, string Pointer)>();
        if (file.Roadmap is { } roadmap)
        {
            appendices.Add((new Appendix { Roadmap = roadmap }, "/roadmap"));
        }

        appendices.AddRange(file.Appendices.Select((appendix, i) => (appendix, string.Create(CultureInfo.InvariantCulture, $"/appendices/{i}"))));
        return appendices.Select((entry, i) => new NumberedAppendix(entry.Appendix, i + 1, appendices.Count > 1, entry.Pointer)).ToList();
    }

    /// <summary>
    /// The roadmap execution control follows (progress files, overdue items, the calendar): the single
    /// <c>roadmap:</c>, else the first roadmap among the appendices; null when the order has none.
    /// </summary>
    public static Roadmap? PrimaryRoadmap(OrderFile file) =>
        file.Roadmap ?? file.Appendices.Select(appendix => appendix.Roadmap).FirstOrDefault(roadmap => roadmap is not null);
}
