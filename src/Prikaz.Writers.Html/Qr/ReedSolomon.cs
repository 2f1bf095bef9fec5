namespace Prikaz.Writers.Html.Qr;

/// <summary>Reed–Solomon error-correction codewords over GF(2⁸) with the QR polynomial x⁸+x⁴+x³+x²+1 (ISO/IEC 18004, 7.5.2).</summary>
internal static class ReedSolomon
{
    /// <summary>The <paramref name="degree"/> error-correction codewords of <paramref name="data"/>.</summary>
    public static byte[] Remainder(ReadOnlySpan<byte> data, int degree)
    {
        var divisor = Divisor(degree);
        var result = new byte[degree];
        foreach (var b in data)
        {
            var factor = (byte)(b ^ result[0]);
            Array.Copy(result, 1, result, 0, degree - 1);
            result[degree - 1] = 0;
            for (var i = 0; i < degree; i++)
            {
                result[i] ^= Multiply(divisor[i], factor);
            }
        }

        return result;
    }

    /// <summary>The generator polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)) without its leading term.</summary>
    private static byte[] Divisor(int degree)
    {
        var result = new byte[degree];
        result[degree - 1] = 1;
        byte root = 1;
        for (var i = 0; i < degree; i++)
        {
            for (var j = 0; j < degree; j++)
            {
                result[j] = Multiply(result[j], root);
                if (j + 1 < degree)
                {
                    result[j] ^= result[j + 1];
                }
            }

            root = Multiply(root, 0x02);
        }

        return result;
    }

    private static byte Multiply(byte x, byte y)
    {
        var z = 0;
        for (var i = 7; i >= 0; i--)
        {
            z = (z << 1) ^ ((z >> 7) * 0x11D);
            z ^= ((y >> i) & 1) * x;
        }

        return (byte)z;
    }
}
