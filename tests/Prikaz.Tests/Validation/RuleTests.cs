using Prikaz.Diagnostics;
using Prikaz.Model;
using static Prikaz.Tests.Validation.RuleCheck;

namespace Prikaz.Tests.Validation;

/// <summary>For every rule: a file with exactly that mistake, and the valid file or a close legitimate variant.</summary>
public sealed class RuleTests
{
    private static readonly OrderFile Valid = ValidOrder.Create();

    [Fact]
    public void Valid_order_has_no_findings_at_all()
    {
        foreach (var rule in Prikaz.Validation.RuleRegistry.Rules)
        {
            Assert.True(Findings(Valid, rule.Code, authorityProfileExists: true).Count == 0, $"{rule.Code} found something in the valid order");
        }
    }

    [Fact]
    public void PRK001_duplicate_pinned_number()
    {
        var file = Valid.WithItem(1, 0, item => item with { Number = "2.1" }).WithItem(1, 1, item => item with { Number = "2.1." });
        var message = Single(file, "PRK001", Severity.Error, "/roadmap/sections/1/items/1/number");
        Assert.Equal("номер 2.1 повторяется: он уже присвоен мероприятию «Информирование МОУО»", message);
        None(Valid.WithItem(1, 0, item => item with { Number = "2.1" }).WithItem(1, 1, item => item with { Number = "2.2." }), "PRK001");
    }

    [Fact]
    public void PRK001_pinned_number_that_collides_with_a_derived_one()
    {
        Single(Valid.WithItem(0, 1, item => item with { Number = "1.1" }), "PRK001", Severity.Error, "/roadmap/sections/0/items/1/number");
    }

    [Fact]
    public void PRK001_duplicate_order_point()
    {
        var file = Valid.WithOrder(order => order with { Points = [order.Points[0], order.Points[1] with { Number = "1" }, order.Points[2]] });
        Assert.Contains("он уже присвоен пункту", Single(file, "PRK001", Severity.Error, "/order/points/1/number"), StringComparison.Ordinal);
    }

    [Fact]
    public void PRK002_gap_in_pinned_numbering()
    {
        var file = Valid.WithItem(1, 0, item => item with { Number = "2.1." }).WithItem(1, 1, item => item with { Number = "2.3." });
        Assert.Equal("после номера 2.1 идёт 2.3: пропущен номер 2.2", Single(file, "PRK002", Severity.Error, "/roadmap/sections/1/items/1/number"));
        None(Valid.WithItem(1, 0, item => item with { Number = "2.1." }).WithItem(1, 1, item => item with { Number = "2.2." }), "PRK002");
    }

    [Fact]
    public void PRK002_numbering_that_starts_late_names_every_missing_number()
    {
        var file = Valid.WithSection(1, section => section with { Number = "2" }).WithSection(0, section => section with { Number = "1" })
            .WithItem(0, 0, item => item with { Number = "1.4" });
        Assert.Equal("нумерация в разделе 1 начинается с 1.4: пропущены номера 1.1–1.3", Single(file, "PRK002", Severity.Error, "/roadmap/sections/0/items/0/number"));
    }

    [Fact]
    public void PRK002_ignores_a_number_that_belongs_to_another_section()
    {
        None(Valid.WithItem(0, 1, item => item with { Number = "2.1" }), "PRK002");
    }

    [Fact]
    public void PRK003_pinned_number_outside_its_section()
    {
        var file = Valid.WithItem(0, 1, item => item with { Number = "2.1." });
        Assert.Equal("мероприятие с номером 2.1 стоит в разделе 1; перенесите его в нужное место или исправьте номер",
            Single(file, "PRK003", Severity.Error, "/roadmap/sections/0/items/1/number"));
        None(Valid.WithItem(0, 1, item => item with { Number = "1.2." }), "PRK003");
    }

    [Fact]
    public void PRK003_sub_point_outside_its_point()
    {
        var file = Valid.WithOrder(order => order with { Points = [order.Points[0], order.Points[1], order.Points[2] with { Points = [new Point { Text = "x", Number = "2.1" }] }] });
        Assert.StartsWith("подпункт с номером 2.1 стоит в пункте 3", Single(file, "PRK003", Severity.Error, "/order/points/2/points/0/number"), StringComparison.Ordinal);
    }

