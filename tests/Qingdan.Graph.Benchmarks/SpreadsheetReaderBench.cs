using System.Diagnostics;
using System.Globalization;
using ExcelDataReader;
using MiniExcelLibs;
using Qingdan.Graph.Ingest.Sheets;
using Qingdan.Graph.Testing;

namespace Qingdan.Graph.Benchmarks;

/// <summary>
/// <c>qingdan-bench xlsx-readers --rows N --reader ours|exceldatareader|miniexcel [--work DIR]</c>: one
/// streamed read of every cell of an N-row sheet written as Excel writes one (shared strings, numbers),
/// one reader a process so that each has its own peak memory. ClosedXML is not here: 0.95.4, the
/// version served, needs Open XML SDK 2 (the ingest uses 3.3) and loads the whole workbook
/// (docs/mapping.md "Reading workbooks" has its figures from a separate run).
/// </summary>
internal static class SpreadsheetReaderBench
{
    public static int Run(string reader, int rows, string work)
    {
        var path = Path.Combine(work, string.Create(CultureInfo.InvariantCulture, $"sheet-{rows}.xlsx"));
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(work);
            XlsxBuilder.WriteLarge(path
                + ".tmp", "家庭成员", ["干部姓名", "干部身份证号", "家属姓名", "称谓", "家属身份证号", "出生年月", "结婚时间", "出资额", "持股比例", "备注"], rows, i =>
            [
                Names[i % Names.Length], string.Create(
                    CultureInfo.InvariantCulture,
                    $"44080219{60 + (i % 30)}{1 + (i % 12):00}{1 + (i % 28):00}{i % 1000:000}X"),
                Names[(i * 7) % Names.Length], Relations[i % Relations.Length], string.Create(
                    CultureInfo.InvariantCulture,
                    $"44080219{80 + (i % 15)}{1 + (i % 12):00}{1 + (i % 28):00}{i % 1000:000}1"),
                string.Create(CultureInfo.InvariantCulture, $"{1950 + (i % 50)}.{1 + (i % 12):00}"), (double)(30000 + (i % 15000)), i
                    * 10.5, (i % 100) / 100.0, "无",
            ], sharedStrings: true);
            File.Move(path + ".tmp", path);
        }

        // ExcelDataReader asks for code page 1252 (of .xls files) even for an .xlsx.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var clock = Stopwatch.StartNew();
        long read = 0, cells = 0, characters = 0;
        switch (reader)
        {
            case "ours":
                foreach (var row in XlsxSheet.Open(path, null).ReadRows(CancellationToken.None))
                {
                    read++;
                    foreach (var cell in row.Cells)
                    {
                        cells += cell.IsEmpty ? 0 : 1;
                        characters += cell.Text?.Length ?? 0;
                    }
                }

                break;
            case "exceldatareader":
                using (var stream = File.OpenRead(path))
                using (var excel = ExcelReaderFactory.CreateReader(stream))
                {
                    while (excel.Read())
                    {
                        read++;
                        for (var i = 0; i < excel.FieldCount; i++)
                        {
                            if (excel.GetValue(i) is { } value)
                            {
                                cells++;
                                characters += Convert.ToString(value, CultureInfo.InvariantCulture)!.Length;
                            }
                        }
                    }
                }

                break;
            case "miniexcel":
                foreach (IDictionary<string, object?> row in MiniExcel.Query(path, useHeaderRow: false))
                {
                    read++;
                    foreach (var value in row.Values)
                    {
                        if (value is not null)
                        {
                            cells++;
                            characters += Convert.ToString(value, CultureInfo.InvariantCulture)!.Length;
                        }
                    }
                }

                break;
            default:
                Console.Error.WriteLine($"--reader is ours, exceldatareader or miniexcel, not {reader}");
                return 2;
        }

        clock.Stop();
        var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"xlsx-readers {reader,-15} rows={read,9:N0} cells={cells,10:N0} chars={characters,11:N0} " +
                $"time={clock.Elapsed.TotalSeconds,6:0.00}s rows/s={read / clock.Elapsed.TotalSeconds,9:N0} " +
                    $"peak_rss_mb={process.PeakWorkingSet64 / 1048576.0,5:0} " +
                        $"allocated_mb={(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0,7:0}"));
        return 0;
    }

    private static readonly string[] Names = Enumerable.Range(0, 3000)
        .Select(i => $"{"王李张刘陈杨黄赵吴周"[i % 10]}{"建国秀英伟芳娜敏静丽强磊"[(i / 10) % 12]}{"军洋勇艳杰娟涛明"[(i / 120) % 8]}")
        .ToArray();

    private static readonly string[] Relations = ["配偶", "儿子", "女儿", "父亲", "母亲", "岳父", "哥哥", "妹妹"];
}
