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
        text.AppendLine("                its file, the number of records in it and the number of original files it added.");
        text.AppendLine("                The format is documented at https://pixyer.com/docs/export-format (JSON, UTF-8,");
        text.AppendLine("                times in ISO 8601 UTC, every id a UUID string).");
        text.AppendLine("README.txt      this file.");
        text.AppendLine("uploads/        the photos you uploaded, as Pixyer stores them, named <upload id>.<extension>.");
        text.AppendLine("assets/         the visuals generated for you, named <asset id>.<extension>.");
        text.AppendLine();
        text.AppendLine("One JSON file per category of data (the obligations are those of Pixyer's privacy policy that the data serves):");
        text.AppendLine();
        foreach (var category in manifest.Categories)
        {
            var file = category.File ?? "(no file: nothing of this category is kept about you)";
            var originals = category.Files > 0 ? $", {category.Files} file(s) under {category.Name}/" : "";
            text.AppendLine($"{file,-36} {category.Name}: {category.Count} record(s){originals}; obligations {string.Join(", ", category.Obligations)}");
        }

        return text.ToString();
    }
}
