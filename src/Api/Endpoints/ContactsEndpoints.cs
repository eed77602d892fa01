using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pixyer.Api.Http;
using Pixyer.Application;
using Pixyer.Application.Common.Paging;
using Pixyer.Application.Features.Contacts;
using Pixyer.Application.Features.Contacts.DeleteAllMyContacts;
using Pixyer.Application.Features.Contacts.DeleteMyContact;
using Pixyer.Application.Features.Contacts.ImportContacts;
using Pixyer.Application.Features.Contacts.ListMyContacts;

namespace Pixyer.Api.Endpoints;

/// <summary>Contacts imported from an address book (obligation C11): import with consent, list, delete.</summary>
public sealed class ContactsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var limits = routes.ServiceProvider.GetRequiredService<IOptions<PixyerOptions>>().Value.Contacts;
        var contacts = routes.MapGroup("/me/contacts").WithTags("Contacts");

        contacts.MapPost("/imports", Import)
            .Sends<ImportContactsCommand>()
            .WithName("ImportContacts")
            .WithSummary("Import an address book sent as the multipart field `file`: vCard 3.0/4.0 or CSV with a header row; needs the `contacts_import` consent")
            .WithDescription(
                $"The part's declared type decides the format: {string.Join(", ", ContactFileFormats.VCardTypes)} or "
                + $"{string.Join(", ", ContactFileFormats.CsvTypes)} (else 415 `unsupported-contacts-type`). At most {limits.MaxImportBytes} bytes "
                + "(413 `payload-too-large`). Only each contact's name, e-mail address and phone number are kept; every other field is dropped. "
                + "A contact already imported (same e-mail address ignoring case, else same phone digits, else same name) is not added again. "
                + "A file that cannot be read answers 422 `contacts-file-malformed` with the `line` and adds nothing.")
            // Multipart needs no antiforgery token here: cookie sessions are guarded by the CSRF header check (ActorMiddleware).
            .DisableAntiforgery()
            .WithRequestBodyLimit(limits.MaxImportRequestBytes)
            // Other people's data stays in memory while it is read, never in a temporary file on disk.
            .WithFormOptions(memoryBufferThreshold: (int)limits.MaxImportRequestBytes, multipartBodyLengthLimit: limits.MaxImportRequestBytes)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();

        contacts.MapGet("", ListMine)
            .Sends<ListMyContactsQuery>()
            .WithName("ListMyContacts")
            .WithSummary("The contacts I imported, by name (paginated)")
            .ProducesValidationProblem()
            .RequiresSession();

        contacts.MapDelete("/{id:guid}", Delete)
            .Sends<DeleteMyContactCommand>()
            .WithName("DeleteMyContact")
            .WithSummary("Delete one contact I imported")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequiresSession();

        contacts.MapDelete("", DeleteAll)
            .Sends<DeleteAllMyContactsCommand>()
            .WithName("DeleteAllMyContacts")
            .WithSummary("Delete every contact I imported (withdrawing the `contacts_import` consent does the same)")
            .RequiresSession();
    }

    private static async Task<Ok<ContactImportResult>> Import(IFormFile file, ISender sender, CancellationToken cancellationToken)
    {
        await using var content = file.OpenReadStream();
        return TypedResults.Ok(await sender.Send(new ImportContactsCommand(file.ContentType, content), cancellationToken));
    }

    private static async Task<Ok<Paged<ContactDto>>> ListMine(int? page, int? pageSize, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMyContactsQuery(Paging.From(page, pageSize)), cancellationToken));

    private static async Task<NoContent> Delete(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteMyContactCommand(id), cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeleteAll(ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteAllMyContactsCommand(), cancellationToken);
        return TypedResults.NoContent();
    }
}
