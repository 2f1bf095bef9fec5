using Prikaz.Amendments;

namespace Prikaz.Tests.Amendments;

public sealed class EditionComparerTests
{
    [Fact]
    public void Chelyabinsk_amendment_is_exactly_the_four_changes_in_the_signed_numbering()
    {
        var old = Editions.Case("chelyabinsk", "old.yaml");
        var @new = Editions.Case("chelyabinsk", "new.yaml");

        var comparison = EditionComparer.Compare(old, @new);

        Assert.Empty(comparison.Findings);
        Assert.Equal(
            ["ReplaceWords Item 1.2 deadline", "Exclude Item 3.1 ", "Restate Item 4.4 ", "Add Item 5.4 "],
            comparison.Changes.Changes.Select(c => $"{c.Op} {c.Unit} {c.Number} {c.Field}"));
        Assert.Equal(EditionSnapshot.Of(@new), EditionSnapshot.Of(ChangeApplier.Apply(old, comparison.Changes)));
    }
}
