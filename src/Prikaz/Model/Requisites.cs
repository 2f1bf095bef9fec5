using System.ComponentModel;
using System.Text.Json.Serialization;

namespace Prikaz.Model;

/// <summary>
/// The requisites every organisational-administrative document shares (ГОСТ Р 7.0.97: kind of
/// document, date, registration number, title, signature, the e-signature mark, the
/// executor mark, distribution). Every document kind's heading derives from it, so the letterhead,
/// requisites and signature partials serve every kind. The authority is named at the file's root.
/// </summary>
/// <remarks>
/// The order of properties is the order of the YAML reference and of «допустимые поля» in messages;
/// <see cref="JsonPropertyOrderAttribute"/> keeps a derived record's own fields where they always stood.
/// </remarks>
public record Requisites
{
    [JsonPropertyOrder(0)]
    [Description("Вид документа: order — приказ, directive — распоряжение.")]
    public OrderKind Kind { get; init; } = OrderKind.Order;

    [JsonPropertyOrder(10)]
    [Description("Дата приказа в формате ГГГГ-ММ-ДД, например 2020-06-23.")]
    public required DateOnly Date { get; init; }

    [JsonPropertyOrder(20)]
    [Description("Регистрационный номер приказа без знака №, например 017/1324.")]
    public required string Number { get; init; }

    [JsonPropertyOrder(30)]
    [Description("Заголовок к тексту (о чём приказ), без точки в конце.")]
    public required string Title { get; init; }

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
}
