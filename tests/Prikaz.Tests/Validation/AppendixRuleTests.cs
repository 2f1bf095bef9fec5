using Prikaz.Diagnostics;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Tests.Support;
using Prikaz.Validation;
using static Prikaz.Tests.Validation.RuleCheck;

namespace Prikaz.Tests.Validation;

/// <summary>The rules of several appendices, plain tables, drafts and sub-point markers (PRK028–PRK034), and the roadmap rules inside appendices.</summary>
public sealed class AppendixRuleTests
{
    private static readonly OrderFile Valid = ValidOrder.Create();

    private static readonly PlainTable Schools = new()
    {
        Title = "Перечень школ",
        Columns = [new TableColumn { Key = "number", Title = "№ п/п" }, new TableColumn { Key = "school", Title = "Школа" }],
        Groups = [new TableGroup { Title = "Ашинский район", Rows = [new Dictionary<string, string> { ["school"] = "МКОУ СОШ № 1" }] }],
    };

    /// <summary>The valid order with its roadmap moved to the second of two appendices, after a table.</summary>
    private static readonly OrderFile TwoAppendices = Valid with
    {
        Roadmap = null,
        Appendices = [new Appendix { Table = Schools }, new Appendix { Roadmap = Valid.Roadmap }],
    };

    [Fact]
    public void Two_appendices_validate_clean()
    {
        foreach (var rule in RuleRegistry.Rules)
        {
            Assert.True(Findings(TwoAppendices, rule.Code, authorityProfileExists: true).Count == 0, $"{rule.Code} found something");
        }
    }

    [Fact]
    public void Roadmap_rules_check_a_roadmap_appendix_where_it_stands()
    {
        var file = TwoAppendices with
        {
            Appendices = [TwoAppendices.Appendices[0], new Appendix { Roadmap = Valid.WithItem(1, 1, item => item with { Deadline = ValidOrder.Deadline("до 2024 года"), Responsible = [] }).Roadmap }],
        };
        Assert.Equal("/appendices/1/roadmap/sections/1/items/1/deadline", Assert.Single(Findings(file, "PRK007")).Pointer);
        Assert.Equal("/appendices/1/roadmap/sections/1/items/1/responsible", Assert.Single(Findings(file, "PRK004")).Pointer);
    }

    [Fact]
    public void PRK028_roadmap_and_appendices_together()
    {
        var file = TwoAppendices with { Roadmap = Valid.Roadmap };
        Assert.StartsWith("указаны и roadmap, и appendices", Single(file, "PRK028", Severity.Error, "/appendices"), StringComparison.Ordinal);
    }

    [Fact]
    public void PRK029_an_appendix_is_one_thing_with_a_title()
    {
        Assert.StartsWith("у приложения № 1 не задано содержимое",
            Single(TwoAppendices with { Appendices = [new Appendix(), TwoAppendices.Appendices[1]] }, "PRK029", Severity.Error, "/appendices/0"), StringComparison.Ordinal);
        Assert.StartsWith("у приложения № 2 заданы сразу roadmap и table",
            Single(TwoAppendices with { Appendices = [TwoAppendices.Appendices[0], TwoAppendices.Appendices[1] with { Table = Schools }] }, "PRK029", Severity.Error, "/appendices/1/table"), StringComparison.Ordinal);
        Assert.Equal("у таблицы приложения № 1 нет заголовка (title): он печатается над таблицей",
            Single(TwoAppendices with { Appendices = [new Appendix { Table = Schools with { Title = null } }, TwoAppendices.Appendices[1]] }, "PRK029", Severity.Error, "/appendices/0/table"));
    }

    [Fact]
    public void PRK030_reference_to_an_appendix_that_does_not_exist()
    {
        var file = TwoAppendices.WithOrder(order => order with { Points = [order.Points[0] with { Text = "Утвердить перечень школ (приложение № 1) и план (приложение № 3)." }, .. order.Points.Skip(1)] });
        Assert.Equal("в пункте 1 упомянуто «приложение № 3», а у приказа 2 приложения: нет приложения № 3",
            Single(file, "PRK030", Severity.Error, "/order/points/0/text"));
        None(TwoAppendices.WithOrder(order => order with { Points = [order.Points[0] with { Text = "Утвердить план согласно приложениям № 1 и 2." }] }), "PRK030");
    }

    [Fact]
    public void PRK030_a_single_appendix_is_number_one_and_another_documents_appendix_is_no_reference()
    {
        None(Valid.WithOrder(order => order with { Points = [order.Points[0] with { Text = "Утвердить план (приложение № 1)." }] }), "PRK030");
        var file = Valid.WithOrder(order => order with { Points = [order.Points[0] with { Text = "Утвердить план (приложение № 2)." }] });
        Assert.Equal("в пункте 1 упомянуто «приложение № 2», а приложение у приказа одно", Single(file, "PRK030", Severity.Error, "/order/points/0/text"));
        None(Valid.WithOrder(order => order with { Preamble = "В соответствии с приложением № 2 к приказу Минпросвещения России от 15.08.2025 № 512" }), "PRK030");
    }

