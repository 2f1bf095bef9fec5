using System.ComponentModel;

namespace Prikaz.Model;

/// <summary>Data for the electronic-signature mark (ГОСТ Р 7.0.97: отметка об электронной подписи).</summary>
[Description("Сведения для отметки об электронной подписи.")]
public sealed record ElectronicSignature
{
    [Description("Серийный номер сертификата ключа проверки электронной подписи.")]
    public required string Certificate { get; init; }

    [Description("Владелец сертификата: фамилия, имя, отчество.")]
    public required string Owner { get; init; }

    [Description("Сертификат действителен с (ГГГГ-ММ-ДД).")]
    public required DateOnly ValidFrom { get; init; }

    [Description("Сертификат действителен по (ГГГГ-ММ-ДД).")]
    public required DateOnly ValidTo { get; init; }
}
