using Prikaz.Preview;
using Prikaz.Tests.Support;

namespace Prikaz.Tests.Preview;

/// <summary>The amendments' diff marks the units it names in the two panes, each by its own edition's pointer.</summary>
public sealed class DiffMarksTests
{
    [Fact]
    public void The_changes_of_the_chelyabinsk_amendment_are_marked_where_each_edition_shows_them()
    {
        var folder = Path.Combine(GoldenFile.CasesRoot(), "diff", "chelyabinsk");
        var pipeline = TestPipeline.Repository;
        var old = pipeline.CheckFile(Path.Combine(folder, "old.yaml"));
        var @new = pipeline.CheckFile(Path.Combine(folder, "new.yaml"));
        Assert.True(old.CanRender && @new.CanRender);

        var marks = DiffMarks.Of(old, @new);

        // diff.verified.txt: 1.2 words replaced, 3.1 excluded (kept, marked), 4.4 restated, 5.4 added.
        Assert.Equal(
            new Dictionary<string, EditionMark>
            {
                ["/roadmap/sections/0/items/1"] = EditionMark.Changed,
                ["/roadmap/sections/2/items/0"] = EditionMark.Removed,
                ["/roadmap/sections/3/items/3"] = EditionMark.Changed,
            },
            marks.Earlier.ToDictionary());
        Assert.Equal(EditionMark.Changed, marks.Current["/roadmap/sections/0/items/1"]);
        Assert.Equal(EditionMark.Removed, marks.Current["/roadmap/sections/2/items/0"]);
        Assert.Equal(EditionMark.Added, marks.Current["/roadmap/sections/4/items/3"]);
        Assert.DoesNotContain("/roadmap/sections/4/items/3", marks.Earlier.Keys);
    }

    [Fact]
    public void The_same_edition_twice_marks_nothing()
    {
        var seed = Path.Combine(GoldenFile.RepositoryRoot(), "roadmaps", "amur-2020-shnor.yaml");
        var document = TestPipeline.Repository.CheckFile(seed);

        var marks = DiffMarks.Of(document, document);

        Assert.Empty(marks.Earlier);
        Assert.Empty(marks.Current);
    }
}
