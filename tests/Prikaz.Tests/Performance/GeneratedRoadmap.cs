using System.Globalization;
using System.Text;

namespace Prikaz.Tests.Performance;

/// <summary>
/// A federal-scale roadmap made from the Chelyabinsk seed: its order, parties and columns, and
/// <c>rows</c> items in sections of twelve whose texts, deadlines and executors vary the way a real
/// table's do (one-line and wrapped cells, one to three executors). The same rows give the same bytes,
/// so benchmarks and the byte-identity test measure and compare the same document.
/// </summary>
internal static class GeneratedRoadmap
{
    private const int SectionSize = 12;

    private static readonly string[] Activities =
    [
        "Мониторинг результатов оценочных процедур в общеобразовательной организации № {0}",
        "Индивидуальные консультации руководителей и педагогов школы № {0} по запросу образовательной организации с низкими образовательными результатами",
        "Семинар для заместителей директоров по учебно-воспитательной работе (школа № {0})",
        "Разработка и согласование программы перехода школы № {0} в эффективный режим работы, включая план методического сопровождения и повышения квалификации педагогических работников",
        "Посещение уроков и анализ рабочих программ по предметам, школа № {0}",
    ];

    private static readonly string[] Deadlines =
    [
        "июнь-июль 2020 года",
        "до 30 декабря 2020 года",
        "сентябрь-ноябрь 2021 года",
        "ежеквартально",
        "до 1 октября 2022 года",
        "в течение 2023 года",
    ];

    private static readonly string[] Responsible = ["[rcokio]", "[rcokio, mouo]", "[chipkro, mouo, oo-nor]", "[minobr]", "[copmkp, rcokio]"];

    private static readonly string[] Results =
    [
        "Аналитическая справка",
        "Информационное письмо в МОУО, протокол совещания, план мероприятий по итогам консультаций",
        "Программа перехода в эффективный режим работы",
        "Отчёт о проведённых мероприятиях",
    ];

    /// <summary>The YAML of a roadmap with <paramref name="rows"/> items.</summary>
    public static string Yaml(string seedYaml, int rows)
    {
        var text = new StringBuilder(seedYaml[..seedYaml.IndexOf("  sections:\n", StringComparison.Ordinal)]).Append("  sections:\n");
        for (var i = 0; i < rows; i++)
        {
            if (i % SectionSize == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"    - title: Сопровождение общеобразовательных организаций муниципального округа № {(i / SectionSize) + 1}\n      items:\n");
            }

            text.Append("        - activity: ").Append(CultureInfo.InvariantCulture, $"{string.Format(CultureInfo.InvariantCulture, Activities[i % Activities.Length], i + 1)}\n")
                .Append("          deadline: ").Append(Deadlines[(i / 3) % Deadlines.Length]).Append('\n')
                .Append("          responsible: ").Append(Responsible[(i / 2) % Responsible.Length]).Append('\n')
                .Append("          result: ").Append(Results[(i / 5) % Results.Length]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Writes the roadmap of <paramref name="rows"/> items into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string seedPath, string folder, int rows)
    {
        var path = Path.Combine(folder, $"generated-{rows}.yaml");
        File.WriteAllText(path, Yaml(File.ReadAllText(seedPath), rows));
        return path;
    }
}
