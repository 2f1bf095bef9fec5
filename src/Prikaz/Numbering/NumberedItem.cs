using Prikaz.Model;

namespace Prikaz.Numbering;

/// <summary>A roadmap item with the number to print (without a trailing dot) and its place in the YAML.</summary>
/// <param name="Number">The pinned number if the author pinned one, otherwise the derived one: «1.2», or «3» without sections.</param>
/// <param name="Pointer">JSON Pointer of the item in the file, e.g. <c>/roadmap/sections/2/items/3</c>.</param>
public sealed record NumberedItem(Item Item, string Number, string Pointer)
{
    /// <summary>True when <see cref="Number"/> was pinned by the author rather than derived.</summary>
    public bool IsPinned => Item.Number is not null;
}
