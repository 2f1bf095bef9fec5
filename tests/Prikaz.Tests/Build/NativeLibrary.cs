using System.Buffers.Binary;

namespace Prikaz.Tests.Build;

/// <summary>
/// The processor architectures a native library is built for, read from its header: ELF (Linux),
/// PE (Windows), Mach-O thin or universal (macOS). Enough to tell a package's libraries apart.
/// </summary>
internal static class NativeLibrary
{
    public static IReadOnlyList<string> Architectures(byte[] bytes)
    {
        if (bytes is [0x7F, (byte)'E', (byte)'L', (byte)'F', ..])
        {
            return [Elf(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(18)))];
        }

        if (bytes is [(byte)'M', (byte)'Z', ..])
        {
            var header = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(0x3C));
            return [Pe(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(header + 4)))];
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(bytes) == 0xCAFEBABE)
        {
            var count = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(4));
            return [.. Enumerable.Range(0, count).Select(i => MachO(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(8 + (i * 20)))))];
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes) == 0xFEEDFACF)
        {
            return [MachO(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(4)))];
        }

        return [];
    }

    private static string Elf(ushort machine) => machine switch { 62 => "x64", 183 => "arm64", _ => $"elf-{machine}" };

    private static string Pe(ushort machine) => machine switch { 0x8664 => "x64", 0xAA64 => "arm64", _ => $"pe-{machine:x}" };

    private static string MachO(uint cpu) => cpu switch { 0x01000007 => "x64", 0x0100000C => "arm64", _ => $"macho-{cpu:x}" };
}
