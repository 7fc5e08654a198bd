namespace Qingdan.Graph.Store.Exports;

/// <summary>
/// Writes an export into a sibling folder and moves it into place only when every file is complete:
/// a failed or interrupted export leaves no half-written folder behind.
/// </summary>
public static class ExportFolder
{
    public static async Task<T> WriteAsync<T>(
        string folder,
        Func<string, CancellationToken, Task<T>> write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(folder);
        if (File.Exists(target) || (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()))
        {
            throw new IOException($"{target} exists and is not empty; name a new folder (an export never writes over another).");
        }

        var partial = target.TrimEnd(Path.DirectorySeparatorChar) + ".partial";
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        Directory.CreateDirectory(partial);
        try
        {
            var result = await write(partial, cancellationToken);
            if (Directory.Exists(target))
            {
                Directory.Delete(target);
            }

            Directory.Move(partial, target);
            return result;
        }
        catch
        {
            Directory.Delete(partial, recursive: true);
            throw;
        }
    }
}
