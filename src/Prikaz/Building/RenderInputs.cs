namespace Prikaz.Building;

/// <summary>What a checked document's fingerprint and check key were computed from, to compute them again with what its templates read.</summary>
internal sealed record RenderInputs(DocumentInput Document, InputFingerprints Fingerprints, CheckKeys Keys, DependencyDigests Dependencies);
