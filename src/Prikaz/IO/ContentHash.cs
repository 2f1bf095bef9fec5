using System.Security.Cryptography;

namespace Prikaz.IO;

/// <summary>The SHA-256 of some bytes as lowercase hex: how the manifest and fingerprints name content.</summary>
public static class ContentHash
{
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