    [Fact]
    public void PRK004_missing_responsible()
    {
        var file = Valid.WithItem(1, 1, item => item with { Responsible = [] });
        Assert.Equal("не указан ответственный исполнитель мероприятия 2.2", Single(file, "PRK004", Severity.Warning, "/roadmap/sections/1/items/1/responsible"));
        None(file.WithColumns("number", "activity", "deadline", "result"), "PRK004");
    }

    [Fact]
    public void PRK005_missing_result_where_the_table_has_a_result_column()
    {
        var file = Valid.WithItem(0, 0, item => item with { Result = " " });
        Assert.Equal("не указан ожидаемый результат мероприятия 1.1", Single(file, "PRK005", Severity.Warning, "/roadmap/sections/0/items/0/result"));
        None(file.WithColumns("number", "activity", "deadline", "responsible"), "PRK005");
    }

    [Fact]
    public void PRK006_deadline_before_the_order_date()
    {
        var file = Valid.WithItem(0, 0, item => item with { Deadline = ValidOrder.Deadline("До 10.06.2020") });
        Assert.Equal("срок «До 10.06.2020» истекает раньше даты приказа 23.06.2020", Single(file, "PRK006", Severity.Warning, "/roadmap/sections/0/items/0/deadline"));
    }

    [Theory]
    [InlineData("До 23.06.2020")]
    [InlineData("Май-июнь 2020")]
    [InlineData("июнь 2020 года, постоянно")]
    [InlineData("Май 2020, далее ежегодно по мере необходимости")]
    public void PRK006_deadline_still_open_on_the_order_date(string deadline)
    {
        None(Valid.WithItem(0, 0, item => item with { Deadline = ValidOrder.Deadline(deadline) }), "PRK006");
    }

    [Fact]
    public void PRK006_checks_schedule_rows()
    {
        var file = Valid.WithItem(0, 0, item => item with { Schedule = [new ScheduleRow { Activity = "Прогресс", Deadline = ValidOrder.Deadline("Май 2020") }] });
        Single(file, "PRK006", Severity.Warning, "/roadmap/sections/0/items/0/schedule/0/deadline");
    }

    [Fact]
    public void PRK007_deadline_outside_the_period()
    {
        var file = Valid.WithItem(1, 1, item => item with { Deadline = ValidOrder.Deadline("до 2024 года") });
        Assert.Equal("срок «до 2024 года» выходит за период «дорожной карты» 01.06.2020–31.12.2020",
            Single(file, "PRK007", Severity.Warning, "/roadmap/sections/1/items/1/deadline"));
        Single(Valid.WithItem(1, 1, item => item with { Deadline = ValidOrder.Deadline("май 2020 года") }), "PRK007", Severity.Warning, "/roadmap/sections/1/items/1/deadline");
        None(Valid.WithItem(1, 1, item => item with { Deadline = ValidOrder.Deadline("до 1 октября 2020 года") }), "PRK007");
        None(Valid.WithItem(1, 1, item => item with { Deadline = ValidOrder.Deadline("май-июнь 2020 года") }), "PRK007");
        None(Valid.WithRoadmap(roadmap => roadmap with { Period = null }).WithItem(1, 1, item => item with { Deadline = ValidOrder.Deadline("до 2024 года") }), "PRK007");
    }

    [Fact]
    public void PRK008_month_without_a_year_the_period_cannot_supply()
    {
        var file = Valid
            .WithRoadmap(roadmap => roadmap with { Period = new Period { From = new DateOnly(2020, 6, 1), To = new DateOnly(2021, 5, 31) } })
            .WithItem(0, 1, item => item with { Deadline = ValidOrder.Deadline("Сентябрь") });
        Assert.Equal("срок «Сентябрь» указан без года, а период «дорожной карты» 01.06.2020–31.05.2021 захватывает несколько лет: укажите год",
            Single(file, "PRK008", Severity.Error, "/roadmap/sections/0/items/1/deadline"));
        None(Valid.WithItem(0, 1, item => item with { Deadline = ValidOrder.Deadline("Сентябрь") }), "PRK008");
    }

