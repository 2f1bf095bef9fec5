using System.Text;

namespace Prikaz.Writers.Html.Qr;

/// <summary>
/// A QR code encoder (ISO/IEC 18004) for what an order's QR requisite holds, usually a link: byte
/// mode, UTF-8, error-correction level M, versions 1–10 (up to 213 bytes). Larger contents are not
/// encoded and the caller shows the text instead.
/// </summary>
internal static class QrEncoder
{
    /// <summary>Blocks per version at level M: error-correction codewords per block and the data codewords of each block.</summary>
    private static readonly (int EcPerBlock, int[] DataPerBlock)[] LevelM =
    [
        (10, [16]),
        (16, [28]),
        (26, [44]),
        (18, [32, 32]),
        (24, [43, 43]),
        (16, [27, 27, 27, 27]),
        (18, [31, 31, 31, 31]),
        (22, [38, 38, 39, 39]),
        (22, [36, 36, 36, 37, 37]),
        (26, [43, 43, 43, 43, 44]),
    ];

    /// <summary>Centres of the alignment patterns per version (ISO/IEC 18004, annex E).</summary>
    private static readonly int[][] AlignmentCentres =
    [
        [],
        [6, 18],
        [6, 22],
        [6, 26],
        [6, 30],
        [6, 34],
        [6, 22, 38],
        [6, 24, 42],
        [6, 26, 46],
        [6, 28, 50],
    ];

    /// <summary>
    /// The modules of the code for <paramref name="content"/>, <c>[row, column]</c>, <c>true</c> for dark,
    /// without the quiet zone; <c>null</c> when the content does not fit version 10.
    /// </summary>
    public static bool[,]? Encode(string content)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        for (var version = 1; version <= LevelM.Length; version++)
        {
            var capacityBits = LevelM[version - 1].DataPerBlock.Sum() * 8;
            var countBits = version < 10 ? 8 : 16;
            if (4 + countBits + (bytes.Length * 8) <= capacityBits)
            {
                return new Symbol(version, Codewords(bytes, version, countBits)).Modules;
            }
        }

