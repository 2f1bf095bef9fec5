namespace Prikaz.Validation;

/// <summary>
/// Siblings numbered together: the sections, the items of one section, the points of the order, the
/// sub-points of one point. <paramref name="Prefix"/> is the parent's number with a dot («4.»), empty at the top.
/// </summary>
internal sealed record NumberedGroup(string Prefix, string Parent, IReadOnlyList<NumberedElement> Elements);

/// <summary>
/// One numbered element. <paramref name="Kind"/> names it in Russian («мероприятие», «раздел», «пункт»),
/// <paramref name="KindDative"/> in the dative («мероприятию», «разделу», «пункту») for «присвоен …».
/// </summary>
internal sealed record NumberedElement(string Number, bool IsPinned, string Pointer, string Kind, string KindDative, string Text)
{
    /// <summary>Where a diagnostic about the number points: the pinned number itself, or the element.</summary>
    public string NumberPointer => IsPinned ? Pointer + "/number" : Pointer;
}
