using Prikaz.Model;

namespace Prikaz.Amendments;

/// <summary>How the Russian reports name the unit and the field of a change: «мероприятие 4.4», «графа «Срок»».</summary>
public static class ChangeWording
{
    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["authority"] = "орган власти",
        ["editions"] = "редакции",
        ["appendices"] = "приложения",
        ["draft"] = "отметка «проект»",
        ["place"] = "место издания",
        ["dateStyle"] = "способ записи даты",
        ["stampDateStyle"] = "способ записи даты в грифе",
        ["acquaintance"] = "лист ознакомления",
        ["approvalSheet"] = "лист согласования",
        ["numbering"] = "нумерация подпунктов",
        ["table"] = "таблица",
        ["kind"] = "вид документа",
        ["date"] = "дата",
        ["number"] = "номер",
        ["title"] = "заголовок",
        ["preamble"] = "преамбула",
        ["basis"] = "документы-основания",
        ["signatory"] = "подписант",
        ["electronicSignature"] = "отметка об электронной подписи",
        ["executor"] = "исполнитель",
        ["distribution"] = "рассылка",
        ["text"] = "текст",
        ["approval"] = "гриф утверждения",
        ["period"] = "период реализации",
        ["relevance"] = "актуальность",
        ["goal"] = "цель",
        ["tasks"] = "задачи",
        ["results"] = "ожидаемые результаты",
        ["width"] = "ширина",
        ["name"] = "краткое наименование",
        ["fullName"] = "полное наименование",
        ["excluded"] = "отметка об исключении",
        ["activity"] = "наименование мероприятия",
        ["deadline"] = "срок",
        ["responsible"] = "ответственный исполнитель",
        ["result"] = "результат",
        ["targetGroup"] = "целевая группа",
        ["notes"] = "примечание",
    };

    /// <summary>The unit a change names, in the nominative: «мероприятие 4.4», «пункт 2 приказа», «графа «Срок»».</summary>
    public static string Target(Change change, IReadOnlyList<Column>? columns = null) => Forms(change, columns).Nominative;

    /// <summary>The unit in the accusative, for «… исключить»: «мероприятие 3.1», «графу «Срок»», «исполнителя «rcokio»».</summary>
    public static string Accusative(Change change, IReadOnlyList<Column>? columns = null) => Forms(change, columns).Accusative;

    /// <summary>The unit in the instrumental, for «дополнить …»: «мероприятием 5.4», «графой «Место»».</summary>
    public static string Instrumental(Change change, IReadOnlyList<Column>? columns = null) => Forms(change, columns).Instrumental;

    private static (string Nominative, string Accusative, string Instrumental) Forms(Change change, IReadOnlyList<Column>? columns)
    {
        var column = columns?.FirstOrDefault(c => c.Key == change.Key)?.Title ?? change.Key;
        return change.Unit switch
        {
            ChangeUnit.Item => ($"мероприятие {change.Number}", $"мероприятие {change.Number}", $"мероприятием {change.Number}"),
            ChangeUnit.Section => ($"раздел {change.Number}", $"раздел {change.Number}", $"разделом {change.Number}"),
            ChangeUnit.Point => ($"пункт {change.Number} приказа", $"пункт {change.Number} приказа", $"пунктом {change.Number} приказа"),
            ChangeUnit.Column => ($"графа «{column}»", $"графу «{column}»", $"графой «{column}»"),
            ChangeUnit.Party => ($"исполнитель «{change.Key}»", $"исполнителя «{change.Key}»", $"исполнителем «{change.Key}»"),
            ChangeUnit.Passport => ("паспорт «дорожной карты»", "паспорт «дорожной карты»", "паспортом «дорожной карты»"),
            ChangeUnit.Roadmap => ("«дорожная карта»", "«дорожную карту»", "«дорожной картой»"),
            _ => ("приказ", "приказ", "приказом"),
        };
    }

    /// <summary>The field as the clerk knows it: a column's printed title for an item's cell, otherwise the member's Russian name.</summary>
    public static string Field(string field, ChangeUnit unit, IReadOnlyList<Column> columns)
    {
        if (unit == ChangeUnit.Item && columns.FirstOrDefault(c => c.Key == field) is { } column)
        {
            return $"графа «{column.Title}»";
        }

        if (unit == ChangeUnit.Section && field == "title")
        {
            return "название";
        }

        return Members.TryGetValue(field, out var name) ? name : $"графа «{field}»";
    }
}
