using Prikaz.Deadlines;
using Prikaz.Model;

namespace Prikaz.Tests.Validation;

/// <summary>A complete order with no findings, shaped like the Chelyabinsk seed, and ways to spoil one thing in it.</summary>
internal static class ValidOrder
{
    public static OrderFile Create() => new()
    {
        Authority = "chelyabinsk-minobr",
        Order = new Order
        {
            Date = new DateOnly(2020, 6, 23),
            Number = "017/1324",
            Title = "Об утверждении «дорожной карты» комплексного сопровождения общеобразовательных организаций на 2020 год",
            Preamble = "В рамках реализации государственной программы Челябинской области",
            Basis =
            [
                new CitedDocument { Kind = "постановление", Issuer = "Правительство Челябинской области", Date = new DateOnly(2017, 12, 28), Number = "732-П" },
            ],
            Points =
            [
                new Point { Text = "Утвердить прилагаемую «дорожную карту»." },
                new Point { Text = "ГБУ ДПО РЦОКИО обеспечить сопровождение мероприятий «дорожной карты»." },
                new Point
                {
                    Text = "Руководителям органов местного самоуправления:",
                    Points = [new Point { Text = "обеспечить реализацию «дорожной карты»;" }, new Point { Text = "представлять информацию ежеквартально." }],
                },
            ],
            Signatory = new Signatory { Position = ["Министр"], Name = "А.И. Кузнецов" },
            ElectronicSignature = new ElectronicSignature
            {
                Certificate = "01FF96E8131FE6B2B3EA11AA3D19097F4B",
                Owner = "Кузнецов Александр Игоревич",
                ValidFrom = new DateOnly(2020, 1, 23),
                ValidTo = new DateOnly(2021, 4, 23),
            },
            Executor = new Executor { Name = "Гажа Ирина Петровна", Phone = "8(351)263-25-17" },
            Distribution = ["МОУО", "РЦОКИО", "дело"],
        },
        Parties = new Dictionary<string, Party>
        {
            ["rcoko"] = new() { Name = "ГБУ ДПО РЦОКИО", FullName = "ГБУ ДПО «Региональный центр оценки качества и информатизации образования»" },
            ["chippkro"] = new() { Name = "ГБУ ДПО ЧИППКРО" },
            ["minobr"] = new() { Name = "Министерство образования и науки Челябинской области" },
        },
        Roadmap = new Roadmap
        {
            Approval = ApprovalKind.Stamp,
            Title = "«Дорожная карта» комплексного сопровождения общеобразовательных организаций на 2020 год",
            Period = new Period { From = new DateOnly(2020, 6, 1), To = new DateOnly(2020, 12, 31) },
            Columns =
            [
                new Column { Key = "number", Title = "№ п/п" },
                new Column { Key = "activity", Title = "Наименование мероприятия" },
                new Column { Key = "deadline", Title = "Срок (период) проведения" },
                new Column { Key = "responsible", Title = "Ответственный исполнитель" },
                new Column { Key = "result", Title = "Результат" },
            ],
            Sections =
            [
                new Section
                {
                    Title = "Организационная работа",
                    Items =
                    [
                        Item("Индивидуальные консультации", "июнь-июль 2020 года", "rcoko", "Информация о консультациях"),
                        Item("Собеседование с руководителями", "сентябрь-ноябрь 2020 года", "rcoko", "Информационная справка"),
                    ],
                },
                new Section
                {
                    Title = "Информационно-аналитическая работа",
                    Items =
                    [
                        Item("Информирование МОУО", "июнь 2020 года", "minobr", "Информационное письмо"),
                        Item("Ведение методического раздела", "постоянно", "chippkro", "Функционирующий раздел"),
                    ],
                },
            ],
        },
    };

    public static Item Item(string activity, string deadline, string party, string result) => new()
    {
        Activity = activity,
        Deadline = Deadline(deadline),
        Responsible = [new PartyRef { Party = party }],
        Result = result,
    };

    public static Deadline Deadline(string text) => DeadlineParser.Parse([text]);

    public static OrderFile WithOrder(this OrderFile file, Func<Order, Order> change) => file with { Order = change(file.Order) };

    public static OrderFile WithRoadmap(this OrderFile file, Func<Roadmap, Roadmap> change) => file with { Roadmap = change(file.Roadmap!) };

    public static OrderFile WithSection(this OrderFile file, int section, Func<Section, Section> change) =>
        file.WithRoadmap(roadmap => roadmap with { Sections = roadmap.Sections.Select((s, i) => i == section ? change(s) : s).ToList() });

    public static OrderFile WithItem(this OrderFile file, int section, int item, Func<Item, Item> change) =>
        file.WithSection(section, s => s with { Items = s.Items.Select((it, j) => j == item ? change(it) : it).ToList() });

    public static OrderFile WithColumns(this OrderFile file, params string[] keys) =>
        file.WithRoadmap(roadmap => roadmap with { Columns = keys.Select(key => new Column { Key = key, Title = key }).ToList() });
}
