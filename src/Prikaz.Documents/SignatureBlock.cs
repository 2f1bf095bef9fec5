namespace Prikaz.Documents;

/// <summary>
/// The signature requisite: the signatory's position at the left (may take several lines) and the
/// initials and surname at the right border on the level of the position's last line.
/// </summary>
/// <param name="PositionLines">The position, one entry per line.</param>
/// <param name="Name">Initials and surname, e.g. «А.И.\u00A0Кузнецов».</param>
/// <param name="ElectronicSignature">
/// When set, the electronic-signature mark is drawn between position and name, in place of the
/// handwritten signature (ГОСТ Р 7.0.97-2025: the mark replaces the signature).
/// </param>
public sealed record SignatureBlock(IReadOnlyList<string> PositionLines, string Name, ElectronicSignatureMark? ElectronicSignature = null) : Block;
