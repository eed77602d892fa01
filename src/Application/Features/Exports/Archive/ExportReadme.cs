using System.Text;

namespace Pixyer.Application.Features.Exports.Archive;

/// <summary>The archive's <c>README.txt</c>: what each file is, generated from the manifest so it never misses a source.</summary>
internal static class ExportReadme
{
    public static string For(ExportManifest manifest)
    {
        var text = new StringBuilder();
        text.AppendLine("Your Pixyer data");
        text.AppendLine("================");
        text.AppendLine();
        text.AppendLine($"This archive holds every piece of personal data Pixyer keeps about you, as of {manifest.GeneratedAt:u}.");
        text.AppendLine("It answers your right of access and to data portability (GDPR articles 15 and 20, PIPL article 45).");
        text.AppendLine();
        text.AppendLine("manifest.json   what the archive holds: the format version, when it was made, and for each category");
        text.AppendLine("                its file and the number of records in it. The format is documented at");
        text.AppendLine("                https://pixyer.com/docs/export-format (JSON, UTF-8, times in ISO 8601 UTC).");
        text.AppendLine("README.txt      this file.");
        text.AppendLine("uploads/        the photos you uploaded, as Pixyer stores them, named <upload id>.<extension>.");
        text.AppendLine("assets/         the visuals generated for you, named <asset id>.<extension>.");
        text.AppendLine();
        text.AppendLine("One JSON file per category of data (the obligations are those of Pixyer's privacy policy that the data serves):");
        text.AppendLine();
        foreach (var category in manifest.Categories)
        {
            var file = category.File ?? "(no file: nothing of this category is kept about you)";
            text.AppendLine($"{file,-36} {category.Name}: {category.Count} record(s); obligations {string.Join(", ", category.Obligations)}");
        }

        return text.ToString();
    }
}
