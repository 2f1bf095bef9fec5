using Prikaz.Diagnostics;

namespace Prikaz.Profiles;

/// <summary>The result of looking up an authority profile: the profile when it loaded without errors, and its problems.</summary>
public sealed record ProfileLookup(AuthorityProfile? Profile, IReadOnlyList<Diagnostic> Diagnostics);