    [Fact]
    public void PRK008_month_without_a_year_and_no_period()
    {
        var file = Valid.WithRoadmap(roadmap => roadmap with { Period = null }).WithItem(0, 1, item => item with { Deadline = ValidOrder.Deadline("Сентябрь") });
        Assert.EndsWith("период «дорожной карты» не задан: укажите год или период", Single(file, "PRK008", Severity.Error, "/roadmap/sections/0/items/1/deadline"), StringComparison.Ordinal);
    }

    [Fact]
    public void PRK009_unknown_party_suggests_the_nearest_id()
    {
        var file = Valid.WithItem(0, 1, item => item with { Responsible = [new PartyRef { Party = "rcoko" }, new PartyRef { Party = "rcoki" }] });
        Assert.Equal("неизвестный исполнитель «rcoki»; возможно, имелось в виду «rcoko» (другие ближайшие в parties: «minobr», «chippkro»)",
            Single(file, "PRK009", Severity.Error, "/roadmap/sections/0/items/1/responsible/1/party"));
    }

    [Fact]
    public void PRK009_unknown_party_without_a_near_id_and_in_the_target_group()
    {
        var file = Valid.WithItem(0, 1, item => item with { TargetGroup = [new PartyRef { Party = "shnor" }] });
        Assert.Equal("неизвестный участник целевой группы «shnor»: его нет в parties; ближайшие из parties: «minobr», «rcoko», «chippkro» — исправьте идентификатор или добавьте исполнителя в parties",
            Single(file, "PRK009", Severity.Error, "/roadmap/sections/0/items/1/targetGroup/0/party"));
    }

    [Fact]
    public void PRK009_known_ids_and_free_text_are_fine()
    {
        None(Valid.WithItem(0, 1, item => item with
        {
            Responsible = [new PartyRef { Party = "rcoko", Note = "(согласование)" }, new PartyRef { Text = "специалист по методической работе" }],
        }), "PRK009");
    }

    [Fact]
    public void PRK010_cited_document_dated_after_the_order()
    {
        var file = Valid.WithOrder(order => order with
        {
            Basis = [order.Basis[0], new CitedDocument { Kind = "приказ", Issuer = "Министерство", Date = new DateOnly(2020, 7, 1), Number = "02/1568" }],
        });
        Assert.Equal("документ-основание (приказ от 01.07.2020 № 02/1568) датирован позже самого приказа (23.06.2020)",
            Single(file, "PRK010", Severity.Warning, "/order/basis/1/date"));
        None(Valid.WithOrder(order => order with { Basis = [order.Basis[0] with { Date = order.Date!.Value }] }), "PRK010");
    }

    [Fact]
    public void PRK011_title_year_outside_the_period()
    {
        var file = Valid.WithRoadmap(roadmap => roadmap with { Title = "Дорожная карта … в 2019 году" });
        Assert.Equal("в заголовке «дорожной карты» указан 2019 год, а период реализации — 2020 год", Single(file, "PRK011", Severity.Warning, "/roadmap/title"));
        Single(Valid.WithOrder(order => order with { Title = "Об утверждении плана на 2021 год" }), "PRK011", Severity.Warning, "/order/title");
    }

    [Fact]
    public void PRK011_dates_of_cited_documents_in_a_title_are_not_years_of_the_plan()
    {
        None(Valid.WithOrder(order => order with { Title = "О реализации распоряжения от 13.04.2019 № 293 в 2020 году" }), "PRK011");
    }

    [Fact]
    public void PRK012_certificate_expired_before_the_order()
    {
        var file = Valid.WithOrder(order => order with { ElectronicSignature = order.ElectronicSignature! with { ValidTo = new DateOnly(2020, 6, 22) } });
        Assert.Equal("сертификат электронной подписи действителен с 23.01.2020 по 22.06.2020, а приказ датирован 23.06.2020",
            Single(file, "PRK012", Severity.Error, "/order/electronicSignature/validTo"));
    }

