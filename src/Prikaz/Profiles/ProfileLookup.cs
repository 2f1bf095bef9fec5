using Prikaz.Diagnostics;
using Prikaz.Loading;

namespace Prikaz.Profiles;

/// <summary>The result of looking up an authority profile: the profile when it loaded without errors, and its problems.</summary>
/// <param name="Map">Where each value of the profile file stands, when the file was read: checks of the order that a
/// profile value can break (the QR code's length) report at the profile's own line.</param>
public sealed record ProfileLookup(AuthorityProfile? Profile, IReadOnlyList<Diagnostic> Diagnostics, SourceMap? Map = null);
