using System.ComponentModel;
using Prikaz.Kinds;
using Prikaz.Model;

namespace Prikaz.Amendments.Files;

/// <summary>
/// One amendment order («О внесении изменений в приказ …», <c>kind: amendment</c>): the order it amends,
/// its own requisites and text, and its changes in the signed numbering of the amended edition. It is a
/// signed document of its own, so everything it prints is in this file: restated and added rows, and the
/// new edition of the appendix when the appendix is restated.
/// </summary>
[Description("Приказ о внесении изменений в приказ с «дорожной картой»: какой приказ изменяется, реквизиты, перечень изменений.")]
public sealed record AmendmentFile : IDocumentModel
{
    [Description("Идентификатор профиля органа власти: файл templates/authorities/<id>.yaml. Только строчные латинские буквы, цифры и дефис.")]
    public required string Authority { get; init; }

    [Description("Изменяемый приказ: файл YAML с ним и его дата и номер, как он подписан.")]
    public required AmendedOrder Amends { get; init; }

    [Description("Реквизиты и текст приказа о внесении изменений.")]
    public required AmendmentOrder Order { get; init; }

    [Description("Изменения по порядку текста, в нумерации изменяемой редакции: каждое — одна структурная единица (мероприятие, пункт, раздел паспорта, графа).")]
    public IReadOnlyList<AmendmentChange> Changes { get; init; } = [];

    [Description("Исполнители, которых нет в реестре изменяемого приказа, но которые названы в новых строках (идентификатор → краткое и полное наименование).")]
    public IReadOnlyDictionary<string, Party> Parties { get; init; } = new Dictionary<string, Party>();

    [Description("Новая редакция приложения целиком: если указана, приложение к изменяемому приказу излагается в новой редакции согласно приложению к этому приказу и печатается как его приложение.")]
    public Roadmap? Appendix { get; init; }
}
