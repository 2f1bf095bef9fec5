using Prikaz.Diagnostics;
using Prikaz.Loading;
using Prikaz.Model;
using Prikaz.Profiles;
using Prikaz.Templating;

namespace Prikaz.Printability;

/// <summary>
/// The QR requisite must fit a QR code. Its content is the profile's <c>qrCode</c> with the order's
/// number and date put in, so the error names the field that made it too long: the order's
/// <c>number</c> when the content without it would fit, else the profile's <c>qrCode</c>.
/// </summary>
internal static class QrCapacityCheck
{
    public static IEnumerable<Diagnostic> Check(OrderFile file, SourceMap map, AuthorityProfile profile, SourceMap? profileMap)
    {
        if (RequisitesModel.QrContent(file.Order, profile) is not { } content || QrCapacity.Problem(content) is not { } problem)
        {
            yield break;
        }

        var withoutNumber = RequisitesModel.QrContent(file.Order with { Number = string.Empty }, profile);
        if (withoutNumber is not null && QrCapacity.Problem(withoutNumber) is null)
        {
            var position = map.Locate("/order/number");
            yield return new Diagnostic(map.File, position.Line, position.Column, Severity.Error, PrintabilityCodes.QrTooLong,
                $"номер приказа, подставленный в QR-код ({{number}} в qrCode профиля), делает его слишком длинным: {problem}; сократите номер или ссылку в профиле");
        }
        else
        {
            var position = profileMap?.Locate("/qrCode") ?? SourcePosition.None;
            yield return new Diagnostic(profileMap?.File ?? map.File, position.Line, position.Column, Severity.Error, PrintabilityCodes.QrTooLong,
                $"qrCode профиля слишком длинный: {problem}; сократите его, например ссылкой на реестр");
        }
    }
}
