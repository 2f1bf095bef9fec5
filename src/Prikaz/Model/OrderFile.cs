using System.ComponentModel;
using Prikaz.Kinds;

namespace Prikaz.Model;

/// <summary>One YAML file under <c>roadmaps/</c>: an order with its roadmap appendix.</summary>
[Description("Приказ с «дорожной картой» в приложении: один файл YAML на один приказ.")]
public sealed record OrderFile : IDocumentModel
{
    [Description("Идентификатор профиля органа власти: файл templates/authorities/<id>.yaml (бланк, место издания, подписант по умолчанию, оформление). Только строчные латинские буквы, цифры и дефис.")]
    public required string Authority { get; init; }

    [Description("Реквизиты и текст приказа.")]
    public required Order Order { get; init; }

    [Description("Реестр исполнителей: идентификатор → краткое и полное наименование. Мероприятия ссылаются на исполнителей по идентификатору.")]
    public IReadOnlyDictionary<string, Party> Parties { get; init; } = new Dictionary<string, Party>();

    [Description("«Дорожная карта» — приложение к приказу.")]
    public Roadmap? Roadmap { get; init; }

    [Description("Редакции подписанного приказа по порядку: первая — сам приказ (его дата и номер), затем каждый приказ о внесении изменений. Если редакции указаны, нумерация подписана: номера не меняются, исключённое мероприятие остаётся на своём месте с отметкой excluded, новое получает следующий свободный номер раздела или подномер (4.4.1).")]
    public IReadOnlyList<Edition> Editions { get; init; } = [];
}
