using Prikaz.Amendments;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Amendments;

/// <summary>
/// A change in the appendices of <c>appendices:</c> is never lost by <c>prikaz diff</c>: they are compared
/// whole (a new wording of the appendices), and applying the change gives the new edition.
/// </summary>
public sealed class AppendixEditionTests
{
    private static readonly string Old = File.ReadAllText(Path.Combine(GoldenFile.RepositoryRoot(), "examples", "region-2025-school-support.yaml"));

    [Fact]
    public void A_changed_cell_of_an_appendix_table_is_a_restated_appendices()
    {
        var old = Editions.Parse(Old);
        var @new = Editions.Parse(Old.Replace("director: Котова С.А.", "director: Котова С.В.", StringComparison.Ordinal));

        var comparison = EditionComparer.Compare(old, @new);

        var change = Assert.Single(comparison.Changes.Changes);
        Assert.Equal((ChangeOp.Restate, ChangeUnit.Order, "appendices"), (change.Op, change.Unit, change.Field));
        Assert.Equal(EditionSnapshot.Of(@new), EditionSnapshot.Of(ChangeApplier.Apply(old, comparison.Changes)));
    }

    [Fact]
    public void Equal_appendices_are_no_change()
    {
        Assert.Empty(EditionComparer.Compare(Editions.Parse(Old), Editions.Parse(Old)).Changes.Changes);
    }
}
