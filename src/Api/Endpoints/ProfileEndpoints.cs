using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Pixyer.Api.Http;
using Pixyer.Application.Features.Profile;
using Pixyer.Application.Features.Profile.ChangeMyPassword;
using Pixyer.Application.Features.Profile.CorrectMyProfile;
using Pixyer.Application.Features.Profile.GetMyProfile;

namespace Pixyer.Api.Endpoints;

public sealed class ProfileEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder routes)
    {
        var me = routes.MapGroup("/me").WithTags("Me");

        me.MapGet("", Get)
            .Sends<GetMyProfileQuery>()
            .WithName("GetMyProfile")
            .WithSummary("Read the personal information my account holds")
            .RequiresSession();

        me.MapPatch("", Correct)
            .WithName("CorrectMyProfile")
            .WithSummary("Correct my username or email address (a new address is verified by mail first)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequiresSession();

        me.MapPut("/password", ChangePassword)
            .WithName("ChangeMyPassword")
            .WithSummary("Change my password; every other session is logged out")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequiresSession();
    }

    private static async Task<Ok<MyProfile>> Get(ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetMyProfileQuery(), cancellationToken));

    private static async Task<Ok<MyProfile>> Correct(
        CorrectMyProfileCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));

    private static async Task<Ok<SessionsRevokedByPasswordChange>> ChangePassword(
        ChangeMyPasswordCommand command, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(command, cancellationToken));
}