        return null;
    }

    /// <summary>Data with mode, count, terminator and padding, split into blocks with their error correction and interleaved.</summary>
    private static byte[] Codewords(byte[] bytes, int version, int countBits)
    {
        var (ecPerBlock, dataPerBlock) = LevelM[version - 1];
        var capacity = dataPerBlock.Sum();
        var bits = new List<bool>(capacity * 8);
        void Append(int value, int length)
        {
            for (var i = length - 1; i >= 0; i--)
            {
                bits.Add(((value >> i) & 1) != 0);
            }
        }

        Append(0b0100, 4); // byte mode
        Append(bytes.Length, countBits);
        foreach (var b in bytes)
        {
            Append(b, 8);
        }

        Append(0, Math.Min(4, (capacity * 8) - bits.Count));
        Append(0, (8 - (bits.Count % 8)) % 8);
        var data = new List<byte>(capacity);
        for (var i = 0; i < bits.Count; i += 8)
        {
            var value = 0;
            for (var j = 0; j < 8; j++)
            {
                value = (value << 1) | (bits[i + j] ? 1 : 0);
            }

            data.Add((byte)value);
        }

        for (var pad = 0xEC; data.Count < capacity; pad ^= 0xEC ^ 0x11)
        {
            data.Add((byte)pad);
        }

        var blocks = new List<byte[]>();
        var errorCorrection = new List<byte[]>();
        var offset = 0;
        foreach (var length in dataPerBlock)
        {
            var block = data.GetRange(offset, length).ToArray();
            offset += length;
            blocks.Add(block);
            errorCorrection.Add(ReedSolomon.Remainder(block, ecPerBlock));
        }

        var result = new List<byte>(capacity + (ecPerBlock * blocks.Count));
        for (var i = 0; i < dataPerBlock.Max(); i++)
        {
            result.AddRange(blocks.Where(block => i < block.Length).Select(block => block[i]));
        }

        for (var i = 0; i < ecPerBlock; i++)
        {
            result.AddRange(errorCorrection.Select(block => block[i]));
        }

        return [.. result];
    }

    /// <summary>One symbol being drawn: function patterns, then the codewords, then the best mask.</summary>
    private sealed class Symbol
    {
        private readonly int size;
        private readonly bool[,] modules;
        private readonly bool[,] isFunction;

        public Symbol(int version, byte[] codewords)
        {
            size = 17 + (4 * version);
            modules = new bool[size, size];
            isFunction = new bool[size, size];
            DrawFunctionPatterns(version);
            DrawCodewords(codewords);

            var bestMask = 0;
            var bestPenalty = int.MaxValue;
            for (var mask = 0; mask < 8; mask++)
            {
                ApplyMask(mask);
                DrawFormatBits(mask);
                var penalty = Penalty();
                if (penalty < bestPenalty)
                {
                    bestPenalty = penalty;
                    bestMask = mask;
                }

                ApplyMask(mask); // masking is its own inverse
            }

            ApplyMask(bestMask);
            DrawFormatBits(bestMask);
        }

        public bool[,] Modules => modules;

        private void Set(int x, int y, bool dark)
        {
            modules[y, x] = dark;
            isFunction[y, x] = true;
        }

        private void DrawFunctionPatterns(int version)
        {
            for (var i = 0; i < size; i++)
            {
                Set(6, i, i % 2 == 0);
                Set(i, 6, i % 2 == 0);
            }

            DrawFinder(3, 3);
            DrawFinder(size - 4, 3);
            DrawFinder(3, size - 4);

            var centres = AlignmentCentres[version - 1];
            for (var i = 0; i < centres.Length; i++)
            {
                for (var j = 0; j < centres.Length; j++)
                {
                    var nearFinder = (i == 0 && j == 0) || (i == 0 && j == centres.Length - 1) || (i == centres.Length - 1 && j == 0);
                    if (!nearFinder)
                    {
                        for (var dy = -2; dy <= 2; dy++)
                        {
                            for (var dx = -2; dx <= 2; dx++)
                            {
                                Set(centres[i] + dx, centres[j] + dy, Math.Max(Math.Abs(dx), Math.Abs(dy)) != 1);
                            }
                        }
                    }
                }
            }

            DrawFormatBits(0); // reserves the area; redrawn with the chosen mask
            if (version >= 7)
            {
                var remainder = version;
                for (var i = 0; i < 12; i++)
                {
                    remainder = (remainder << 1) ^ ((remainder >> 11) * 0x1F25);
                }

                var bits = (version << 12) | remainder;
                for (var i = 0; i < 18; i++)
                {
                    var dark = ((bits >> i) & 1) != 0;
                    var a = size - 11 + (i % 3);
                    var b = i / 3;
                    Set(a, b, dark);
                    Set(b, a, dark);
                }
            }
        }

        private void DrawFinder(int cx, int cy)
        {
            for (var dy = -4; dy <= 4; dy++)
            {
                for (var dx = -4; dx <= 4; dx++)
                {
                    int x = cx + dx, y = cy + dy;
                    if (x >= 0 && x < size && y >= 0 && y < size)
                    {
                        var distance = Math.Max(Math.Abs(dx), Math.Abs(dy));
                        Set(x, y, distance != 2 && distance != 4);
                    }
                }
            }
        }

        private void DrawFormatBits(int mask)
        {
            // Level M is 00, so the five data bits are the mask number; BCH(15,5) then the fixed XOR.
            var remainder = mask;
            for (var i = 0; i < 10; i++)
            {
                remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
            }

            var bits = ((mask << 10) | remainder) ^ 0x5412;
            bool Bit(int i) => ((bits >> i) & 1) != 0;
            for (var i = 0; i <= 5; i++)
            {
                Set(8, i, Bit(i));
            }

            Set(8, 7, Bit(6));
            Set(8, 8, Bit(7));
            Set(7, 8, Bit(8));
            for (var i = 9; i < 15; i++)
            {
                Set(14 - i, 8, Bit(i));
            }

            for (var i = 0; i < 8; i++)
            {
                Set(size - 1 - i, 8, Bit(i));
            }

            for (var i = 8; i < 15; i++)
            {
                Set(8, size - 15 + i, Bit(i));
            }

            Set(8, size - 8, true);
        }

        private void DrawCodewords(byte[] codewords)
        {
            var bit = 0;
            for (var right = size - 1; right >= 1; right -= 2)
            {
                if (right == 6)
                {
                    right = 5; // the vertical timing pattern
                }

                var upward = ((right + 1) & 2) == 0;
                for (var vertical = 0; vertical < size; vertical++)
                {
                    var y = upward ? size - 1 - vertical : vertical;
                    for (var j = 0; j < 2; j++)
                    {
                        var x = right - j;
                        if (!isFunction[y, x] && bit < codewords.Length * 8)
                        {
                            modules[y, x] = ((codewords[bit >> 3] >> (7 - (bit & 7))) & 1) != 0;
                            bit++;
                        }
                    }
                }
            }
        }

        private void ApplyMask(int mask)
        {
            for (var y = 0; y < size; y++)
            {
                for (var x = 0; x < size; x++)
                {
                    var invert = mask switch
                    {
                        0 => (x + y) % 2 == 0,
                        1 => y % 2 == 0,
                        2 => x % 3 == 0,
                        3 => (x + y) % 3 == 0,
                        4 => ((x / 3) + (y / 2)) % 2 == 0,
                        5 => (x * y % 2) + (x * y % 3) == 0,
                        6 => ((x * y % 2) + (x * y % 3)) % 2 == 0,
                        _ => (((x + y) % 2) + (x * y % 3)) % 2 == 0,
                    };
                    if (invert && !isFunction[y, x])
                    {
                        modules[y, x] = !modules[y, x];
                    }
                }
            }
        }

        /// <summary>The penalty score of ISO/IEC 18004, 7.8.3: runs, 2 × 2 blocks, finder-like patterns, balance.</summary>
        private int Penalty()
        {
            var penalty = 0;
            var dark = 0;
            for (var a = 0; a < size; a++)
            {
                var rowLine = new bool[size];
                var columnLine = new bool[size];
                for (var b = 0; b < size; b++)
                {
                    rowLine[b] = modules[a, b];
                    columnLine[b] = modules[b, a];
                    dark += modules[a, b] ? 1 : 0;
                }

                penalty += LinePenalty(rowLine) + LinePenalty(columnLine);
            }

            for (var y = 0; y + 1 < size; y++)
            {
                for (var x = 0; x + 1 < size; x++)
                {
                    var colour = modules[y, x];
                    if (colour == modules[y, x + 1] && colour == modules[y + 1, x] && colour == modules[y + 1, x + 1])
                    {
                        penalty += 3;
                    }
                }
            }

            var total = size * size;
            var k = ((Math.Abs((dark * 20) - (total * 10)) + total - 1) / total) - 1;
            return penalty + (Math.Max(k, 0) * 10);
        }

        private static int LinePenalty(bool[] line)
        {
            var penalty = 0;
            var run = 1;
            for (var i = 1; i <= line.Length; i++)
            {
                if (i < line.Length && line[i] == line[i - 1])
                {
                    run++;
                    continue;
                }

                if (run >= 5)
                {
                    penalty += run - 2;
                }

                run = 1;
            }

            // 1:1:3:1:1 finder-like pattern with four light modules on either side.
            bool[] pattern = [true, false, true, true, true, false, true];
            for (var i = 0; i + pattern.Length <= line.Length; i++)
            {
                if (pattern.Select((value, j) => line[i + j] == value).All(match => match)
                    && (LightRun(line, i - 4, i) || LightRun(line, i + pattern.Length, i + pattern.Length + 4)))
                {
                    penalty += 40;
                }
            }

            return penalty;
        }

        /// <summary>Whether modules [from, to) are all light; the quiet zone outside the symbol counts as light.</summary>
        private static bool LightRun(bool[] line, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (i >= 0 && i < line.Length && line[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
