using Prikaz.Building;

namespace Prikaz.Tests.Build;

public sealed class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData("4/4", 4, 4)]
    public void Parses_index_and_count(string text, int index, int count)
    {
        Assert.True(Shard.TryParse(text, out var shard));
        Assert.Equal(new Shard(index, count), shard);
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("0/2")]
    [InlineData("3/2")]
    [InlineData("1/0")]
    [InlineData("-1/2")]
    [InlineData("1/2/3")]
    [InlineData("1")]
    [InlineData("a/b")]
    public void Refuses_what_is_not_a_shard(string text) => Assert.False(Shard.TryParse(text, out _));

    [Fact]
    public void Every_path_belongs_to_exactly_one_shard_and_shards_are_balanced()
    {
        var paths = Enumerable.Range(0, 400).Select(i => $"roadmaps/region-{i:000}.yaml").ToList();
        var owners = paths.Select(p => Enumerable.Range(1, 4).Where(i => new Shard(i, 4).Contains(p)).ToList()).ToList();

        Assert.All(owners, o => Assert.Single(o));
        var sizes = owners.GroupBy(o => o[0]).Select(g => g.Count()).ToList();
        Assert.Equal(4, sizes.Count);
        Assert.All(sizes, size => Assert.InRange(size, 60, 140));
    }

    [Fact]
    public void A_paths_shard_is_fixed_by_the_path_alone() =>
        // Pinned so a change of the hash (which would move documents between CI jobs) is noticed.
        Assert.Equal([1, 1, 1, 2], new[] { "roadmaps/amur-2020-shnor.yaml", "roadmaps/chelyabinsk-2020-shnor.yaml", "roadmaps/molchanovo-2020-shnor.yaml", "roadmaps/nyazepetrovsk-2024-shnor.yaml" }
            .Select(p => new Shard(1, 2).Contains(p) ? 1 : 2));
}
