using System.ComponentModel;
using System.Text.Json.Serialization;
using Prikaz.Profiles;

namespace Prikaz.Model;

/// <summary>
/// The requisites every organisational-administrative document shares (ГОСТ Р 7.0.97: kind of
/// document, date, registration number, title, signature, the e-signature mark, the
/// executor mark, distribution, the acquaintance list and the approval sheet). Every document kind's heading derives from it, so the letterhead,
/// requisites and signature partials serve every kind. The authority is named at the file's root.
/// </summary>
/// <remarks>
/// The order of properties is the order of the YAML reference and of «допустимые поля» in messages;
/// <see cref="JsonPropertyOrderAttribute"/> keeps a derived record's own fields where they always stood.
/// </remarks>
public record Requisites
{
    /// <summary>The date a draft without one is stamped with where a date is required (see <see cref="StampDate"/>).</summary>
    public static readonly DateOnly UndatedDraft = new(2000, 1, 1);

    [JsonPropertyOrder(0)]
    [Description("Вид документа: order — приказ, directive — распоряжение.")]
    public OrderKind Kind { get; init; } = OrderKind.Order;

    [JsonPropertyOrder(5)]
    [Description("Проект: в правом верхнем углу первой страницы печатается «ПРОЕКТ», дата и номер остаются пустыми строками для регистрации. В проекте date и number можно не указывать; указанная дата — планируемая, по ней проверяются сроки.")]
    public bool Draft { get; init; }

    [JsonPropertyOrder(10)]
    [Description("Дата приказа в формате ГГГГ-ММ-ДД, например 2020-06-23. Обязательна, кроме проекта (draft: true).")]
    public DateOnly? Date { get; init; }

    [JsonPropertyOrder(20)]
    [Description("Регистрационный номер приказа без знака №, например 017/1324. Обязателен, кроме проекта (draft: true).")]
    public string? Number { get; init; }

    [JsonPropertyOrder(30)]
    [Description("Заголовок к тексту (о чём приказ), без точки в конце.")]
    public required string Title { get; init; }

    [JsonPropertyOrder(32)]
    [Description("Место издания, если оно не то, что в профиле органа власти, например «с. Ивановка».")]
    public string? Place { get; init; }

    [JsonPropertyOrder(34)]
    [Description("Способ записи даты в реквизитах этого приказа, если он не тот, что в профиле: numeric — «14.03.2022», long — «14 марта 2022», quoted — «\"14\" марта 2022».")]
    public DateStyle? DateStyle { get; init; }

    [JsonPropertyOrder(36)]
    [Description("Способ записи даты в грифе приложения («от 14.03.2022»), если он не тот, что в реквизитах: numeric, long или quoted.")]
    public DateStyle? StampDateStyle { get; init; }

    [JsonPropertyOrder(70)]
    [Description("Подписант; если не указан, берётся из профиля органа власти.")]
    public Signatory? Signatory { get; init; }

    [JsonPropertyOrder(80)]
    [Description("Отметка об электронной подписи (ставится вместо собственноручной подписи). Prikaz только рисует отметку, документ он не подписывает.")]
    public ElectronicSignature? ElectronicSignature { get; init; }

    [JsonPropertyOrder(90)]
    [Description("Отметка об исполнителе: ФИО и телефон.")]
    public Executor? Executor { get; init; }

    [JsonPropertyOrder(100)]
    [Description("Рассылка: кому направляется приказ.")]
    public IReadOnlyList<string> Distribution { get; init; } = [];

    [JsonPropertyOrder(110)]
    [Description("Лист ознакомления «С приказом ознакомлены»: ФИО и должности, с местом для подписи и даты.")]
    public Acquaintance? Acquaintance { get; init; }

    /// <summary>
    /// The date the files are stamped with (DOCX core properties, PDF metadata, calendar events): the
    /// order's date; for a draft without one, 1 January 2000 — fixed, so the same draft always gives the
    /// same bytes. Never printed: a draft's date is a line to fill in.
    /// </summary>
    [JsonIgnore]
    public DateOnly StampDate => Date ?? UndatedDraft;

    /// <summary>True when the document has its date and number and is not a draft: they are printed and cited.</summary>
    [JsonIgnore]
    public bool IsRegistered => !Draft && Date is not null && Number is not null;

    [JsonPropertyOrder(120)]
    [Description("Лист согласования проекта: визы (должность, ФИО; подпись, дата и замечания — от руки). Печатается на отдельном листе в конце.")]
    public IReadOnlyList<Visa> ApprovalSheet { get; init; } = [];
}