    [Fact]
    public void PRK012_certificate_not_yet_valid()
    {
        var file = Valid.WithOrder(order => order with { ElectronicSignature = order.ElectronicSignature! with { ValidFrom = new DateOnly(2020, 6, 24) } });
        Single(file, "PRK012", Severity.Error, "/order/electronicSignature/validFrom");
        None(Valid.WithOrder(order => order with { ElectronicSignature = order.ElectronicSignature! with { ValidTo = order.Date!.Value } }), "PRK012");
    }

    [Fact]
    public void PRK013_empty_section()
    {
        var file = Valid.WithSection(1, section => section with { Items = [] });
        Assert.Equal("раздел 2 «Информационно-аналитическая работа» не содержит мероприятий", Single(file, "PRK013", Severity.Error, "/roadmap/sections/1/items"));
    }

    [Fact]
    public void PRK014_same_activity_twice_ignoring_case_and_spacing()
    {
        var file = Valid.WithItem(1, 1, item => item with { Activity = "индивидуальные  консультации\n" });
        Assert.Equal("мероприятие «индивидуальные консультации» уже есть под номером 1.1", Single(file, "PRK014", Severity.Warning, "/roadmap/sections/1/items/1/activity"));
    }

    [Fact]
    public void PRK015_free_text_deadline()
    {
        var file = Valid.WithItem(0, 0, item => item with { Deadline = ValidOrder.Deadline("Май – август 2020, далее – ежегодное обновление") });
        Assert.Equal("срок «Май – август 2020, далее – ежегодное обновление» не распознан: он будет напечатан как написан и не проверяется по датам",
            Single(file, "PRK015", Severity.Warning, "/roadmap/sections/0/items/0/deadline"));
    }

    [Fact]
    public void PRK016_custom_column_nobody_fills()
    {
        var file = Valid.WithRoadmap(roadmap => roadmap with { Columns = [.. roadmap.Columns, new Column { Key = "source", Title = "Источник финансирования" }] });
        Assert.Equal("столбец «Источник финансирования» (ключ «source») не заполнен ни в одном мероприятии", Single(file, "PRK016", Severity.Warning, "/roadmap/columns/5"));
        None(file.WithItem(0, 0, item => item with { Custom = new Dictionary<string, string> { ["source"] = "областной бюджет" } }), "PRK016");
    }

    [Fact]
    public void PRK016_is_no_false_alarm_for_a_column_blank_by_design()
    {
        // «Отметка о выполнении» is filled in by hand after printing (a school's roadmap needed a hack for it).
        var file = Valid.WithRoadmap(roadmap => roadmap with { Columns = [.. roadmap.Columns, new Column { Key = "status", Title = "Отметка о выполнении", Blank = true }] });
        None(file, "PRK016");
    }

    [Fact]
    public void PRK026_title_with_a_final_full_stop()
    {
        Assert.Equal("заголовок приказа заканчивается точкой; по ГОСТ Р 7.0.97 точку после заголовка не ставят",
            Single(Valid with { Order = Valid.Order with { Title = "О проведении совета." } }, "PRK026", Severity.Warning, "/order/title"));
        None(Valid with { Order = Valid.Order with { Title = "О проведении совета и т.д." } }, "PRK026");
        None(Valid with { Order = Valid.Order with { Title = "Об утверждении «дорожной карты» на 2020 – 2021 г." } }, "PRK026");
    }

    [Fact]
    public void PRK027_custom_column_key_one_letter_from_a_built_in_one()
    {
        var file = Valid.WithRoadmap(roadmap => roadmap with { Columns = [.. roadmap.Columns, new Column { Key = "targetGrup", Title = "Целевая группа" }] });
        Assert.Equal("ключ столбца «targetGrup» не встроенный, столбец будет собственным; возможно, имелось в виду «targetGroup»",
            Single(file, "PRK027", Severity.Warning, "/roadmap/columns/5/key"));
        None(Valid.WithRoadmap(roadmap => roadmap with { Columns = [.. roadmap.Columns, new Column { Key = "funding", Title = "Финансирование" }] }), "PRK027");
    }

    [Fact]
    public void PRK017_custom_value_without_a_column()
    {
        var file = Valid.WithItem(0, 0, item => item with { Custom = new Dictionary<string, string> { ["source"] = "областной бюджет" } });
        Assert.Equal("у мероприятия 1.1 заполнено поле custom.source, но в таблице нет столбца с ключом «source»: значение не будет напечатано",
            Single(file, "PRK017", Severity.Error, "/roadmap/sections/0/items/0/custom/source"));
    }

