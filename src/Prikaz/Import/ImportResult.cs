using Prikaz.Diagnostics;
using Prikaz.Model;

namespace Prikaz.Import;

/// <summary>
/// The outcome of one import: the YAML (which loads without errors), its model, the review notes with
/// their YAML lines, the validator's remaining warnings, and a new authority profile when no existing
/// one matched the letterhead.
/// </summary>
public sealed record ImportResult(
    string Yaml,
    OrderFile File,
    IReadOnlyList<ImportNote> Notes,
    IReadOnlyList<Diagnostic> Diagnostics,
    string Format,
    NewProfile? NewProfile);
