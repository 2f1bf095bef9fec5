namespace Prikaz.Amendments.Files;

/// <summary>A passport field as the model stores it (<c>goal</c>) and as the document titles it («Цель»).</summary>
public static class PassportWording
{
    public static string Member(PassportField field) => field switch
    {
        PassportField.Relevance => "relevance",
        PassportField.Goal => "goal",
        PassportField.Tasks => "tasks",
        _ => "results",
    };

    /// <summary>The row label of the passport table (<c>PassportRows</c>).</summary>
    public static string Label(PassportField field) => field switch
    {
        PassportField.Relevance => "Актуальность",
        PassportField.Goal => "Цель",
        PassportField.Tasks => "Задачи",
        _ => "Ожидаемые результаты",
    };

    public static PassportField? Of(string member) => member switch
    {
        "relevance" => PassportField.Relevance,
        "goal" => PassportField.Goal,
        "tasks" => PassportField.Tasks,
        "results" => PassportField.Results,
        _ => null,
    };
}
