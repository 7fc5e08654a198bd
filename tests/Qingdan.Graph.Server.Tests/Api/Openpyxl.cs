using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Qingdan.Graph.Server.Tests.Api;

/// <summary>A second opinion on a workbook the server writes: Debian's python3-openpyxl reads its first sheet (test.sh
/// installs it).</summary>
internal static class Openpyxl
{
    /// <summary>The active sheet's title, every row's values, and the cell types of its second row ("s", "n"…).</summary>
    public static async Task<JsonDocument> ReadAsync(byte[] workbook)
    {
        var path = Path.Combine(Path.GetTempPath(), $"openpyxl-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, workbook);
        try
        {
            using var python = Process.Start(new ProcessStartInfo("/usr/bin/python3")
            {
                ArgumentList =
                {
                    "-c",
                    "import json, sys, openpyxl\n" +
                    "sheet = openpyxl.load_workbook(sys.argv[1]).active\n" +
                    "print(json.dumps({'title': sheet.title, 'rows': [[c.value for c in r] for r in sheet.iter_rows()], " +
                    "'types': [c.data_type for c in sheet[2]]}, ensure_ascii=False))",
                    path,
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = Encoding.UTF8,
            })!;
            var output = await python.StandardOutput.ReadToEndAsync();
            var errors = await python.StandardError.ReadToEndAsync();
            await python.WaitForExitAsync();
            Assert.True(python.ExitCode == 0, errors);
            return JsonDocument.Parse(output);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
