using Prikaz.Diagnostics;
using Prikaz.Russian;

namespace Prikaz.Validation.Rules;

/// <summary>
/// The e-signature certificate must be valid on the order's date (ГОСТ Р 7.0.97: the mark shows the
/// certificate's validity period; a mark that contradicts the date is a wrong document).
/// </summary>
internal sealed class SignatureCertificateRule : IRule
{
    public string Code => "PRK012";

    public Severity Severity => Severity.Error;

    public string Title => "Сертификат электронной подписи не действителен на дату приказа";

    public IEnumerable<RuleFinding> Check(RuleContext context)
    {
        var order = context.File.Order;
        if (order.ElectronicSignature is not { } signature || order.Date is not { } date || (date >= signature.ValidFrom && date <= signature.ValidTo))
        {
            yield break;
        }

        var pointer = date < signature.ValidFrom ? "/order/electronicSignature/validFrom" : "/order/electronicSignature/validTo";
        yield return new RuleFinding(pointer,
            $"сертификат электронной подписи действителен с {RussianDates.Numeric(signature.ValidFrom)} по {RussianDates.Numeric(signature.ValidTo)}, а приказ датирован {RussianDates.Numeric(date)}");
    }
}