    [Fact]
    public void PRK031_date_and_number_are_required_outside_a_draft()
    {
        Assert.Contains("draft: true", Single(Valid.WithOrder(order => order with { Date = null }), "PRK031", Severity.Error, "/order"), StringComparison.Ordinal);
        Assert.Contains("draft: true", Single(Valid.WithOrder(order => order with { Number = "" }), "PRK031", Severity.Error, "/order/number"), StringComparison.Ordinal);
        None(Valid.WithOrder(order => order with { Draft = true, Date = null, Number = null }), "PRK031");
    }

    [Fact]
    public void PRK032_a_row_cell_without_a_column()
    {
        var table = Schools with { Groups = [new TableGroup { Title = "Ашинский район", Rows = [new Dictionary<string, string> { ["schol"] = "МКОУ СОШ № 1" }] }] };
        var file = TwoAppendices with { Appendices = [new Appendix { Table = table }, TwoAppendices.Appendices[1]] };
        Assert.Equal("в таблице приложения № 1 нет столбца с ключом «schol»: значение не будет напечатано; возможно, имелось в виду «school»",
            Single(file, "PRK032", Severity.Error, "/appendices/0/table/groups/0/rows/0/schol"));
    }

    [Fact]
    public void PRK033_rows_or_groups()
    {
        var file = Valid.WithOrder(order => order with { Points = [order.Points[0] with { Table = Schools with { Groups = [] } }, .. order.Points.Skip(1)] });
        Assert.Equal("в таблице пункта 1 нет строк: задайте rows или groups", Single(file, "PRK033", Severity.Error, "/order/points/0/table"));
    }

    [Fact]
    public void PRK034_a_fixed_width_narrower_than_its_longest_word()
    {
        var profile = new AuthorityProfile { Id = "p", Name = "П", Letterhead = ["П"], ApprovedBy = "приказом", AppendixTo = "к приказу" };
        var table = Schools with { Columns = [Schools.Columns[0] with { Width = 8 }, Schools.Columns[1]] };
        var file = TwoAppendices with { Appendices = [new Appendix { Table = table }, TwoAppendices.Appendices[1]] };
        var finding = Assert.Single(Rule("PRK034").Check(RuleContext.For(file, true, profile, MonospaceMeasure.Instance)));
        Assert.Equal("/appendices/0/table/columns/0/width", finding.Pointer);
        Assert.StartsWith("столбец «№ п/п» получает 8 мм, а слову «п/п» нужно", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Rule("PRK034").Check(RuleContext.For(file, true, profile, measure: null)));
    }

    [Fact]
    public void PRK003_a_pinned_marker_under_nested_numbering_says_how_to_number_so()
    {
        var file = Valid.WithOrder(order => order with
        {
            Points = [order.Points[0] with { Numbering = SubpointNumbering.Nested, Points = [new Point { Text = "а", Number = "1)" }] }, .. order.Points.Skip(1)],
        });
        Assert.Equal("подпункт с номером 1) стоит в пункте 1, подпункты которого нумеруются «1.1.»; чтобы нумеровать их «1)», «2)», укажите у пункта 1 numbering: digits",
            Single(file, "PRK003", Severity.Error, "/order/points/0/points/0/number"));
    }

    [Fact]
    public void Pinned_markers_are_accepted_checked_for_gaps_and_duplicates()
    {
        Point With(params string[] numbers) => Valid.Order.Points[0] with { Points = [.. numbers.Select(n => new Point { Text = "изменение " + n, Number = n })] };
        var clean = Valid.WithOrder(order => order with { Points = [With("1)", "2)", "3)", "4)")] });
        foreach (var code in new[] { "PRK001", "PRK002", "PRK003" })
        {
            None(clean, code);
        }

        Assert.Equal("после номера 1) идёт 3): пропущен номер 2)",
            Single(Valid.WithOrder(order => order with { Points = [With("1)", "3)")] }), "PRK002", Severity.Error, "/order/points/0/points/1/number"));
        Single(Valid.WithOrder(order => order with { Points = [With("1)", "1)")] }), "PRK001", Severity.Error, "/order/points/0/points/1/number");
        Assert.StartsWith("подпункты пункта 1 нумеруются «1)», «2)» (numbering: digits), а у подпункта закреплён номер 1.2",
            Single(Valid.WithOrder(order => order with { Points = [With("1)", "1.2")] }), "PRK003", Severity.Error, "/order/points/0/points/1/number"), StringComparison.Ordinal);
    }
}