    [Fact]
    public void PRK017_built_in_value_without_a_column()
    {
        var file = Valid.WithItem(0, 0, item => item with { Notes = "по согласованию" });
        Single(file, "PRK017", Severity.Error, "/roadmap/sections/0/items/0/notes");
        None(file.WithRoadmap(roadmap => roadmap with { Columns = [.. roadmap.Columns, new Column { Key = "notes", Title = "Примечание" }] }), "PRK017");
    }

    [Fact]
    public void PRK018_columns_without_number_or_activity()
    {
        var file = Valid.WithColumns("activity", "deadline", "responsible", "result");
        Assert.Equal("в таблице нет столбца номера мероприятия (ключ «number»)", Single(file, "PRK018", Severity.Error, "/roadmap/columns"));
        Assert.Equal(2, Findings(Valid.WithColumns("deadline", "responsible", "result"), "PRK018").Count);
    }

    [Fact]
    public void PRK019_both_sections_and_items()
    {
        var file = Valid.WithRoadmap(roadmap => roadmap with { Items = [ValidOrder.Item("Отдельное", "июль 2020 года", "rcoko", "Итог")] });
        Assert.Equal("в «дорожной карте» заданы и sections, и items: оставьте что-то одно", Single(file, "PRK019", Severity.Error, "/roadmap/items"));
    }

    [Fact]
    public void PRK019_neither_sections_nor_items()
    {
        Single(Valid.WithRoadmap(roadmap => roadmap with { Sections = [] }), "PRK019", Severity.Error, "/roadmap");
        None(Valid.WithRoadmap(roadmap => roadmap with { Sections = [], Items = [ValidOrder.Item("Отдельное", "июль 2020 года", "rcoko", "Итог")] }), "PRK019");
    }

    [Fact]
    public void PRK020_duplicate_column_key()
    {
        Assert.Equal("столбец с ключом «result» уже есть в таблице",
            Single(Valid.WithColumns("number", "activity", "deadline", "responsible", "result", "result"), "PRK020", Severity.Error, "/roadmap/columns/5/key"));
    }

    [Fact]
    public void PRK021_missing_deadline()
    {
        var file = Valid.WithItem(1, 1, item => item with { Deadline = null });
        Assert.Equal("не указан срок мероприятия 2.2", Single(file, "PRK021", Severity.Warning, "/roadmap/sections/1/items/1/deadline"));
        None(file.WithItem(1, 1, item => item with { Schedule = [new ScheduleRow { Activity = "Прогресс", Deadline = ValidOrder.Deadline("Сентябрь") }] }), "PRK021");
    }

    [Fact]
    public void PRK022_no_signatory_and_no_profile()
    {
        var file = Valid.WithOrder(order => order with { Signatory = null });
        Assert.Equal("не указан подписант (order.signatory), а профиль органа власти «chelyabinsk-minobr» не найден, чтобы взять подписанта из него",
            Single(file, "PRK022", Severity.Error, "/order", authorityProfileExists: false));
        None(file, "PRK022", authorityProfileExists: true);
        None(file, "PRK022");
    }

    [Fact]
    public void PRK008_a_school_year_the_period_cannot_name()
    {
        var twoSchoolYears = Valid.WithRoadmap(roadmap => roadmap with { Period = new Period { From = new DateOnly(2020, 6, 1), To = new DateOnly(2021, 12, 31) } });
        var file = twoSchoolYears.WithItem(0, 0, item => item with { Deadline = ValidOrder.Deadline("в течение учебного года") });
        Assert.Contains("указан без учебного года", Single(file, "PRK008", Severity.Error, "/roadmap/sections/0/items/0/deadline"), StringComparison.Ordinal);
        var schoolYear = Valid.WithRoadmap(roadmap => roadmap with { Period = new Period { From = new DateOnly(2020, 8, 25), To = new DateOnly(2021, 5, 31) } });
        None(schoolYear.WithItem(0, 0, item => item with { Deadline = ValidOrder.Deadline("в течение учебного года") }), "PRK008");
    }
}
