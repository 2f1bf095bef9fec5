using Prikaz.Diagnostics;

namespace Prikaz.Tests.Diagnostics;

/// <summary>
/// The one «возможно, имелось в виду» of keys, party ids and authority ids. It replaces two copies that
/// disagreed: the rules' copy (Levenshtein, case-sensitive, threshold from the candidate's length,
/// at most 3) offered nothing for «tilte», «RCOKO» or «chelyabinsk-mon», which the loader's copy
/// (kept) suggests.
/// </summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("full_name", "fullName")]
    [InlineData("responsable", "responsible")]
    [InlineData("colour", null)]
    public void Suggests_the_key_meant(string typed, string? meant) =>
        Assert.Equal(meant, EditDistance.Nearest(typed, ["title", "fullName", "responsible", "party", "note", "text"]));

    [Theory]
    [InlineData("tilte", "title")]
    [InlineData("ab", "ba")]
    public void A_swap_of_two_letters_is_one_edit(string typed, string meant)
    {
        Assert.Equal(1, EditDistance.Distance(typed, meant));
        Assert.Equal(meant, EditDistance.Nearest(typed, [meant]));
    }

    [Fact]
    public void A_party_id_typed_in_capitals_or_with_a_hyphen_is_found() =>
        Assert.All(new[] { "RCOKO", "rc-oko", "Rcoko" }, typed => Assert.Equal("rcoko", EditDistance.Nearest(typed, ["rcoko", "ipk"])));

    [Fact]
    public void A_long_id_is_suggested_within_a_third_of_its_length() =>
        Assert.Equal("chelyabinsk-minobr", EditDistance.Nearest("chelyabinsk-mon", ["amur-minobr", "chelyabinsk-minobr"]));

    [Fact]
    public void Of_equally_close_candidates_the_first_in_ordinal_order_wins_whatever_the_listing_order()
    {
        Assert.Equal("rcoky", EditDistance.Nearest("rcokx", ["rcoky", "rcokz"]));
        Assert.Equal("rcoky", EditDistance.Nearest("rcokx", ["rcokz", "rcoky"]));
    }
}
