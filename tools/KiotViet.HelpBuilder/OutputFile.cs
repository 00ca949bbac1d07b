using System.Text;

namespace KiotViet.HelpBuilder;

/// <summary>Writes generated help so that readers never see a half-written file and unchanged files keep their time stamp.</summary>
public static class OutputFile
{
    private static readonly Encoding Utf8WithoutBom = new UTF8Encoding(false);

    public static void WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && File.ReadAllText(path) == content)
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temporary, content, Utf8WithoutBom);
        File.Move(temporary, path, overwrite: true);
    }
}
