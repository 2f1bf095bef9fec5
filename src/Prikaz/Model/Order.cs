using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>The order itself: requisites, text, signature and marks.</summary>
[Description("Приказ: реквизиты, текст, подпись, отметки.")]
public sealed record Order
{
    [Description("Вид документа: order — приказ, directive — распоряжение.")]
    public OrderKind Kind { get; init; } = OrderKind.Order;

    [Description("Дата приказа в формате ГГГГ-ММ-ДД, например 2020-06-23.")]
    public required DateOnly Date { get; init; }

    [Description("Регистрационный номер приказа без знака №, например 017/1324.")]
    public required string Number { get; init; }

    [Description("Заголовок к тексту (о чём приказ), без точки в конце.")]
    public required string Title { get; init; }

    [Description("Преамбула: основание и цель издания приказа. Пустая строка разделяет абзацы.")]
    public string? Preamble { get; init; }

    [Description("Документы, на которые ссылается преамбула (для проверки дат и номеров).")]
    public IReadOnlyList<CitedDocument> Basis { get; init; } = [];

    [Description("Пункты распорядительной части; нумерация выводится из порядка пунктов.")]
    public required IReadOnlyList<Point> Points { get; init; }

    [Description("Подписант; если не указан, берётся из профиля органа власти.")]
    public Signatory? Signatory { get; init; }

    [Description("Отметка об электронной подписи (ставится вместо собственноручной подписи). Prikaz только рисует отметку, документ он не подписывает.")]
    public ElectronicSignature? ElectronicSignature { get; init; }

    [Description("Отметка об исполнителе: ФИО и телефон.")]
    public Executor? Executor { get; init; }

    [Description("Рассылка: кому направляется приказ.")]
    public IReadOnlyList<string> Distribution { get; init; } = [];
}
