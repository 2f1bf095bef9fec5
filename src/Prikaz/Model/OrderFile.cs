using System.ComponentModel;
using Prikaz.Kinds;

namespace Prikaz.Model;

/// <summary>One YAML file under <c>roadmaps/</c>: an order with its appendices (a single <c>roadmap:</c>, or <c>appendices:</c>).</summary>
[Description("Приказ с «дорожной картой» в приложении: один файл YAML на один приказ.")]
public sealed record OrderFile : IDocumentModel
{
    [Description("Идентификатор профиля органа власти: файл templates/authorities/<id>.yaml (бланк, место издания, подписант по умолчанию, оформление). Только строчные латинские буквы, цифры и дефис.")]
    public required string Authority { get; init; }

    [Description("Реквизиты и текст приказа.")]
    public required Order Order { get; init; }

    [Description("Реестр исполнителей: идентификатор → краткое и полное наименование. Мероприятия ссылаются на исполнителей по идентификатору.")]
    public IReadOnlyDictionary<string, Party> Parties { get; init; } = new Dictionary<string, Party>();

    [Description("«Дорожная карта» — единственное приложение к приказу. Для нескольких приложений или приложения другого вида (таблица, список) — appendices; указывать и roadmap, и appendices нельзя.")]
    public Roadmap? Roadmap { get; init; }

    [Description("Приложения к приказу по порядку: «дорожные карты», таблицы, списки. Пункты приказа ссылаются на них по номеру: «согласно приложению № 2».")]
    public IReadOnlyList<Appendix> Appendices { get; init; } = [];

    [Description("Редакции подписанного приказа по порядку: первая — сам приказ (его дата и номер), затем каждый приказ о внесении изменений. Если редакции указаны, нумерация подписана: номера не меняются, исключённое мероприятие остаётся на своём месте с отметкой excluded, новое получает следующий свободный номер раздела или подномер (4.4.1).")]
    public IReadOnlyList<Edition> Editions { get; init; } = [];
}
