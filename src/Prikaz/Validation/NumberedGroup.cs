using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Validation;

/// <summary>
/// Siblings numbered together: the sections, the items of one section, the points of the order, the
/// sub-points of one point. <paramref name="Prefix"/> is the parent's number with a dot («4.»), empty at
/// the top and for sub-points numbered with markers («1)», «а)» — <paramref name="Style"/>).
/// </summary>
/// <param name="Owner">The point whose sub-points these are; null for the top points and for roadmap groups.</param>
internal sealed record NumberedGroup(string Prefix, string Parent, IReadOnlyList<NumberedElement> Elements, SubpointNumbering Style = SubpointNumbering.Nested, NumberedPoint? Owner = null)
{
    /// <summary>True for sub-points numbered «1)» or «а)».</summary>
    public bool HasMarkers => Style != SubpointNumbering.Nested;
}

/// <summary>
/// One numbered element. <paramref name="Kind"/> names it in Russian («мероприятие», «раздел», «пункт»),
/// <paramref name="KindDative"/> in the dative («мероприятию», «разделу», «пункту») for «присвоен …».
/// </summary>
internal sealed record NumberedElement(string Number, bool IsPinned, string Pointer, string Kind, string KindDative, string Text)
{
    /// <summary>Where a diagnostic about the number points: the pinned number itself, or the element.</summary>
    public string NumberPointer => IsPinned ? Pointer + "/number" : Pointer;
}
