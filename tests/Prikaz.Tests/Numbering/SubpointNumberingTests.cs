using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Tests.Numbering;

public sealed class SubpointNumberingTests
{
    private static Order Order(params Point[] points) => new() { Date = new DateOnly(2025, 9, 1), Number = "1", Title = "О", Points = points };

    private static Point Point(string text, SubpointNumbering? numbering = null, string? number = null, params Point[] points) =>
        new() { Text = text, Numbering = numbering, Number = number, Points = points };

    [Fact]
    public void Sub_points_are_nested_by_default()
    {
        var numbering = OrderNumbering.Of(Order(Point("а"), Point("б", null, null, Point("в"), Point("г"))));
        Assert.Equal(["1.", "2.", "2.1.", "2.2."], numbering.AllPoints.Select(p => p.Printed));
    }

    [Fact]
    public void Digits_and_letters_number_the_sub_points_with_brackets()
    {
        var numbering = OrderNumbering.Of(Order(
            Point("а", SubpointNumbering.Digits, null, Point("б"), Point("в", null, null, Point("г"), Point("д")))));
        Assert.Equal(["1.", "1)", "2)", "а)", "б)"], numbering.AllPoints.Select(p => p.Printed));
    }

    [Fact]
    public void A_pinned_bracket_number_sets_the_numbering_of_its_siblings()
    {
        var numbering = OrderNumbering.Of(Order(Point("а", null, null, Point("б", null, "1)"), Point("в"))));
        Assert.Equal(["1.", "1)", "2)"], numbering.AllPoints.Select(p => p.Printed));
    }

    [Theory]
    [InlineData(1, "а")]
    [InlineData(6, "е")]
    [InlineData(7, "ж")]
    [InlineData(8, "и")]
    [InlineData(25, "я")]
    [InlineData(26, "аа")]
    public void Letters_skip_those_gost_leaves_out(int place, string letter)
    {
        Assert.Equal(letter, SubpointMarkers.Format(SubpointNumbering.Letters, place));
        Assert.Equal(place, SubpointMarkers.Place(letter + ")", SubpointNumbering.Letters));
    }

    [Fact]
    public void Markers_are_read_only_in_their_own_numbering()
    {
        Assert.Equal(3, SubpointMarkers.Place("3)", SubpointNumbering.Digits));
        Assert.Null(SubpointMarkers.Place("3.", SubpointNumbering.Digits));
        Assert.Null(SubpointMarkers.Place("в)", SubpointNumbering.Digits));
        Assert.Null(SubpointMarkers.Place("з)", SubpointNumbering.Letters));
    }

    [Fact]
    public void Appendix_roadmaps_are_numbered_under_their_own_pointer()
    {
        var roadmap = new Roadmap
        {
            Title = "План",
            Columns = [new Column { Key = "number", Title = "№" }, new Column { Key = "activity", Title = "Мероприятие" }],
            Sections = [new Section { Title = "Раздел", Items = [new Item { Activity = "а" }] }],
        };
        var numbering = RoadmapNumbering.Of(roadmap, "/appendices/1/roadmap");
        Assert.Equal("/appendices/1/roadmap/sections/0/items/0", numbering.AllItems.Single().Pointer);
    }
}
