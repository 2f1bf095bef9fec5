using Prikaz.Model;
using Prikaz.Numbering;

namespace Prikaz.Tests.Numbering;

public sealed class NumberingTests
{
    private static Item Item(string activity, string? number = null) => new() { Activity = activity, Number = number };

    private static Roadmap Roadmap(IReadOnlyList<Section>? sections = null, IReadOnlyList<Item>? items = null) => new()
    {
        Title = "«Дорожная карта»",
        Columns = [new Column { Key = "number", Title = "№" }, new Column { Key = "activity", Title = "Мероприятие" }],
        Sections = sections ?? [],
        Items = items ?? [],
    };

    [Fact]
    public void Sections_and_items_are_numbered_from_structure()
    {
        var numbering = RoadmapNumbering.Of(Roadmap(sections:
        [
            new Section { Title = "Первый", Items = [Item("а"), Item("б")] },
            new Section { Title = "Второй", Items = [Item("в")] },
        ]));

        Assert.Equal(["1", "2"], numbering.Sections.Select(s => s.Number));
        Assert.Equal(["1.1", "1.2", "2.1"], numbering.AllItems.Select(i => i.Number));
        Assert.Equal(["/roadmap/sections/0/items/0", "/roadmap/sections/0/items/1", "/roadmap/sections/1/items/0"], numbering.AllItems.Select(i => i.Pointer));
        Assert.Equal("/roadmap/sections/1", numbering.Sections[1].Pointer);
    }

    [Fact]
    public void Items_without_sections_are_numbered_one_two_three()
    {
        var numbering = RoadmapNumbering.Of(Roadmap(items: [Item("а"), Item("б"), Item("в")]));
        Assert.Equal(["1", "2", "3"], numbering.Items.Select(i => i.Number));
        Assert.Equal("/roadmap/items/2", numbering.Items[2].Pointer);
        Assert.Empty(numbering.Sections);
    }

    [Fact]
    public void Pinned_number_overrides_what_is_printed_without_its_trailing_dot()
    {
        var numbering = RoadmapNumbering.Of(Roadmap(sections:
        [
            new Section { Title = "Третий", Number = "3.", Items = [Item("а", "3.3."), Item("б")] },
        ]));

        Assert.Equal("3", numbering.Sections[0].Number);
        Assert.True(numbering.Sections[0].IsPinned);
        Assert.Equal(["3.3", "3.2"], numbering.AllItems.Select(i => i.Number));
        Assert.Equal([true, false], numbering.AllItems.Select(i => i.IsPinned));
    }

    [Fact]
    public void A_pinned_sub_number_takes_no_place_so_the_items_after_it_keep_their_numbers()
    {
        // An amendment inserts 4.4.1 between 4.4 and 4.5; 4.5 must stay 4.5, and an item added at the end takes 4.6.
        var items = new[] { Item("а"), Item("б"), Item("в"), Item("г"), Item("вставка", "4.4.1"), Item("д"), Item("новое") };
        var numbering = RoadmapNumbering.Of(Roadmap(sections:
            [new Section { Title = "Первый", Items = [Item("x")] }, new Section { Title = "Второй", Items = [Item("y")] },
             new Section { Title = "Третий", Items = [Item("z")] }, new Section { Title = "Четвёртый", Items = items }]));

        Assert.Equal(["4.1", "4.2", "4.3", "4.4", "4.4.1", "4.5", "4.6"], numbering.Sections[3].Items.Select(i => i.Number));
    }

    [Fact]
    public void An_inserted_point_keeps_the_points_after_it_in_place()
    {
        var order = new Order
        {
            Date = new DateOnly(2020, 4, 23), Number = "414", Title = "Об утверждении",
            Points = [new Point { Text = "Утвердить" }, new Point { Text = "Вставлен", Number = "1.1" }, new Point { Text = "Контроль" }],
        };

        Assert.Equal(["1", "1.1", "2"], OrderNumbering.Of(order).AllPoints.Select(p => p.Number));
    }

    [Fact]
    public void Schedule_rows_are_not_numbered()
    {
        var item = Item("Выездные семинары") with { Schedule = [new ScheduleRow { Activity = "Прогресс" }, new ScheduleRow { Activity = "г. Шимановск" }] };
        var numbering = RoadmapNumbering.Of(Roadmap(sections: [new Section { Title = "Второй", Items = [item, Item("другое")] }]));
        Assert.Equal(["1.1", "1.2"], numbering.AllItems.Select(i => i.Number));
    }

    [Fact]
    public void Order_points_and_sub_points()
    {
        var order = new Order
        {
            Date = new DateOnly(2020, 4, 23),
            Number = "414",
            Title = "Об утверждении",
            Points =
            [
                new Point { Text = "Утвердить" },
                new Point { Text = "Обеспечить" },
                new Point { Text = "Руководителям:", Points = [new Point { Text = "обеспечить" }, new Point { Text = "представлять", Number = "3.2." }] },
            ],
        };

        var numbering = OrderNumbering.Of(order);
        Assert.Equal(["1", "2", "3", "3.1", "3.2"], numbering.AllPoints.Select(p => p.Number));
        Assert.Equal("/order/points/2/points/1", numbering.Points[2].Points[1].Pointer);
        Assert.True(numbering.Points[2].Points[1].IsPinned);
    }

    [Theory]
    [InlineData("3.3.", "3.3")]
    [InlineData(" 3.3 ", "3.3")]
    [InlineData("4", "4")]
    public void Normalize_removes_the_trailing_dot(string pinned, string expected) => Assert.Equal(expected, PinnedNumber.Normalize(pinned));
}
